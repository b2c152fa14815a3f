import * as React from 'react';
import { DefaultButton, mergeStyleSets, MessageBar, MessageBarType, Panel, PanelType, PrimaryButton, ProgressIndicator, Stack, Text, useTheme } from '@fluentui/react';
import { IInitiative } from '../../../domain/entities';
import { calendarDate, relativeTime } from '../../../domain/roadmap';
import { corporatePlanOutcomeLabel } from '../../../domain/vocabulary';
import { formatDate, formatDateTime } from '../../shared/format';
import { CopyItemLinkButton } from '../../shared/itemLinks';
import { PersonView } from '../../shared/people/PersonView';
import { HealthBadge, MustDoBadge } from '../labels';
import { subtleBackground } from '../../shared/colour/subtleColour';

export interface IInitiativeDetailsProps {
  /** The initiative to show; the panel is closed when undefined. */
  readonly initiative: IInitiative | undefined;
  /** The id asked for (from a link) when no initiative has it: says it could not be found. */
  readonly missingId?: number;
  readonly canEdit: boolean;
  /** Where the Priorities view adds the initiative's score and rank. */
  readonly renderScore?: (initiative: IInitiative) => React.ReactNode;
  onDismiss(): void;
  /** Copies a link that opens this initiative's details (a Teams deep link in Teams). */
  onEdit(initiative: IInitiative): void;
  onDelete(initiative: IInitiative): void;
}

const day = (value: string | undefined): string | undefined => {
  const d = calendarDate(value);
  return d ? formatDate(`${d}T12:00:00Z`) : undefined;
};

