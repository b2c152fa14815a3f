import { ConflictError, DataError } from '../../../../src/domain/dataErrors';
import { IInitiative, IInitiativeScore, IPersonRef, IPrioritisationCriterion, IScoringRound } from '../../../../src/domain/entities';
import { IListQuery } from '../../../../src/domain/services';
import { applyQuery } from '../../fakeQuery';
import { FakeRepository } from '../../fakeServices';

/**
 * Initiative Scores as the component tests need them: honours the round and scorer filters the view sends,
 * checks ETags (a stale one is a conflict), refuses a second score for the same cell and scorer, and can fail
 * the next write. Records every query and write.
 */
export class ScoresFake extends FakeRepository<IInitiativeScore> {
  public queries: IListQuery<IInitiativeScore>[] = [];
  public writes: string[] = [];
  public failNextWrite: unknown;
  private nextId = 1000;
  private version = new Map<number, number>();

  public constructor(items: IInitiativeScore[], private readonly me: () => IPersonRef) {
    super(items.map((i) => ({ ...i, etag: i.etag ?? '"1"' })));
    this.keyAuthor = me;
    for (const item of items) this.version.set(item.id, 1);
  }

  public async getAll(query: IListQuery<IInitiativeScore> = {}): Promise<IInitiativeScore[]> {
    this.queries.push(query);
    if (this.failWith !== undefined) throw this.failWith;
    return applyQuery(this.items, query);
  }

  private failIfAsked(): void {
    const failure = this.failNextWrite;
    this.failNextWrite = undefined;
    if (failure !== undefined) throw failure;
  }

  public async add(values: Partial<IInitiativeScore>): Promise<IInitiativeScore> {
    this.failIfAsked();
    const me = this.me();
    if (this.items.some((s) => s.author?.id === me.id && s.initiative.id === values.initiative?.id && s.criterion.id === values.criterion?.id && s.scoringRound === values.scoringRound)) {
      throw new DataError('Duplicate', 'An item with the same Initiative, Criterion, ScoringRound, Author already exists in Initiative Scores.');
    }
    const id = this.nextId++;
    const item = { title: '', ...values, id, author: me, editor: me, etag: '"1"', created: new Date().toISOString(), modified: new Date().toISOString() } as IInitiativeScore;
    this.items.push(item);
    this.version.set(id, 1);
    this.writes.push(`add ${values.initiative?.id}/${values.criterion?.id} = ${values.score}${values.rationale ? ` (${values.rationale})` : ''}`);
    return item;
  }

  public async update(id: number, values: Partial<IInitiativeScore>, etag?: string): Promise<IInitiativeScore> {
    this.failIfAsked();
    const current = this.items.find((i) => i.id === id);
    if (!current) throw new DataError('NotFound', 'We could not find the item.');
    const version = this.version.get(id) ?? 1;
    if (etag !== undefined && etag !== '*' && etag !== `"${version}"`) throw new ConflictError<IInitiativeScore>(values, current);
    this.version.set(id, version + 1);
    const next = { ...current, ...values, etag: `"${version + 1}"` };
    this.items = this.items.map((i) => (i.id === id ? next : i));
    this.writes.push(`update ${id} = ${values.score}${values.rationale ? ` (${values.rationale})` : ''} at ${etag}`);
    return next;
  }

  public async delete(id: number): Promise<void> {
    this.failIfAsked();
    this.items = this.items.filter((i) => i.id !== id);
    this.writes.push(`delete ${id}`);
  }

  /** Someone (the same scorer elsewhere) changes a score behind the view's back. */
  public changeBehind(id: number, values: Partial<IInitiativeScore>, editor: IPersonRef): void {
    const version = (this.version.get(id) ?? 1) + 1;
    this.version.set(id, version);
    this.items = this.items.map((i) => (i.id === id ? { ...i, ...values, etag: `"${version}"`, editor, modified: '2026-10-01T09:15:00Z' } : i));
  }
}

export const asha: IPersonRef = { id: 11, title: 'Asha Patel' };
export const ben: IPersonRef = { id: 12, title: 'Ben Okafor' };
export const chloe: IPersonRef = { id: 13, title: 'Chloe Martin' };

