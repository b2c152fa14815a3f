import * as React from 'react';
import { mergeStyleSets, useTheme } from '@fluentui/react';
import { byOutcome, IPackSnapshot, packExceptions } from '../../../domain/kpi/pack';
import { StatusBadge, Travel } from '../KpiParts';
import { actionText, COMMITTEE, PACK_TITLE, SAMPLE_NOTE, signOffLine, summaryLines, summarySentence, targetText, valueText } from './packWording';

/**
 * The committee pack as a paper: a cover (committee, subject, recommendation, sign-off), the summary counts with
 * their denominators, the exceptions with their corrective actions, every measure by outcome, and the roadmap's
 * progress by workstream and stage. On paper each part starts on a new page, black on white.
 */
export const PackDocument: React.FC<{ pack: IPackSnapshot }> = ({ pack }) => {
  const theme = useTheme();
  const c = React.useMemo(
    () =>
      mergeStyleSets({
        paper: {
          color: theme.semanticColors.bodyText,
          maxWidth: 900,
          fontSize: 14,
          lineHeight: '1.45',
          selectors: { '@media print': { fontSize: '10.5pt', maxWidth: 'none' } }
        },
        cover: { border: `1px solid ${theme.semanticColors.bodyDivider}`, padding: 16, marginBottom: 16, selectors: { '@media print': { border: 0, padding: 0 } } },
        meta: { borderCollapse: 'collapse', width: '100%', marginBottom: 12, selectors: { 'th, td': { border: `1px solid ${theme.semanticColors.bodyDivider}`, padding: '4px 8px', textAlign: 'left', verticalAlign: 'top' } } },
        h: { fontSize: 20, margin: '12px 0 8px' },
        h2: { fontSize: 17, margin: '20px 0 8px', selectors: { '@media print': { breakAfter: 'avoid' } } },
        h3: { fontSize: 15, margin: '14px 0 6px', selectors: { '@media print': { breakAfter: 'avoid' } } },
        part: { selectors: { '@media print': { breakBefore: 'page' } } },
        recommendation: { fontWeight: 600 },
        table: {
          borderCollapse: 'collapse',
          width: '100%',
          marginBottom: 8,
          selectors: {
            'th, td': { border: `1px solid ${theme.semanticColors.bodyDivider}`, padding: '4px 6px', textAlign: 'left', verticalAlign: 'top' },
            thead: { display: 'table-header-group' },
            tr: { breakInside: 'avoid' },
            '.num': { textAlign: 'right', whiteSpace: 'nowrap' }
          }
        },
        scroll: { overflowX: 'auto', position: 'relative', maxWidth: '100%', selectors: { '@media print': { overflow: 'visible' } } },
        note: { fontStyle: 'italic' }
      }),
    [theme]
  );
  const exceptions = packExceptions(pack);
  const stages = pack.stages.filter((_, i) => pack.roadmap.some((w) => w.byStage[i] > 0));
  return (
    <article className={c.paper} aria-label={`Committee pack, ${pack.periodLabel}`}>
      <section className={c.cover} aria-label="Cover">
        <table className={c.meta}>
          <tbody>
            <tr>
              <th scope="row">Committee</th>
              <td>{COMMITTEE}</td>
            </tr>
            <tr>
              <th scope="row">Subject</th>
              <td>
                {PACK_TITLE}, {pack.periodLabel}
              </td>
            </tr>
            <tr>
              <th scope="row">Classification</th>
              <td>Public. For information.</td>
            </tr>
            <tr>
              <th scope="row">Status</th>
              <td>{signOffLine(pack)}</td>
            </tr>
          </tbody>
        </table>
        <h3 className={c.h}>Recommendation</h3>
        <p className={c.recommendation}>{pack.recommendation}</p>
        <h3 className={c.h}>Summary</h3>
        <p>{summarySentence(pack)}</p>
        <table className={c.table}>
          <caption style={{ textAlign: 'left' }}>Measures by status ({pack.periodLabel})</caption>
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col">Measures</th>
            </tr>
          </thead>
          <tbody>
            {summaryLines(pack).map((l) => (
              <tr key={l.label}>
                <th scope="row">{l.label}</th>
                <td>{l.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {pack.containsSampleData && <p className={c.note}>{SAMPLE_NOTE}</p>}
      </section>

      <section className={c.part} aria-label="Exceptions">
        <h3 className={c.h2}>Exceptions: measures off target</h3>
        {exceptions.length ? (
          <div className={c.scroll} tabIndex={0} role="group" aria-label="Table, scrolls sideways on a narrow screen">
            <table className={c.table}>
              <thead>
                <tr>
                  <th scope="col">Measure</th>
                  <th scope="col" className="num">Target</th>
                  <th scope="col" className="num">Value</th>
                  <th scope="col">Corrective action</th>
                </tr>
              </thead>
              <tbody>
                {exceptions.map((m) => (
                  <tr key={m.kpiId}>
                    <th scope="row">{m.title}</th>
                    <td className="num">{targetText(m)}</td>
                    <td className="num">{valueText(m)}</td>
                    <td>{actionText(m)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>No measure is off target this quarter.</p>
        )}
      </section>

      <section className={c.part} aria-label="Every measure by outcome">
        <h3 className={c.h2}>Every measure by outcome</h3>
        {byOutcome(pack.measures).map(([outcome, measures]) => (
          <div key={outcome}>
            <h4 className={c.h3}>{outcome}</h4>
            <div className={c.scroll} tabIndex={0} role="group" aria-label="Table, scrolls sideways on a narrow screen">
              <table className={c.table}>
                <thead>
                  <tr>
                    <th scope="col">Measure</th>
                    <th scope="col" className="num">Target</th>
                    <th scope="col" className="num">Value</th>
                    <th scope="col">Status</th>
                    <th scope="col">On last quarter</th>
                    <th scope="col">On last year</th>
                    <th scope="col">Commentary</th>
                  </tr>
                </thead>
                <tbody>
                  {measures.map((m) => (
                    <tr key={m.kpiId}>
                      <th scope="row">{m.title}</th>
                      <td className="num">
                        {targetText(m)}
                        {m.targetIsSample && m.target !== undefined ? ' (sample)' : ''}
                      </td>
                      <td className="num">{valueText(m)}</td>
                      <td>
                        <StatusBadge status={m.status} />
                      </td>
                      <td>
                        <Travel direction={m.vsPrevious} against="against the previous quarter" />
                      </td>
                      <td>
                        <Travel direction={m.vsLastYear} against="against the same quarter last year" />
                      </td>
                      <td>{m.commentary}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        ))}
      </section>

      <section className={c.part} aria-label="Roadmap progress">
        <h3 className={c.h2}>Roadmap progress by workstream and stage</h3>
        <div className={c.scroll} tabIndex={0} role="group" aria-label="Table, scrolls sideways on a narrow screen">
          <table className={c.table}>
            <thead>
              <tr>
                <th scope="col">Workstream</th>
                {stages.map((s) => (
                  <th scope="col" key={s} className="num">
                    {s}
                  </th>
                ))}
                <th scope="col" className="num">
                  Total
                </th>
              </tr>
            </thead>
            <tbody>
              {pack.roadmap.map((w) => (
                <tr key={w.workstream}>
                  <th scope="row">{w.workstream}</th>
                  {stages.map((s) => (
                    <td key={s} className="num">
                      {w.byStage[pack.stages.indexOf(s)]}
                    </td>
                  ))}
                  <td className="num">{w.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </article>
  );
};
