import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react';
import { IInitiative } from '../../../domain/entities';
import { COLUMN_HEADINGS, columnValue, RoadmapColumn } from '../../../domain/roadmap';

const classes = mergeStyleSets({
  table: { display: 'none', '@media print': { display: 'table', width: '100%', borderCollapse: 'collapse', fontSize: '9pt', color: 'black' } },
  cell: { border: '0.5pt solid #666', padding: '3pt 4pt', textAlign: 'left', verticalAlign: 'top' },
  head: { display: 'table-header-group' }
});

/**
 * The Table view on paper: every row of the filtered set (the screen's table only draws what is on screen), with
 * the chosen columns. Rendered only while printing.
 */
export const PrintTable: React.FC<{ initiatives: readonly IInitiative[]; columns: readonly RoadmapColumn[] }> = ({ initiatives, columns }) => (
  <table className={classes.table}>
    <thead className={classes.head}>
      <tr>
        {columns.map((c) => (
          <th key={c} scope="col" className={classes.cell}>
            {COLUMN_HEADINGS[c]}
          </th>
        ))}
      </tr>
    </thead>
    <tbody>
      {initiatives.map((i) => (
        <tr key={i.id}>
          {columns.map((c) => (
            <td key={c} className={classes.cell}>
              {columnValue(i, c) ?? ''}
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  </table>
);
