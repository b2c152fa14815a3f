import { IEntity } from '../../src/domain/entities';
import { IHubServices, IListQuery, IRepository, ISetupService } from '../../src/domain/services';
import { createTheme } from '@fluentui/react';
import { IHubContext } from '../../src/features/shared/HubContext';
import { memoryPageState } from '../../src/features/shared/pageState';
import { createDraftStore, memoryStorage } from '../../src/data/localDrafts';

/** An in-memory repository for component tests: holds items, or fails with a given error. */
export class FakeRepository<T extends IEntity> implements IRepository<T> {
  public failWith: unknown;
  public reads = 0;
  public constructor(public items: T[] = []) {}
  private check(): void {
    if (this.failWith !== undefined) throw this.failWith;
  }
  public async getAll(query?: IListQuery): Promise<T[]> {
    this.reads++;
    this.check();
    return query?.top ? this.items.slice(0, query.top) : [...this.items];
  }
  public async getById(id: number): Promise<T> {
    this.check();
    const item = this.items.find((i) => i.id === id);
    if (!item) throw new Error(`no item ${id}`);
    return item;
  }
  public async count(): Promise<number> {
    this.check();
    return this.items.length;
  }
  public async add(values: Partial<T>): Promise<T> {
    this.check();
    const item = { ...values, id: this.items.length + 1 } as T;
    this.items.push(item);
    return item;
  }
  public async update(id: number, values: Partial<T>): Promise<{ etag: string }> {
    this.check();
    this.items = this.items.map((i) => (i.id === id ? { ...i, ...values } : i));
    return { etag: '"2"' };
  }
  public async delete(id: number): Promise<void> {
    this.check();
    this.items = this.items.filter((i) => i.id !== id);
  }
  public async permissions(): Promise<{ canAdd: boolean; canEditAll: boolean }> {
    return { canAdd: true, canEditAll: true };
  }
}

export function fakeSetup(overrides: Partial<ISetupService> = {}): ISetupService {
  return {
    missingLists: async () => [],
    canManageLists: async () => true,
    provision: async () => ({ createdLists: [], changes: [], unchangedLists: [] }),
    loadExampleContent: async () => ({ added: {}, skippedLists: [], warnings: [] }),
    ...overrides
  };
}

export function fakeServices(overrides: Partial<IHubServices> = {}): IHubServices {
  const empty = <T extends IEntity>(): FakeRepository<T> => new FakeRepository<T>();
  return {
    departments: empty(),
    outcomes: empty(),
    priorities: empty(),
    initiatives: empty(),
    criteria: empty(),
    scores: empty(),
    maturityModels: empty(),
    maturityDimensions: empty(),
    assessmentRounds: empty(),
    maturityResponses: empty(),
    kpis: empty(),
    kpiMeasurements: empty(),
    kpiPacks: empty(),
    champions: empty(),
    activities: empty(),
    activityPoints: empty(),
    techTalks: empty(),
    talkRegistrations: empty(),
    scoringRounds: empty(),
    setup: fakeSetup(),
    people: { search: async () => [], ensure: async (email: string) => ({ id: 1, title: email, email }) },
    drafts: createDraftStore(memoryStorage()),
    roundLocks: { lock: async () => 0, unlock: async () => 0 },
    kpiSecurity: { grantOwners: async () => [], lockQuarter: async () => 0, canSignOff: async () => false },
    currentUser: async () => ({ id: 1, title: 'Alex Morgan' }),
    ...overrides
  };
}

export const hubContext = (services: IHubServices, pageQuery = ''): IHubContext => ({
  services,
  host: { kind: 'SharePoint', theme: createTheme({}), pageState: memoryPageState(pageQuery, 'https://contoso.sharepoint.com/sites/digital/SitePages/Roadmap.aspx') }
});
