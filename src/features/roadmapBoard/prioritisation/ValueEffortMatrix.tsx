import * as React from 'react';
import { ITheme, mergeStyleSets } from '@fluentui/react';
import { IRankedInitiative, IValueEffortPoint, VALUE_EFFORT_MIDPOINT, VALUE_EFFORT_QUADRANTS, ValueEffortQuadrant, valueEffortPoint } from '../../../domain/roadmap/prioritisation';
import { plural } from '../../shared/format';
import { useHub } from '../../shared/HubContext';
import { PrioritiesClasses } from './prioritiesStyles';

export interface IValueEffortMatrixProps {
  readonly ranked: readonly IRankedInitiative[];
  readonly classes: PrioritiesClasses;
  onOpenInitiative(id: number): void;
}

interface IPlotted {
  readonly ranked: IRankedInitiative;
  readonly point: IValueEffortPoint;
  readonly cx: number;
  readonly cy: number;
}

const SIZE = 400;
const PAD = { left: 44, right: 12, top: 12, bottom: 40 };
const PLOT_W = SIZE - PAD.left - PAD.right;
const PLOT_H = SIZE - PAD.top - PAD.bottom;
const toX = (x: number): number => PAD.left + (x / 100) * PLOT_W;
const toY = (y: number): number => PAD.top + (1 - y / 100) * PLOT_H;

const QUADRANT_BOX: Record<ValueEffortQuadrant, { x: number; y: number; anchor: 'start' | 'end' }> = {
  'Quick wins': { x: toX(0) + 6, y: toY(100) + 16, anchor: 'start' },
  'Major projects': { x: toX(100) - 6, y: toY(100) + 16, anchor: 'end' },
  'Fill-ins': { x: toX(0) + 6, y: toY(0) - 8, anchor: 'start' },
  'Money pit': { x: toX(100) - 6, y: toY(0) - 8, anchor: 'end' }
};

const matrixStyles = (theme: ITheme) =>
  mergeStyleSets({
    svg: { width: '100%', maxWidth: 560, height: 'auto', display: 'block', overflow: 'visible' },
    point: {
      cursor: 'pointer',
      outline: 'none',
      selectors: {
        ':focus circle, :hover circle': { stroke: theme.semanticColors.focusBorder, strokeWidth: 3 }
      }
    },
    legend: { margin: '8px 0', paddingLeft: 20, selectors: { li: { margin: '2px 0' } } }
  });

const RADIUS = 12;
const GAP = 2 * RADIUS + 2;

/** Places each point at its spot, or as near as it can without covering a point placed before it. */
function plot(ranked: readonly IRankedInitiative[]): IPlotted[] {
  const placed: IPlotted[] = [];
  const free = (x: number, y: number): boolean => placed.every((p) => (p.cx - x) ** 2 + (p.cy - y) ** 2 >= GAP * GAP);
  for (const r of ranked) {
    const point = valueEffortPoint(r);
    if (!point) continue;
    const x0 = toX(point.x);
    const y0 = toY(point.y);
    let cx = x0;
    let cy = y0;
    for (let step = 1; step < 400 && !free(cx, cy); step++) {
      const angle = step * 0.7;
      const radius = 4 + step * 0.9;
      cx = x0 + radius * Math.cos(angle);
      cy = y0 + radius * Math.sin(angle);
    }
    placed.push({ ranked: r, point, cx, cy });
  }
  return placed;
}

const describe = (p: IPlotted): string =>
  `Rank ${p.ranked.rank}, ${p.ranked.initiative.title}: value ${p.point.y.toFixed(1)}, effort ${p.point.x.toFixed(1)}, ${p.point.quadrant.toLowerCase()}`;

/**
 * The value-versus-effort matrix: value (the benefit sub-score) up, effort (100 minus the cost sub-score) across,
 * split at 50 into the four quadrants. Each point is labelled with its rank, reachable by Tab then the arrow keys,
 * and opens the initiative with Enter or a click. A data table gives the same figures.
 */
