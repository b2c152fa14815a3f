import { IAssessmentRound, IMaturityModel } from '../../../src/domain/entities';
import { defaultModel, defaultRound, resultRounds } from '../../../src/domain/maturity/resultsRounds';

const round = (id: number, status: IAssessmentRound['status'], opensOn: string, modelId = 1): IAssessmentRound => ({ id, title: `R${id}`, status, opensOn, model: { id: modelId, title: `M${modelId}` } });
const model = (id: number, active = true): IMaturityModel => ({ id, title: `M${id}`, levelNames: 'a\nb', active });

describe('the round results open on', () => {
  const rounds = [round(1, 'Closed', '2024-10-01'), round(2, 'Closed', '2025-10-01'), round(3, 'Open', '2026-10-01'), round(4, 'Draft', '2027-10-01'), round(5, 'Closed', '2026-01-01', 2)];

  test.each([
    ['the round asked for', rounds, 2, undefined, 2],
    ['else the open round', rounds, undefined, undefined, 3],
    ['an unknown round asked for: the open round', rounds, 99, undefined, 3],
    ['no open round: the latest closed one', rounds.filter((r) => r.id !== 3), undefined, undefined, 5],
    ['no open round, for model 1: its latest closed one', rounds.filter((r) => r.id !== 3), undefined, 1, 2],
    ['only a draft round: none', [round(4, 'Draft', '2027-10-01')], undefined, undefined, undefined]
  ])('%s', (_, list, roundId, modelId, expected) => {
    expect(defaultRound(list, roundId, modelId)?.id).toBe(expected);
  });

  test.each([
    ['the open round has no submitted response yet: the latest closed round', rounds, undefined, 1, 2],
    ['all models: the latest closed round of any', rounds, undefined, undefined, 5],
    ['no closed round either: the open round, to say results are coming', [round(3, 'Open', '2026-10-01')], undefined, undefined, 3],
    ['a round asked for is shown even without responses', rounds, 3, undefined, 3]
  ])('%s', (_, list, roundId, modelId, expected) => {
    expect(defaultRound(list, roundId, modelId, false)?.id).toBe(expected);
  });

  it('offers the model\'s open and closed rounds, oldest first', () => {
    expect(resultRounds(rounds, 1).map((r) => r.id)).toEqual([1, 2, 3]);
    expect(resultRounds(rounds).map((r) => r.id)).toEqual([1, 2, 5, 3]);
  });
});

describe('the model results show', () => {
  const models = [model(1, false), model(2), model(3)];
  test.each([
    ['the model asked for', 3, round(1, 'Open', '2026-01-01', 2), 3],
    ['else the round\'s model', undefined, round(1, 'Open', '2026-01-01', 1), 1],
    ['else the first active model', undefined, undefined, 2]
  ])('%s', (_, modelId, chosenRound, expected) => {
    expect(defaultModel(models, chosenRound, modelId)?.id).toBe(expected);
  });
});
