import * as React from 'react';
import { DefaultButton, Dropdown, IDropdownOption, Stack } from '@fluentui/react';
import { IInitiative, IPrioritisationCriterion } from '../../../domain/entities';
import { auditScorers, scoreAuditCsv, scoreAuditRows } from '../../../domain/roadmap/scoreAudit';
import { roundScoresQuery } from '../../../domain/roadmap/scoringRound';
import { downloadText } from '../../shared/download';
import { plural } from '../../shared/format';
import { useHub } from '../../shared/HubContext';
import { Empty, ErrorNotice, Loading } from '../../shared/StatusViews';
import { useAsync } from '../../shared/useAsync';
import { PrioritiesClasses } from './prioritiesStyles';

export interface IScoreAuditProps {
  readonly round: string;
  readonly initiatives: readonly IInitiative[];
  readonly criteria: readonly IPrioritisationCriterion[];
  readonly classes: PrioritiesClasses;
}

const PAGE = 50;
const when = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
const ALL = 'all';

/** Programme office: who scored what, when, with what rationale; filter by initiative or scorer; CSV export. */
export const ScoreAudit: React.FC<IScoreAuditProps> = ({ round, initiatives, criteria, classes }) => {
  const { services } = useHub();
  const scores = useAsync(() => services.scores.getAll(roundScoresQuery(round)), [services, round]);
  const [initiativeId, setInitiativeId] = React.useState<number>();
  const [scorerId, setScorerId] = React.useState<number>();
  const [shown, setShown] = React.useState(PAGE);
  const all = React.useMemo(() => scoreAuditRows(scores.value ?? [], initiatives, criteria), [scores.value, initiatives, criteria]);
  const rows = React.useMemo(() => all.filter((r) => (initiativeId === undefined || r.initiativeId === initiativeId) && (scorerId === undefined || r.scorerId === scorerId)), [all, initiativeId, scorerId]);

  if (scores.loading) return <Loading label="Loading the scores…" />;
  if (scores.error !== undefined) return <ErrorNotice error={scores.error} onRetry={scores.reload} />;
  if (!all.length) return <Empty message={`Nobody has scored in ${round} yet.`} />;

  const scored = new Set(all.map((r) => r.initiativeId));
  const initiativeOptions: IDropdownOption[] = [
    { key: ALL, text: 'All initiatives' },
    ...initiatives.filter((i) => scored.has(i.id)).map((i) => ({ key: i.id, text: i.title }))
  ];
  const scorerOptions: IDropdownOption[] = [{ key: ALL, text: 'All scorers' }, ...auditScorers(all).map((s) => ({ key: s.id, text: s.name }))];
  const fileName = `score-audit-${round.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}.csv`;
  return (
    <div className={classes.section}>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end">
        <Dropdown
          label="Initiative"
          options={initiativeOptions}
          selectedKey={initiativeId ?? ALL}
          onChange={(_e, o) => { setInitiativeId(o?.key === ALL ? undefined : Number(o?.key)); setShown(PAGE); }}
          styles={{ root: { minWidth: 220, maxWidth: '100%' } }}
        />
        <Dropdown
          label="Scorer"
          options={scorerOptions}
          selectedKey={scorerId ?? ALL}
          onChange={(_e, o) => { setScorerId(o?.key === ALL ? undefined : Number(o?.key)); setShown(PAGE); }}
          styles={{ root: { minWidth: 180 } }}
        />
        <DefaultButton iconProps={{ iconName: 'Download' }} text="Download CSV" onClick={() => downloadText(fileName, scoreAuditCsv(rows))} />
      </Stack>
      <p className={classes.subtext} aria-live="polite">
        {plural(rows.length, 'score')} {rows.length < all.length ? `of ${all.length} ` : ''}in {round}, newest first.
      </p>
      <div className={classes.tableWrap}>
        <table className={classes.table} aria-label={`Score audit, ${round}`}>
          <thead>
            <tr>
              <th scope="col">Initiative</th>
              <th scope="col">Criterion</th>
              <th scope="col">Scorer</th>
              <th scope="col" className={classes.number}>Score</th>
              <th scope="col">Rationale</th>
              <th scope="col">Last changed</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((r) => (
              <tr key={r.id}>
                <td>{r.initiative}</td>
                <td>{r.criterion}</td>
                <td className={classes.nowrap}>{r.scorer}</td>
                <td className={classes.number}>{r.score} <span className={classes.subtext}>/ {r.scale}</span></td>
                <td>{r.rationale || <span className={classes.subtext}>None given</span>}</td>
                <td className={classes.nowrap}>{r.when ? when.format(new Date(r.when)) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > shown && <DefaultButton text={`Show ${Math.min(PAGE, rows.length - shown)} more`} onClick={() => setShown(shown + PAGE)} />}
    </div>
  );
};
