import { IInitiative } from '../../../src/domain/entities';
import { csvField } from '../../../src/domain/csv';
import { initiativesToCsv } from '../../../src/domain/roadmap';
import { dataWarehouse, intune } from './roadmapData';

const BOM = '\uFEFF';

describe('csvField', () => {
  test.each<[string, string | number | undefined, string]>([
    ['plain text as it is', 'Data Warehouse', 'Data Warehouse'],
    ['nothing as an empty field', undefined, ''],
    ['a number as a number', 12.5, '12.5'],
    ['a comma: quoted', 'Data, and more', '"Data, and more"'],
    ['a quote: quoted and doubled', 'The "single" store', '"The ""single"" store"'],
    ['a line break: quoted', 'Line 1\nLine 2', '"Line 1\nLine 2"'],
    ['a carriage return: quoted', 'Line 1\r\nLine 2', '"Line 1\r\nLine 2"'],
    ['an ampersand or semicolon needs no quotes', 'Data & Information; Management', 'Data & Information; Management'],
    ['a formula (=) gets an apostrophe', '=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['a formula (+) gets an apostrophe', '+1+1', "'+1+1"],
    ['a formula (-) gets an apostrophe', '-2+3', "'-2+3"],
    ['a formula (@) gets an apostrophe', '@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['a leading tab gets an apostrophe', '\t=1', "'\t=1"],
    ['"=" later in the text is harmless', 'a=b', 'a=b'],
    ['a negative number is a number, not text', -1, '-1']
  ])('%s', (_, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('initiativesToCsv', () => {
  it('writes a BOM, a header row and one CRLF-ended row per initiative, people and lookups by title', () => {
    const csv = initiativesToCsv([intune, dataWarehouse], ['title', 'workstream', 'waysOfWorking', 'department', 'owner', 'mustDo', 'effortMonths']);
    expect(csv).toBe(
      BOM +
        'Initiative,Workstream,Ways of working,Department,Owner,Must do,Effort (months)\r\n' +
        'Full Intune Deployment,End-User Computing,Reach; Co-ordination,Digital Services,Dan Evans,No,6\r\n' +
        "Data Warehouse,Data & Information Management,Insight,Chamberlain's,Priya Shah,No,12\r\n"
    );
  });

  it('writes dates as YYYY-MM-DD, reading SharePoint instants as UK days', () => {
    const item: IInitiative = { ...intune, startDate: '2021-03-31T23:00:00Z', endDate: '2021-12-31' };
    expect(initiativesToCsv([item], ['startDate', 'endDate'])).toBe(`${BOM}Start date,End date\r\n2021-04-01,2021-12-31\r\n`);
  });

  it('guards and quotes user text in any column', () => {
    const item: IInitiative = { ...intune, title: '=cmd|"/c calc"!A1', waysOfWorking: [], corporatePlanOutcomes: ['3', '9'] };
    expect(initiativesToCsv([item], ['title', 'waysOfWorking', 'corporatePlanOutcomes'])).toBe(
      `${BOM}Initiative,Ways of working,Corporate Plan outcomes\r\n"'=cmd|""/c calc""!A1",,3. People have equal opportunities to enrich their lives and reach their full potential; 9. We are digitally and physically well-connected and responsive\r\n`
    );
  });

  it('puts the rank and score first when given, blank for an initiative without them', () => {
    const ranking = new Map([[dataWarehouse.id, { rank: 1, score: 77.8 }]]);
    expect(initiativesToCsv([dataWarehouse, intune], ['id', 'title'], ranking)).toBe(
      `${BOM}Rank,Score,ID,Initiative\r\n1,77.8,30,Data Warehouse\r\n,,8,Full Intune Deployment\r\n`
    );
  });

  it('writes every column by default', () => {
    const header = initiativesToCsv([]).slice(1).split('\r\n')[0];
    expect(header).toBe(
      'ID,Initiative,Workstream,Stage,Ways of working,Timeframe,Start date,End date,Corporate Plan outcomes,Department,Owner,Sponsor,Governance tier,Must do,Effort (months),Progress (%),Health,Description,Notes'
    );
  });
});
