import * as React from 'react';
import { ITheme, mergeStyleSets } from '@fluentui/react';
import { useId } from '@fluentui/react-hooks';
import { describeLevel, formatLevel } from '../../../../domain/maturity/resultsWording';
import { useHub } from '../../../shared/HubContext';
import { IRadarSeries } from '../radarSeries';
import { useElementWidth } from '../../../shared/useElementWidth';
import { IPoint, labelPlacement, layoutFor, pointAt, ringPath, seriesPath, wrapLabel } from './radarGeometry';

/**
 * A radar of a department's current and target levels against the organisation median, drawn with d3-shape as
 * SVG. Accessible: the chart is a named group with a title and a description; series differ by line style and
 * marker shape (and colour, from the theme); the points are one tab stop, moved through with the arrow keys
 * (left/right: dimension, up/down: series), each named for a screen reader and showing a tooltip (Escape hides it).
 * The same numbers are in the table the "Show as table" button offers.
 */

export interface IRadarChartProps {
  readonly title: string;
  readonly dimensions: readonly string[];
  readonly series: readonly IRadarSeries[];
  readonly levelCount: number;
  readonly levelNames: readonly string[];
}

type Marker = 'circle' | 'square' | 'diamond';

const LOOK: Record<IRadarSeries['key'], { dash?: string; marker: Marker; width: number }> = {
  current: { marker: 'circle', width: 2.5 },
  target: { dash: '7 4', marker: 'square', width: 2 },
  median: { dash: '2 3', marker: 'diamond', width: 2 }
};

export const seriesColour = (theme: ITheme, key: IRadarSeries['key']): string =>
  key === 'current' ? theme.palette.themePrimary : key === 'target' ? theme.semanticColors.bodyText : theme.palette.neutralSecondary;

function MarkerShape(props: { marker: Marker; at: IPoint; size: number; fill: string; stroke: string }): React.ReactElement {
  const { marker, at, size, fill, stroke } = props;
  if (marker === 'circle') return <circle cx={at.x} cy={at.y} r={size} fill={fill} stroke={stroke} strokeWidth={1.5} />;
  if (marker === 'square') return <rect x={at.x - size} y={at.y - size} width={size * 2} height={size * 2} fill={fill} stroke={stroke} strokeWidth={1.5} />;
  const d = size * 1.35;
  return <path d={`M${at.x},${at.y - d}L${at.x + d},${at.y}L${at.x},${at.y + d}L${at.x - d},${at.y}Z`} fill={fill} stroke={stroke} strokeWidth={1.5} />;
}

export const LegendSwatch: React.FC<{ seriesKey: IRadarSeries['key']; colour: string; background: string }> = ({ seriesKey, colour, background }) => {
  const look = LOOK[seriesKey];
  return (
    <svg width={40} height={16} viewBox="0 0 40 16" aria-hidden="true" focusable="false">
      <line x1={2} y1={8} x2={38} y2={8} stroke={colour} strokeWidth={look.width} strokeDasharray={look.dash} />
      <MarkerShape marker={look.marker} at={{ x: 20, y: 8 }} size={4} fill={seriesKey === 'current' ? colour : background} stroke={colour} />
    </svg>
  );
};

