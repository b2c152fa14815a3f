import * as React from 'react';
import { useTheme } from '@fluentui/react';
import { Direction, DIRECTION_ARROWS, KpiStatus, STATUS_WORDS } from '../../domain/kpi/status';
import { formatValue, IHistoryPoint } from '../../domain/kpi/scorecard';
import { kpiStyles } from './kpiStyles';

/** A shape per status, so status never rests on colour: ● on target, ▲ within tolerance, ■ off target. */
export const STATUS_SHAPES: Record<KpiStatus, string> = {
  Green: '●',
  Amber: '▲',
  Red: '■',
  'Data awaited': '○',
  'Data only': '◇',
  'No target': '◇',
  'Not due': '–'
};

export const StatusBadge: React.FC<{ status: KpiStatus }> = ({ status }) => {
  const theme = useTheme();
  const classes = React.useMemo(() => kpiStyles(theme), [theme]);
  return (
    <span className={classes.badge} data-status={status}>
      <span className={classes.shape} aria-hidden="true">
        {STATUS_SHAPES[status]}
      </span>
      {STATUS_WORDS[status]}
    </span>
  );
};

const DIRECTION_WORDS: Record<Direction, string> = {
  Improving: 'Improving',
  Worsening: 'Worsening',
  'No change': 'No change',
  Up: 'Up',
  Down: 'Down',
  'Not comparable': 'Not comparable'
};

/** A direction of travel: the arrow's shape and the word. `against` names the comparison for screen readers. */
export const Travel: React.FC<{ direction: Direction; against: string }> = ({ direction, against }) => {
  const theme = useTheme();
  const classes = React.useMemo(() => kpiStyles(theme), [theme]);
  return (
    <span className={classes.travel} data-direction={direction}>
      <span aria-hidden="true">{DIRECTION_ARROWS[direction]} </span>
      {DIRECTION_WORDS[direction]}
      <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}> {against}</span>
    </span>
  );
};

/** A small trend line of the last quarters; its values are given in words for screen readers. */
export const Sparkline: React.FC<{ history: readonly IHistoryPoint[]; unit: string; target?: number }> = ({ history, unit, target }) => {
  const theme = useTheme();
  const points = history.filter((h) => h.value !== undefined) as { label: string; value: number }[];
  if (points.length < 2) return <span>Not enough values for a trend</span>;
  const values = points.map((p) => p.value).concat(target !== undefined ? [target] : []);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const w = 96;
  const h = 24;
  const x = (i: number): number => (history.length > 1 ? (i / (history.length - 1)) * (w - 4) + 2 : w / 2);
  const y = (v: number): number => (max === min ? h / 2 : h - 2 - ((v - min) / (max - min)) * (h - 4));
  const path = history
    .map((p, i) => (p.value === undefined ? undefined : `${x(i)},${y(p.value)}`))
    .filter(Boolean)
    .join(' ');
  const words = `Trend: ${points.map((p) => `${p.label} ${formatValue(p.value, unit)}`).join(', ')}`;
  return (
    <svg width={w} height={h} role="img" aria-label={words} focusable="false">
      <title>{words}</title>
      {target !== undefined && <line x1={0} x2={w} y1={y(target)} y2={y(target)} stroke={theme.semanticColors.bodySubtext} strokeDasharray="3 2" strokeWidth={1} />}
      <polyline points={path} fill="none" stroke={theme.semanticColors.link} strokeWidth={2} />
    </svg>
  );
};
