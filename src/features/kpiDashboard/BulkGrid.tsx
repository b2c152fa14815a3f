import * as React from 'react';
import { MessageBar, MessageBarType, PrimaryButton, Text, useTheme } from '@fluentui/react';
import { IPersonRef } from '../../domain/entities';
import { checkCheckIn, draftOf, ICheckInDraft } from '../../domain/kpi/checkIn';
import { formatValue, IScorecardRow } from '../../domain/kpi/scorecard';
import { isDataError } from '../../domain/dataErrors';
import { plural } from '../shared/format';
import { useHub } from '../shared/HubContext';
import { saveCheckIn } from './reads/saveCheckIn';
import { StatusBadge } from './KpiParts';
import { kpiStyles } from './kpiStyles';

export interface IBulkGridProps {
  readonly rows: readonly IScorecardRow[];
  readonly quarterLabel: string;
  readonly locked: boolean;
  readonly me: IPersonRef;
  readonly onSaved: () => void;
}

const COLUMNS = ['value', 'commentary', 'correctiveAction', 'actionDue'] as const;
type Column = (typeof COLUMNS)[number];
const HEADINGS: Record<Column, string> = { value: 'Value', commentary: 'Commentary', correctiveAction: 'Corrective action', actionDue: 'Action due' };

/** Cells pasted from a spreadsheet: rows by line, columns by tab. */
export function pastedCells(text: string): string[][] {
  return text.replace(/\r/g, '').replace(/\n$/, '').split('\n').map((line) => line.split('\t'));
}

/**
 * The programme office's grid for a quarter: a row per measure entered by hand, with value, commentary, corrective
 * action and due date. Arrow keys (and Enter) move between rows; pasting a block copied from a spreadsheet fills the
 * cells from the one pasted into, down and across. A red value's corrective action is owned by the measure's owner
 * (change it in the quick form). Only changed rows are saved, one by one, with a line per failure.
 */
