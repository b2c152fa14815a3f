import * as React from 'react';
import { DefaultButton, Icon, mergeStyleSets, Text, useTheme } from '@fluentui/react';
import { IInitiative, Stage } from '../../../domain/entities';
import { WAYS_OF_WORKING, WORKSTREAMS } from '../../../domain/vocabulary';
import { noPrint } from '../../shared/print/printFrame';
import { subtleBackground } from '../../shared/colour/subtleColour';
import { visuallyHidden } from '../../shared/visuallyHidden';

export interface IMatrixViewProps {
  readonly initiatives: readonly IInitiative[];
  /** Rows shown per table before "Show more". */
  readonly pageSize: number;
  /** Narrow (a phone-width tab): each initiative listed with its ways of working, instead of a wide table. */
  readonly narrow: boolean;
  onOpen(id: number): void;
}

/** Appendix C's tables: "Approved projects – yet to be completed", and so on for each stage. */
const STAGE_CAPTIONS: { readonly [S in Stage]: string } = {
  'Yet to be proposed': 'Enabling projects – yet to be proposed',
  Proposed: 'Proposed projects – yet to be approved',
  Approved: 'Approved projects – yet to be completed',
  'In delivery': 'Projects in delivery',
  Completed: 'Completed projects',
  'On hold': 'Projects on hold',
  Cancelled: 'Cancelled projects'
};

/** Appendix C's order: approved first, then proposed, then enabling; the rest after. */
const MATRIX_STAGES: readonly Stage[] = ['Approved', 'In delivery', 'Proposed', 'Yet to be proposed', 'On hold', 'Completed', 'Cancelled'];

const letter = (way: string): string => way.charAt(0);

const workstreamOrder = (a: IInitiative, b: IInitiative): number =>
  WORKSTREAMS.indexOf(a.workstream) - WORKSTREAMS.indexOf(b.workstream) || a.title.localeCompare(b.title, 'en-GB');

/**
 * Initiatives against the five digital ways of working (Engagement, Reach, Insight, Co-ordination, Automation),
 * a table per stage as in the roadmap's Appendix C. A tick is an icon with the word "Yes" for screen readers;
 * the headings give the full names; the last row counts the initiatives for each way of working.
 */
