import { IAssessmentRound, IMaturityModel, IMaturityResponse } from '../../../src/domain/entities';
import { departmentResponse } from '../../../src/domain/maturity/respondents';
import { acceptsResponses, closedOn, previousRound, roundPhase, roundsByModel, surveyRound, whyNotOpen } from '../../../src/domain/maturity/roundStatus';
import { retryDelayMs } from '../../../src/domain/saving/retryDelay';

const round = (id: number, title: string, status: IAssessmentRound['status'], opensOn: string, closesOn: string, modelId = 1): IAssessmentRound => ({
  id,
  title,
  status,
  opensOn,
  closesOn,
  model: { id: modelId, title: modelId === 1 ? 'Digital Services Maturity Model' : 'Data Maturity' }
});

const Q4_2025 = round(1, '2025 Q4', 'Closed', '2025-10-01T00:00:00Z', '2025-12-19T00:00:00Z');
const Q4_2026 = round(2, '2026 Q4', 'Open', '2026-10-01T00:00:00Z', '2026-12-18T00:00:00Z');
const Q4_2027 = round(3, '2027 Q4', 'Draft', '2027-10-01T00:00:00Z', '2027-12-17T00:00:00Z');
const DATA_2026 = round(4, 'Data 2026', 'Open', '2026-09-01T00:00:00Z', '2026-11-30T00:00:00Z', 2);
const ROUNDS = [Q4_2025, Q4_2026, Q4_2027, DATA_2026];

describe('where a round is', () => {
  test.each<[IAssessmentRound, string, string]>([
    [Q4_2026, '2026-12-18T16:00:00Z', 'open'],
    [Q4_2026, '2026-12-19T08:00:00Z', 'closingDatePassed'],
    [Q4_2025, '2025-11-01T00:00:00Z', 'closed'],
    [Q4_2027, '2027-11-01T00:00:00Z', 'draft'],
    [{ ...Q4_2026, closesOn: undefined }, '2030-01-01T00:00:00Z', 'open']
  ])('%o on %s is %s', (r, today, phase) => {
    expect(roundPhase(r, new Date(today))).toBe(phase);
  });

  test.each<[IAssessmentRound, boolean]>([
    [Q4_2026, true],
    [Q4_2025, false],
    [Q4_2027, false]
  ])('accepts responses only while Open (%o)', (r, accepts) => {
    expect(acceptsResponses(r)).toBe(accepts);
  });
});

describe('when a closed round closed', () => {
  test.each<[string, Partial<IAssessmentRound>, string | undefined]>([
    ['on its closing date, closed later', { closesOn: '2025-12-19T00:00:00Z', modified: '2026-01-05T09:00:00Z' }, '2025-12-19T00:00:00Z'],
    ['early: when it was closed', { closesOn: '2026-12-18T00:00:00Z', modified: '2026-11-27T22:00:00Z' }, '2026-11-27T22:00:00Z'],
    ['without a closing date: when it was closed', { closesOn: undefined, modified: '2026-11-27T22:00:00Z' }, '2026-11-27T22:00:00Z'],
    ['unknown', { closesOn: undefined, modified: undefined }, undefined]
  ])('%s', (_case, values, expected) => {
    expect(closedOn({ ...Q4_2025, ...values })).toBe(expected);
  });
});

describe('which round the survey shows', () => {
  test.each<[string, { roundId?: number; modelId?: number }, IAssessmentRound[], number | undefined]>([
    ['the round asked for', { roundId: 1 }, ROUNDS, 1],
    ['the model\'s open round', { modelId: 1 }, ROUNDS, 2],
    ['the open round closing first, when no model is chosen', {}, ROUNDS, 4],
    ['the latest closed round when none is open', { modelId: 1 }, [Q4_2025, Q4_2027], 1],
    ['a draft round when there is nothing else', { modelId: 1 }, [Q4_2027], 3],
    ['the default when the round asked for is gone', { roundId: 99, modelId: 1 }, ROUNDS, 2],
    ['nothing without rounds', {}, [], undefined]
  ])('%s', (_case, options, rounds, expected) => {
    expect(surveyRound(rounds, options)?.id).toBe(expected);
  });

  it('finds the previous round of the same model', () => {
    expect(previousRound(ROUNDS, Q4_2026)?.title).toBe('2025 Q4');
    expect(previousRound(ROUNDS, Q4_2025)).toBeUndefined();
    expect(previousRound(ROUNDS, DATA_2026)).toBeUndefined();
  });
});

describe('opening rounds: one open round per model', () => {
  test.each<[IAssessmentRound, string | undefined]>([
    [Q4_2027, 'Close 2026 Q4 first: only one round of a model can be open at a time.'],
    [Q4_2025, 'Close 2026 Q4 first: only one round of a model can be open at a time.'],
    [Q4_2026, '2026 Q4 is already open.']
  ])('%o', (r, reason) => {
    expect(whyNotOpen(ROUNDS, r)).toBe(reason);
  });

  it('lets a round open when its model has no open round (another model\'s does not count)', () => {
    expect(whyNotOpen([Q4_2025, Q4_2027, DATA_2026], Q4_2027)).toBeUndefined();
  });

  it('groups rounds by model, newest first', () => {
    const models: IMaturityModel[] = [{ id: 1, title: 'Digital Services Maturity Model', levelNames: '' }];
    expect(roundsByModel(models, ROUNDS).map((g) => [g.model.title, g.rounds.map((r) => r.title)])).toEqual([
      ['Digital Services Maturity Model', ['2027 Q4', '2026 Q4', '2025 Q4']],
      ['Data Maturity', ['Data 2026']]
    ]);
  });
});

describe('one response per round and department, shared by its respondents', () => {
  const response = (id: number, status: IMaturityResponse['status'], authorId = 13, departmentId = 5, roundId = 2): IMaturityResponse => ({
    id,
    title: '',
    status,
    round: { id: roundId, title: '' },
    department: { id: departmentId, title: '' },
    author: { id: authorId, title: '' }
  });

  test.each<[string, IMaturityResponse[], number | undefined]>([
    ['none yet', [response(1, 'Draft', 13, 6)], undefined],
    ['the only one, whoever created it', [response(4, 'Draft', 11)], 4],
    ['the oldest of two drafts (the rule findOrCreate keeps)', [response(7, 'Draft'), response(4, 'Draft')], 4],
    ['a submitted one before an older draft', [response(4, 'Draft'), response(7, 'Submitted')], 7],
    ['not another department\'s or round\'s', [response(1, 'Draft', 13, 6), response(2, 'Draft', 13, 5, 1)], undefined]
  ])('%s', (_case, responses, chosen) => {
    expect(departmentResponse(responses, 2, 5)?.id).toBe(chosen);
  });
});

describe('retrying a failed save', () => {
  test.each([
    [1, 2000],
    [2, 4000],
    [5, 32000],
    [6, 60000],
    [20, 60000],
    [0, 2000]
  ])('attempt %d waits %d ms', (attempt, ms) => {
    expect(retryDelayMs(attempt)).toBe(ms);
  });
});
