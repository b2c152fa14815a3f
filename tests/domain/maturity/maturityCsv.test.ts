import { maturityCsvFileName, maturityResultsToCsv } from '../../../src/domain/maturity/maturityCsv';
import { anonymiseRollup } from '../../../src/domain/maturity/resultsAnonymise';
import { IRollupResponse, rollupOrganisation } from '../../../src/domain/maturity/rollup';

const DIMS = ['Platform', 'Ecosystem'];
const answers = (list: object[]): string => JSON.stringify(list);
const responses: IRollupResponse[] = [
  {
    id: 1,
    department: { id: 5, title: 'Environment' },
    answers: answers([
      { dimension: 'Platform', current: 2, target: 3, evidence: 'Forms feed the CRM, "mostly"', confidence: 'Low' },
      { dimension: 'Ecosystem', current: 1, target: 1 }
    ])
  },
  {
    id: 2,
    department: { id: 3, title: '=HYPERLINK("http://x")' },
    answers: answers([{ dimension: 'Platform', current: 1, target: 4, evidence: '+SUM(A1:A9)\nsecond line', confidence: 'High' }])
  }
];
const result = rollupOrganisation(responses, DIMS, 5);

describe('maturity results as CSV', () => {
  const csv = maturityResultsToCsv('2026 Q4', result, { includeEvidence: true });
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');

  it('starts with a byte order mark and a header row, and ends every record with CRLF', () => {
    expect(csv.startsWith('\uFEFFRound,Department,Dimension,Current,Target,Gap,Evidence,Confidence\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes one row per department and dimension with the gap', () => {
    expect(lines).toContain('2026 Q4,Environment,Platform,2,3,1,"Forms feed the CRM, ""mostly""",Low');
    expect(lines).toContain('2026 Q4,Environment,Ecosystem,1,1,0,,');
    expect(csv).toContain('\'=HYPERLINK(""http://x"")",Ecosystem,,,,,\r\n');
  });

  it('guards text that a spreadsheet would run as a formula', () => {
    expect(csv).toContain('"\'=HYPERLINK(""http://x"")",Platform,1,4,3,"\'+SUM(A1:A9)\nsecond line",High');
  });

  it('leaves evidence out and shows only letters when anonymised', () => {
    const anonymous = maturityResultsToCsv('2026 Q4', anonymiseRollup(result, 7), { includeEvidence: false });
    expect(anonymous).not.toMatch(/Environment|HYPERLINK|Forms feed|SUM/);
    expect(anonymous).toMatch(/2026 Q4,Department A,Platform,\d,\d,\d,,(Low|High)\r\n/);
    expect(anonymous.split('\r\n')).toHaveLength(1 + 4 + 1);
  });

  it('joins the evidence of several managers of one department, one per line', () => {
    const two = rollupOrganisation(
      [
        { id: 1, department: { id: 1, title: 'COO' }, answers: answers([{ dimension: 'Platform', current: 2, target: 3, evidence: 'One', confidence: 'Low' }]) },
        { id: 2, department: { id: 1, title: 'COO' }, answers: answers([{ dimension: 'Platform', current: 3, target: 4, evidence: 'Two', confidence: 'Low' }]) }
      ],
      ['Platform'],
      5
    );
    expect(maturityResultsToCsv('R', two, { includeEvidence: true })).toContain('R,COO,Platform,2.5,3.5,1,"One\nTwo",Low\r\n');
  });

  test.each([
    ['2026 Q4', 'maturity-results-2026-Q4.csv'],
    [' Data / 2027 ', 'maturity-results-Data-2027.csv'],
    ['', 'maturity-results.csv']
  ])('round %j exports to %s', (round, expected) => {
    expect(maturityCsvFileName(round)).toBe(expected);
  });
});