export const MatrixView: React.FC<IMatrixViewProps> = ({ initiatives, pageSize, narrow, onOpen }) => {
  const theme = useTheme();
  const s = theme.semanticColors;
  const [shown, setShown] = React.useState<Record<string, number>>({});
  const groups = React.useMemo(() => {
    const byStage = new Map<Stage, IInitiative[]>();
    for (const i of initiatives) byStage.set(i.stage, [...(byStage.get(i.stage) ?? []), i]);
    return MATRIX_STAGES.filter((stage) => byStage.has(stage)).map((stage) => ({ stage, items: (byStage.get(stage) ?? []).sort(workstreamOrder) }));
  }, [initiatives]);
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        legend: { display: 'flex', flexWrap: 'wrap', gap: '4px 16px', margin: '0 0 12px', padding: 0, listStyle: 'none', color: s.bodySubtext, fontSize: 13 },
        scroller: { overflowX: 'auto', position: 'relative', marginBottom: 20, selectors: { ':focus-visible': { outline: `2px solid ${s.focusBorder}` } }, '@media print': { overflow: 'visible' } },
        table: { borderCollapse: 'collapse', width: '100%', minWidth: 680, tableLayout: 'fixed', fontSize: 13, color: s.bodyText, '@media print': { minWidth: 0, fontSize: 11 } },
        caption: { textAlign: 'left', fontWeight: 600, fontSize: 15, padding: '4px 0 8px', color: s.bodyText },
        th: { textAlign: 'left', padding: '6px 8px', borderBottom: `2px solid ${s.bodyDivider}`, background: subtleBackground(theme), fontWeight: 600, verticalAlign: 'bottom' },
        way: { textAlign: 'center' },
        td: { padding: '6px 8px', borderBottom: `1px solid ${s.bodyDivider}`, verticalAlign: 'top', textAlign: 'left', overflowWrap: 'anywhere' },
        notes: { whiteSpace: 'pre-wrap' },
        tick: { textAlign: 'center', fontSize: 16, color: s.link, '@media print': { color: 'black' } },
        total: { fontWeight: 600, background: subtleBackground(theme) },
        list: { listStyle: 'none', margin: '0 0 20px', padding: 0, display: 'grid', gap: 8 },
        item: { borderTop: `1px solid ${s.bodyDivider}`, paddingTop: 6, display: 'grid', gap: 4 },
        chips: { display: 'flex', flexWrap: 'wrap', gap: 6, listStyle: 'none', margin: 0, padding: 0 },
        chip: { display: 'inline-flex', alignItems: 'center', gap: 4, padding: '1px 8px', borderRadius: 12, border: `1px solid ${s.inputBorder}`, fontSize: 12 },
        subtext: { color: s.bodySubtext, fontSize: 12 },
        heading: { margin: '12px 0 6px', fontSize: 15, fontWeight: 600 },
        title: {
          background: 'none', border: 0, padding: 0, font: 'inherit', color: s.link, textAlign: 'left', cursor: 'pointer', minHeight: 24, fontWeight: 600,
          selectors: { ':hover': { textDecoration: 'underline' }, ':focus-visible': { outline: `2px solid ${s.focusBorder}` } }
        }
      }),
    [theme, s]
  );
  if (groups.length === 0) return <Text>No initiatives to show.</Text>;
  if (narrow) {
    return (
      <div>
        {groups.map(({ stage, items }) => (
          <section key={stage} aria-labelledby={`matrix-${stage.replace(/\W/g, '')}`}>
            <h3 id={`matrix-${stage.replace(/\W/g, '')}`} className={classes.heading}>
              {STAGE_CAPTIONS[stage]} ({items.length})
            </h3>
            <ul className={classes.list}>
              {items.slice(0, shown[stage] ?? pageSize).map((i) => (
                <li key={i.id} className={classes.item}>
                  <button type="button" className={classes.title} onClick={() => onOpen(i.id)}>{i.title}</button>
                  <span className={classes.subtext}>{i.workstream}{i.timeframeLabel ? ` · ${i.timeframeLabel}` : ''}</span>
                  {i.waysOfWorking?.length ? (
                    <ul className={classes.chips} aria-label="Ways of working">
                      {WAYS_OF_WORKING.filter((w) => i.waysOfWorking?.includes(w)).map((w) => (
                        <li key={w} className={classes.chip}>
                          <Icon iconName="CheckMark" aria-hidden />
                          {w}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className={classes.subtext}>No ways of working recorded</span>
                  )}
                </li>
              ))}
            </ul>
            {items.length > (shown[stage] ?? pageSize) && (
              <DefaultButton className={noPrint} text={`Show ${Math.min(pageSize, items.length - (shown[stage] ?? pageSize))} more`} onClick={() => setShown((v) => ({ ...v, [stage]: (v[stage] ?? pageSize) + pageSize }))} />
            )}
          </section>
        ))}
      </div>
    );
  }
  return (
    <div>
      <ul className={classes.legend} aria-label="Digital ways of working">
        {WAYS_OF_WORKING.map((w) => (
          <li key={w}>
            <strong aria-hidden>{letter(w)}</strong> {w}
          </li>
        ))}
      </ul>
      {groups.map(({ stage, items }) => {
        const limit = shown[stage] ?? pageSize;
        return (
          <div key={stage} className={classes.scroller} role="region" aria-label={STAGE_CAPTIONS[stage]} tabIndex={0}>
            <table className={classes.table}>
              <colgroup>
                <col style={{ width: '17%' }} />
                <col style={{ width: '27%' }} />
                {WAYS_OF_WORKING.map((w) => (
                  <col key={w} style={{ width: '5.5%' }} />
                ))}
                <col style={{ width: '10%' }} />
                <col />
              </colgroup>
              <caption className={classes.caption}>
                {STAGE_CAPTIONS[stage]} ({items.length})
              </caption>
              <thead>
                <tr>
                  <th scope="col" className={classes.th}>Workstream</th>
                  <th scope="col" className={classes.th}>Project</th>
                  {WAYS_OF_WORKING.map((w) => (
                    <th key={w} scope="col" className={`${classes.th} ${classes.way}`} title={w}>
                      <span aria-hidden>{letter(w)}</span>
                      <span className={visuallyHidden}>{w}</span>
                    </th>
                  ))}
                  <th scope="col" className={classes.th}>Timeframe</th>
                  <th scope="col" className={classes.th}>Notes</th>
                </tr>
              </thead>
              <tbody>
                {items.slice(0, limit).map((i) => (
                  <tr key={i.id}>
                    <td className={classes.td}>{i.workstream}</td>
                    <th scope="row" className={classes.td} style={{ fontWeight: 400 }}>
                      <button type="button" className={classes.title} onClick={() => onOpen(i.id)}>{i.title}</button>
                    </th>
                    {WAYS_OF_WORKING.map((w) => {
                      const on = i.waysOfWorking?.includes(w) ?? false;
                      return (
                        <td key={w} className={`${classes.td} ${classes.tick}`}>
                          {on && <Icon iconName="CheckMark" aria-hidden />}
                          <span className={visuallyHidden}>{on ? 'Yes' : 'No'}</span>
                        </td>
                      );
                    })}
                    <td className={classes.td}>{i.timeframeLabel ?? ''}</td>
                    <td className={`${classes.td} ${classes.notes}`}>{i.notes ?? ''}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className={classes.total}>
                  <th scope="row" colSpan={2} className={classes.td} style={{ textAlign: 'left' }}>Initiatives for each way of working</th>
                  {WAYS_OF_WORKING.map((w) => (
                    <td key={w} className={classes.td} style={{ textAlign: 'center' }}>{items.filter((i) => i.waysOfWorking?.includes(w)).length}</td>
                  ))}
                  <td className={classes.td} colSpan={2} />
                </tr>
              </tfoot>
            </table>
            {items.length > limit && (
              <DefaultButton className={noPrint} text={`Show ${Math.min(pageSize, items.length - limit)} more`} onClick={() => setShown((v) => ({ ...v, [stage]: limit + pageSize }))} />
            )}
          </div>
        );
      })}
    </div>
  );
};