export const ValueEffortMatrix: React.FC<IValueEffortMatrixProps> = ({ ranked, classes, onOpenInitiative }) => {
  const { host } = useHub();
  const theme = host.theme;
  const own = React.useMemo(() => matrixStyles(theme), [theme]);
  const points = React.useMemo(() => plot(ranked), [ranked]);
  const [active, setActive] = React.useState(0);
  const [focused, setFocused] = React.useState<number>();
  const refs = React.useRef<(SVGGElement | null)[]>([]);
  const left = ranked.length - points.length;
  const s = theme.semanticColors;
  const p = theme.palette;

  const move = (index: number): void => {
    const next = (index + points.length) % points.length;
    setActive(next);
    refs.current[next]?.focus();
  };
  const onKeyDown = (event: React.KeyboardEvent, index: number): void => {
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(points.length - 1);
    else if (event.key === 'Enter' || event.key === ' ') onOpenInitiative(points[index].ranked.initiative.id);
    else return;
    event.preventDefault();
  };

  const counts = new Map<ValueEffortQuadrant, number>();
  for (const point of points) counts.set(point.point.quadrant, (counts.get(point.point.quadrant) ?? 0) + 1);
  const label = focused !== undefined ? points[focused] : undefined;

  return (
    <div className={classes.section}>
      <p className={classes.subtext}>
        Value is the benefit sub-score; effort is the cost sub-score turned round (100 minus it), so points further right cost more. Points close together are moved apart slightly so each can be seen; the table below gives the exact figures.
        {left > 0 && ` ${plural(left, 'ranked initiative')} without both benefit and cost scores ${left === 1 ? 'is' : 'are'} not shown.`}
      </p>
      {points.length > 0 && (
        <svg
          viewBox={`0 0 ${SIZE} ${SIZE}`}
          className={own.svg}
          role="group"
          aria-label={`Value versus effort matrix, ${plural(points.length, 'initiative')}. Use the arrow keys to move between points and Enter to open one.`}
        >
          <rect x={toX(0)} y={toY(100)} width={PLOT_W / 2} height={PLOT_H / 2} fill={p.themeLighterAlt} />
          <rect x={toX(50)} y={toY(100)} width={PLOT_W / 2} height={PLOT_H / 2} fill={p.neutralLighter} />
          <rect x={toX(0)} y={toY(50)} width={PLOT_W / 2} height={PLOT_H / 2} fill={p.neutralLighter} />
          <rect x={toX(50)} y={toY(50)} width={PLOT_W / 2} height={PLOT_H / 2} fill={s.bodyBackground} />
          <rect x={toX(0)} y={toY(100)} width={PLOT_W} height={PLOT_H} fill="none" stroke={s.bodyDivider} />
          <line x1={toX(VALUE_EFFORT_MIDPOINT)} x2={toX(VALUE_EFFORT_MIDPOINT)} y1={toY(0)} y2={toY(100)} stroke={s.bodySubtext} strokeDasharray="4 3" />
          <line x1={toX(0)} x2={toX(100)} y1={toY(VALUE_EFFORT_MIDPOINT)} y2={toY(VALUE_EFFORT_MIDPOINT)} stroke={s.bodySubtext} strokeDasharray="4 3" />
          {VALUE_EFFORT_QUADRANTS.map((q) => (
            <text key={q.name} x={QUADRANT_BOX[q.name].x} y={QUADRANT_BOX[q.name].y} textAnchor={QUADRANT_BOX[q.name].anchor} fontSize={12} fontWeight={600} fill={s.bodySubtext} aria-hidden="true">
              {q.name}
            </text>
          ))}
          {[0, 50, 100].map((v) => (
            <g key={v} aria-hidden="true" fontSize={10} fill={s.bodySubtext}>
              <text x={toX(v)} y={toY(0) + 14} textAnchor="middle">{v}</text>
              <text x={toX(0) - 6} y={toY(v) + 3} textAnchor="end">{v}</text>
            </g>
          ))}
          <text x={toX(50)} y={SIZE - 6} textAnchor="middle" fontSize={12} fill={s.bodyText} aria-hidden="true">Effort →</text>
          <text x={12} y={toY(50)} textAnchor="middle" fontSize={12} fill={s.bodyText} transform={`rotate(-90 12 ${toY(50)})`} aria-hidden="true">Value →</text>
          {points.map((pt, index) => (
            <g
              key={pt.ranked.initiative.id}
              ref={(el) => {
                refs.current[index] = el;
              }}
              className={own.point}
              role="button"
              tabIndex={index === active ? 0 : -1}
              aria-label={describe(pt)}
              onKeyDown={(e) => onKeyDown(e, index)}
              onClick={() => onOpenInitiative(pt.ranked.initiative.id)}
              onFocus={() => { setActive(index); setFocused(index); }}
              onBlur={() => setFocused(undefined)}
              onMouseEnter={() => setFocused(index)}
              onMouseLeave={() => setFocused(undefined)}
            >
              <circle cx={pt.cx} cy={pt.cy} r={RADIUS} fill={p.themePrimary} stroke={s.bodyBackground} strokeWidth={1.5} />
              <text x={pt.cx} y={pt.cy + 4} textAnchor="middle" fontSize={11} fontWeight={600} fill={s.primaryButtonText} aria-hidden="true">
                {pt.ranked.rank}
              </text>
            </g>
          ))}
          {label && (
            <g aria-hidden="true" pointerEvents="none">
              <rect
                x={Math.min(Math.max(label.cx - 110, 2), SIZE - 222)}
                y={label.cy > SIZE / 2 ? label.cy - 44 : label.cy + 16}
                width={220}
                height={26}
                rx={3}
                fill={s.bodyBackground}
                stroke={s.bodyText}
              />
              <text x={Math.min(Math.max(label.cx, 112), SIZE - 112)} y={label.cy > SIZE / 2 ? label.cy - 27 : label.cy + 33} textAnchor="middle" fontSize={11} fill={s.bodyText}>
                {`${label.ranked.rank}. ${label.ranked.initiative.title.length > 34 ? `${label.ranked.initiative.title.slice(0, 33)}…` : label.ranked.initiative.title}`}
              </text>
            </g>
          )}
        </svg>
      )}
      <ul className={own.legend} aria-label="Quadrants">
        {VALUE_EFFORT_QUADRANTS.map((q) => (
          <li key={q.name}>
            <strong>{q.name}</strong> ({counts.get(q.name) ?? 0}): {q.description}
          </li>
        ))}
      </ul>
      <details className={classes.disclosure}>
        <summary>The matrix as a table</summary>
        <div className={classes.tableWrap}>
          <table className={classes.table} aria-label="Value and effort of each initiative">
            <thead>
              <tr>
                <th scope="col">Rank</th>
                <th scope="col">Initiative</th>
                <th scope="col" className={classes.number}>Value</th>
                <th scope="col" className={classes.number}>Effort</th>
                <th scope="col">Quadrant</th>
              </tr>
            </thead>
            <tbody>
              {points.map((pt) => (
                <tr key={pt.ranked.initiative.id}>
                  <td>{pt.ranked.rank}</td>
                  <td>
                    <button type="button" className={classes.titleButton} onClick={() => onOpenInitiative(pt.ranked.initiative.id)}>
                      {pt.ranked.initiative.title}
                    </button>
                  </td>
                  <td className={classes.number}>{pt.point.y.toFixed(1)}</td>
                  <td className={classes.number}>{pt.point.x.toFixed(1)}</td>
                  <td>{pt.point.quadrant}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
};
