import type { AddressInfo } from 'net';
import type { Server } from 'http';
import { InjectHeaders } from '@pnp/queryable';
import { startHttpServer } from '../../local/sharepoint';
import { createHubServices } from '../../src/data/createHubServices';
import { SPBrowser, spfi } from '../../src/data/sp';
import { IInitiative } from '../../src/domain/entities';
import { WORKSTREAMS } from '../../src/domain/vocabulary';
import { ItemSaver } from '../../src/features/shared/saving/ItemSaver';
import { ILocalSite, OFFICE, provisionedSite } from './localSite';

/**
 * Issue 15, "no input doubled": an add whose answer is lost (the server did the work) is made once, whether PnPjs
 * retries it, the repository is asked again, or the shared save path retries it later.
 */
const initiative = (title: string): Partial<IInitiative> => ({ title, workstream: WORKSTREAMS[0], stage: 'Proposed' });

describe('idempotent adds over the local SharePoint', () => {
  let site: ILocalSite;
  beforeEach(async () => {
    site = await provisionedSite();
  }, 30000);

  const titles = async (): Promise<string[]> => (await site.services(OFFICE).initiatives.getAll()).map((i) => i.title);

  it('answers the item made although the add\'s answer was lost, and the list holds it once', async () => {
    site.local.faults.lostAnswerRate = 1;
    const added = await site.services(OFFICE).initiatives.add(initiative('Answer lost'));
    site.local.faults.lostAnswerRate = 0;
    expect(added).toMatchObject({ title: 'Answer lost', clientRequestId: expect.any(String) });
    expect(await titles()).toEqual(['Answer lost']);
  });

  it('makes one item when the same add (same request id) is sent twice, one after the other or at once', async () => {
    const services = site.services(OFFICE);
    const first = await services.initiatives.add({ ...initiative('Pressed twice'), clientRequestId: 'req-1' });
    const second = await services.initiatives.add({ ...initiative('Pressed twice'), clientRequestId: 'req-1' });
    expect(second.id).toBe(first.id);
    const together = await Promise.all([1, 2].map(() => services.initiatives.add({ ...initiative('At once'), clientRequestId: 'req-2' })));
    expect(together[0].id).toBe(together[1].id);
    expect((await titles()).sort()).toEqual(['At once', 'Pressed twice']);
  });

  it('the shared save path retries an add whose answer and the look-up after it were both lost, making one item', async () => {
    const handle = site.local.handle.bind(site.local);
    let drop = 2; // the add (done, then the connection drops) and the look-up after it
    site.local.handle = async (request: Request) => {
      const response = await handle(request);
      if (drop > 0 && (request.method === 'POST' || drop === 1)) {
        drop -= 1;
        throw new TypeError('Failed to fetch');
      }
      return response;
    };
    try {
      const saver = new ItemSaver<IInitiative>({ repository: site.services(OFFICE).initiatives });
      saver.change(initiative('Network dropped'));
      expect(await saver.save()).toBeUndefined();
      expect(saver.getState().status.kind).toBe('offline');
      saver.retryNow(); // the browser is back online: the same add is sent again
      for (let i = 0; i < 50 && saver.getState().status.kind !== 'saved'; i++) await new Promise((r) => setTimeout(r, 20));
      expect(saver.getState()).toMatchObject({ status: { kind: 'saved' }, item: { title: 'Network dropped' } });
      expect(await titles()).toEqual(['Network dropped']);
      saver.dispose();
    } finally {
      site.local.handle = handle;
    }
  });

  describe('over HTTP, with PnPjs retrying the lost answer itself', () => {
    let server: Server;
    beforeEach(async () => {
      server = await startHttpServer(site.local, 0);
    });
    afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('PnPjs\'s retry of a done add is refused as a duplicate of itself and answered with the first item', async () => {
      const siteUrl = `http://localhost:${(server.address() as AddressInfo).port}/sites/digital`;
      const sp = spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ 'X-Local-User': OFFICE, 'X-RequestDigest': site.local.digestFor(OFFICE) }));
      const posts: string[] = [];
      const handle = site.local.handle.bind(site.local);
      site.local.handle = async (request: Request) => {
        if (request.method === 'POST' && /items$/.test(new URL(request.url).pathname)) posts.push(request.url);
        return handle(request);
      };
      site.local.faults.lostAnswerRate = 1;
      try {
        const added = await createHubServices(sp).initiatives.add(initiative('Retried by PnPjs'));
        expect(added.title).toBe('Retried by PnPjs');
      } finally {
        site.local.faults.lostAnswerRate = 0;
        site.local.handle = handle;
      }
      expect(posts.length).toBeGreaterThanOrEqual(2); // the add was sent again
      expect(await titles()).toEqual(['Retried by PnPjs']);
    }, 30000);
  });
});
