import type { SPFI } from '../../src/data/sp';
import { STRATEGY_SITE_PROPERTY, strategySiteUrl } from '../../src/data/strategySite';

const withEntity = (read: (key: string) => Promise<{ Value?: unknown }>): SPFI => ({ web: { getStorageEntity: read } }) as unknown as SPFI;

describe('the strategy site (tenant property DigitalStrategyHubSiteUrl)', () => {
  it('is the site the property names, without a trailing slash', async () => {
    const read = jest.fn(async () => ({ Value: ' https://contoso.sharepoint.com/sites/digital/ ' }));
    expect(await strategySiteUrl(withEntity(read))).toBe('https://contoso.sharepoint.com/sites/digital');
    expect(read).toHaveBeenCalledWith(STRATEGY_SITE_PROPERTY);
  });

  it('is not set when the property is missing, empty, not an https URL, or cannot be read', async () => {
    expect(await strategySiteUrl(withEntity(async () => ({ Value: null })))).toBeUndefined();
    expect(await strategySiteUrl(withEntity(async () => ({ Value: '' })))).toBeUndefined();
    expect(await strategySiteUrl(withEntity(async () => ({ Value: 'http://contoso.sharepoint.com/sites/digital' })))).toBeUndefined();
    expect(await strategySiteUrl(withEntity(async () => ({ Value: 'sites/digital' })))).toBeUndefined();
    expect(
      await strategySiteUrl(
        withEntity(async () => {
          throw new Error('403');
        })
      )
    ).toBeUndefined();
  });
});
