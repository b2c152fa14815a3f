import { csvDocument, csvRecord } from '../../src/domain/csv';
import { reportCsv } from '../../src/domain/champions/reports';

describe('the one CSV writer', () => {
  it('writes a byte order mark, then every record with its CRLF (the last too)', () => {
    expect(csvDocument([['Name', 'Count'], ['Audit', 3]])).toBe('\uFEFFName,Count\r\nAudit,3\r\n');
  });

  test.each([
    ['a comma', ['a,b'], '"a,b"\r\n'],
    ['a quote', ['say "hi"'], '"say ""hi"""\r\n'],
    ['a line break', ['one\ntwo'], '"one\ntwo"\r\n'],
    ['a formula', ['=SUM(A1)', '-1'], "'=SUM(A1),'-1\r\n"],
    ['numbers and gaps', [1.5, undefined, NaN], '1.5,,\r\n']
  ])('one record with %s', (_, fields, expected) => {
    expect(csvRecord(fields)).toBe(expected);
  });

  it('writes the champions reports too, guarded against formulas', () => {
    expect(reportCsv('Department', [{ key: '=HYPERLINK("x")', activities: 2, peopleReached: 40 }])).toBe(
      '\uFEFFDepartment,Activities,People reached\r\n"\'=HYPERLINK(""x"")",2,40\r\n'
    );
  });
});
