import { IAssessmentRound, IMaturityModel } from '../entities';

/**
 * Assessment rounds: where a round is in its life, which round the survey opens on, and the programme office's
 * rules for opening and closing rounds (one open round per model). Dates are compared as calendar days (ClosesOn is
 * the last day a response may be given).
 */

export type RoundPhase = 'draft' | 'open' | 'closingDatePassed' | 'closed';

/** The calendar day (yyyy-mm-dd) of an ISO date or date-time. */
const day = (iso: string): string => iso.slice(0, 10);

export function roundPhase(round: IAssessmentRound, today: Date): RoundPhase {
  if (round.status === 'Closed') return 'closed';
  if (round.status === 'Draft') return 'draft';
  return round.closesOn && day(round.closesOn) < day(today.toISOString()) ? 'closingDatePassed' : 'open';
}

/**
 * When a closed round closed, as far as the list tells: its closing date, or, when it was closed early, the last
 * change to the round (closing it). Undefined when neither is known.
 */
export function closedOn(round: IAssessmentRound): string | undefined {
  const dates = [round.closesOn, round.modified].filter((d): d is string => !!d).sort((a, b) => day(a).localeCompare(day(b)));
  return dates[0];
}

/** Responses can be given and changed while the round is Open (even after its closing date, until it is closed). */
export function acceptsResponses(round: IAssessmentRound): boolean {
  return round.status === 'Open';
}

const newestFirst = (a: IAssessmentRound, b: IAssessmentRound): number =>
  (b.closesOn ?? b.opensOn ?? '').localeCompare(a.closesOn ?? a.opensOn ?? '') || b.id - a.id;

/**
 * The round the survey shows: the one asked for; else the model's open round (the earliest closing if there are
 * several models); else its most recent closed round (read-only); else its next draft round.
 */
export function surveyRound(rounds: readonly IAssessmentRound[], options: { roundId?: number; modelId?: number } = {}): IAssessmentRound | undefined {
  if (options.roundId) {
    const asked = rounds.find((r) => r.id === options.roundId);
    if (asked) return asked;
  }
  const ofModel = rounds.filter((r) => !options.modelId || r.model?.id === options.modelId);
  const open = ofModel.filter((r) => r.status === 'Open').sort((a, b) => (a.closesOn ?? '9999').localeCompare(b.closesOn ?? '9999'));
  if (open.length) return open[0];
  const closed = ofModel.filter((r) => r.status === 'Closed').sort(newestFirst);
  if (closed.length) return closed[0];
  return ofModel.filter((r) => r.status === 'Draft').sort(newestFirst).pop();
}

/** The model's round before this one (the most recent that closed, or opened, before it), for a starting point. */
export function previousRound(rounds: readonly IAssessmentRound[], round: IAssessmentRound): IAssessmentRound | undefined {
  const key = (r: IAssessmentRound): string => r.opensOn ?? r.closesOn ?? '';
  return rounds
    .filter((r) => r.id !== round.id && r.model?.id === round.model?.id && r.status !== 'Draft' && key(r) < key(round))
    .sort((a, b) => key(b).localeCompare(key(a)))[0];
}

/** Why the round cannot be opened now, or undefined if it can: only one round per model is open at a time. */
export function whyNotOpen(rounds: readonly IAssessmentRound[], round: IAssessmentRound): string | undefined {
  if (round.status === 'Open') return `${round.title} is already open.`;
  const other = rounds.find((r) => r.id !== round.id && r.status === 'Open' && r.model?.id === round.model?.id);
  return other ? `Close ${other.title} first: only one round of a model can be open at a time.` : undefined;
}

export interface IModelRounds {
  readonly model: { readonly id: number; readonly title: string };
  readonly rounds: readonly IAssessmentRound[];
}

/** Rounds grouped by model (the models' order, then rounds of models not in the list), newest round first. */
export function roundsByModel(models: readonly IMaturityModel[], rounds: readonly IAssessmentRound[]): IModelRounds[] {
  const groups: IModelRounds[] = models.map((m) => ({ model: { id: m.id, title: m.title }, rounds: rounds.filter((r) => r.model?.id === m.id).sort(newestFirst) }));
  for (const r of rounds) {
    if (!r.model || models.some((m) => m.id === r.model.id) || groups.some((g) => g.model.id === r.model.id)) continue;
    groups.push({ model: { id: r.model.id, title: r.model.title }, rounds: rounds.filter((x) => x.model?.id === r.model.id).sort(newestFirst) });
  }
  return groups.filter((g) => g.rounds.length > 0);
}
