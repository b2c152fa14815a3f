import {
  barPosition,
  dayString,
  parseTimeframeLabel,
  placeOnTimeline,
  timelineQuarters,
  timelineRange,
  todayPosition
} from '../../../src/domain/roadmap';

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const days = (range: { start: Date; end: Date } | undefined): [string, string] | undefined => range && [dayString(range.start), dayString(range.end)];

describe('parseTimeframeLabel', () => {
  test.each<[string, [string, string] | undefined]>([
    ['2021-22', ['2021-04-01', '2022-03-31']],
    ['2021/22', ['2021-04-01', '2022-03-31']],
    ['2021-2022', ['2021-04-01', '2022-03-31']],
    ['2021\u201322', ['2021-04-01', '2022-03-31']], // en dash, as Word writes it
    ['FY2024-25', ['2024-04-01', '2025-03-31']],
    ['2099-00', ['2099-04-01', '2100-03-31']],
    ['2021-24', ['2021-04-01', '2024-03-31']],
    ['2021', ['2021-01-01', '2021-12-31']],
    [' 2024 ', ['2024-01-01', '2024-12-31']],
    ['2022-23 Q1', ['2022-04-01', '2022-06-30']],
    ['2022-23 Q2', ['2022-07-01', '2022-09-30']],
    ['2022-23 Q3', ['2022-10-01', '2022-12-31']],
    ['2022-23 Q4', ['2023-01-01', '2023-03-31']],
    ['Q2 2022-23', ['2022-07-01', '2022-09-30']],
    ['q4 2023/24', ['2024-01-01', '2024-03-31']],
    ['Q1 2024', ['2024-01-01', '2024-03-31']],
    ['Q3 2024', ['2024-07-01', '2024-09-30']],
    ['2024 Q4', ['2024-10-01', '2024-12-31']],
    ['Q4 2024', ['2024-10-01', '2024-12-31']],
    ['2022-21', undefined],
    ['2022-24 Q1', undefined],
    ['Q5 2024', undefined],
    ['Spring 2024', undefined],
    ['TBC', undefined],
    ['', undefined]
  ])('%p -> %p', (label, expected) => {
    expect(days(parseTimeframeLabel(label))).toEqual(expected);
  });
});

describe('placeOnTimeline', () => {
  test.each<[string, { startDate?: string; endDate?: string; timeframeLabel?: string }, [string, string, boolean] | undefined]>([
    ['start and end dates are exact', { startDate: '2021-04-01', endDate: '2022-03-31', timeframeLabel: '2021' }, ['2021-04-01', '2022-03-31', false]],
    ["SharePoint's instants are read as UK days", { startDate: '2021-03-31T23:00:00Z', endDate: '2022-03-31T00:00:00Z' }, ['2021-04-01', '2022-03-31', false]],
    ['only a label: approximate', { timeframeLabel: '2022-23 Q2' }, ['2022-07-01', '2022-09-30', true]],
    ['a start date, the end from the label', { startDate: '2021-06-15', timeframeLabel: '2021-22' }, ['2021-06-15', '2022-03-31', true]],
    ['an end date, the start from the label', { endDate: '2021-09-30', timeframeLabel: '2021' }, ['2021-01-01', '2021-09-30', true]],
    ['a start date alone is a one-day point', { startDate: '2024-05-01' }, ['2024-05-01', '2024-05-01', true]],
    ['an end before the start: the label decides the end', { startDate: '2024-05-01', endDate: '2024-01-01', timeframeLabel: '2024-25' }, ['2024-05-01', '2025-03-31', true]],
    ['an unreadable label and no dates', { timeframeLabel: 'Ongoing' }, undefined],
    ['nothing at all', {}, undefined]
  ])('%s', (_, initiative, expected) => {
    const placement = placeOnTimeline(initiative);
    expect(placement && [dayString(placement.start), dayString(placement.end), placement.approximate]).toEqual(expected);
  });
});

describe('timelineQuarters', () => {
  it('lists the financial quarters that overlap the range, labelled for the column headers', () => {
    const quarters = timelineQuarters(day('2024-02-10'), day('2024-10-01'));
    expect(quarters.map((q) => [q.label, q.financialYear, dayString(q.start), dayString(q.end)])).toEqual([
      ['Q4 2023-24', '2023-24', '2024-01-01', '2024-03-31'],
      ['Q1 2024-25', '2024-25', '2024-04-01', '2024-06-30'],
      ['Q2 2024-25', '2024-25', '2024-07-01', '2024-09-30'],
      ['Q3 2024-25', '2024-25', '2024-10-01', '2024-12-31']
    ]);
  });

  it('gives one quarter for a range inside it', () => {
    expect(timelineQuarters(day('2024-04-01'), day('2024-06-30')).map((q) => q.label)).toEqual(['Q1 2024-25']);
  });
});

describe('timelineRange', () => {
  it('widens the placements to whole financial quarters', () => {
    expect(days(timelineRange([{ start: day('2021-01-01'), end: day('2021-12-31') }, { start: day('2022-07-01'), end: day('2022-09-30') }]))).toEqual([
      '2021-01-01',
      '2022-09-30'
    ]);
    expect(days(timelineRange([{ start: day('2021-05-10'), end: day('2021-05-10') }]))).toEqual(['2021-04-01', '2021-06-30']);
    expect(timelineRange([])).toBeUndefined();
  });
});

describe('todayPosition', () => {
  // 1 April 2024 to 30 March 2025: 364 days, so the 183rd day starts exactly half way.
  const from = day('2024-04-01');
  const to = day('2025-03-30');
  test.each<[string, string, number | undefined]>([
    ['the start of the first day', '2024-04-01T00:00:00Z', 0],
    ['half way', '2024-09-30T00:00:00Z', 0.5],
    ['the last day', '2025-03-30T12:00:00Z', 363.5 / 364],
    ['before the timeline', '2024-03-31T12:00:00Z', undefined],
    ['after it', '2025-03-31T00:00:00Z', undefined]
  ])('%s', (_, now, expected) => {
    const position = todayPosition(new Date(now), from, to);
    if (expected === undefined) expect(position).toBeUndefined();
    else expect(position).toBeCloseTo(expected, 10);
  });
});

describe('barPosition', () => {
  const from = day('2024-01-01');
  const to = day('2024-01-10'); // ten days
  test.each<[string, string, string, { left: number; width: number } | undefined]>([
    ['a bar inside, its last day included', '2024-01-02', '2024-01-03', { left: 0.1, width: 0.2 }],
    ['a bar clipped at both ends', '2023-12-01', '2024-02-01', { left: 0, width: 1 }],
    ['a bar wholly before', '2023-12-01', '2023-12-31', undefined]
  ])('%s', (_, start, end, expected) => {
    const bar = barPosition({ start: day(start), end: day(end) }, from, to);
    if (expected === undefined) expect(bar).toBeUndefined();
    else {
      expect(bar?.left).toBeCloseTo(expected.left, 10);
      expect(bar?.width).toBeCloseTo(expected.width, 10);
    }
  });
});
