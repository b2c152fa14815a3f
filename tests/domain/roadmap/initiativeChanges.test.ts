import { IInitiative } from '../../../src/domain/entities';
import { EDITABLE_FIELDS, changedFields, fieldText, overlappingChanges, sameValue } from '../../../src/domain/roadmap';
import { chamberlains, dan, digital, intune, priya } from './roadmapData';

describe('sameValue: compares as a person reads', () => {
  test.each<[string, string, unknown, unknown, boolean]>([
    ['missing and empty text', 'notes', undefined, '', true],
    ['text with spaces around it', 'title', ' Intune ', 'Intune', true],
    ['different text', 'title', 'Intune', 'Intune rollout', false],
    ['a date and the same London day as an instant', 'startDate', '2021-04-01', '2021-03-31T23:00:00Z', true],
    ['different days', 'startDate', '2021-04-01', '2021-04-02', false],
    ['people by id', 'owner', dan, { id: 21, title: 'Daniel Evans' }, true],
    ['different people', 'owner', dan, priya, false],
    ['a person and nobody', 'owner', dan, undefined, false],
    ['lists in another order', 'waysOfWorking', ['Reach', 'Insight'], ['Insight', 'Reach'], true],
    ['an empty list and none', 'waysOfWorking', [], undefined, true],
    ['must-do false and missing', 'mustDo', false, undefined, true],
    ['must-do true and false', 'mustDo', true, false, false],
    ['numbers', 'effortMonths', 6, 6, true],
    ['zero and missing', 'progress', 0, undefined, false]
  ])('%s', (_, key, a, b, same) => {
    expect(sameValue(key, a, b)).toBe(same);
  });
});

describe('changedFields', () => {
  it('keeps only what differs, including a cleared field', () => {
    const after: Partial<IInitiative> = { ...intune, title: 'Full Intune Deployment', stage: 'In delivery', owner: undefined, department: chamberlains, waysOfWorking: ['Co-ordination', 'Reach'] };
    expect(changedFields(intune, after)).toEqual({ stage: 'In delivery', owner: undefined, department: chamberlains });
  });

  it('is empty when nothing changed', () => {
    expect(changedFields(intune, { ...intune })).toEqual({});
  });
});

describe('overlappingChanges: what both people changed differently', () => {
  const base: Partial<IInitiative> = { ...intune, stage: 'Approved', health: 'On track', notes: 'Base' };
  test.each<[string, Partial<IInitiative>, Partial<IInitiative>, string[]]>([
    ['different fields changed: nothing to choose', { ...base, stage: 'In delivery' }, { ...base, notes: 'Theirs' }, []],
    ['the same field to the same value: nothing to choose', { ...base, stage: 'In delivery' }, { ...base, stage: 'In delivery' }, []],
    ['the same field to different values', { ...base, stage: 'In delivery' }, { ...base, stage: 'On hold' }, ['stage']],
    ['several fields', { ...base, stage: 'Completed', notes: 'Mine', health: 'At risk' }, { ...base, stage: 'On hold', notes: 'Theirs' }, ['stage', 'notes']],
    ['they cleared what I changed', { ...base, owner: priya }, { ...base, owner: undefined }, ['owner']],
    ['I did not send the field', { stage: 'In delivery' }, { ...base, stage: 'On hold', notes: 'Theirs' }, ['stage']]
  ])('%s', (_, mine, theirs, expected) => {
    expect(overlappingChanges(base, mine, theirs)).toEqual(expected);
  });
});

describe('fieldText', () => {
  test.each<[string, unknown, string]>([
    ['notes', undefined, 'Not set'],
    ['waysOfWorking', [], 'Not set'],
    ['mustDo', undefined, 'No'],
    ['mustDo', true, 'Yes'],
    ['startDate', '2021-03-31T23:00:00Z', '1 April 2021'],
    ['owner', dan, 'Dan Evans'],
    ['department', digital, 'Digital Services'],
    ['waysOfWorking', ['Reach', 'Insight'], 'Reach, Insight'],
    ['progress', 40, '40%'],
    ['effortMonths', 1.5, '1.5']
  ])('%s %p reads "%s"', (key, value, text) => {
    expect(fieldText(key, value)).toBe(text);
  });

  it('labels every editable field', () => {
    expect(EDITABLE_FIELDS.map((f) => f.label)).toContain('Corporate Plan outcomes');
    expect(new Set(EDITABLE_FIELDS.map((f) => f.key)).size).toBe(EDITABLE_FIELDS.length);
  });
});
