import { dayFieldProblem, monthFieldProblem, parseTypedDate, parseTypedMonth, parseTypedTime, timeFieldProblem, typedDateProblem } from '../../src/domain/typedDates';

describe('parseTypedDate: dates as UK readers type them', () => {
  test.each<[string, string | undefined]>([
    ['2021-04-01', '2021-04-01'],
    ['1/4/2021', '2021-04-01'],
    ['01/04/2021', '2021-04-01'],
    ['1-4-2021', '2021-04-01'],
    ['1.4.2021', '2021-04-01'],
    ['1 April 2021', '2021-04-01'],
    [' 1  apr 2021 ', '2021-04-01'],
    ['31 Sept 2021', undefined],
    ['30 Sept 2021', '2021-09-30'],
    ['29/2/2023', undefined],
    ['29/2/2024', '2024-02-29'],
    ['4/31/2021', undefined],
    ['April 2021', undefined],
    ['soon', undefined],
    ['', undefined],
    ['1/1/1899', undefined],
    ['1/1/9999', undefined],
    ['31/12/8900', '8900-12-31']
  ])('%p -> %p', (typed, day) => {
    expect(parseTypedDate(typed)).toBe(day);
  });
});

describe('typed dates that are not dates get a message saying how to put them right (issue 15)', () => {
  test.each<[string, string]>([
    ['30/2/2026', '"30/2/2026" is not a date: February 2026 has 28 days.'],
    ['2026-02-30', '"2026-02-30" is not a date: February 2026 has 28 days.'],
    ['1/1/1', '"1/1/1": write the year in full, such as 1/1/2026.'],
    ['0/0/0', '"0/0/0" is not a date: days and months start at 1.'],
    ['4/31/2021', '"4/31/2021" is not a date: there are 12 months (write the day first, then the month: 1/4/2026 is 1 April).'],
    ['1/1/9999', 'the year must be between 1900 and 8900 (the years SharePoint stores).'],
    ['soon', '"soon" is not a date we can read. Type it as day/month/year, such as 1/4/2026, or choose it from the calendar.']
  ])('%p', (typed, message) => {
    expect(typedDateProblem(typed)).toBe(message);
  });
});

describe('a date field\'s value: empty, a day, or the text typed', () => {
  it('names the field, says what to do, and passes a day SharePoint stores', () => {
    expect(dayFieldProblem('Date', '2026-02-28')).toBeUndefined();
    expect(dayFieldProblem('Date', '')).toBeUndefined();
    expect(dayFieldProblem('Date', '', true)).toBe('Date is required: type a date such as 1/4/2026, or choose it from the calendar.');
    expect(dayFieldProblem('Action due', '0/0/0')).toBe('Action due: "0/0/0" is not a date: days and months start at 1.');
    expect(dayFieldProblem('Opens on', '1899-12-31')).toBe('Opens on: the year must be between 1900 and 8900 (the years SharePoint stores).');
    expect(dayFieldProblem('Opens on', '2026-02-30')).toBe('Opens on: "2026-02-30" is not a date: February 2026 has 28 days.');
  });
});

describe('typed times of day', () => {
  test.each<[string, string | undefined]>([
    ['12:30', '12:30'],
    ['9:05', '09:05'],
    ['13.30', '13:30'],
    ['24:00', undefined],
    ['12:60', undefined],
    ['noon', undefined]
  ])('%p -> %p', (typed, time) => {
    expect(parseTypedTime(typed)).toBe(time);
  });

  it('names a time that is not one', () => {
    expect(timeFieldProblem('Start time', '25:00')).toBe('Start time: "25:00" is not a time. Type it on the 24-hour clock, such as 12:30 or 09:05.');
    expect(timeFieldProblem('Start time', '', true)).toBe('Start time is required: type a time such as 12:30.');
    expect(timeFieldProblem('Start time', '')).toBeUndefined();
  });
});

describe('typed months (a talk proposal\'s preferred month)', () => {
  test.each<[string, string | undefined]>([
    ['March 2027', '2027-03'],
    ['mar 2027', '2027-03'],
    ['3/2027', '2027-03'],
    ['2027-03', '2027-03'],
    ['13/2027', undefined],
    ['0/2027', undefined],
    ['3/27', undefined],
    ['soon', undefined]
  ])('%p -> %p', (typed, month) => {
    expect(parseTypedMonth(typed)).toBe(month);
  });

  test.each<[string, string | undefined]>([
    ['', undefined],
    ['March 2027', undefined],
    ['13/2027', 'Preferred month: "13/2027" is not a month: there are 12 months.'],
    ['0/0', 'Preferred month: "0/0" is not a month: months start at 1.'],
    ['3/27', 'Preferred month: "3/27": write the year in full, such as 3/2027.'],
    ['spring', 'Preferred month: "spring" is not a month we can read. Type it as month and year, such as March 2027 or 3/2027.']
  ])('%p is named: %p', (typed, message) => {
    expect(monthFieldProblem('Preferred month', typed)).toBe(message);
  });
});
