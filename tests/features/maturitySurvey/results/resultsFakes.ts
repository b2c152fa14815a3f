import { IAssessmentRound, IDepartment, IEntity, IMaturityAnswer, IMaturityDimension, IMaturityModel, IMaturityResponse } from '../../../../src/domain/entities';
import { IHubServices, IListQuery } from '../../../../src/domain/services';
import { FakeRepository, fakeServices } from '../../fakeServices';

/** A fake list that records every query, so a test can see both what was asked and what came back. */
export class FilteringRepository<T extends IEntity> extends FakeRepository<T> {
  public queries: IListQuery<T>[] = [];
  public async getAll(query?: IListQuery<T>): Promise<T[]> {
    this.queries.push(query ?? {});
    return super.getAll(query);
  }
}

export const DIMENSIONS = ['Value Focus', 'Service Model', 'Platform', 'Ecosystem'];
export const LEVEL_NAMES = ['E-Government / Initial', 'Open / Developing', 'Data-Centric / Defined', 'Fully Digital / Managed', 'Smart / Optimizing'];

export const model = (id = 1, names = LEVEL_NAMES): IMaturityModel => ({ id, title: id === 1 ? 'Digital Services Maturity Model' : `Model ${id}`, levelNames: names.join('\n'), active: true });

export const dimension = (id: number, title: string, order: number, modelId = 1): IMaturityDimension => ({ id, title, order, model: { id: modelId, title: '' } });

export const round = (id: number, title: string, status: IAssessmentRound['status'], opensOn: string, modelId = 1): IAssessmentRound => ({
  id,
  title,
  status,
  opensOn,
  model: { id: modelId, title: '' }
});

export const department = (id: number, title: string, active = true): IDepartment => ({ id, title, active });

let nextResponse = 100;

/** A response with [current, target] per dimension, in DIMENSIONS order. */
export function response(
  roundId: number,
  dept: IDepartment,
  levels: readonly [number, number][],
  options: { status?: IMaturityResponse['status']; authorId?: number; dimensions?: readonly string[]; evidence?: string } = {}
): IMaturityResponse {
  const dims = options.dimensions ?? DIMENSIONS;
  const answers: IMaturityAnswer[] = levels.map(([current, target], i) => ({ dimension: dims[i], current, target, evidence: options.evidence ?? `${dept.title} evidence ${i + 1}`, confidence: 'Medium' }));
  return {
    id: nextResponse++,
    title: '',
    round: { id: roundId, title: '' },
    department: { id: dept.id, title: dept.title },
    answers: JSON.stringify(answers),
    status: options.status ?? 'Submitted',
    author: { id: options.authorId ?? 50, title: 'Someone' }
  };
}

/** Tom (7) answers for Chamberlain's (the Departments list's respondents). */
export const FINANCE: IDepartment = { ...department(1, "Chamberlain's"), respondents: [{ id: 7, title: 'Tom Okafor' }] };
export const ENVIRONMENT = department(2, 'Environment');
export const TOWN_CLERK = department(3, "Town Clerk's");

export interface IResultsWorld {
  readonly services: IHubServices;
  readonly responses: FilteringRepository<IMaturityResponse>;
  readonly dimensions: FilteringRepository<IMaturityDimension>;
}

/** Two rounds of the Appendix B model (2025 Q4 closed, 2026 Q4 open), a second model, and four departments. */
export function resultsWorld(responses: IMaturityResponse[], overrides: Partial<IHubServices> = {}): IResultsWorld {
  const responseList = new FilteringRepository<IMaturityResponse>(responses);
  const dimensionList = new FilteringRepository<IMaturityDimension>([
    // stored out of order: the results sort by Order
    dimension(3, 'Platform', 3),
    dimension(1, 'Value Focus', 1),
    dimension(4, 'Ecosystem', 4),
    dimension(2, 'Service Model', 2),
    dimension(9, 'Data quality', 1, 2)
  ]);
  const services = fakeServices({
    maturityModels: new FakeRepository([model(1), model(2, ['Ad hoc', 'Aware', 'Practised', 'Embedded'])]),
    maturityDimensions: dimensionList,
    assessmentRounds: new FakeRepository([round(2, '2026 Q4', 'Open', '2026-10-01'), round(1, '2025 Q4', 'Closed', '2025-10-01'), round(3, 'Data 2026', 'Open', '2026-03-01', 2)]),
    maturityResponses: responseList,
    departments: new FakeRepository([FINANCE, ENVIRONMENT, TOWN_CLERK, department(4, 'Barbican Centre'), department(5, 'Closed department', false)]),
    currentUser: async () => ({ id: 7, title: 'Tom Okafor' }),
    ...overrides
  });
  return { services, responses: responseList, dimensions: dimensionList };
}
