import * as React from 'react';
import { ActionButton, DefaultButton, mergeStyleSets, Text, useTheme } from '@fluentui/react';
import { IInitiative } from '../../../domain/entities';
import { barPosition, todayPosition } from '../../../domain/roadmap';
import { formatDate, plural } from '../../shared/format';
import { noPrint } from '../../shared/print/printFrame';
import { subtleBackground } from '../../shared/colour/subtleColour';
import { visuallyHidden } from '../../shared/visuallyHidden';
import { ITimelineRow, startYear, timelineModel } from './timelineModel';

export interface ITimelineViewProps {
  readonly initiatives: readonly IInitiative[];
  /** Rows shown per workstream before "Show more". */
  readonly pageSize: number;
  /** Narrow (a phone-width tab): a list by financial year instead of the chart. */
  readonly narrow: boolean;
  onOpen(id: number): void;
  /** Today (a test can fix it). */
  readonly today?: Date;
}

const QUARTER_WIDTH = 64;
const LABEL_WIDTH = 240;

const when = (row: ITimelineRow): string => {
  const { start, end, approximate } = row.placement;
  const label = row.initiative.timeframeLabel;
  const range = `${formatDate(start.toISOString())} to ${formatDate(end.toISOString())}`;
  return approximate ? `${label ? `${label}, ` : ''}about ${range} (approximate)` : range;
};

/**
 * Quarters and financial years across, a swimlane per workstream, a bar per initiative and a line at today.
 * Initiatives known only by a timeframe label ("2021-22") are placed from it and drawn dashed as approximate.
 * At phone width the same initiatives are listed by the financial year they start in.
 */
