import { readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { readExampleContent } from '../../src/data/content/exampleContent';

/**
 * The seeded roadmap against its source: the Digital Services Strategic Roadmap 2021-24, Appendix C, read at test
 * time from the strategy documents kept beside the repository (../shared/seeds). Every project row is seeded with
 * what the table says and nothing the table does not say (no dates, flags, people or outcomes).
 */
const SEEDS = resolve(__dirname, '../../../shared/seeds');
const LETTERS: Record<string, string> = { E: 'Engagement', R: 'Reach', I: 'Insight', C: 'Co-ordination', A: 'Automation' };
const STAGE_OF_TABLE: Record<string, string> = { '1': 'Approved', '2': 'Proposed', '3': 'Yet to be proposed' };
/** What a row of Appendix C gives, as the seeded record's fields; nothing else may be stated as fact. */
const ALLOWED_FIELDS = new Set(['Title', 'Workstream', 'Stage', 'WaysOfWorking', 'TimeframeLabel', 'Notes', 'IsSample', 'Source']);

interface IAppendixRow {
  readonly table: string;
  readonly workstream: string;
  readonly title: string;
  readonly ways: string[];
  readonly timeframe: string;
  readonly notes: string;
}

function appendixC(): IAppendixRow[] {
  const file = readdirSync(SEEDS)
    .map((name) => readFileSync(join(SEEDS, name), 'utf8'))
    .find((text) => text.includes('DIGITAL SERVICES STRATEGIC ROADMAP 2021-24') && text.includes('Table 3: Enabling Projects'));
  if (!file) throw new Error(`The Roadmap 2021-24 was not found in ${SEEDS}.`);
  const lines = file.split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith('Table 1: Approved Projects'));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('Appendix D'));
  const rows: IAppendixRow[] = [];
  let table = '';
  for (const line of lines.slice(start, end)) {
    const heading = /^Table (\d):/.exec(line);
    if (heading) table = heading[1];
    const cells = line.split('\t');
    if (heading || cells.length < 8 || !cells[0] || cells[0] === 'Workstream') continue;
    const ways = cells.slice(2, 7).flatMap((c, i) => (c.trim() === 'X' ? [LETTERS['ERICA'[i]]] : []));
    rows.push({ table, workstream: cells[0].trim(), title: cells[1].trim(), ways, timeframe: (cells[7] ?? '').trim(), notes: (cells[8] ?? '').trim() });
  }
  return rows;
}

describe('the seeded roadmap matches Appendix C of the Roadmap 2021-24', () => {
  const rows = appendixC();

  it('reads the seventeen projects of the three tables from the document', () => {
    expect(rows).toHaveLength(17);
    expect(rows.filter((r) => r.table === '3').map((r) => r.title)).toEqual(['Agile Methods Implementation']);
  });

  it('seeds every project row once, with its table\'s stage, workstream, ways of working, timeframe and notes', async () => {
    const seeded = (await readExampleContent()).initiatives ?? [];
    expect(seeded.map((i) => i.Title).sort()).toEqual(rows.map((r) => r.title).sort());
    for (const row of rows) {
      const item = seeded.find((i) => i.Title === row.title) as Record<string, unknown>;
      expect({ title: row.title, workstream: item.Workstream, stage: item.Stage, ways: item.WaysOfWorking, timeframe: item.TimeframeLabel }).toEqual({
        title: row.title,
        workstream: row.workstream,
        stage: STAGE_OF_TABLE[row.table],
        ways: row.ways,
        timeframe: row.timeframe || undefined
      });
      if (row.notes) expect(item.Notes).toContain(row.notes);
      expect(item).toMatchObject({ IsSample: false, Source: `Roadmap 2021-24, Appendix C, Table ${row.table}` });
    }
  });

  it('invents nothing: no start or end dates, must-do flags, outcomes, owners or figures the table does not give', async () => {
    const seeded = (await readExampleContent()).initiatives ?? [];
    for (const item of seeded) {
      const extra = Object.keys(item).filter((k) => !ALLOWED_FIELDS.has(k));
      expect({ title: item.Title, extra }).toEqual({ title: item.Title, extra: [] });
    }
    expect(seeded.find((i) => i.Title === 'Modernise Telephony')).not.toHaveProperty('MustDo');
  });
});
