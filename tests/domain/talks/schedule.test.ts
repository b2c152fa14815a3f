import { fromUkInput, toUkInput } from '../../../src/domain/talks/ukTime';
import { ITechTalk } from '../../../src/domain/entities';
import { linkProblem } from '../../../src/domain/talks/talkLinks';
import { nextTalk, pastTalks, registrationOpen, seriesMonths, ukMonthKey, upcomingTalks } from '../../../src/domain/talks/schedule';
import { decisionProblem, nextDecisions, proposalStatus } from '../../../src/domain/talks/proposals';

const talk = (id: number, startsAt: string, status: ITechTalk['status'] = 'Scheduled', extra: Partial<ITechTalk> = {}): ITechTalk => ({ id, title: `T${id}`, startsAt, status, durationMinutes: 45, ...extra });
const now = new Date('2026-12-01T09:00:00Z');
const talks = [
  talk(1, '2026-11-17T12:30:00Z', 'Delivered'),
  talk(2, '2026-12-15T12:30:00Z'),
  talk(3, '2027-01-19T12:30:00Z', 'Cancelled'),
  talk(4, '2027-02-16T12:30:00Z'),
  talk(5, '2026-11-30T12:30:00Z')
];

describe('the schedule', () => {
  it('finds the next talk, the upcoming ones (cancelled shown) and the past ones', () => {
    expect(nextTalk(talks, now)?.id).toBe(2);
    expect(upcomingTalks(talks, now).map((t) => t.id)).toEqual([2, 3, 4]);
    expect(pastTalks(talks, now).map((t) => t.id)).toEqual([5, 1]);
  });

  it('shows the series month by month, a month without a talk held marked as a gap', () => {
    const months = seriesMonths(talks, '2026-11', 5);
    expect(months.map((m) => `${m.key}:${m.talks.map((t) => t.id).join(',')}${m.gap ? ' gap' : ''}`)).toEqual([
      '2026-11:1,5',
      '2026-12:2',
      '2027-01: gap',
      '2027-02:4',
      '2027-03: gap'
    ]);
    expect(months[2].cancelled.map((t) => t.id)).toEqual([3]);
    expect(months[0].label).toBe('November 2026');
  });

  it('places a talk in its UK month (00:30 BST on 1 July is still July)', () => {
    expect(ukMonthKey('2026-06-30T23:30:00Z')).toBe('2026-07');
  });

  test.each([
    ['scheduled, no closing time', talk(9, '2026-12-15T12:30:00Z'), true],
    ['closing time passed', talk(9, '2026-12-15T12:30:00Z', 'Scheduled', { registrationClosesAt: '2026-11-30T00:00:00Z' }), false],
    ['closing time ahead', talk(9, '2026-12-15T12:30:00Z', 'Scheduled', { registrationClosesAt: '2026-12-14T00:00:00Z' }), true],
    ['started', talk(9, '2026-12-01T08:30:00Z'), false],
    ['cancelled', talk(9, '2026-12-15T12:30:00Z', 'Cancelled'), false]
  ])('registration open: %s', (_name, t, open) => {
    expect(registrationOpen(t, now)).toBe(open);
  });
});

describe('talk links', () => {
  test.each([
    ['https://stream.example/v/1', undefined],
    ['', undefined],
    ['javascript:alert(1)', 'Recording must start with https://; "javascript:" links are not allowed, as they could run code or send people to an unsafe page.'],
    ['http://stream.example/v/1', 'Recording must start with https://; "http:" links are not allowed, as they could run code or send people to an unsafe page.'],
    ['stream.example/v/1', 'Recording must be a full web address starting with https:// (for example https://…).']
  ])('%s', (url, problem) => {
    expect(linkProblem('Recording', url)).toBe(problem);
  });
});

describe('proposal decisions', () => {
  it('derives the status from the office\'s decision, and what may follow', () => {
    expect(proposalStatus(undefined)).toBe('Proposed');
    expect(nextDecisions('Proposed')).toEqual(['Accepted', 'Declined']);
    expect(nextDecisions('Accepted')).toEqual(['Scheduled', 'Declined']);
    expect(nextDecisions('Scheduled')).toEqual([]);
    expect(decisionProblem('Declined', ' ', undefined)).toBe('Give a reason: the proposer sees it.');
    expect(decisionProblem('Scheduled', undefined, undefined)).toMatch(/date/);
    expect(decisionProblem('Accepted', undefined, undefined)).toBeUndefined();
  });
});

describe('UK time in forms', () => {
  test.each([
    ['2026-07-21T12:30', '2026-07-21T11:30:00Z'],
    ['2026-12-15T12:30', '2026-12-15T12:30:00Z'],
    ['not a time', undefined]
  ])('%s in UK time is %s', (input, iso) => {
    expect(fromUkInput(input)).toBe(iso);
    if (iso) expect(toUkInput(iso)).toBe(input);
  });
});
