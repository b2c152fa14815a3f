/**
 * Roll-up of maturity levels.
 * Rule: a department's overall level is the median of its dimension levels (unanswered dimensions are left
 * out); the organisation's level is the median of the departments' overall levels. A median of an even
 * count is the mean of the middle two, so an organisation can sit "between levels 1 and 2" (1.5).
 */
export function median(values: readonly number[]): number | undefined {
  const sorted = values.filter((v) => typeof v === 'number' && isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Parses a model's LevelNames (one per line, lowest first). */
export function levelNames(text: string | undefined): string[] {
  return (text ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}