/** Every field of an initiative, people as people, and who changed it last; Edit and Delete for editors. */
export const InitiativeDetails: React.FC<IInitiativeDetailsProps> = ({ initiative, missingId, canEdit, renderScore, onDismiss, onEdit, onDelete }) => {
  const theme = useTheme();
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        list: { display: 'grid', gridTemplateColumns: 'minmax(120px, 38%) minmax(0, 1fr)', gap: '10px 16px', margin: '16px 0' },
        term: { fontWeight: 600, color: theme.semanticColors.bodySubtext, margin: 0 },
        value: { margin: 0, minWidth: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
        chips: { display: 'flex', flexWrap: 'wrap', gap: 6, listStyle: 'none', margin: 0, padding: 0 },
        chip: { padding: '2px 10px', borderRadius: 12, border: `1px solid ${theme.semanticColors.inputBorder}`, fontSize: 12 },
        lead: { display: 'flex', flexWrap: 'wrap', gap: '6px 16px', alignItems: 'center', margin: '8px 0' },
        stage: { padding: '2px 10px', borderRadius: 12, background: subtleBackground(theme, 10), border: `1px solid ${theme.semanticColors.bodyDivider}`, color: theme.semanticColors.bodyText, fontWeight: 600, fontSize: 12 },
        subtext: { color: theme.semanticColors.bodySubtext },
        plain: { margin: 0, paddingLeft: 18 }
      }),
    [theme]
  );
  const isOpen = initiative !== undefined || missingId !== undefined;
  const footer = (): JSX.Element | null =>
    initiative ? (
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        {canEdit && <PrimaryButton iconProps={{ iconName: 'Edit' }} text="Edit" onClick={() => onEdit(initiative)} />}
        {canEdit && <DefaultButton iconProps={{ iconName: 'Delete' }} text="Delete" onClick={() => onDelete(initiative)} />}
        <CopyItemLinkButton param="sel" id={initiative.id} what="this initiative" />
      </Stack>
    ) : null;
  const renderBody = (i: IInitiative): JSX.Element => {
    const changed = i.modified ? relativeTime(i.modified, new Date()) : undefined;
    // Empty fields are not listed one by one: they are named once, quietly, at the end.
    const empty: string[] = [];
    const row = (term: string, value: React.ReactNode): React.ReactNode => {
      if (value === undefined || value === null || value === '') {
        empty.push(term);
        return null;
      }
      return (
        <React.Fragment key={term}>
          <dt className={classes.term}>{term}</dt>
          <dd className={classes.value}>{value}</dd>
        </React.Fragment>
      );
    };
    const timeframeOnly = Boolean(i.timeframeLabel) && !i.startDate && !i.endDate;
    return (
      <>
        <div className={classes.lead}>
          <span className={classes.stage}>{i.stage}</span>
          <Text>{i.workstream}</Text>
          <MustDoBadge mustDo={i.mustDo} />
          <HealthBadge health={i.health} />
        </div>
        {i.description && <Text block styles={{ root: { whiteSpace: 'pre-wrap', marginTop: 8 } }}>{i.description}</Text>}
        {renderScore?.(i)}
        <dl className={classes.list}>
          {row('Timeframe', i.timeframeLabel ? (timeframeOnly ? `${i.timeframeLabel} (a timeframe only: no start or end date is recorded)` : i.timeframeLabel) : undefined)}
          {row('Start date', day(i.startDate))}
          {row('End date', day(i.endDate))}
          {row(
            'Ways of working',
            i.waysOfWorking?.length ? (
              <ul className={classes.chips} aria-label="Ways of working">
                {i.waysOfWorking.map((w) => (
                  <li key={w} className={classes.chip}>
                    {w}
                  </li>
                ))}
              </ul>
            ) : undefined
          )}
          {row(
            'Corporate Plan outcomes',
            i.corporatePlanOutcomes?.length ? (
              <ul className={classes.plain} aria-label="Corporate Plan outcomes">
                {i.corporatePlanOutcomes.map((o) => (
                  <li key={o}>{corporatePlanOutcomeLabel(o)}</li>
                ))}
              </ul>
            ) : undefined
          )}
          {row('Department', i.department?.title)}
          {row('Owner', i.owner ? <PersonView person={i.owner} showEmail size="regular" /> : undefined)}
          {row('Sponsor', i.sponsor ? <PersonView person={i.sponsor} showEmail size="regular" /> : undefined)}
          {row('Governance tier', i.governanceTier)}
          {i.mustDo && row('Must do', 'Yes: statutory or committed, always in the plan and never scored')}
          {row('Effort', i.effortMonths === undefined ? undefined : `${i.effortMonths} ${i.effortMonths === 1 ? 'month' : 'months'}${i.effortMonths < 1 ? " (under a month: kept off the roadmap unless asked for)" : ''}`)}
          {row('Progress', i.progress === undefined ? undefined : <ProgressIndicator label={`${i.progress}% complete`} percentComplete={Math.min(100, Math.max(0, i.progress)) / 100} />)}
          {row('Health', i.health ? <HealthBadge health={i.health} /> : undefined)}
          {row('Notes', i.notes)}
          {row('Source', i.source)}
          {i.isSample && row('Sample data', 'Invented for the demonstration, not the organisation’s own figures')}
          {row(
            'Last changed',
            i.modified ? (
              <span>
                {changed} by {i.editor?.title ?? 'someone'}
                <br />
                <span className={classes.subtext}>{formatDateTime(i.modified)}</span>
              </span>
            ) : undefined
          )}
          {i.created && row('Added', `${formatDate(i.created)} by ${i.author?.title ?? 'someone'}`)}
        </dl>
        {empty.length > 0 && <Text block className={classes.subtext}>Not recorded: {empty.join(', ')}.</Text>}
      </>
    );
  };
  return (
    <Panel
      isOpen={isOpen}
      onDismiss={onDismiss}
      type={PanelType.medium}
      headerText={initiative?.title ?? 'Initiative not found'}
      closeButtonAriaLabel="Close details"
      isLightDismiss
      isFooterAtBottom
      onRenderFooterContent={footer}
    >
      {initiative ? (
        renderBody(initiative)
      ) : (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          The initiative this link points to (number {missingId}) is not on the roadmap, or is hidden by this page’s settings. It may have been deleted.
        </MessageBar>
      )}
    </Panel>
  );
};
