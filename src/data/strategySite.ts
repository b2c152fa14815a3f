import { SPFI } from './sp';

/**
 * The tenant property (a storage entity in the tenant app catalog) naming the site whose lists the suite uses.
 * Teams hosts personal tabs on the tenant's root site and channel tabs on each team's own site, so without it a
 * web part can only read the lists of the site it runs on. An administrator sets it once:
 * `m365 spo storageentity set --appCatalogUrl <app catalog> --key DigitalStrategyHubSiteUrl --value <site URL>`.
 */
export const STRATEGY_SITE_PROPERTY = 'DigitalStrategyHubSiteUrl';

/** The strategy site's URL from the tenant property, or undefined when it is not set (or cannot be read). */
export async function strategySiteUrl(sp: SPFI): Promise<string | undefined> {
  try {
    const entity = await sp.web.getStorageEntity(STRATEGY_SITE_PROPERTY);
    const value = typeof entity?.Value === 'string' ? entity.Value.trim() : '';
    return /^https:\/\/[^/\s]+(\/\S*)?$/i.test(value) ? value.replace(/\/+$/, '') : undefined;
  } catch {
    return undefined;
  }
}
