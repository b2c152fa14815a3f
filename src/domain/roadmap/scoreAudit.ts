/**
 * The score audit: who scored what, when, with what rationale. Rows are newest first (by last change), then
 * initiative, criterion and scorer A-Z. CSV as for the roadmap export (see roadmapCsv.ts): UTF-8 with a byte
 * order mark, CRLF, quoted fields, formula injection guarded.
 */
import { IInitiative, IInitiativeScore, IPrioritisationCriterion } from '../entities';
import { csvDocument } from '../csv';
import { scorerIdOf } from './prioritisation';
import { scaleOf } from './scoringRound';

export interface IScoreAuditRow {
  readonly id: number;
  readonly initiativeId: number;
  readonly initiative: string;
  readonly criterionId: number;
  readonly criterion: string;
  readonly scorerId: number | undefined;
  readonly scorer: string;
  readonly score: number;
  readonly scale: number;
  readonly rationale: string;
  /** Last change (ISO), else when it was created. */
  readonly when: string | undefined;
  readonly round: string;
}

export interface IScoreAuditFilter {
  readonly initiativeId?: number;
  readonly scorerId?: number;
}

export function scoreAuditRows(
  scores: readonly IInitiativeScore[],
  initiatives: readonly IInitiative[],
  criteria: readonly IPrioritisationCriterion[],
  filter: IScoreAuditFilter = {}
): IScoreAuditRow[] {
  const titles = new Map(initiatives.map((i) => [i.id, i.title]));
  const byId = new Map(criteria.map((c) => [c.id, c]));
  return scores
    .filter((s) => (filter.initiativeId === undefined || s.initiative.id === filter.initiativeId) && (filter.scorerId === undefined || scorerIdOf(s) === filter.scorerId))
    .map((s) => {
      const criterion = byId.get(s.criterion.id);
      // The scorer is the folder's owner; Created By names them only when it is the same person.
      const scorerId = scorerIdOf(s);
      const named = scorerId !== undefined && s.author?.id === scorerId ? s.author.title : '';
      return {
        id: s.id,
        initiativeId: s.initiative.id,
        initiative: titles.get(s.initiative.id) ?? (s.initiative.title || `Initiative ${s.initiative.id}`),
        criterionId: s.criterion.id,
        criterion: criterion?.title ?? (s.criterion.title || `Criterion ${s.criterion.id}`),
        scorerId,
        scorer: named || (scorerId !== undefined ? `User ${scorerId}` : 'Nobody (outside every scorer\'s folder: counts for nothing)'),
        score: s.score,
        scale: criterion ? scaleOf(criterion) : scaleOf({}),
        rationale: s.rationale ?? '',
        when: s.modified ?? s.created,
        round: s.scoringRound
      };
    })
    .sort(
      (a, b) =>
        (Date.parse(b.when ?? '') || 0) - (Date.parse(a.when ?? '') || 0) ||
        a.initiative.localeCompare(b.initiative, 'en-GB') ||
        a.criterion.localeCompare(b.criterion, 'en-GB') ||
        a.scorer.localeCompare(b.scorer, 'en-GB')
    );
}

/** The distinct scorers among the rows, A-Z, for the audit's filter. */
export function auditScorers(rows: readonly IScoreAuditRow[]): { id: number; name: string }[] {
  const seen = new Map<number, string>();
  for (const row of rows) if (row.scorerId !== undefined) seen.set(row.scorerId, row.scorer);
  return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

export const SCORE_AUDIT_HEADINGS = ['Round', 'Initiative', 'Criterion', 'Scorer', 'Score', 'Out of', 'Rationale', 'Last changed'] as const;

export function scoreAuditCsv(rows: readonly IScoreAuditRow[]): string {
  return csvDocument([SCORE_AUDIT_HEADINGS, ...rows.map((r) => [r.round, r.initiative, r.criterion, r.scorer, r.score, r.scale, r.rationale, r.when?.replace(/\.\d{3}Z$/, 'Z')])]);
}
