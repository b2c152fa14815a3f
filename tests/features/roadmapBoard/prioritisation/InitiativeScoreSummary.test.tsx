import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { IInitiative } from '../../../../src/domain/entities';
import { InitiativeScoreSummary } from '../../../../src/features/roadmapBoard/prioritisation/InitiativeScoreSummary';
import { HubProvider } from '../../../../src/features/shared/HubContext';
import { FakeRepository, fakeServices, hubContext } from '../../fakeServices';
import { CRITERIA, INITIATIVES, intranet, intune, passwordReset, register, ROUNDS, ScoresFake, telephony, workedScores } from './prioritiesFakes';

function renderSummary(initiative: IInitiative, scores = workedScores()) {
  const services = fakeServices({
    criteria: new FakeRepository(CRITERIA),
    scoringRounds: new FakeRepository(ROUNDS.map((r) => ({ ...r }))),
    scores: new ScoresFake(scores, () => ({ id: 30, title: 'Samuel Adeyemi' }))
  });
  const opened = jest.fn();
  render(
    <HubProvider value={hubContext(services)}>
      <InitiativeScoreSummary initiative={initiative} initiatives={INITIATIVES} onOpenPriorities={opened} />
    </HubProvider>
  );
  return opened;
}

describe("an initiative's priority in its details", () => {
  it('gives its score and rank in the open round by the scoring rule, and links to the priorities', async () => {
    const opened = renderSummary(intune);
    const summary = await screen.findByRole('group', { name: 'Priority' });
    expect(await screen.findByText('Score 71.7 out of 100, rank 2 of 3')).toBeInTheDocument();
    expect(summary).toHaveTextContent('in 2026 Autumn (benefit 76.0, cost 50.0, 3 scorers)');
    fireEvent.click(screen.getByRole('button', { name: 'See the priorities' }));
    expect(opened).toHaveBeenCalled();
  });

  it.each([
    [register, 'Must do: always in the plan, so it is not scored.'],
    [passwordReset, "Under one month's effort: left out of the ranking in 2026 Autumn."],
    [intranet, 'Not scored yet in 2026 Autumn.']
  ])('says why %s is not ranked', async (initiative, words) => {
    renderSummary(initiative);
    expect(await screen.findByText(new RegExp(words.replace(/[.()]/g, '\\$&')))).toBeInTheDocument();
  });

  it('ranks against the same round as the Priorities view (Modernise Telephony third)', async () => {
    renderSummary(telephony);
    expect(await screen.findByText('Score 53.9 out of 100, rank 3 of 3')).toBeInTheDocument();
  });
});