export const BulkGrid: React.FC<IBulkGridProps> = ({ rows, quarterLabel, locked, me, onSaved }) => {
  const { services } = useHub();
  const theme = useTheme();
  const classes = React.useMemo(() => kpiStyles(theme), [theme]);
  const entered = React.useMemo(() => rows.filter((r) => !r.computed), [rows]);
  const initial = React.useMemo(() => new Map(entered.map((r) => [r.kpi.id, draftOf(r.measurement)])), [entered]);
  const [drafts, setDrafts] = React.useState(initial);
  const [tried, setTried] = React.useState(false);
  const [saving, setSaving] = React.useState<string>();
  const [outcome, setOutcome] = React.useState<{ saved: number; failures: string[] }>();
  const cells = React.useRef(new Map<string, HTMLInputElement | null>());
  React.useEffect(() => setDrafts(initial), [initial]);

  const draftFor = (row: IScorecardRow): ICheckInDraft => ({ ...(drafts.get(row.kpi.id) as ICheckInDraft), actionOwner: drafts.get(row.kpi.id)?.actionOwner ?? row.kpi.owner });
  const changed = entered.filter((r) => JSON.stringify(drafts.get(r.kpi.id)) !== JSON.stringify(initial.get(r.kpi.id)));
  const set = (kpiId: number, column: Column, value: string): void =>
    setDrafts((current) => new Map(current).set(kpiId, { ...(current.get(kpiId) as ICheckInDraft), [column]: value }));

  const move = (rowIndex: number, column: Column, by: number): void => cells.current.get(`${rowIndex + by}:${column}`)?.focus();

  const paste = (rowIndex: number, column: Column, event: React.ClipboardEvent<HTMLInputElement>): void => {
    const text = event.clipboardData.getData('text/plain');
    if (!/[\t\n]/.test(text.replace(/\n$/, ''))) return;
    event.preventDefault();
    const block = pastedCells(text);
    setDrafts((current) => {
      const next = new Map(current);
      block.forEach((line, r) => {
        const row = entered[rowIndex + r];
        if (!row) return;
        let draft = next.get(row.kpi.id) as ICheckInDraft;
        line.forEach((value, c) => {
          const col = COLUMNS[COLUMNS.indexOf(column) + c];
          if (col) draft = { ...draft, [col]: value.trim() };
        });
        next.set(row.kpi.id, draft);
      });
      return next;
    });
  };

  const saveAll = async (): Promise<void> => {
    setTried(true);
    setOutcome(undefined);
    const bad = changed.filter((r) => Object.keys(checkCheckIn(r.kpi, r.quarter.start, draftFor(r)).errors).length);
    if (bad.length) return;
    const failures: string[] = [];
    let saved = 0;
    for (const [i, row] of changed.entries()) {
      setSaving(`Saving ${i + 1} of ${changed.length}…`);
      try {
        await saveCheckIn(services, row.kpi, row.quarter.start, draftFor(row), row.measurement, me);
        saved += 1;
      } catch (error) {
        failures.push(`${row.kpi.title}: ${isDataError(error) ? error.message : 'could not be saved'}`);
      }
    }
    setSaving(undefined);
    setOutcome({ saved, failures });
    setTried(false);
    onSaved();
  };

  return (
    <div>
      <Text block className={classes.muted}>
        Type or paste values for {quarterLabel}. Paste a block copied from a spreadsheet into a cell to fill the cells below and to the right. Use the arrow keys or Enter to move between rows.
      </Text>
      {locked && <MessageBar messageBarType={MessageBarType.warning}>{quarterLabel} is signed off: its values can no longer change.</MessageBar>}
      <div className={classes.tableWrap} tabIndex={0} role="group" aria-label="Table, scrolls sideways on a narrow screen">
        <table className={classes.table} aria-label={`Values for ${quarterLabel}`}>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col" className="num">Target</th>
              {COLUMNS.map((c) => (
                <th scope="col" key={c}>
                  {HEADINGS[c]}
                </th>
              ))}
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {entered.map((row, index) => {
              const draft = draftFor(row);
              const check = checkCheckIn(row.kpi, row.quarter.start, draft);
              const problems = tried ? Object.values(check.errors).filter(Boolean) : [];
              return (
                <tr key={row.kpi.id}>
                  <th scope="row" id={`kpi-row-${row.kpi.id}`}>
                    {row.kpi.title}
                  </th>
                  <td className="num">{formatValue(row.target, row.kpi.unit)}</td>
                  {COLUMNS.map((column) => (
                    <td key={column}>
                      <input
                        ref={(el) => cells.current.set(`${index}:${column}`, el)}
                        className={column === 'value' ? classes.gridInput : undefined}
                        type={column === 'actionDue' ? 'date' : 'text'}
                        inputMode={column === 'value' ? 'decimal' : undefined}
                        aria-label={`${HEADINGS[column]}, ${row.kpi.title}`}
                        aria-invalid={problems.length > 0 && (column === 'value' ? Boolean(check.errors.value) : column === 'correctiveAction' ? Boolean(check.errors.correctiveAction) : column === 'actionDue' ? Boolean(check.errors.actionDue) : false)}
                        aria-describedby={problems.length ? `kpi-problems-${row.kpi.id}` : undefined}
                        value={(draft[column] as string) ?? ''}
                        disabled={locked || Boolean(saving)}
                        onChange={(e) => set(row.kpi.id, column, e.target.value)}
                        onPaste={(e) => paste(index, column, e)}
                        onKeyDown={(e) => {
                          if (e.key === 'ArrowDown' || (e.key === 'Enter' && !e.shiftKey)) {
                            e.preventDefault();
                            move(index, column, 1);
                          } else if (e.key === 'ArrowUp' || (e.key === 'Enter' && e.shiftKey)) {
                            e.preventDefault();
                            move(index, column, -1);
                          }
                        }}
                      />
                    </td>
                  ))}
                  <td>
                    <StatusBadge status={check.status} />
                    {problems.length > 0 && (
                      <div id={`kpi-problems-${row.kpi.id}`} className={classes.errorText}>
                        {problems.join(' ')}
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {tried && changed.some((r) => Object.keys(checkCheckIn(r.kpi, r.quarter.start, draftFor(r)).errors).length) && (
        <MessageBar messageBarType={MessageBarType.error} role="alert">
          Nothing was saved: fix the rows marked above (a red value needs a corrective action and a due date).
        </MessageBar>
      )}
      {outcome && (
        <MessageBar messageBarType={outcome.failures.length ? MessageBarType.warning : MessageBarType.success} role="status" isMultiline>
          Saved {plural(outcome.saved, 'value')}.{outcome.failures.length ? ` Not saved: ${outcome.failures.join('; ')}` : ''}
        </MessageBar>
      )}
      <div className={classes.sectionGap}>
        <PrimaryButton
          text={saving ?? (changed.length ? `Save ${plural(changed.length, 'change')}` : 'No changes to save')}
          disabled={!changed.length || locked || Boolean(saving)}
          onClick={() => saveAll().catch(() => undefined)}
        />
      </div>
    </div>
  );
};
