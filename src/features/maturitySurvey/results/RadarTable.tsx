import * as React from 'react';
import { formatLevel } from '../../../domain/maturity/resultsWording';
import { IRadarSeries } from './radarSeries';

export const levelCell = (value: number | undefined): string => (value === undefined ? 'Not answered' : formatLevel(value));

/** The radar's numbers as a table: one row per dimension, one column per series. */
export const RadarTable: React.FC<{ caption: string; dimensions: readonly string[]; series: readonly IRadarSeries[]; className: string; scrollClassName: string }> = ({
  caption,
  dimensions,
  series,
  className,
  scrollClassName
}) => (
  <div className={scrollClassName} role="region" aria-label={caption} tabIndex={0}>
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Dimension</th>
          {series.map((s) => (
            <th key={s.key} scope="col" className="number">
              {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {dimensions.map((dimension, i) => (
          <tr key={dimension}>
            <th scope="row">{dimension}</th>
            {series.map((s) => (
              <td key={s.key} className="number">
                {levelCell(s.values[i])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);
