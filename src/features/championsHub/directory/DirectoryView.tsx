import * as React from 'react';
import { DefaultButton, Dropdown, IDropdownOption, SearchBox } from '@fluentui/react';
import { filterDirectory, IDirectoryEntry, mailLink, teamsChatLink } from '../../../domain/champions/directory';
import { directoryEntries, pointsByPerson, scorePeriod } from '../../../domain/champions/network';
import { yearOf } from '../../../domain/champions/periods';
import { ILookupRef } from '../../../domain/entities';
import { EXPERTISE_AREAS } from '../../../domain/vocabulary';
import { formatDate, plural } from '../../shared/format';
import { ItemErrorBoundary } from '../../shared/BrokenItems';
import { useHub } from '../../shared/HubContext';
import { PersonView } from '../../shared/people/PersonView';
import { ErrorNotice, Loading } from '../../shared/StatusViews';
import { useAsync } from '../../shared/useAsync';
import { ChampionsClasses } from '../championsStyles';
import { todayIso } from '../mine/ActivityForm';
import { NominationForm } from './NominationForm';

export interface IDirectoryViewProps {
  readonly classes: ChampionsClasses;
  readonly departments: readonly ILookupRef[];
  /** The viewer's department, when known: its champions are listed first. */
  readonly myDepartment?: ILookupRef;
}

const ChampionCard: React.FC<{ entry: IDirectoryEntry; classes: ChampionsClasses }> = ({ entry, classes }) => (
  <li className={classes.card} aria-label={entry.name}>
    <div className={classes.itemTop}>
      <span className={classes.person}>
        <PersonView person={{ id: entry.personId, title: entry.name, email: entry.email }} size="regular" />
      </span>
      {entry.level && <span className={classes.badge}>{entry.level}</span>}
    </div>
    <div className={classes.subtext}>
      {entry.department ?? 'No department'}
      {entry.since ? ` · champion since ${formatDate(entry.since)}` : ''}
    </div>
    {entry.expertiseAreas.length > 0 && (
      <div>
        <span className={classes.srOnly}>Expertise: </span>
        {entry.expertiseAreas.map((x) => (
          <span key={x} className={classes.chip}>
            {x}
          </span>
        ))}
      </div>
    )}
    {entry.waysOfWorking.length > 0 && <div className={classes.subtext}>Showcases: {entry.waysOfWorking.join(', ')}</div>}
    {entry.availability && <div>Available: {entry.availability}</div>}
    {entry.bio && <div className={classes.subtext}>{entry.bio}</div>}
    {entry.email && (
      <div className={classes.actions}>
        <DefaultButton href={teamsChatLink(entry.email)} target="_blank" rel="noopener noreferrer" iconProps={{ iconName: 'Chat' }} text="Chat in Teams" ariaLabel={`Chat in Teams with ${entry.name}`} />
        <DefaultButton href={mailLink(entry.email)} iconProps={{ iconName: 'Mail' }} text="Email" ariaLabel={`Email ${entry.name}`} />
      </div>
    )}
  </li>
);

/**
 * The champions directory: active champions with their department, expertise, ways of working, since when and
 * level (this financial year's points); search, expertise and department filters; the viewer's department first;
 * contact by Teams chat or e-mail; and nominating someone (or yourself) to join.
 */
export const DirectoryView: React.FC<IDirectoryViewProps> = ({ classes, departments, myDepartment }) => {
  const { services } = useHub();
  const year = yearOf(todayIso());
  const state = useAsync(() => services.championsData.period(year.start, year.end), [services, year.key]);
  const [text, setText] = React.useState('');
  const [expertise, setExpertise] = React.useState<string[]>([]);
  const [departmentId, setDepartmentId] = React.useState<number>();
  const [nominating, setNominating] = React.useState(false);
  const entries = React.useMemo(() => (state.value ? directoryEntries(state.value, pointsByPerson(scorePeriod(state.value))) : []), [state.value]);
  const shown = filterDirectory(entries, { text, expertise, departmentId }, myDepartment?.id);
  const mine = myDepartment ? shown.filter((e) => e.departmentId === myDepartment.id) : [];
  const others = myDepartment ? shown.filter((e) => e.departmentId !== myDepartment.id) : shown;
  const departmentOptions: IDropdownOption[] = [{ key: 0, text: 'All departments' }, ...departments.map((d) => ({ key: d.id, text: d.title }))];
  const toggle = (x: string): void => setExpertise((list) => (list.includes(x) ? list.filter((y) => y !== x) : [...list, x]));

  return (
    <div>
      <div className={classes.row}>
        <SearchBox placeholder="Search champions" ariaLabel="Search champions by name, department or expertise" value={text} onChange={(_, v) => setText(v ?? '')} styles={{ root: { minWidth: 200, flex: '1 1 200px' } }} />
        <Dropdown ariaLabel="Department" options={departmentOptions} selectedKey={departmentId ?? 0} onChange={(_, o) => setDepartmentId(o && o.key !== 0 ? Number(o.key) : undefined)} styles={{ root: { minWidth: 180 } }} />
        <DefaultButton text="Nominate a champion" iconProps={{ iconName: 'AddFriend' }} onClick={() => setNominating(true)} />
      </div>
      <div role="group" aria-label="Expertise" className={classes.actions} style={{ marginTop: 8 }}>
        {EXPERTISE_AREAS.map((x) => (
          <DefaultButton
            key={x}
            text={x}
            aria-pressed={expertise.includes(x)}
            checked={expertise.includes(x)}
            iconProps={expertise.includes(x) ? { iconName: 'CheckMark' } : undefined}
            onClick={() => toggle(x)}
            styles={{ root: { minWidth: 0, padding: '0 8px', height: 28 }, rootChecked: { fontWeight: 600 } }}
          />
        ))}
      </div>
      {state.loading && <Loading label="Loading the champions…" />}
      {state.error !== undefined && <ErrorNotice error={state.error} onRetry={state.reload} />}
      {state.value && !state.loading && (
        <>
          <p role="status" aria-live="polite">
            {plural(shown.length, 'champion')} found.
          </p>
          {myDepartment && (
            <section aria-labelledby="champions-mine">
              <h3 id="champions-mine" className={classes.subheading}>
                In your department ({myDepartment.title})
              </h3>
              {mine.length ? (
                <ul className={classes.cards}>
                  {mine.map((e) => (
                    <ItemErrorBoundary key={e.personId} name={`The champion ${e.name}`} as="li" className={classes.card}>
                      <ChampionCard entry={e} classes={classes} />
                    </ItemErrorBoundary>
                  ))}
                </ul>
              ) : (
                <p>No champion in your department matches. Champions in other departments can help too.</p>
              )}
            </section>
          )}
          {others.length > 0 && (
            <section aria-labelledby="champions-others">
              <h3 id="champions-others" className={classes.subheading}>
                {myDepartment ? 'Other departments' : 'Champions'}
              </h3>
              <ul className={classes.cards}>
                {others.map((e) => (
                  <ItemErrorBoundary key={e.personId} name={`The champion ${e.name}`} as="li" className={classes.card}>
                    <ChampionCard entry={e} classes={classes} />
                  </ItemErrorBoundary>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      {nominating && <NominationForm departments={departments} onDone={() => setNominating(false)} />}
    </div>
  );
};
