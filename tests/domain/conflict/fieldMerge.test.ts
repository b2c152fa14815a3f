import { allFrom, defaultChoices, differs, fieldDiffs, mergeChoices, sameValue } from '../../../src/domain/conflict';

const alex = { id: 7, title: 'Alex Morgan', email: 'alex.morgan@digitalhub.example' };

describe('sameValue compares field values by meaning', () => {
  test.each([
    ['identical text', 'Approved', 'Approved', true],
    ['different text', 'Approved', 'Proposed', false],
    ['text around spaces', ' Approved ', 'Approved', true],
    ['empty text and undefined', '', undefined, true],
    ['null and undefined', null, undefined, true],
    ['empty list and undefined', [], undefined, true],
    ['zero and undefined', 0, undefined, false],
    ['numbers', 3, 3, true],
    ['number and its text', 3, '3', false],
    ['false and undefined', false, undefined, false],
    ['same person, different display name', alex, { id: 7, title: 'A. Morgan' }, true],
    ['different people', alex, { id: 8, title: 'Alex Morgan' }, false],
    ['lookup by id', { id: 2, title: 'Chamberlain' }, { id: 2, title: '' }, true],
    ['multi-choice in another order', ['Reach', 'Insight'], ['Insight', 'Reach'], true],
    ['multi-choice with one more', ['Reach'], ['Reach', 'Insight'], false],
    ['people lists in another order', [alex, { id: 9, title: 'B' }], [{ id: 9, title: 'B' }, alex], true],
    ['the same instant written two ways', '2026-04-01T00:00:00Z', '2026-04-01T00:00:00.000Z', true],
    ['different dates', '2026-04-01T00:00:00Z', '2026-05-01T00:00:00Z', false],
    ['links by address', { url: 'https://a', description: 'x' }, { url: 'https://a', description: 'x' }, true],
    ['links with another description', { url: 'https://a', description: 'x' }, { url: 'https://a', description: 'y' }, false],
    ['plain objects by content', { a: 1, b: undefined }, { a: 1 }, true]
  ])('%s', (_name, a, b, expected) => {
    expect(sameValue(a, b)).toBe(expected);
    expect(sameValue(b, a)).toBe(expected);
  });
});

describe('fieldDiffs says who changed what, and the default merge follows it', () => {
  const base = { title: 'Intune', stage: 'Proposed', progress: 10, owner: alex, notes: 'n' };
  test.each([
    ['only they changed it: take theirs', { stage: 'Proposed' }, { stage: 'Approved' }, 'stage', 'theirs', 'Approved'],
    ['only I changed it: keep mine', { stage: 'In delivery' }, { stage: 'Proposed' }, 'stage', 'mine', 'In delivery'],
    ['both changed it differently: a clash, mine by default', { stage: 'In delivery' }, { stage: 'Approved' }, 'stage', 'both', 'In delivery'],
    ['both changed it the same way: no difference', { stage: 'Approved' }, { stage: 'Approved' }, 'stage', 'both', 'Approved'],
    ['I did not send the field: theirs', {}, { stage: 'Approved' }, 'stage', 'theirs', 'Approved'],
    ['they changed the owner (by id)', { owner: { id: 7, title: 'Alex' } }, { owner: { id: 8, title: 'Sam' } }, 'owner', 'theirs', { id: 8, title: 'Sam' }],
    ['I cleared a number they left alone', { progress: undefined }, { progress: 10 }, 'progress', 'mine', undefined]
  ])('%s', (_name, mineChanges, theirChanges, key, change, merged) => {
    const mine = { ...base, ...mineChanges };
    if (!Object.prototype.hasOwnProperty.call(mineChanges, key)) delete (mine as Record<string, unknown>)[key];
    const theirs = { ...base, ...theirChanges };
    const [diff] = fieldDiffs(base, mine, theirs, [key]);
    expect(diff.change).toBe(change);
    expect(mergeChoices([diff])[key]).toEqual(merged);
  });

  it('without a base every difference is unknown and defaults to mine', () => {
    const diffs = fieldDiffs(undefined, { stage: 'In delivery', title: 'Intune' }, { stage: 'Approved', title: 'Intune' }, ['stage', 'title']);
    expect(diffs.map((d) => d.change)).toEqual(['unknown', 'unknown']);
    expect(diffs.filter(differs).map((d) => d.key)).toEqual(['stage']);
    expect(defaultChoices(diffs)).toEqual({ stage: 'mine' });
    expect(mergeChoices(diffs)).toEqual({ stage: 'In delivery', title: 'Intune' });
  });
});

describe('merging a whole record', () => {
  const base = { title: 'Intune', stage: 'Proposed', progress: 10, health: 'On track' };
  const mine = { title: 'Full Intune Deployment', stage: 'Approved', progress: 10, health: 'On track' };
  const theirs = { title: 'Intune', stage: 'In delivery', progress: 40, health: 'At risk' };
  const keys = ['title', 'stage', 'progress', 'health'];
  const diffs = fieldDiffs(base, mine, theirs, keys);

  it('pre-selects mine where only I changed it or we clash, theirs where only they did', () => {
    expect(defaultChoices(diffs)).toEqual({ title: 'mine', stage: 'mine', progress: 'theirs', health: 'theirs' });
    expect(mergeChoices(diffs)).toEqual({ title: 'Full Intune Deployment', stage: 'Approved', progress: 40, health: 'At risk' });
  });

  it('follows the choices made, field by field', () => {
    expect(mergeChoices(diffs, { stage: 'theirs', health: 'mine' })).toEqual({ title: 'Full Intune Deployment', stage: 'In delivery', progress: 40, health: 'On track' });
  });

  it('keeps mine: every change I made (the clash too), and their change to a field only they touched (Progress stays 40)', () => {
    expect(allFrom(diffs, 'mine')).toEqual({ title: 'Full Intune Deployment', stage: 'Approved', progress: 40, health: 'At risk' });
  });

  it('takes theirs: their version whole, my changes dropped', () => {
    expect(allFrom(diffs, 'theirs')).toEqual(theirs);
  });

  it('keeps mine without a base version (nothing tells who changed what): my version whole', () => {
    expect(allFrom(fieldDiffs(undefined, mine, theirs, keys), 'mine')).toEqual(mine);
  });
});
