import * as React from 'react';
import { render, RenderResult } from '@testing-library/react';
import { IInitiative, IInitiativeScore, IPersonRef, IScoringRound } from '../../../../src/domain/entities';
import { closeScoringRound } from '../../../../src/data/roadmap/scoringRounds';
import { PrioritiesView } from '../../../../src/features/roadmapBoard/prioritisation/PrioritiesView';
import { HubProvider } from '../../../../src/features/shared/HubContext';
import { FakeRepository, fakeServices, hubContext } from '../../fakeServices';
import { CRITERIA, INITIATIVES, ROUNDS, ScoresFake } from './prioritiesFakes';

export interface IPrioritiesSetup {
  readonly me?: IPersonRef;
  readonly scores?: IInitiativeScore[];
  readonly rounds?: IScoringRound[];
  readonly canAdd?: boolean;
  readonly canManage?: boolean;
  readonly includeSmall?: boolean;
  readonly initiatives?: IInitiative[];
  /** Reads of the scores fail with this until the test clears scores.failWith. */
  readonly failReads?: unknown;
}

export function renderPriorities(setup: IPrioritiesSetup = {}): RenderResult & { scores: ScoresFake; rounds: FakeRepository<IScoringRound>; opened: number[] } {
  const me = setup.me ?? { id: 30, title: 'Samuel Adeyemi' };
  const scores = new ScoresFake(setup.scores ?? [], () => me);
  scores.failWith = setup.failReads;
  if (setup.canAdd === false) scores.permissions = async () => ({ canAdd: false, canEditAll: false });
  const rounds = new FakeRepository<IScoringRound>((setup.rounds ?? ROUNDS).map((r) => ({ ...r })));
  const criteria = new FakeRepository(CRITERIA);
  const services = fakeServices({
    criteria,
    scoringRounds: rounds,
    scores,
    scoringRoundService: {
      openPanelFolders: async () => [],
      close: (round) => closeScoringRound({ initiatives: new FakeRepository(setup.initiatives ?? INITIATIVES), criteria, scores, scoringRounds: rounds }, round)
    },
    currentUser: async () => me
  });
  const opened: number[] = [];
  const result = render(
    <HubProvider value={hubContext(services)}>
      <PrioritiesView
        initiatives={setup.initiatives ?? INITIATIVES}
        canManage={setup.canManage ?? false}
        includeSmall={setup.includeSmall ?? false}
        onOpenInitiative={(id) => opened.push(id)}
      />
    </HubProvider>
  );
  return { ...result, scores, rounds, opened };
}
