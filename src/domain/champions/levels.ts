/**
 * Recognition levels: each level has a threshold of points (the Recognition Levels list, which only the
 * programme office edits). A champion holds the highest level whose threshold their points reach; a level is
 * always computed from points, never stored where a champion could write it.
 */

export interface ILevelRule {
  readonly title: string;
  readonly minPoints: number;
}

export interface ILevelStanding {
  /** The level held, or undefined below the first threshold. */
  readonly level?: ILevelRule;
  /** The next level up, if any, and the points still needed for it. */
  readonly next?: ILevelRule;
  readonly pointsToNext?: number;
}

export function levelFor(points: number, levels: readonly ILevelRule[]): ILevelStanding {
  const ordered = [...levels].filter((l) => Number.isFinite(l.minPoints)).sort((a, b) => a.minPoints - b.minPoints);
  let level: ILevelRule | undefined;
  let next: ILevelRule | undefined;
  for (const candidate of ordered) {
    if (points >= candidate.minPoints) level = candidate;
    else {
      next = candidate;
      break;
    }
  }
  return next ? { level, next, pointsToNext: next.minPoints - points } : { level };
}