export const strategic: IPrioritisationCriterion = { id: 1, title: 'Strategic alignment', description: 'How directly it advances the strategy.', kind: 'Benefit', weight: 3, scale: 5, order: 1, active: true };
export const residents: IPrioritisationCriterion = { id: 2, title: 'Benefit to residents', description: 'Improvement felt by residents.', kind: 'Benefit', weight: 2, scale: 10, order: 2, active: true };
export const cost: IPrioritisationCriterion = { id: 3, title: 'Cost and effort', description: 'A higher score means a higher cost.', kind: 'Cost', weight: 1, order: 3, active: true };
export const retired: IPrioritisationCriterion = { id: 4, title: 'Retired criterion', kind: 'Benefit', weight: 5, active: false };
export const CRITERIA = [retired, cost, residents, strategic];

const initiative = (id: number, title: string, more: Partial<IInitiative> = {}): IInitiative => ({ id, title, workstream: 'End-User Computing', stage: 'Approved', effortMonths: 6, ...more });
export const intune = initiative(8, 'Full Intune Deployment');
export const telephony = initiative(9, 'Modernise Telephony');
export const warehouse = initiative(10, 'Data Warehouse', { workstream: 'Data & Information Management' });
export const register = initiative(11, 'Information Assets Register', { mustDo: true });
export const passwordReset = initiative(12, 'Self-service password reset', { effortMonths: 0.5 });
export const intranet = initiative(13, 'Intranet search', { workstream: 'Digital Workplace' });
export const INITIATIVES = [intune, telephony, warehouse, register, passwordReset, intranet];

export const ROUNDS: IScoringRound[] = [
  { id: 1, title: '2025 Autumn', status: 'Closed', opensOn: '2025-09-01T00:00:00Z', closesOn: '2025-10-31T00:00:00Z', quorum: 2, etag: '"1"' },
  { id: 2, title: '2026 Autumn', status: 'Open', opensOn: '2026-09-01T00:00:00Z', closesOn: '2026-12-18T00:00:00Z', quorum: 2, etag: '"1"' }
];

let nextId = 1;
const score = (i: IInitiative, criterionId: number, scorer: IPersonRef, value: number, round = '2026 Autumn'): IInitiativeScore => ({
  id: nextId++,
  title: '',
  initiative: { id: i.id, title: '' },
  criterion: { id: criterionId, title: '' },
  author: scorer,
  score: value,
  scoringRound: round,
  rationale: `Rationale ${nextId}`,
  modified: `2026-09-${String(10 + (nextId % 15)).padStart(2, '0')}T10:00:00Z`
});
const byThree = (i: IInitiative, criterionId: number, values: (number | undefined)[], round?: string): IInitiativeScore[] =>
  [asha, ben, chloe].flatMap((s, n) => (values[n] === undefined ? [] : [score(i, criterionId, s, values[n] as number, round)]));

/** The worked example of SCORING_RULE: Data Warehouse 77.8, Full Intune Deployment 71.7, Modernise Telephony 53.9. */
export function workedScores(): IInitiativeScore[] {
  nextId = 1;
  return [
    ...byThree(intune, 1, [4, 5, 3]),
    ...byThree(intune, 2, [8, 6, 7]),
    ...byThree(intune, 3, [2, 3, undefined]),
    ...byThree(warehouse, 1, [5, 4, 5]),
    ...byThree(warehouse, 2, [9, 10, 8]),
    ...byThree(warehouse, 3, [5, 4, 5]),
    ...byThree(telephony, 1, [3, 2, 3]),
    ...byThree(telephony, 2, [5, 4, undefined]),
    ...byThree(telephony, 3, [1, 1, 2]),
    ...byThree(telephony, 4, [5, 5, 5]),
    ...byThree(register, 1, [5, 5, 5]),
    ...byThree(passwordReset, 1, [5, 5, 5]),
    ...byThree(passwordReset, 2, [6, 6, 6]),
    ...byThree(passwordReset, 3, [1, 1, 1]),
    // Last year's round, which must not count this year: would put Intranet search on top.
    ...byThree(intranet, 1, [5, 5, 5], '2025 Autumn'),
    ...byThree(intranet, 2, [10, 10, 10], '2025 Autumn'),
    ...byThree(intranet, 3, [0, 0, 0], '2025 Autumn')
  ];
}
