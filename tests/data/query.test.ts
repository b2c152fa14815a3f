import { DataError } from '../../src/data/errors';
import { toODataQuery } from '../../src/data/query';
import { listDefinition } from '../../src/data/schema/lists';
import { IInitiativeScore, IKpiMeasurement, IMaturityResponse } from '../../src/domain/entities';
import { IListQuery } from '../../src/domain/query';
import { ownRoundScoresQuery, roundScoresQuery } from '../../src/domain/roadmap/scoringRound';

const scores = listDefinition('scores');
const filterOf = (query: IListQuery<IInitiativeScore>): string | undefined => toODataQuery(scores, query).filter;

describe('typed queries in OData, from the schema', () => {
  test.each([
    ['a plain title', () => filterOf(roundScoresQuery('2026 Autumn')), "ScoringRound eq '2026 Autumn'"],
    ['a quote in the title cannot end the literal', () => filterOf(roundScoresQuery("Lord Mayor's round' or 1 eq 1")), "ScoringRound eq 'Lord Mayor''s round'' or 1 eq 1'"],
    // A scorer's scores: SharePoint trims the round's scores to the scorer's own folder (never a Created By filter).
    ["a scorer's scores", () => filterOf(ownRoundScoresQuery('2026 Autumn')), "ScoringRound eq '2026 Autumn'"],
    ['one cell', () => filterOf({ where: { scoringRound: '2026 Autumn', author: 7, initiative: 12, criterion: 3 } }), "ScoringRound eq '2026 Autumn' and AuthorId eq 7 and InitiativeId eq 12 and CriterionId eq 3"]
  ])('%s', (_name, make, expected) => {
    expect(make()).toBe(expected);
  });

  it('writes lookups and people by id, sets as a bracketed or, ranges on dates and numbers, and yes/no as 1/0', () => {
    const responses: IListQuery<IMaturityResponse> = { where: { round: 2, department: { in: [1, 9] }, status: { ne: 'Draft' }, isSample: false } };
    expect(toODataQuery(listDefinition('maturityResponses'), responses).filter).toBe("RoundId eq 2 and (DepartmentId eq 1 or DepartmentId eq 9) and Status ne 'Draft' and IsSample eq 0");
    const measurements: IListQuery<IKpiMeasurement> = {
      where: { kpi: { in: [4] }, periodStart: { ge: '2025-04-01', lt: '2026-04-01T00:00:00.000Z' }, value: { gt: 0.5 } },
      orderBy: [{ by: 'periodStart', descending: true }, { by: 'kpi' }]
    };
    expect(toODataQuery(listDefinition('kpiMeasurements'), measurements)).toEqual({
      filter: "KpiId eq 4 and PeriodStart ge datetime'2025-04-01T00:00:00Z' and PeriodStart lt datetime'2026-04-01T00:00:00Z' and Value gt 0.5",
      orderBy: [{ field: 'PeriodStart', ascending: false }, { field: 'Kpi', ascending: true }],
      none: false
    });
  });

  it('knows an empty set matches nothing, and no where is no filter', () => {
    expect(toODataQuery<IInitiativeScore>(scores, { where: { initiative: { in: [] } } }).none).toBe(true);
    expect(toODataQuery(scores, {})).toEqual({ filter: undefined, orderBy: [], none: false });
  });

  it('refuses a property the list does not have, and a value that is not a date for a date', () => {
    expect(() => toODataQuery(scores, { where: { nonsense: 1 } as never })).toThrow(new DataError('Validation', "Initiative Scores has no field 'nonsense'."));
    expect(() => toODataQuery<IKpiMeasurement>(listDefinition('kpiMeasurements'), { where: { periodStart: 'soon' } })).toThrow("'soon' is not a date.");
  });
});
