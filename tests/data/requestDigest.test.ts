import { InjectHeaders } from '@pnp/queryable';
import { createLocalSharePoint } from '../../local/sharepoint';
import { IDigest, SharedRequestDigest } from '../../src/data/requestDigest';
import { SPBrowser, SPFI, spfi } from '../../src/data/sp';
import { OWNER } from '../localsp/helpers';

/**
 * The parts of a page start their first reads together, each a `$batch` (a POST, so it needs a form digest). They wait
 * for one `_api/contextinfo` answer between them instead of asking once each.
 */

/** PnPjs over a fresh local SharePoint at its own address (PnPjs caches digests per web URL for the whole process). */
function siteAt(name: string, withShared?: ReturnType<typeof SharedRequestDigest>): { sp: SPFI; requests: string[]; digestFor: (login: string) => string } {
  const siteUrl = `http://localhost/sites/${name}`;
  const local = createLocalSharePoint({ siteUrl });
  const requests: string[] = [];
  let sp = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), (instance) => {
    instance.on.send.replace(async (url: URL, init: RequestInit) => {
      requests.push(`${init.method ?? 'GET'} ${url.pathname.replace(/^.*\/_api\//, '')}`);
      return local.handle(new Request(url.toString(), init));
    });
    return instance;
  });
  sp = sp.using(InjectHeaders({ 'X-Local-User': OWNER }));
  if (withShared) sp = sp.using(withShared);
  return { sp, requests, digestFor: (login) => local.digestFor(login) };
}

/** Three batches started at the same moment, as three web parts do on a page's first render. */
async function threeBatchesAtOnce(sp: SPFI): Promise<string[]> {
  const titles = [0, 1, 2].map(async () => {
    const [batched, execute] = sp.batched();
    const web = batched.web.select('Title')<{ Title: string }>();
    await execute();
    return (await web).Title;
  });
  return Promise.all(titles);
}

describe('one form digest for the writes a page starts together', () => {
  it('PnPjs on its own asks for a digest once per batch started together (the behaviour this replaces)', async () => {
    const { sp, requests } = siteAt('alone');
    await threeBatchesAtOnce(sp);
    expect(requests.filter((r) => r === 'POST contextinfo')).toHaveLength(3);
  });

  it('with SharedRequestDigest the three batches wait for one contextinfo answer, and all succeed', async () => {
    const { sp, requests } = siteAt('shared', SharedRequestDigest());
    const titles = await threeBatchesAtOnce(sp);
    expect(titles).toHaveLength(3);
    expect(requests.filter((r) => r === 'POST contextinfo')).toHaveLength(1);
    expect(requests.filter((r) => r === 'POST $batch')).toHaveLength(3);
    // Later writes reuse it.
    await threeBatchesAtOnce(sp);
    expect(requests.filter((r) => r === 'POST contextinfo')).toHaveLength(1);
  });

  it('uses the digest the hosting page holds, and asks again once a digest has expired', async () => {
    let pageDigest: IDigest | undefined;
    const { sp, requests, digestFor } = siteAt('paged', SharedRequestDigest(() => pageDigest));
    pageDigest = { value: digestFor(OWNER), expiration: new Date(Date.now() + 60_000) };
    await threeBatchesAtOnce(sp);
    expect(requests.filter((r) => r === 'POST contextinfo')).toHaveLength(0);

    const stale = siteAt('stale', SharedRequestDigest(() => ({ value: 'expired', expiration: new Date(Date.now() - 1000) })));
    await threeBatchesAtOnce(stale.sp);
    expect(stale.requests.filter((r) => r === 'POST contextinfo')).toHaveLength(1);
  });
});
