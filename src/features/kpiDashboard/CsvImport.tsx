import * as React from 'react';
import { Checkbox, DefaultButton, MessageBar, MessageBarType, PrimaryButton, Text, TextField, useTheme } from '@fluentui/react';
import { IKpi, IPersonRef } from '../../domain/entities';
import { csvDocument } from '../../domain/csv';
import { IMPORT_COLUMNS, IImportPreview, IImportRow, previewImport } from '../../domain/kpi/csv';
import { formatValue } from '../../domain/kpi/scorecard';
import { isDataError } from '../../domain/dataErrors';
import { downloadText } from '../shared/download';
import { plural } from '../shared/format';
import { useHub } from '../shared/HubContext';
import { findCheckIn, saveCheckIn } from './reads/saveCheckIn';
import { StatusBadge } from './KpiParts';
import { kpiStyles } from './kpiStyles';

export interface ICsvImportProps {
  readonly kpis: readonly IKpi[];
  readonly canRecord: boolean;
  readonly signedOff: ReadonlySet<string>;
  readonly me?: IPersonRef;
  readonly onImported: () => void;
}

/**
 * CSV import: choose (or paste) a file with a header row (Measure, Period, Value, Commentary, Corrective action,
 * Action owner, Action due). The preview checks every row and names each bad one with its line and reasons; nothing
 * is imported while any row is bad, unless the bad rows are left out. Action owners' e-mails are resolved before
 * anything is written.
 */
