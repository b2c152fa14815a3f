/**
 * Scoring rounds and the scoring grid's rules.
 *
 * - The round shown by default is the Open one; with none open, the latest Closed one (by closing date, then
 *   opening date); with neither, none. Draft rounds are never the default.
 * - Only one round is Open at a time: a new round can be opened only after the open one is closed.
 * - A round's title is what every score's ScoringRound holds, so it must be unique (ignoring case), 1-60 characters.
 * - Scorers score the initiatives that are not must-do, and not under one month's effort unless asked to.
 * - Each scorer has at most one score per (initiative, criterion, round): the grid reads their latest and updates it.
 * - A score is a whole number from 0 to the criterion's scale (5 when not set).
 * - A closed round's ranking is the snapshot taken when it closed (rankingSnapshot.ts): scores written after closing
 *   (the list cannot refuse them: its permissions are per folder, not per round) change nothing in it. A Draft round
 *   counts no scores.
 * - A score is its scorer's: the owner of the folder it is in (scorerIdOf), never its Created By.
 */
import { IFieldIssue } from '../dataErrors';
import { IInitiative, IInitiativeScore, IPrioritisationCriterion, IScoringRound } from '../entities';
import { DEFAULT_SCALE, latestScoresPerScorer, scorerIdOf } from './prioritisation';
import { isSmall } from './roadmapFilter';
import { IListQuery } from '../query';

const time = (iso: string | undefined): number => {
  const t = Date.parse(iso ?? '');
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
};

/** Newest first: by closing date, then opening date, then id. */
export function sortRounds(rounds: readonly IScoringRound[]): IScoringRound[] {
  return [...rounds].sort((a, b) => time(b.closesOn) - time(a.closesOn) || time(b.opensOn) - time(a.opensOn) || b.id - a.id);
}

/** The Open round (the newest if, against the rule, several are open); else the latest Closed one. */
export function defaultRound(rounds: readonly IScoringRound[]): IScoringRound | undefined {
  const sorted = sortRounds(rounds);
  return sorted.find((r) => r.status === 'Open') ?? sorted.find((r) => r.status === 'Closed');
}

export interface INewRound {
  readonly title: string;
  readonly description?: string;
  readonly opensOn?: string;
  readonly closesOn?: string;
}

export const ROUND_TITLE_MAX = 60;

/** What stops a new round from being opened, worded for the form (field = the INewRound property). */
export function newRoundIssues(round: INewRound, existing: readonly IScoringRound[]): IFieldIssue[] {
  const issues: IFieldIssue[] = [];
  const title = round.title.trim();
  if (!title) issues.push({ field: 'title', message: 'Give the round a name, for example "2027 Spring".' });
  else if (title.length > ROUND_TITLE_MAX) issues.push({ field: 'title', message: `Keep the name to ${ROUND_TITLE_MAX} characters or fewer.` });
  else if (existing.some((r) => r.title.trim().toLowerCase() === title.toLowerCase())) {
    issues.push({ field: 'title', message: `There is already a round called "${title}". Choose another name.` });
  }
  if (round.opensOn && round.closesOn && time(round.closesOn) < time(round.opensOn)) {
    issues.push({ field: 'closesOn', message: 'The closing date must be on or after the opening date.' });
  }
  const open = existing.find((r) => r.status === 'Open');
  if (open) issues.push({ field: 'status', message: `"${open.title}" is still open. Close it before opening another round.` });
  return issues;
}

/** The initiatives scorers score: not must-do, and not small unless asked to. Order is kept. */
export function scorableInitiatives(initiatives: readonly IInitiative[], includeSmall: boolean): IInitiative[] {
  return initiatives.filter((i) => !i.mustDo && (includeSmall || !isSmall(i)));
}

/** The criteria scorers score: active ones with a weight above zero, in order. */
export function scoringCriteria(criteria: readonly IPrioritisationCriterion[]): IPrioritisationCriterion[] {
  return criteria
    .filter((c) => c.active !== false && Number.isFinite(c.weight) && c.weight > 0)
    .sort((a, b) => (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) || a.title.localeCompare(b.title, 'en-GB') || a.id - b.id);
}

export const scaleOf = (criterion: Pick<IPrioritisationCriterion, 'scale'>): number =>
  criterion.scale !== undefined && Number.isFinite(criterion.scale) && criterion.scale > 0 ? Math.floor(criterion.scale) : DEFAULT_SCALE;

export const scoreCellKey = (initiativeId: number, criterionId: number): string => `${initiativeId}:${criterionId}`;

/** One scorer's scores in a round, by cell (initiative:criterion), keeping their latest where there are several. */
export function ownScores(scores: readonly IInitiativeScore[], scorerId: number, round: string): Map<string, IInitiativeScore> {
  const own = latestScoresPerScorer(scores.filter((s) => scorerIdOf(s) === scorerId && s.scoringRound === round));
  return new Map(own.map((s) => [scoreCellKey(s.initiative.id, s.criterion.id), s]));
}

export interface IScoreKeyResult {
  /** The score the keys typed so far make, if they make one. */
  readonly value?: number;
  /** What to keep of the typed keys for the next key (so "1" then "0" makes 10 on a 0-10 scale). */
  readonly buffer: string;
  /** Why the key made no score. */
  readonly error?: string;
}

/**
 * A digit key typed in a grid cell. `buffer` holds the digits typed just before in the same cell. On a scale
 * of 10 or more, "1" gives 1 and keeps "1", so a following "0" gives 10. A digit above the scale is refused.
 */
export function scoreFromKey(buffer: string, key: string, scale: number): IScoreKeyResult {
  if (!/^[0-9]$/.test(key)) return { buffer: '', error: 'Type a number.' };
  const joined = `${buffer}${key}`;
  if (buffer && Number(joined) <= scale) return { value: Number(joined), buffer: '' };
  const value = Number(key);
  if (value > scale) return { buffer: '', error: `Scores for this criterion go from 0 to ${scale}.` };
  return { value, buffer: value * 10 <= scale && value > 0 ? key : '' };
}

/** One round's scores (the round is indexed; the list can pass 5,000 items, so it is read in id windows). */
export const roundScoresQuery = (round: string): IListQuery<IInitiativeScore> => ({ where: { scoringRound: round }, byIdWindows: true });

/**
 * The scores the grid reads for the signed-in scorer: the round's, which SharePoint trims to the scorer's own folder
 * (a programme office member who scores reads every folder: ownScores keeps theirs, by folder, not by Created By).
 */
export const ownRoundScoresQuery = (round: string): IListQuery<IInitiativeScore> => roundScoresQuery(round);

/** The fields the ranking needs from each score: a lean read of a large list. */
export const RANKING_SCORE_FIELDS: readonly (keyof IInitiativeScore & string)[] = ['initiative', 'criterion', 'score', 'scoringRound', 'author'];
