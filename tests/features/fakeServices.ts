import { IEntity } from '../../src/domain/entities';
import { IFoundOrCreated, IHubServices, IListQuery, IRepository, ISetupService } from '../../src/domain/services';
import { applyQuery, matchesWhere } from './fakeQuery';
import { createTheme } from '@fluentui/react';
import { IHubContext } from '../../src/features/shared/HubContext';
import { memoryPageState } from '../../src/features/shared/pageState';
import { createDraftStore, createPreferenceStore, memoryStorage } from '../../src/data/localDrafts';
import { act } from '@testing-library/react';
import { READ_RETRY_LIMIT_MS } from '../../src/features/shared/reading/readWithRetries';

/**
 * An in-memory repository for component tests: holds items, answers typed queries on them (fakeQuery.ts), or fails
 * with a given error. findOrCreate finds by the key's values (and, when `keyAuthor` is set, the item's author).
 */
export class FakeRepository<T extends IEntity> implements IRepository<T> {
  public failWith: unknown;
  public reads = 0;
  /** Who "created by me" is for findOrCreate, on lists whose unique key holds the author. */
  public keyAuthor: (() => { id: number }) | undefined;
  public constructor(public items: T[] = []) {}
  private check(): void {
    if (this.failWith !== undefined) throw this.failWith;
  }
  public async getAll(query?: IListQuery<T>): Promise<T[]> {
    this.reads++;
    this.check();
    return applyQuery(this.items, query);
  }
  public async findOrCreate(key: Partial<T>, values: Partial<T> = {}): Promise<IFoundOrCreated<T>> {
    this.check();
    const where = Object.fromEntries(Object.entries(key).map(([k, v]) => [k, v !== null && typeof v === 'object' && 'id' in v ? (v as { id: number }).id : v]));
    const me = this.keyAuthor?.();
    const found = this.items.filter((i) => matchesWhere(i, where as IListQuery<T>['where']) && (!me || i.author?.id === me.id)).sort((a, b) => a.id - b.id);
    if (found.length) return { item: found[0], created: false };
    return { item: await this.add({ ...values, ...key }), created: true };
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
  public async update(id: number, values: Partial<T>, _etag?: string): Promise<T> {
    this.check();
    this.items = this.items.map((i) => (i.id === id ? { ...i, ...values, etag: '"2"' } : i));
    return this.getById(id);
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
  const device = memoryStorage(); // drafts and preferences share this device's storage, as in the browser
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
    championProfiles: empty(),
    championNominations: empty(),
    activityApprovals: empty(),
    recognitionLevels: empty(),
    departmentHeadcounts: empty(),
    championsData: {
      config: async () => ({ rules: [], levels: [], champions: [], profiles: [] }),
      period: async () => ({ rules: [], levels: [], champions: [], profiles: [], activities: [], decisions: new Map() }),
      mine: async () => ({ rules: [], levels: [], champions: [], profiles: [], activities: [], decisions: new Map(), approvals: [], me: { id: 1, title: 'Alex Morgan' } }),
      setActivityAccess: async () => undefined
    },
    techTalks: empty(),
    talkRegistrations: empty(),
    talkFeedback: empty(),
    talkAttendance: empty(),
    talkProposals: empty(),
    proposalDecisions: empty(),
    proposalReviews: empty(),
    talks: {
      schedule: async () => ({ talks: [], registrations: new Map(), me: { id: 1, title: 'Alex Morgan' } }),
      talkPage: async () => {
        throw new Error('no talk');
      },
      ratingsOf: async () => new Map(),
      saveAttendance: async () => {
        throw new Error('not faked');
      }
    },
    scoringRounds: empty(),
    setup: fakeSetup(),
    people: { search: async () => [], ensure: async (email: string) => ({ id: 1, title: email, email }) },
    drafts: createDraftStore(device),
    preferences: createPreferenceStore(device),
    roundLocks: { close: async () => 0, open: async () => 0 },
    kpiSecurity: { grantOwners: async () => [], lockQuarter: async () => 0, canSignOff: async () => false },
    currentUser: async () => ({ id: 1, title: 'Alex Morgan' }),
    ...overrides
  };
}

export const hubContext = (services: IHubServices, pageQuery = ''): IHubContext => ({
  services,
  host: { kind: 'SharePoint', theme: createTheme({}), pageState: memoryPageState(pageQuery, 'https://contoso.sharepoint.com/sites/digital/SitePages/Roadmap.aspx') }
});

/**
 * With jest's fake timers: lets every read that keeps failing for a passing reason (a throttled SharePoint) use up
 * its retries (src/features/shared/reading/readWithRetries.ts), so its failure is shown.
 */
export async function outlastReadRetries(): Promise<void> {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(READ_RETRY_LIMIT_MS);
  });
}
