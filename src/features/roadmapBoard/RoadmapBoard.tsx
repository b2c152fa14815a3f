import * as React from 'react';
import type { HubList } from '../../domain/services';
import { Workstream } from '../../domain/entities';
import { RoadmapView } from '../../domain/roadmap';
import { WORKSTREAMS } from '../../domain/vocabulary';
import { FeatureFrame } from '../shared/FeatureFrame';
import { RoadmapWorkspace } from './RoadmapWorkspace';

/**
 * The lists this part reads: only these missing stop it. Not Initiative Scores: it is private (staff cannot see it at
 * all, so to them it always looks missing); the Priorities view reads it only for scorers and the programme office.
 */
export const ROADMAP_BOARD_LISTS: readonly HubList[] = ['initiatives', 'departments', 'criteria', 'scoringRounds'];

export interface IRoadmapBoardProps {
  readonly title: string;
  /** The view shown when the address names none. */
  readonly defaultView?: RoadmapView;
  /** The filters shown when the address names none: a view-state query (e.g. `ws=End-User%20Computing&st=Approved`). */
  readonly defaultQuery?: string;
  /** The workstreams this web part shows; empty or missing for all. */
  readonly workstreams?: readonly string[];
  /** How many initiatives a column or table shows before "Show more". */
  readonly pageSize?: number;
}

const knownWorkstreams = (values: readonly string[] | undefined): Workstream[] =>
  (values ?? []).filter((v): v is Workstream => (WORKSTREAMS as readonly string[]).includes(v));

/**
 * The Roadmap Board: the strategy's initiatives as a board, a timeline, a table, the ways-of-working matrix and
 * the priorities, filtered and shared through the address; editors add, edit, move and delete initiatives.
 */
export const RoadmapBoard: React.FC<IRoadmapBoardProps> = ({ title, defaultView, defaultQuery, workstreams, pageSize }) => {
  const shown = React.useMemo(() => knownWorkstreams(workstreams), [workstreams]);
  return (
    <FeatureFrame title={title} lists={ROADMAP_BOARD_LISTS}>
      <RoadmapWorkspace title={title} defaultView={defaultView} defaultQuery={defaultQuery} workstreams={shown} pageSize={pageSize} />
    </FeatureFrame>
  );
};
