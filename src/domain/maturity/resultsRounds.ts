import { IAssessmentRound, IMaturityModel } from '../entities';
import { roundsInOrder } from './trend';

/**
 * Which round and model the results open on.
 * - Round: the one asked for (a web part property or a link), else the open round (the latest-opening one if
 *   several are open) once it has a submitted response, else the latest closed round, else the open round (whose
 *   empty state then says results appear as managers submit). Draft rounds are not offered: nobody has answered them.
 * - Model: the one asked for, else the chosen round's model, else the first active model.
 */

/** The rounds results can be shown for (Open and Closed) of a model (all models when none is given), oldest first. */
export function resultRounds(rounds: readonly IAssessmentRound[], modelId?: number): IAssessmentRound[] {
  return roundsInOrder(rounds.filter((r) => r.status !== 'Draft' && (modelId === undefined || r.model.id === modelId)));
}

/** The open round the results would open on when it has responses: the latest-opening Open round. */
export function latestOpenRound(rounds: readonly IAssessmentRound[], modelId?: number): IAssessmentRound | undefined {
  return resultRounds(rounds, modelId).filter((r) => r.status === 'Open').pop();
}

/** `openHasResults`: whether the open round has a submitted response yet (not known: assume it has). */
export function defaultRound(rounds: readonly IAssessmentRound[], roundId?: number, modelId?: number, openHasResults = true): IAssessmentRound | undefined {
  const asked = roundId === undefined ? undefined : rounds.find((r) => r.id === roundId);
  if (asked) return asked;
  const open = latestOpenRound(rounds, modelId);
  const closed = resultRounds(rounds, modelId).filter((r) => r.status === 'Closed').pop();
  return (openHasResults ? open : undefined) ?? closed ?? open;
}

export function defaultModel(models: readonly IMaturityModel[], round: IAssessmentRound | undefined, modelId?: number): IMaturityModel | undefined {
  const asked = modelId === undefined ? undefined : models.find((m) => m.id === modelId);
  if (asked) return asked;
  const ofRound = round ? models.find((m) => m.id === round.model.id) : undefined;
  return ofRound ?? models.find((m) => m.active !== false) ?? models[0];
}
