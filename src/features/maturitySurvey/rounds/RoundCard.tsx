import * as React from 'react';
import { DefaultButton, FontIcon, PrimaryButton } from '@fluentui/react';
import { IAssessmentRound } from '../../../domain/entities';
import { roundPhase, whyNotOpen } from '../../../domain/maturity/roundStatus';
import { formatDate } from '../../shared/format';
import { RoundAction } from './RoundActionDialog';
import { RoundClasses } from './roundStyles';

export interface IRoundCardProps {
  readonly round: IAssessmentRound;
  readonly rounds: readonly IAssessmentRound[];
  readonly classes: RoundClasses;
  onAction(action: RoundAction): void;
}

const STATUS_ICON: Record<IAssessmentRound['status'], string> = { Draft: 'Edit', Open: 'Unlock', Closed: 'Lock' };

/** One round: its status (icon and word), dates, a warning once its closing date has passed, and what can be done. */
export const RoundCard: React.FC<IRoundCardProps> = ({ round, rounds, classes, onAction }) => {
  const phase = roundPhase(round, new Date());
  const blocked = round.status !== 'Open' ? whyNotOpen(rounds, round) : undefined;
  const dates = [
    round.opensOn && `Opens ${formatDate(round.opensOn)}`,
    round.closesOn && `closes ${formatDate(round.closesOn)}`,
    round.targetYear && `target year ${round.targetYear}`
  ].filter(Boolean);
  const reasonId = `maturity-round-${round.id}-reason`;
  return (
    <div className={classes.card}>
      <div className={classes.main}>
        <p className={classes.title}>
          {round.title}
          <span className={classes.status}>
            <FontIcon iconName={STATUS_ICON[round.status]} aria-hidden />
            {round.status}
          </span>
        </p>
        {dates.length > 0 && <p className={classes.facts}>{dates.join(', ')}</p>}
        {phase === 'closingDatePassed' && (
          <p className={classes.warning}>
            <FontIcon iconName="Warning" aria-hidden />
            Closing date passed: close the round when the last responses are in.
          </p>
        )}
      </div>
      <div className={classes.actions}>
        {round.status === 'Open' && (
          <>
            <PrimaryButton text="Close round" iconProps={{ iconName: 'Lock' }} onClick={() => onAction('close')} ariaLabel={`Close round ${round.title}`} />
            <DefaultButton
              text="Update respondents"
              iconProps={{ iconName: 'People' }}
              onClick={() => onAction('respondents')}
              ariaLabel={`Update respondents for round ${round.title}`}
            />
          </>
        )}
        {round.status !== 'Open' && (
          <>
            <DefaultButton
              text={round.status === 'Closed' ? 'Reopen round' : 'Open round'}
              iconProps={{ iconName: 'Unlock' }}
              ariaLabel={`${round.status === 'Closed' ? 'Reopen' : 'Open'} round ${round.title}`}
              aria-describedby={blocked ? reasonId : undefined}
              disabled={blocked !== undefined}
              allowDisabledFocus
              onClick={() => onAction(round.status === 'Closed' ? 'reopen' : 'open')}
            />
            {blocked && (
              <span id={reasonId} className={classes.reason}>
                {blocked}
              </span>
            )}
          </>
        )}
      </div>
    </div>
  );
};
