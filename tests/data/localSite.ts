import { createLocalSharePoint, LocalSharePoint } from '../../local/sharepoint';
import { inProcessSP } from '../../local/pnpInProcess';
import { createHubServices } from '../../src/data/createHubServices';
import { provisionLists } from '../../src/data/provisioning/provisionLists';
import { SPFI } from '../../src/data/sp';
import { IHubServices } from '../../src/domain/services';
import { OWNER, SITE_URL } from '../localsp/helpers';

/** A fresh in-process local SharePoint, and real PnPjs over it acting as the people of its directory. */
export { SITE_URL, OWNER, OFFICE, STAFF, CHAMPION, OTHER_CHAMPION } from '../localsp/helpers';

export interface ILocalSite {
  readonly local: LocalSharePoint;
  sp(login?: string): SPFI;
  services(login?: string): IHubServices;
}

export function localSite(): ILocalSite {
  const local = createLocalSharePoint({ siteUrl: SITE_URL });
  const sp = (login = OWNER): SPFI => inProcessSP(local, SITE_URL, login);
  return { local, sp, services: (login = OWNER) => createHubServices(sp(login)) };
}

/** A local site with every list of the schema provisioned (no content). */
export async function provisionedSite(): Promise<ILocalSite> {
  const site = localSite();
  await provisionLists(site.sp(OWNER));
  return site;
}
