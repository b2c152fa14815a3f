import {
  IInitiativeFormValues,
  formFromInitiative,
  hasIssues,
  initiativeFromForm,
  readNumber,
  validateInitiativeForm
} from '../../../src/domain/roadmap';
import { digital, intune, priya } from './roadmapData';

const valid: IInitiativeFormValues = { ...formFromInitiative(), title: 'Digital front door', workstream: 'Connected Customers' };

describe('formFromInitiative', () => {
  it('starts a new initiative as Proposed with nothing else chosen', () => {
    const form = formFromInitiative();
    expect(form).toMatchObject({ title: '', stage: 'Proposed', workstream: undefined, mustDo: false, waysOfWorking: [], effortMonths: '', progress: '' });
  });

  it("fills the form from an initiative, dates as days and numbers as text", () => {
    const form = formFromInitiative({ ...intune, startDate: '2021-03-31T23:00:00Z', endDate: '2022-03-31', progress: 40, sponsor: priya });
    expect(form).toMatchObject({
      title: 'Full Intune Deployment',
      workstream: 'End-User Computing',
      startDate: '2021-04-01',
      endDate: '2022-03-31',
      effortMonths: '6',
      progress: '40',
      department: digital,
      sponsor: priya,
      waysOfWorking: ['Reach', 'Co-ordination']
    });
  });
});

describe('validateInitiativeForm', () => {
  it('accepts a form with a name and a workstream', () => {
    expect(validateInitiativeForm(valid)).toEqual({});
    expect(hasIssues(validateInitiativeForm(valid))).toBe(false);
  });

  test.each<[string, Partial<IInitiativeFormValues>, Record<string, string>]>([
    ['a blank name', { title: '   ' }, { title: 'Initiative is required: give the initiative a name.' }],
    ['a name over 255 characters', { title: 'x'.repeat(256) }, { title: 'Initiative must be 255 characters or fewer (it has 256).' }],
    ['no workstream', { workstream: undefined }, { workstream: 'Workstream is required: choose the workstream this initiative belongs to.' }],
    ['no stage', { stage: undefined }, { stage: 'Stage is required.' }],
    ['a timeframe over 60 characters', { timeframeLabel: 'y'.repeat(61) }, { timeframeLabel: 'Timeframe must be 60 characters or fewer (it has 61).' }],
    ['effort that is not a number', { effortMonths: 'six' }, { effortMonths: 'Effort (months) must be a number, such as 3 or 1.5.' }],
    ['effort with a comma', { effortMonths: '1,5' }, { effortMonths: 'Effort (months) must be a number, such as 3 or 1.5.' }],
    ['negative effort', { effortMonths: '-1' }, { effortMonths: 'Effort (months) must be at least 0.' }],
    ['effort over ten years', { effortMonths: '121' }, { effortMonths: 'Effort (months) must be at most 120.' }],
    ['progress over 100', { progress: '101' }, { progress: 'Progress (%) must be at most 100.' }],
    ['progress as a word', { progress: 'half' }, { progress: 'Progress (%) must be a number, such as 40.' }],
    ['an impossible date', { startDate: '2021-02-30' }, { startDate: 'Start date: "2021-02-30" is not a date: February 2021 has 28 days.' }],
    ['an end before the start', { startDate: '2022-04-01', endDate: '2022-03-31' }, { endDate: 'End date must be on or after the start date (1 April 2022).' }],
    ['a way of working not in the strategy', { waysOfWorking: ['Engagement', 'Magic' as never] }, { waysOfWorking: 'Ways of working has values that are not allowed: Magic.' }],
    ['an outcome outside 1-12', { corporatePlanOutcomes: ['13'] }, { corporatePlanOutcomes: 'Corporate Plan outcomes are numbered 1 to 12 (not 13).' }],
    ['an unknown health', { health: 'Green' as never }, { health: 'Health must be one of: On track, At risk, Off track.' }]
  ])('explains %s', (_, change, expected) => {
    expect(validateInitiativeForm({ ...valid, ...change })).toEqual(expected);
  });

  test.each<[string, Partial<IInitiativeFormValues>]>([
    ['blank numbers (not known)', { effortMonths: ' ', progress: '' }],
    ['decimal effort with spaces', { effortMonths: ' 1.5 ' }],
    ['the ends of the ranges', { effortMonths: '0', progress: '100' }],
    ['an end on the start day', { startDate: '2022-04-01', endDate: '2022-04-01' }],
    ['a name of exactly 255 characters', { title: 'z'.repeat(255) }]
  ])('accepts %s', (_, change) => {
    expect(validateInitiativeForm({ ...valid, ...change })).toEqual({});
  });

  it('reports every problem at once', () => {
    expect(Object.keys(validateInitiativeForm({ ...valid, title: '', workstream: undefined, progress: '200' }))).toEqual(['title', 'workstream', 'progress']);
  });
});

describe('readNumber', () => {
  test.each<[string, number | undefined]>([
    ['', undefined],
    ['  ', undefined],
    ['3', 3],
    ['1.5', 1.5],
    ['.5', 0.5],
    ['-2', -2]
  ])('%p -> %p', (typed, expected) => {
    expect(readNumber(typed)).toBe(expected);
  });

  test.each(['1e3', '3 months', '0x10', '1,000'])('%p is not a number', (typed) => {
    expect(readNumber(typed)).toBeNaN();
  });
});

describe('initiativeFromForm', () => {
  it('trims text, reads numbers and clears blank fields', () => {
    const saved = initiativeFromForm({ ...valid, title: '  Digital front door ', description: '  ', effortMonths: '2.5', progress: '', notes: 'Phase 1', timeframeLabel: ' 2026-27 ' });
    expect(saved).toMatchObject({ title: 'Digital front door', description: undefined, effortMonths: 2.5, progress: undefined, notes: 'Phase 1', timeframeLabel: '2026-27', stage: 'Proposed', mustDo: false });
    expect('description' in saved).toBe(true);
  });

  it('round-trips an initiative through the form unchanged', () => {
    const saved = initiativeFromForm(formFromInitiative(intune));
    expect(saved).toMatchObject({ title: intune.title, workstream: intune.workstream, effortMonths: 6, department: digital, waysOfWorking: intune.waysOfWorking });
  });
});

describe('typed dates in the initiative form (the rule itself: tests/domain/typedDates.test.ts)', () => {
  it('blocks saving with the typed text named, instead of saving without a date', () => {
    expect(validateInitiativeForm({ ...valid, startDate: '30/2/2026' }).startDate).toBe('Start date: "30/2/2026" is not a date: February 2026 has 28 days.');
    expect(validateInitiativeForm({ ...valid, endDate: '1/1/1' }).endDate).toBe('End date: "1/1/1": write the year in full, such as 1/1/2026.');
    expect(validateInitiativeForm({ ...valid, startDate: '1899-12-31' }).startDate).toBe('Start date: the year must be between 1900 and 8900 (the years SharePoint stores).');
  });
});
