import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType
} from 'docx';
import { byOutcome, IPackSnapshot, packExceptions } from '../../../domain/kpi/pack';
import { STATUS_WORDS } from '../../../domain/kpi/status';
import { actionText, COMMITTEE, PACK_TITLE, SAMPLE_NOTE, signOffLine, summaryLines, summarySentence, targetText, travelText, valueText } from './packWording';

/**
 * The committee pack as a Word document (docx, loaded on demand): the cover with the recommendation, the summary
 * counts, the exceptions, every measure by outcome, and the roadmap's progress, in tables with header rows.
 */

const border = { style: BorderStyle.SINGLE, size: 4, color: '777777' };
const borders = { top: border, bottom: border, left: border, right: border };

const cell = (text: string, header = false): TableCell =>
  new TableCell({ borders, children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })] });

function table(headings: readonly string[], rows: readonly (readonly string[])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headings.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((t) => cell(t)) }))
    ]
  });
}

const para = (text: string): Paragraph => new Paragraph({ children: [new TextRun(text)], spacing: { after: 120 } });

export function packDocument(pack: IPackSnapshot): Document {
  const exceptions = packExceptions(pack);
  const children: (Paragraph | Table)[] = [
    para(`Committee: ${COMMITTEE}`),
    para(`Subject: ${PACK_TITLE}, ${pack.periodLabel}`),
    para('Public. For information.'),
    new Paragraph({ text: `${PACK_TITLE}, ${pack.periodLabel}`, heading: HeadingLevel.TITLE, alignment: AlignmentType.LEFT }),
    para(signOffLine(pack)),
    new Paragraph({ text: 'Recommendation', heading: HeadingLevel.HEADING_1 }),
    para(pack.recommendation),
    new Paragraph({ text: 'Summary', heading: HeadingLevel.HEADING_1 }),
    para(summarySentence(pack)),
    table(['Status', 'Measures'], summaryLines(pack).map((l) => [l.label, l.text])),
    ...(pack.containsSampleData ? [para(SAMPLE_NOTE)] : []),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ text: 'Exceptions: measures off target', heading: HeadingLevel.HEADING_1 }),
    exceptions.length
      ? table(['Measure', 'Target', 'Value', 'Corrective action'], exceptions.map((m) => [m.title, targetText(m), valueText(m), actionText(m)]))
      : para('No measure is off target this quarter.'),
    new Paragraph({ text: 'Every measure by outcome', heading: HeadingLevel.HEADING_1 })
  ];
  for (const [outcome, measures] of byOutcome(pack.measures)) {
    children.push(new Paragraph({ text: outcome, heading: HeadingLevel.HEADING_2 }));
    children.push(
      table(
        ['Measure', 'Target', 'Value', 'Status', 'Direction of travel', 'Commentary'],
        measures.map((m) => [m.title, targetText(m), valueText(m), STATUS_WORDS[m.status], travelText(m), m.commentary ?? ''])
      )
    );
  }
  children.push(new Paragraph({ text: 'Roadmap progress by workstream and stage', heading: HeadingLevel.HEADING_1 }));
  const stages = pack.stages.filter((_, i) => pack.roadmap.some((w) => w.byStage[i] > 0));
  children.push(
    table(
      ['Workstream', ...stages, 'Total'],
      pack.roadmap.map((w) => [w.workstream, ...stages.map((s) => String(w.byStage[pack.stages.indexOf(s)])), String(w.total)])
    )
  );
  return new Document({
    creator: 'Digital Strategy Hub',
    title: `${PACK_TITLE}, ${pack.periodLabel}`,
    description: pack.recommendation,
    sections: [{ children }]
  });
}

export function packDocxBlob(pack: IPackSnapshot): Promise<Blob> {
  return Packer.toBlob(packDocument(pack));
}

export const packDocxFileName = (pack: IPackSnapshot): string => `kpi-committee-pack-${pack.periodLabel.replace(/\s+/g, '-')}.docx`;
