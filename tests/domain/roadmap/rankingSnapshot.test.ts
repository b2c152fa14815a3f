import { IInitiativeScore, IScoringRound } from '../../../src/domain/entities';
import { scoreInitiatives, scorerIdOf } from '../../../src/domain/roadmap/prioritisation';
import { parseSnapshot, rankingFromSnapshot, roundSnapshot, serializeSnapshot, takeRankingSnapshot } from '../../../src/domain/roadmap/rankingSnapshot';
import { rankingSource } from '../../../src/features/roadmapBoard/prioritisation/usePrioritiesData';
import { CRITERIA, INITIATIVES, ROUNDS, intune, telephony, warehouse, workedScores } from '../../features/roadmapBoard/prioritisation/prioritiesFakes';

/** Issue 15: a closed round's ranking is a frozen snapshot of figures, and a score is its folder owner's. */
const open = ROUNDS[1];
const TAKEN = '2026-12-18T17:00:00.000Z';

describe('a closed round\'s ranking snapshot', () => {
  it('gives back exactly the ranking the scores gave, for any filtered set, with or without small initiatives', () => {
    const scores = workedScores();
    const snapshot = parseSnapshot(serializeSnapshot(takeRankingSnapshot(open, INITIATIVES, CRITERIA, scores, TAKEN)));
    expect(snapshot).toBeDefined();
    for (const includeSmall of [false, true]) {
      for (const shown of [INITIATIVES, [telephony, warehouse], [intune]]) {
        const live = scoreInitiatives(shown, CRITERIA, scores, { includeSmall, round: open.title, quorum: 2 });
        expect(rankingFromSnapshot(snapshot!, shown, { includeSmall })).toEqual(live);
      }
    }
    expect(rankingFromSnapshot(snapshot!, INITIATIVES).ranked.map((r) => [r.initiative.title, r.score, r.rank])).toEqual([
      ['Data Warehouse', 77.8, 1],
      ['Full Intune Deployment', 71.7, 2],
      ['Modernise Telephony', 53.9, 3]
    ]);
  });

  it('holds figures only: no scorer, no id of a person, no rationale', () => {
    const text = serializeSnapshot(takeRankingSnapshot(open, INITIATIVES, CRITERIA, workedScores(), TAKEN));
    for (const leak of ['Asha Patel', 'Ben Okafor', 'Chloe Martin', 'Rationale', 'author', 'rationale', 'ownerId']) expect(text).not.toContain(leak);
    const entry = JSON.parse(text).initiatives[0];
    expect(Object.keys(entry).sort()).toEqual(['benefit', 'completeScorers', 'cost', 'id', 'perCriterion', 'score', 'scorers', 'title']);
    expect(Object.keys(entry.perCriterion[0]).sort()).toEqual(['criterionId', 'kind', 'mean', 'meanScore', 'scorers', 'weight']);
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['another version', JSON.stringify({ version: 2, takenOn: TAKEN, quorum: 3, initiatives: [] })],
    ['a figure that is not a number', JSON.stringify({ version: 1, takenOn: TAKEN, quorum: 3, initiatives: [{ id: 1, score: '99', scorers: 3, completeScorers: 3, perCriterion: [] }] })],
    ['a criterion of an unknown kind', JSON.stringify({ version: 1, takenOn: TAKEN, quorum: 3, initiatives: [{ id: 1, score: 9, scorers: 3, completeScorers: 3, perCriterion: [{ criterionId: 1, kind: 'Other', weight: 1, mean: 1, meanScore: 1, scorers: 1 }] }] })]
  ])('is not read from %s (the round shows as not recorded)', (_name, text) => {
    expect(parseSnapshot(text)).toBeUndefined();
  });

  it('is a closed round\'s only: an open round with a Ranking value has none', () => {
    const ranking = serializeSnapshot(takeRankingSnapshot(open, INITIATIVES, CRITERIA, workedScores(), TAKEN));
    expect(roundSnapshot({ ...open, ranking })).toBeUndefined();
    expect(roundSnapshot({ ...open, status: 'Closed', ranking })?.takenOn).toBe(TAKEN);
  });
});

describe('whose a score is: the owner of its folder, never its Created By', () => {
  const base = workedScores()[0];
  const inFolder = (ownerId: number | undefined, authorId: number): IInitiativeScore => ({ ...base, folderPath: '/sites/digital/Lists/InitiativeScores/x', ownerId, author: { id: authorId, title: '' } });
  it('takes the folder owner over the author, and the author only for scores read without a folder', () => {
    expect(scorerIdOf(inFolder(30, 99))).toBe(30);
    expect(scorerIdOf({ ...base, author: { id: 7, title: '' } })).toBe(7);
    expect(scorerIdOf(inFolder(undefined, 7))).toBeUndefined();
  });

  it('re-attributing scores to other authors makes no new scorers; scores outside every folder count for nothing', () => {
    const scores = workedScores().map((s) => ({ ...s, folderPath: 'f', ownerId: s.author?.id }));
    const before = scoreInitiatives(INITIATIVES, CRITERIA, scores, { round: open.title, quorum: 2 });
    const reattributed = scores.map((s, n) => ({ ...s, author: { id: 500 + n, title: 'Someone else' } }));
    const ownerless = scores.filter((s) => s.initiative.id === intune.id).map((s, n) => ({ ...s, id: 9000 + n, ownerId: undefined, score: 0 }));
    expect(scoreInitiatives(INITIATIVES, CRITERIA, [...reattributed, ...ownerless], { round: open.title, quorum: 2 })).toEqual(before);
  });
});

describe('what each reader sees of a round (scores are private until it closes)', () => {
  const closedWith: IScoringRound = { ...ROUNDS[0], ranking: serializeSnapshot(takeRankingSnapshot(ROUNDS[0], INITIATIVES, CRITERIA, workedScores(), TAKEN)) };
  const rounds = [closedWith, open];
  it.each<[string, IScoringRound, readonly IScoringRound[], boolean, string]>([
    ['a closed round with a snapshot: the snapshot, to everyone', closedWith, rounds, false, 'snapshot'],
    ['the same for the programme office', closedWith, rounds, true, 'snapshot'],
    ['an open round, to the programme office: live', open, rounds, true, 'live'],
    ['an open round, to anyone else: unpublished', open, rounds, false, 'unpublished'],
    ['a closed round without a snapshot, to staff: not recorded', ROUNDS[0], [ROUNDS[0], open], false, 'notRecorded'],
    ['a closed round without a snapshot, to the office: live', ROUNDS[0], [ROUNDS[0], open], true, 'live'],
    ['a draft round: no scores', { ...open, status: 'Draft' }, rounds, true, 'draft']
  ])('%s', (_name, round, all, office, kind) => {
    expect(rankingSource(round, all, office)?.kind).toBe(kind);
  });

  it('shows staff the latest closed round with a snapshot while a round is open', () => {
    const source = rankingSource(open, rounds, false);
    expect(source).toEqual(expect.objectContaining({ kind: 'unpublished', lastClosed: closedWith }));
    expect(rankingSource(open, [ROUNDS[0], open], false)).toEqual({ kind: 'unpublished', lastClosed: undefined, snapshot: undefined });
  });
});