export const TimelineView: React.FC<ITimelineViewProps> = ({ initiatives, pageSize, narrow, onOpen, today: fixedToday }) => {
  const theme = useTheme();
  const s = theme.semanticColors;
  const today = React.useMemo(() => fixedToday ?? new Date(), [fixedToday]);
  const model = React.useMemo(() => timelineModel(initiatives, today), [initiatives, today]);
  const [shown, setShown] = React.useState<Record<string, number>>({});
  const scroller = React.useRef<HTMLDivElement>(null);
  const trackWidth = (model?.quarters.length ?? 0) * QUARTER_WIDTH;
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        scroller: { overflowX: 'auto', position: 'relative', border: `1px solid ${s.bodyDivider}`, borderRadius: 4, selectors: { ':focus-visible': { outline: `2px solid ${s.focusBorder}` } }, '@media print': { overflow: 'visible' } },
        chart: { position: 'relative', width: LABEL_WIDTH + trackWidth, minWidth: '100%' },
        row: { display: 'flex', alignItems: 'stretch', minHeight: 32, borderTop: `1px solid ${s.bodyDivider}` },
        label: { width: LABEL_WIDTH, flex: `0 0 ${LABEL_WIDTH}px`, padding: '4px 8px', position: 'sticky', left: 0, background: s.bodyBackground, zIndex: 1, borderRight: `1px solid ${s.bodyDivider}`, boxSizing: 'border-box' },
        track: { position: 'relative', width: trackWidth, flex: `0 0 ${trackWidth}px` },
        // a line at each quarter, drawn as a background (one element per row, not one per quarter)
        grid: { backgroundImage: `repeating-linear-gradient(to right, ${s.bodyDivider} 0, ${s.bodyDivider} 1px, transparent 1px, transparent ${QUARTER_WIDTH}px)` },
        yearCell: { boxSizing: 'border-box', borderLeft: `1px solid ${s.bodyDivider}`, padding: '4px 6px', fontWeight: 600, fontSize: 12 },
        quarterCell: { boxSizing: 'border-box', width: QUARTER_WIDTH, borderLeft: `1px solid ${s.bodyDivider}`, padding: '2px 6px', fontSize: 12, color: s.bodySubtext },
        laneHeading: { margin: 0, padding: '8px', fontSize: 14, fontWeight: 600, background: subtleBackground(theme), position: 'sticky', left: 0, width: 'fit-content' },
        laneRow: { background: subtleBackground(theme), borderTop: `1px solid ${s.bodyDivider}` },
        title: {
          background: 'none', border: 0, padding: 0, font: 'inherit', fontSize: 13, color: s.link, textAlign: 'left', cursor: 'pointer', minHeight: 24, overflowWrap: 'anywhere',
          selectors: { ':hover': { textDecoration: 'underline' }, ':focus-visible': { outline: `2px solid ${s.focusBorder}` } }
        },
        bar: { position: 'absolute', top: 6, bottom: 6, borderRadius: 3, background: theme.palette.themePrimary, minWidth: 4, '@media print': { printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' } },
        approximate: { background: theme.palette.themeLighter, border: `2px dashed ${theme.palette.themePrimary}`, boxSizing: 'border-box' },
        today: { position: 'absolute', top: 0, bottom: 0, width: 2, background: s.errorIcon, zIndex: 2, pointerEvents: 'none' },
        todayLabel: { position: 'absolute', top: 0, transform: 'translateX(-50%)', fontSize: 11, fontWeight: 600, padding: '0 4px', background: s.bodyBackground, color: s.bodyText, border: `1px solid ${s.errorIcon}`, borderRadius: 3, whiteSpace: 'nowrap' },
        legend: { display: 'flex', flexWrap: 'wrap', gap: '4px 20px', alignItems: 'center', margin: '8px 0', fontSize: 12, color: s.bodySubtext },
        swatch: { display: 'inline-block', width: 24, height: 10, marginRight: 6, verticalAlign: 'middle', borderRadius: 2 },
        list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 },
        listItem: { borderTop: `1px solid ${s.bodyDivider}`, paddingTop: 6, display: 'grid', gap: 2 },
        subtext: { color: s.bodySubtext, fontSize: 12 }
      }),
    [theme, s, trackWidth]
  );

  if (!model) return <Text>No initiatives to show on the timeline.</Text>;
  const todayAt = todayPosition(today, model.from, model.to);
  const unplaced = model.unplaced.length > 0 && (
    <section aria-label="Not on the timeline">
      <Text as="h3" variant="mediumPlus" block styles={{ root: { margin: '16px 0 4px', fontWeight: 600 } }}>
        Not on the timeline ({model.unplaced.length})
      </Text>
      <Text variant="small" block className={classes.subtext}>These have no dates and no timeframe the timeline can read.</Text>
      <ul className={classes.list} style={{ marginTop: 8 }}>
        {model.unplaced.map((i) => (
          <li key={i.id}>
            <button type="button" className={classes.title} onClick={() => onOpen(i.id)}>{i.title}</button>
            <span className={classes.subtext}> · {i.workstream}{i.timeframeLabel ? ` · ${i.timeframeLabel}` : ''}</span>
          </li>
        ))}
      </ul>
    </section>
  );

  if (narrow) {
    const byYear = new Map<string, ITimelineRow[]>();
    for (const lane of model.lanes) for (const row of lane.rows) byYear.set(startYear(row.placement), [...(byYear.get(startYear(row.placement)) ?? []), row]);
    const years = [...byYear.keys()].sort();
    return (
      <div>
        {years.map((year) => (
          <section key={year} aria-label={`Starting in ${year}`}>
            <Text as="h3" variant="mediumPlus" block styles={{ root: { margin: '12px 0 4px', fontWeight: 600 } }}>
              Starting in {year}
            </Text>
            <ul className={classes.list}>
              {(byYear.get(year) ?? []).sort((a, b) => a.placement.start.getTime() - b.placement.start.getTime()).map((row) => (
                <li key={row.initiative.id} className={classes.listItem}>
                  <button type="button" className={classes.title} onClick={() => onOpen(row.initiative.id)}>{row.initiative.title}</button>
                  <span className={classes.subtext}>{row.initiative.workstream}</span>
                  <span className={classes.subtext}>{when(row)}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
        {unplaced}
      </div>
    );
  }

  return (
    <div>
      <div className={classes.legend} aria-hidden>
        <span><span className={classes.swatch} style={{ background: theme.palette.themePrimary }} />Known dates</span>
        <span><span className={`${classes.swatch} ${classes.approximate}`} />Approximate: placed from the timeframe label</span>
        <span><span className={classes.swatch} style={{ background: s.errorIcon, width: 3 }} />Today, {formatDate(today.toISOString())}</span>
      </div>
      {todayAt !== undefined && (
        <ActionButton
          className={noPrint}
          iconProps={{ iconName: 'GotoToday' }}
          text="Scroll to today"
          onClick={() => {
            const box = scroller.current;
            if (box) box.scrollLeft = Math.max(0, LABEL_WIDTH + todayAt * trackWidth - box.clientWidth / 2);
          }}
        />
      )}
      <div ref={scroller} className={classes.scroller} role="region" aria-label={`Timeline, ${model.quarters[0].label} to ${model.quarters[model.quarters.length - 1].label}`} tabIndex={0}>
        <div className={classes.chart}>
          <div className={classes.row} style={{ borderTop: 0 }} aria-hidden>
            <div className={classes.label} />
            <div className={classes.track} style={{ display: 'flex' }}>
              {model.years.map((y) => (
                <div key={y.label} className={classes.yearCell} style={{ width: y.quarters * QUARTER_WIDTH }}>{y.label}</div>
              ))}
            </div>
          </div>
          <div className={classes.row} aria-hidden>
            <div className={classes.label} />
            <div className={classes.track} style={{ display: 'flex' }}>
              {model.quarters.map((q) => (
                <div key={q.label} className={classes.quarterCell}>Q{q.quarter}</div>
              ))}
              {todayAt !== undefined && <span className={classes.todayLabel} style={{ left: `${todayAt * 100}%` }}>Today</span>}
            </div>
          </div>
          {model.lanes.map((lane) => {
            const limit = shown[lane.workstream] ?? pageSize;
            return (
              <section key={lane.workstream} aria-label={`${lane.workstream}, ${plural(lane.rows.length, 'initiative')}`}>
                <div className={classes.laneRow}>
                  <h3 className={classes.laneHeading}>{lane.workstream} ({lane.rows.length})</h3>
                </div>
                <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                  {lane.rows.slice(0, limit).map((row) => {
                    const bar = barPosition(row.placement, model.from, model.to);
                    const describedBy = `timeline-when-${row.initiative.id}`;
                    return (
                      <li key={row.initiative.id} className={classes.row}>
                        <div className={classes.label}>
                          <button type="button" className={classes.title} aria-describedby={describedBy} onClick={() => onOpen(row.initiative.id)}>
                            {row.initiative.title}
                          </button>
                          <span id={describedBy} className={visuallyHidden}>{when(row)}</span>
                        </div>
                        <div className={`${classes.track} ${classes.grid}`}>
                          {bar && (
                            <div
                              data-print-keep
                              className={`${classes.bar} ${row.placement.approximate ? classes.approximate : ''}`}
                              style={{ left: `${bar.left * 100}%`, width: `${bar.width * 100}%` }}
                              title={`${row.initiative.title}: ${when(row)}`}
                              aria-hidden
                            />
                          )}
                          {todayAt !== undefined && <div className={classes.today} style={{ left: `${todayAt * 100}%` }} aria-hidden />}
                        </div>
                      </li>
                    );
                  })}
                </ul>
                {lane.rows.length > limit && (
                  <div className={`${classes.row} ${noPrint}`}>
                    <div className={classes.label}>
                      <DefaultButton text={`Show ${Math.min(pageSize, lane.rows.length - limit)} more`} onClick={() => setShown((v) => ({ ...v, [lane.workstream]: limit + pageSize }))} />
                    </div>
                  </div>
                )}
              </section>
            );
          })}
        </div>
      </div>
      {unplaced}
    </div>
  );
};