export const RadarChart: React.FC<IRadarChartProps> = ({ title, dimensions, series, levelCount, levelNames }) => {
  const { host } = useHub();
  const theme = host.theme;
  const titleId = useId('radar-title');
  const descId = useId('radar-desc');
  const count = dimensions.length;
  const [active, setActive] = React.useState({ series: 0, dimension: 0 });
  const [tooltip, setTooltip] = React.useState<{ series: number; dimension: number } | undefined>(undefined);
  const [focused, setFocused] = React.useState(false);
  const points = React.useRef<(SVGGElement | null)[]>([]);
  const [figureRef, width] = useElementWidth<HTMLElement>(430);
  const { radius, view: VIEW } = layoutFor(width);
  const background = theme.semanticColors.bodyBackground;
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        figure: { margin: 0, position: 'relative', width: '100%' },
        canvas: { position: 'relative', margin: '0 auto' },
        svg: { display: 'block', width: '100%', height: 'auto', overflow: 'visible' },
        point: { cursor: 'default', outline: 'none' },
        tooltip: {
          position: 'absolute',
          transform: 'translate(-50%, calc(-100% - 14px))',
          pointerEvents: 'none',
          background: theme.semanticColors.bodyBackground,
          color: theme.semanticColors.bodyText,
          border: `1px solid ${theme.semanticColors.bodyText}`,
          borderRadius: 4,
          padding: '4px 8px',
          fontSize: 13,
          maxWidth: 220,
          width: 'max-content',
          boxShadow: theme.effects.elevation8,
          zIndex: 1
        },
        legend: { listStyle: 'none', margin: '4px 0 0', padding: 0, display: 'flex', flexWrap: 'wrap', gap: '4px 16px', fontSize: 13 },
        legendItem: { display: 'flex', alignItems: 'center', gap: 6 }
      }),
    [theme]
  );

  const pointLabel = (s: IRadarSeries, dimension: number): string => {
    const value = s.values[dimension];
    return `${dimensions[dimension]}, ${s.label}: ${value === undefined ? 'not answered' : describeLevel(value, levelNames)}`;
  };

  const focusPoint = (next: { series: number; dimension: number }): void => {
    setActive(next);
    setTooltip(next);
    points.current[next.series * count + next.dimension]?.focus();
  };

  const onKeyDown = (event: React.KeyboardEvent): void => {
    const { series: s, dimension: d } = active;
    const moves: Record<string, { series: number; dimension: number }> = {
      ArrowRight: { series: s, dimension: (d + 1) % count },
      ArrowLeft: { series: s, dimension: (d - 1 + count) % count },
      ArrowDown: { series: (s + 1) % series.length, dimension: d },
      ArrowUp: { series: (s - 1 + series.length) % series.length, dimension: d },
      Home: { series: s, dimension: 0 },
      End: { series: s, dimension: count - 1 }
    };
    if (event.key === 'Escape') {
      setTooltip(undefined);
      return;
    }
    const next = moves[event.key];
    if (!next) return;
    event.preventDefault();
    focusPoint(next);
  };

  const shown = tooltip ? { s: series[tooltip.series], d: tooltip.dimension } : undefined;
  const shownAt = shown && shown.s.values[shown.d] !== undefined ? pointAt(shown.d, count, shown.s.values[shown.d] as number, levelCount, radius) : undefined;
  const levels = Array.from({ length: levelCount }, (_, i) => i + 1);

  return (
    <figure className={classes.figure} ref={figureRef}>
      <div className={classes.canvas} style={{ maxWidth: VIEW.width }}>
      <svg
        className={classes.svg}
        viewBox={`${VIEW.x} ${VIEW.y} ${VIEW.width} ${VIEW.height}`}
        role="group"
        aria-labelledby={titleId}
        aria-describedby={descId}
        onKeyDown={onKeyDown}
        fontFamily="inherit"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>
          {`A radar of ${count} dimensions on a scale of 1 to ${levelCount}: ${series.map((s) => s.label.toLowerCase()).join(', ')}. ` +
            'Use the arrow keys to move between the points, or show the chart as a table.'}
        </desc>
        <g aria-hidden="true">
          {levels.map((level) => (
            <path key={level} d={ringPath(level, count, levelCount, radius)} fill="none" stroke={theme.semanticColors.bodyDivider} strokeWidth={level === levelCount ? 1.5 : 1} />
          ))}
          {dimensions.map((_, i) => {
            const end = pointAt(i, count, levelCount, levelCount, radius);
            return <line key={i} x1={0} y1={0} x2={end.x} y2={end.y} stroke={theme.semanticColors.bodyDivider} />;
          })}
          {levels.map((level) => {
            // level numbers sit between the first and last spokes, clear of the points; on a small radar only every
            // other one (and the top level), so they never overlap
            const step = Math.ceil(16 / (radius / levelCount));
            if (level % step !== 0 && level !== levelCount) return null;
            const at = pointAt(-0.5, count, level, levelCount, radius);
            return (
              <text key={level} x={at.x} y={at.y} dy={4} textAnchor="middle" fontSize={12} fill={theme.semanticColors.bodySubtext}>
                {level}
              </text>
            );
          })}
          {dimensions.map((dimension, i) => {
            const place = labelPlacement(i, count, radius);
            const lines = wrapLabel(dimension, 12);
            const lineHeight = 14;
            const top = place.vertical === 'above' ? place.y - (lines.length - 1) * lineHeight : place.vertical === 'middle' ? place.y - ((lines.length - 1) * lineHeight) / 2 : place.y + 10;
            return (
              <text key={dimension} x={place.x} y={top} textAnchor={place.anchor} fontSize={13} fill={theme.semanticColors.bodyText}>
                {lines.map((line, n) => (
                  <tspan key={n} x={place.x} dy={n === 0 ? 0 : lineHeight}>
                    {line}
                  </tspan>
                ))}
              </text>
            );
          })}
          {series.map((s) => {
            const colour = seriesColour(theme, s.key);
            const look = LOOK[s.key];
            return (
              <path
                key={s.key}
                d={seriesPath(s.values, levelCount, radius)}
                fill={s.key === 'current' ? colour : 'none'}
                fillOpacity={s.key === 'current' ? 0.12 : undefined}
                stroke={colour}
                strokeWidth={look.width}
                strokeDasharray={look.dash}
              />
            );
          })}
        </g>
        {series.map((s, si) => {
          const colour = seriesColour(theme, s.key);
          return (
            <g key={s.key}>
              {s.values.map((value, d) => {
                const at = pointAt(d, count, value ?? 0, levelCount, radius);
                const isActive = active.series === si && active.dimension === d;
                return (
                  <g
                    key={d}
                    ref={(el) => {
                      points.current[si * count + d] = el;
                    }}
                    className={classes.point}
                    role="img"
                    aria-label={pointLabel(s, d)}
                    tabIndex={isActive ? 0 : -1}
                    focusable={isActive ? 'true' : 'false'}
                    onFocus={() => {
                      setFocused(true);
                      setActive({ series: si, dimension: d });
                      setTooltip({ series: si, dimension: d });
                    }}
                    onBlur={() => {
                      setFocused(false);
                      setTooltip(undefined);
                    }}
                    onMouseEnter={() => setTooltip({ series: si, dimension: d })}
                    onMouseLeave={() => !focused && setTooltip(undefined)}
                  >
                    <circle cx={at.x} cy={at.y} r={12} fill="transparent" />
                    {value !== undefined && <MarkerShape marker={LOOK[s.key].marker} at={at} size={4.5} fill={s.key === 'current' ? colour : 'none'} stroke={colour} />}
                    {isActive && focused && <circle cx={at.x} cy={at.y} r={10} fill="none" stroke={theme.semanticColors.focusBorder ?? theme.palette.neutralPrimary} strokeWidth={2} />}
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      {shown && shownAt && (
        <div
          className={classes.tooltip}
          aria-hidden="true"
          style={{ left: `${((shownAt.x - VIEW.x) / VIEW.width) * 100}%`, top: `${((shownAt.y - VIEW.y) / VIEW.height) * 100}%` }}
        >
          <strong>{dimensions[shown.d]}</strong>
          <br />
          {`${shown.s.label}: ${formatLevel(shown.s.values[shown.d] as number)}`}
        </div>
      )}
      </div>
      <ul className={classes.legend} aria-label="Key">
        {series.map((s) => (
          <li key={s.key} className={classes.legendItem}>
            <LegendSwatch seriesKey={s.key} colour={seriesColour(theme, s.key)} background={background} />
            {s.label}
          </li>
        ))}
      </ul>
    </figure>
  );
};
