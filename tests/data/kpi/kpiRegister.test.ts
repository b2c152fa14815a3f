import { readFileSync } from 'fs';
import { join } from 'path';
import { readExampleContent } from '../../../src/data/content/exampleContent';
import { OUTCOMES } from '../../../src/domain/vocabulary';

/** The strategy's performance measures as written, by outcome (a copy of the document's text). */
function measuresFromDocument(): { outcome: number; text: string }[] {
  const lines = readFileSync(join(__dirname, '../../fixtures/ddat-strategy-2024-29-performance-measures.txt'), 'utf8').split('\n');
  const out: { outcome: number; text: string }[] = [];
  let outcome = 0;
  for (const line of lines) {
    const heading = /^Outcome (\d)/.exec(line);
    if (heading) outcome = Number(heading[1]);
    else if (line.startsWith('- ')) out.push({ outcome, text: line.slice(2).trim() });
  }
  return out;
}

describe('the KPI register seeded from the 2024-29 strategy', () => {
  it('holds the 29 performance measures under their five outcomes, word for word and in order', async () => {
    const document = measuresFromDocument();
    expect(document).toHaveLength(29);
    const kpis = (await readExampleContent()).kpis ?? [];
    expect(kpis).toHaveLength(29);
    kpis.forEach((kpi, i) => {
      const written = document[i];
      expect(kpi.Outcome).toBe(OUTCOMES[written.outcome - 1]);
      // Outcome 1 writes "Name: description"; the name is the measure's title there.
      const named = /^([^:]+): (.+)$/.exec(written.text);
      if (written.outcome === 1 && named) {
        expect(kpi.Title).toBe(named[1]);
        expect(kpi.Description).toBe(named[2].charAt(0).toUpperCase() + named[2].slice(1));
      } else {
        expect(kpi.Description).toBe(written.text);
      }
      expect(kpi.IsSample).toBe(false);
      expect(kpi.Source).toMatch(new RegExp(`Outcome ${written.outcome}, Performance Measures`));
    });
    expect(kpis.map((k) => k.Outcome).filter((o, i, all) => all.indexOf(o) === i)).toEqual([...OUTCOMES]);
    expect(OUTCOMES.map((o) => kpis.filter((k) => k.Outcome === o).length)).toEqual([7, 6, 7, 5, 4]);
  });

  it('marks what the strategy does not state (targets, owners, values) as sample data', async () => {
    const content = await readExampleContent();
    expect(content.kpis?.every((k) => k.TargetIsSample === true && k.OwnerIsSample === true)).toBe(true);
    expect(content.kpiMeasurements?.every((m) => m.IsSample === true)).toBe(true);
  });
});