export const CsvImport: React.FC<ICsvImportProps> = ({ kpis, canRecord, signedOff, me, onImported }) => {
  const { services } = useHub();
  const theme = useTheme();
  const classes = React.useMemo(() => kpiStyles(theme), [theme]);
  const [text, setText] = React.useState('');
  const [fileName, setFileName] = React.useState<string>();
  const [leaveOut, setLeaveOut] = React.useState(false);
  const [progress, setProgress] = React.useState<string>();
  const [result, setResult] = React.useState<{ kind: MessageBarType; text: string }>();
  const preview: IImportPreview | undefined = React.useMemo(
    () => (text.trim() ? previewImport(text, { kpis, signedOff }) : undefined),
    [text, kpis, signedOff]
  );
  const bad = preview?.rows.filter((r) => r.problems.length) ?? [];
  const good = preview?.rows.filter((r) => !r.problems.length) ?? [];
  const canImport = Boolean(preview && !preview.fileProblem && good.length && (bad.length === 0 || leaveOut) && !progress);

  if (!canRecord || !me) return <Text>Only the owners of measures and the programme office import values.</Text>;

  const readFile = (file: File | undefined): void => {
    if (!file) return;
    setFileName(file.name);
    setResult(undefined);
    setLeaveOut(false);
    file.text().then(setText, () => setResult({ kind: MessageBarType.error, text: `${file.name} could not be read.` }));
  };

  const template = (): void => {
    const lines = kpis.filter((k) => !k.computedFrom).map((k) => [k.title, '', '', '', '', '', '']);
    downloadText('kpi-values-template.csv', csvDocument([IMPORT_COLUMNS, ...lines]));
  };

  const run = async (): Promise<void> => {
    setResult(undefined);
    const owners = new Map<string, IPersonRef>();
    try {
      for (const row of good) {
        const email = row.actionOwnerEmail;
        if (email && !owners.has(email.toLowerCase())) {
          setProgress(`Finding ${email}…`);
          owners.set(email.toLowerCase(), await services.people.ensure(email));
        }
      }
    } catch (error) {
      setProgress(undefined);
      setResult({ kind: MessageBarType.error, text: `Nothing was imported: an action owner could not be found (${isDataError(error) ? error.message : 'unknown person'}). Fix the e-mail and try again.` });
      return;
    }
    let done = 0;
    const failures: string[] = [];
    for (const row of good as (IImportRow & { kpi: IKpi; periodStart: string })[]) {
      setProgress(`Importing ${done + failures.length + 1} of ${good.length}…`);
      try {
        const existing = await findCheckIn(services, row.kpi, row.periodStart);
        const owner = row.actionOwnerEmail ? owners.get(row.actionOwnerEmail.toLowerCase()) : undefined;
        await saveCheckIn(services, row.kpi, row.periodStart, { ...row.draft, actionOwner: owner }, existing, me);
        done += 1;
      } catch (error) {
        failures.push(`line ${row.line} (${row.measure}): ${isDataError(error) ? error.message : 'not saved'}`);
      }
    }
    setProgress(undefined);
    setResult({
      kind: failures.length ? MessageBarType.warning : MessageBarType.success,
      text: `Imported ${plural(done, 'value')}${bad.length ? `; left out ${plural(bad.length, 'bad row')}` : ''}.${failures.length ? ` Not saved: ${failures.join('; ')}` : ''}`
    });
    if (!failures.length) setText('');
    onImported();
  };

  return (
    <div>
      <Text block>
        Columns: {IMPORT_COLUMNS.join(', ')}. Period as “2025-26 Q3”; a red value needs a corrective action, an action owner (e-mail) and an action due date
        (YYYY-MM-DD).
      </Text>
      <div className={classes.filters}>
        <label>
          <span style={{ display: 'block', fontWeight: 600, margin: '8px 0 4px' }}>Choose a CSV file</span>
          <input type="file" accept=".csv,text/csv" onChange={(e) => readFile(e.target.files?.[0])} />
        </label>
        <DefaultButton text="Download a template" onClick={template} />
      </div>
      <TextField label="Or paste the CSV here" multiline rows={4} value={text} onChange={(_, v) => { setText(v ?? ''); setFileName(undefined); setLeaveOut(false); }} />
      {preview?.fileProblem && <MessageBar messageBarType={MessageBarType.error}>{preview.fileProblem}</MessageBar>}
      {preview && !preview.fileProblem && (
        <div className={classes.sectionGap}>
          <h3 className={classes.outcome}>Preview{fileName ? ` of ${fileName}` : ''}</h3>
          {bad.length > 0 ? (
            <MessageBar messageBarType={MessageBarType.error} role="alert" isMultiline>
              {plural(bad.length, 'row has', 'rows have')} problems, named below. Nothing is imported until they are fixed in the file or left out.
            </MessageBar>
          ) : (
            <MessageBar messageBarType={MessageBarType.success} role="status">
              All {plural(good.length, 'row')} can be imported.
            </MessageBar>
          )}
          <div className={classes.tableWrap} tabIndex={0} role="group" aria-label="Table, scrolls sideways on a narrow screen">
            <table className={classes.table}>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Measure</th>
                  <th scope="col">Period</th>
                  <th scope="col" className="num">Value</th>
                  <th scope="col">Status</th>
                  <th scope="col">Problems</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => (
                  <tr key={r.line} data-bad={r.problems.length > 0 ? 'true' : 'false'}>
                    <th scope="row">{r.line}</th>
                    <td>{r.measure}</td>
                    <td>{r.periodLabel ?? r.period}</td>
                    <td className="num">{r.value !== undefined ? formatValue(r.value, r.kpi?.unit) : r.draft.value}</td>
                    <td>{r.status && <StatusBadge status={r.status} />}</td>
                    <td className={r.problems.length ? classes.errorText : undefined}>{r.problems.length ? r.problems.join(' ') : 'OK'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {bad.length > 0 && good.length > 0 && (
            <Checkbox label={`Leave out the ${plural(bad.length, 'bad row')} and import the other ${good.length}`} checked={leaveOut} onChange={(_, v) => setLeaveOut(Boolean(v))} />
          )}
          <div className={classes.sectionGap}>
            <PrimaryButton text={progress ?? `Import ${plural(bad.length && leaveOut ? good.length : preview.rows.length, 'value')}`} disabled={!canImport} onClick={() => run().catch(() => undefined)} />
          </div>
        </div>
      )}
      {result && (
        <MessageBar messageBarType={result.kind} role="status" isMultiline>
          {result.text}
        </MessageBar>
      )}
    </div>
  );
};
