import * as React from 'react';
import { DefaultButton, Icon, mergeStyleSets, Text, useTheme } from '@fluentui/react';
import { IInitiative, Stage } from '../../../domain/entities';
import { WAYS_OF_WORKING, WORKSTREAMS } from '../../../domain/vocabulary';
import { noPrint, visuallyHidden } from '../labels';

export interface IMatrixViewProps {
  readonly initiatives: readonly IInitiative[];
  /** Rows shown per table before "Show more". */
  readonly pageSize: number;
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
export const MatrixView: React.FC<IMatrixViewProps> = ({ initiatives, pageSize, onOpen }) => {
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
        scroller: { overflowX: 'auto', marginBottom: 20, selectors: { ':focus-visible': { outline: `2px solid ${s.focusBorder}` } }, '@media print': { overflow: 'visible' } },
        table: { borderCollapse: 'collapse', width: '100%', minWidth: 640, fontSize: 13, color: s.bodyText },
        caption: { textAlign: 'left', fontWeight: 600, fontSize: 15, padding: '4px 0 8px', color: s.bodyText },
        th: { textAlign: 'left', padding: '6px 8px', borderBottom: `2px solid ${s.bodyDivider}`, background: s.bodyStandoutBackground, fontWeight: 600, verticalAlign: 'bottom' },
        way: { textAlign: 'center', width: 44 },
        td: { padding: '6px 8px', borderBottom: `1px solid ${s.bodyDivider}`, verticalAlign: 'top' },
        tick: { textAlign: 'center', fontSize: 16, color: theme.palette.themePrimary, '@media print': { color: 'black' } },
        total: { fontWeight: 600, background: s.bodyStandoutBackground },
        title: {
          background: 'none', border: 0, padding: 0, font: 'inherit', color: s.link, textAlign: 'left', cursor: 'pointer', minHeight: 24, fontWeight: 600,
          selectors: { ':hover': { textDecoration: 'underline' }, ':focus-visible': { outline: `2px solid ${s.focusBorder}` } }
        }
      }),
    [theme, s]
  );
  if (groups.length === 0) return <Text>No initiatives to show.</Text>;
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
                    <td className={classes.td}>{i.notes ?? ''}</td>
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
