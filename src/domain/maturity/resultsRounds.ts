import { IAssessmentRound, IMaturityModel } from '../entities';
import { roundsInOrder } from './trend';

/**
 * Which round and model the results open on.
 * - Round: the one asked for (a web part property or a link), else the open round (the latest-opening one if
 *   several are open), else the latest closed round. Draft rounds are not offered: nobody has answered them.
 * - Model: the one asked for, else the chosen round's model, else the first active model.
 */

/** The rounds results can be shown for (Open and Closed) of a model (all models when none is given), oldest first. */
export function resultRounds(rounds: readonly IAssessmentRound[], modelId?: number): IAssessmentRound[] {
  return roundsInOrder(rounds.filter((r) => r.status !== 'Draft' && (modelId === undefined || r.model.id === modelId)));
}

export function defaultRound(rounds: readonly IAssessmentRound[], roundId?: number, modelId?: number): IAssessmentRound | undefined {
  const asked = roundId === undefined ? undefined : rounds.find((r) => r.id === roundId);
  if (asked) return asked;
  const offered = resultRounds(rounds, modelId);
  const latest = (status: IAssessmentRound['status']): IAssessmentRound | undefined => offered.filter((r) => r.status === status).pop();
  return latest('Open') ?? latest('Closed');
}

export function defaultModel(models: readonly IMaturityModel[], round: IAssessmentRound | undefined, modelId?: number): IMaturityModel | undefined {
  const asked = modelId === undefined ? undefined : models.find((m) => m.id === modelId);
  if (asked) return asked;
  const ofRound = round ? models.find((m) => m.id === round.model.id) : undefined;
  return ofRound ?? models.find((m) => m.active !== false) ?? models[0];
}
