import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DataError } from '../../../../src/domain/dataErrors';
import { SCORING_RULE } from '../../../../src/domain/roadmap/prioritisation';
import { serializeSnapshot, takeRankingSnapshot } from '../../../../src/domain/roadmap/rankingSnapshot';
import { asha, CRITERIA, INITIATIVES, intune, ROUNDS, workedScores } from './prioritiesFakes';
import { renderPriorities } from './renderPriorities';
import { outlastReadRetries } from '../../fakeServices';

const rankingRows = (): string[][] =>
  within(screen.getByRole('table', { name: 'Ranking, 2026 Autumn' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell').map((c) => c.textContent ?? ''));

describe('Priorities view: the ranking', () => {
  it("ranks three scorers' scores by the documented rule, with must-do, unscored and small initiatives apart", async () => {
    const { scores } = renderPriorities({ scores: workedScores() });
    await screen.findByRole('table', { name: 'Ranking, 2026 Autumn' });
    expect(rankingRows()).toEqual([
      ['1', 'Data Warehouse', '77.8', '92.0', '6.7', '3'],
      ['2', 'Full Intune Deployment', '71.7', '76.0', '50.0', '3'],
      ['3', 'Modernise Telephony', '53.9', '50.0', '73.3', '3']
    ]);
    expect(within(screen.getByRole('list', { name: 'Must-do initiatives, not scored' })).getByRole('button', { name: 'Information Assets Register' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Must do — not scored (1)' })).toBeInTheDocument();
    // Last year's top marks for Intranet search do not count in this round.
    expect(within(screen.getByRole('list', { name: 'Initiatives not scored yet' })).getByRole('button', { name: 'Intranet search' })).toBeInTheDocument();
    expect(screen.getByText(/1 initiative under one month's effort is left out/)).toBeInTheDocument();
    // Only the open round's scores were read, in id windows, lean.
    expect(scores.queries).toEqual([expect.objectContaining({ where: { scoringRound: '2026 Autumn' }, byIdWindows: true, fields: expect.arrayContaining(['score', 'author']) })]);
  });

  it('explains how scores work, word for word', async () => {
    renderPriorities({ scores: workedScores() });
    const summary = await screen.findByText('How scores work');
    const details = summary.closest('details') as HTMLElement;
    const items = within(details).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toHaveLength(8);
    for (const item of items) expect(SCORING_RULE).toContain(item as string);
  });

  it('includes small initiatives when asked', async () => {
    renderPriorities({ scores: workedScores(), includeSmall: true });
    await screen.findByRole('table', { name: 'Ranking, 2026 Autumn' });
    expect(rankingRows().map((r) => r[1])).toContain('Self-service password reset');
    expect(screen.queryByText(/include small initiatives in the filters/)).not.toBeInTheDocument();
  });

  it('opens an initiative from its title', async () => {
    const { opened } = renderPriorities({ scores: workedScores() });
    fireEvent.click(await screen.findByRole('button', { name: 'Full Intune Deployment' }));
    expect(opened).toEqual([intune.id]);
  });

  it('reads another round when chosen, and shows it as closed', async () => {
    const { scores } = renderPriorities({ scores: workedScores() });
    await screen.findByRole('table', { name: 'Ranking, 2026 Autumn' });
    fireEvent.click(screen.getByRole('combobox', { name: /^Scoring round/ }));
    fireEvent.click(await screen.findByRole('option', { name: '2025 Autumn (closed)' }));
    expect(await screen.findByRole('table', { name: 'Ranking, 2025 Autumn' })).toHaveTextContent('Intranet search');
    expect(screen.getByText(/Closed on 31 October 2025/)).toBeInTheDocument();
    expect(scores.queries.map((q) => q.where)).toEqual([{ scoringRound: '2026 Autumn' }, { scoringRound: '2025 Autumn' }]);
    // No scoring in a closed round.
    expect(screen.queryByRole('tab', { name: 'Score initiatives' })).not.toBeInTheDocument();
  });

  it('defaults to the latest closed round when none is open', async () => {
    renderPriorities({ scores: workedScores(), rounds: [{ id: 1, title: '2025 Autumn', status: 'Closed', closesOn: '2025-10-31T00:00:00Z', quorum: 2 }] });
    expect(await screen.findByRole('table', { name: 'Ranking, 2025 Autumn' })).toBeInTheDocument();
  });

  it('words a missing round for staff and for the programme office', async () => {
    renderPriorities({ rounds: [] });
    expect(await screen.findByText('There is no scoring round yet. The programme office opens one when scoring starts.')).toBeInTheDocument();
  });

  it('explains a failed read of the scores and reads again', async () => {
    const failure = new DataError('Throttled', 'SharePoint is busy right now. Wait a moment and try again.', 429);
    jest.useFakeTimers();
    const view = renderPriorities({ scores: workedScores(), failReads: failure });
    await outlastReadRetries();
    expect(await screen.findByText('SharePoint is busy right now. Wait a moment and try again.')).toBeInTheDocument();
    jest.useRealTimers();
    view.scores.failWith = undefined;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Ranking, 2026 Autumn' })).toBeInTheDocument();
  });

  it('offers scoring only to people who may add scores', async () => {
    renderPriorities({ scores: workedScores(), canAdd: false });
    // Issue 15: staff no longer see an open round's ranking (scores are private until it closes); they are told so.
    await screen.findByText(/Scores are published when the round closes/);
    expect(screen.getAllByRole('tab').map((t) => t.textContent?.trim())).toEqual(['Ranking', 'Value and effort']);
  });
});

describe('Priorities view: scores are private until a round closes (issue 15)', () => {
  const snapshotOf2025 = (): string =>
    serializeSnapshot(takeRankingSnapshot(ROUNDS[0], INITIATIVES, CRITERIA, workedScores(), '2025-10-31T17:00:00.000Z'));

  it('shows staff the latest closed round\'s recorded ranking while a round is open, and reads no score', async () => {
    const { scores } = renderPriorities({ scores: workedScores(), canAdd: false, rounds: [{ ...ROUNDS[0], ranking: snapshotOf2025() }, ROUNDS[1]] });
    expect(await screen.findByText(/Scores are published when the round closes: 2026 Autumn is open/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText(/Shown below: the final ranking of 2025 Autumn, the latest closed round/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Ranking, 2025 Autumn' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Intranet search');
    expect(scores.queries).toEqual([]);
  });

  it('shows a closed round from its snapshot to everyone, and says it is final', async () => {
    const { scores } = renderPriorities({ scores: [], canAdd: false, rounds: [{ ...ROUNDS[0], ranking: snapshotOf2025() }] });
    expect(await screen.findByText(/Final ranking of 2025 Autumn, recorded when the round closed on 31 October 2025/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Ranking, 2025 Autumn' })).getAllByRole('row')[1]).toHaveTextContent('Intranet search');
    expect(scores.queries).toEqual([]);
  });

  it('tells staff when a closed round\'s ranking was never recorded, and the office that it is shown live', async () => {
    renderPriorities({ scores: workedScores(), canAdd: false, rounds: [ROUNDS[0]] });
    expect(await screen.findByText('The ranking of 2025 Autumn was not recorded when it closed, so it cannot be shown. The programme office can record it in the Rounds tab.', {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it('marks the programme office\'s live ranking of an open round as provisional and theirs only', async () => {
    renderPriorities({ scores: workedScores(), canManage: true });
    expect(await screen.findByText(/Provisional: only the programme office sees this ranking while 2026 Autumn is open/, {}, { timeout: 5000 })).toBeInTheDocument();
  });
});

describe('Priorities view: the value-versus-effort matrix', () => {
  it('plots each ranked initiative in its quadrant, reachable by keyboard, with a table of the same figures', async () => {
    const { opened } = renderPriorities({ scores: workedScores() });
    await screen.findByRole('table', { name: 'Ranking, 2026 Autumn' });
    fireEvent.click(screen.getByRole('tab', { name: 'Value and effort' }));
    const matrix = await screen.findByRole('group', { name: /Value versus effort matrix, 3 initiatives/ });
    const points = within(matrix).getAllByRole('button');
    expect(points.map((p) => p.getAttribute('aria-label'))).toEqual([
      'Rank 1, Data Warehouse: value 92.0, effort 93.3, major projects',
      'Rank 2, Full Intune Deployment: value 76.0, effort 50.0, major projects',
      'Rank 3, Modernise Telephony: value 50.0, effort 26.7, quick wins'
    ]);
    expect(points.map((p) => p.tabIndex)).toEqual([0, -1, -1]);
    points[0].focus();
    fireEvent.keyDown(points[0], { key: 'ArrowRight' });
    expect(document.activeElement).toBe(points[1]);
    fireEvent.keyDown(points[1], { key: 'Enter' });
    expect(opened).toEqual([intune.id]);
    const table = screen.getByRole('table', { name: 'Value and effort of each initiative' });
    expect(within(table).getAllByRole('row')[3]).toHaveTextContent('3Modernise Telephony50.026.7Quick wins');
    expect(screen.getByRole('list', { name: 'Quadrants' })).toHaveTextContent('Quick wins (1)');
  });
});

describe('Priorities view: the score audit', () => {
  it('shows who scored what and when, filters by scorer and exports CSV', async () => {
    const created: Blob[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => (created.push(blob), 'blob:audit'), revokeObjectURL: () => undefined });
    renderPriorities({ scores: workedScores(), canManage: true });
    await screen.findByRole('table', { name: 'Ranking, 2026 Autumn' });
    fireEvent.click(screen.getByRole('tab', { name: 'Score audit' }));
    const table = await screen.findByRole('table', { name: 'Score audit, 2026 Autumn' });
    expect(screen.getByText('40 scores in 2026 Autumn, newest first.')).toBeInTheDocument();
    expect(within(table).getAllByRole('row')[1].textContent).toMatch(/Rationale/);
    fireEvent.click(screen.getByRole('combobox', { name: /^Scorer/ }));
    fireEvent.click(await screen.findByRole('option', { name: asha.title }));
    await waitFor(() => expect(screen.getByText('14 scores of 40 in 2026 Autumn, newest first.')).toBeInTheDocument());
    expect(within(table).getAllByRole('row').slice(1).every((r) => r.textContent?.includes('Asha Patel'))).toBe(true);
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(click).toHaveBeenCalled();
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(created[0]);
    });
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Round,Initiative,Criterion,Scorer,Score,Out of,Rationale,Last changed');
    expect(text.trim().split('\r\n')).toHaveLength(15);
    click.mockRestore();
  });
});
