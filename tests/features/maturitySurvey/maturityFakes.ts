import { ConflictError, DataError } from '../../../src/domain/dataErrors';
import { IAssessmentRound, IDepartment, IMaturityDimension, IMaturityModel, IMaturityResponse, IPersonRef } from '../../../src/domain/entities';
import { IHubServices, IListQuery } from '../../../src/domain/services';
import { FakeRepository, fakeServices } from '../fakeServices';

/** Example content for the survey's component tests: a three-dimension model, two rounds, departments and their respondents. */

export const GRACE: IPersonRef = { id: 13, title: 'Grace Lee' };
export const TOM: IPersonRef = { id: 12, title: 'Tom Okafor' };
export const PRIYA: IPersonRef = { id: 11, title: 'Priya Shah' };

export const MODEL: IMaturityModel = { id: 1, title: 'Digital Services Maturity Model', levelNames: 'E-Government / Initial\nOpen / Developing\nData-Centric / Defined\nFully Digital / Managed\nSmart / Optimizing' };

const dimension = (id: number, title: string, descriptors: string[]): IMaturityDimension => ({
  id,
  title,
  order: id,
  model: { id: 1, title: MODEL.title },
  level1: descriptors[0],
  level2: descriptors[1],
  level3: descriptors[2],
  level4: descriptors[3],
  level5: descriptors[4]
});

export const DIMENSIONS: IMaturityDimension[] = [
  dimension(1, 'Value Focus', ['Compliance', 'Transparency', 'Constituent Value', 'Insight-Driven Transformation', 'Sustainability']),
  dimension(2, 'Service Model', ['Reactive', 'Intermediated', 'Proactive', 'Embedded', 'Predictive']),
  dimension(3, 'Platform', ['Web', 'Portal', 'Platform', 'Ecosystem', 'Smart'])
];

export const CLOSED: IAssessmentRound = { id: 1, title: '2025 Q4', status: 'Closed', model: { id: 1, title: MODEL.title }, opensOn: '2025-10-01T00:00:00Z', closesOn: '2025-12-19T00:00:00Z', targetYear: 2029 };
export const OPEN: IAssessmentRound = { id: 2, title: '2026 Q4', status: 'Open', model: { id: 1, title: MODEL.title }, opensOn: '2026-10-01T00:00:00Z', closesOn: '2099-12-18T00:00:00Z', targetYear: 2029, etag: '"1"' };

/** Grace answers for both (so the survey offers her a choice), Tom for Chamberlain's. */
export const ENVIRONMENT: IDepartment = { id: 9, title: 'Environment', active: true, respondents: [GRACE] };
export const CHAMBERLAINS: IDepartment = { id: 1, title: "Chamberlain's", active: true, respondents: [TOM, GRACE] };

/** The department's response as opening the round creates it (by the programme office, unanswered). */
export const openedResponse = (department: IDepartment = ENVIRONMENT, values: Partial<IMaturityResponse> = {}): IMaturityResponse => ({
  id: 90 + department.id,
  title: `${department.title}, ${OPEN.title}`,
  etag: '"1"',
  status: 'Draft',
  round: { id: OPEN.id, title: OPEN.title },
  department,
  author: PRIYA,
  editor: PRIYA,
  ...values
});

/**
 * Maturity Responses in memory with SharePoint's behaviour where the survey relies on it: the author is the
 * signed-in person, every write bumps the ETag and a stale one is a ConflictError, and any operation can be made
 * to fail.
 */
export class FakeResponses extends FakeRepository<IMaturityResponse> {
  public failNext: { add?: unknown; update?: unknown; getAll?: unknown } = {};
  public writes = 0;
  public adds = 0;
  private nextId = 100;
  public constructor(items: IMaturityResponse[] = [openedResponse()], private readonly me: IPersonRef = GRACE) {
    super(items);
    this.keyAuthor = () => me;
  }
  private take(kind: 'add' | 'update' | 'getAll'): void {
    const failure = this.failNext[kind];
    if (failure !== undefined) {
      this.failNext = { ...this.failNext, [kind]: undefined };
      throw failure;
    }
  }
  public async getAll(query?: IListQuery<IMaturityResponse>): Promise<IMaturityResponse[]> {
    this.take('getAll');
    return super.getAll(query);
  }
  public async add(values: Partial<IMaturityResponse>): Promise<IMaturityResponse> {
    this.take('add');
    this.adds += 1;
    const item = { ...values, id: this.nextId++, etag: '"1"', author: this.me, editor: this.me, modified: new Date().toISOString() } as IMaturityResponse;
    this.items.push(item);
    return item;
  }
  public async update(id: number, values: Partial<IMaturityResponse>, etag?: string): Promise<IMaturityResponse> {
    this.take('update');
    const item = this.items.find((i) => i.id === id);
    if (!item) throw new DataError('NotFound', 'We could not find the item.', 404);
    if (etag && etag !== '*' && etag !== item.etag) throw new ConflictError<IMaturityResponse>(values, item);
    this.writes += 1;
    const version = Number(String(item.etag ?? '"1"').replace(/"/g, '')) + 1;
    const next = { ...item, ...values, etag: `"${version}"`, editor: this.me } as IMaturityResponse;
    this.items = this.items.map((i) => (i.id === id ? next : i));
    return next;
  }
}

export function surveyServices(overrides: Partial<IHubServices> = {}, responses = new FakeResponses()): IHubServices & { responses: FakeResponses } {
  const services = fakeServices({
    maturityModels: new FakeRepository([MODEL]),
    maturityDimensions: new FakeRepository(DIMENSIONS),
    assessmentRounds: new FakeRepository([CLOSED, OPEN]),
    departments: new FakeRepository([CHAMBERLAINS, ENVIRONMENT]),
    maturityResponses: responses,
    currentUser: async () => GRACE,
    ...overrides
  });
  return Object.assign(services, { responses });
}

export const answered = (dimension: string, current: number, target: number, extra: object = {}) => ({ dimension, current, target, ...extra });
