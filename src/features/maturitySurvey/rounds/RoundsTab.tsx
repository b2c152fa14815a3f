import * as React from 'react';
import { MessageBar, MessageBarType, Text, useTheme } from '@fluentui/react';
import { IAssessmentRound } from '../../../domain/entities';
import { roundsByModel } from '../../../domain/maturity/roundStatus';
import { useHub } from '../../shared/HubContext';
import { Empty, ErrorNotice, Loading } from '../../shared/StatusViews';
import { useAsync } from '../../shared/useAsync';
import { RoundAction, RoundActionDialog } from './RoundActionDialog';
import { RoundCard } from './RoundCard';
import { roundStyles } from './roundStyles';

/**
 * The programme office's view of the assessment rounds, per model: open a round (one open round per model),
 * close it (its responses become read-only on the server), reopen it. Rounds themselves are added in the
 * Assessment Rounds list.
 */
export const RoundsTab: React.FC = () => {
  const { services } = useHub();
  const theme = useTheme();
  const classes = React.useMemo(() => roundStyles(theme), [theme]);
  const data = useAsync(async () => {
    const [models, rounds] = await Promise.all([services.maturityModels.getAll(), services.assessmentRounds.getAll()]);
    return { models, rounds };
  }, [services]);
  const [action, setAction] = React.useState<{ kind: RoundAction; round: IAssessmentRound } | undefined>();
  const [done, setDone] = React.useState<string | undefined>();

  if (data.loading) return <Loading label="Loading the assessment rounds…" />;
  if (data.error !== undefined || !data.value) return <ErrorNotice error={data.error} onRetry={data.reload} />;
  const { models, rounds } = data.value;
  const groups = roundsByModel(models, rounds);
  if (!groups.length) return <Empty message="There are no assessment rounds yet. Add one in the Assessment Rounds list (a title, the model, its dates and Status Draft), then open it here." />;
  return (
    <div>
      {done && (
        <MessageBar messageBarType={MessageBarType.success} isMultiline onDismiss={() => setDone(undefined)} dismissButtonAriaLabel="Close">
          {done}
        </MessageBar>
      )}
      {groups.map((group) => (
        <section key={group.model.id} aria-labelledby={`maturity-rounds-${group.model.id}`} className={classes.group}>
          <Text as="h3" variant="large" block id={`maturity-rounds-${group.model.id}`} className={classes.heading}>
            {group.model.title}
          </Text>
          <ul className={classes.list}>
            {group.rounds.map((round) => (
              <li key={round.id}>
                <RoundCard round={round} rounds={rounds} classes={classes} onAction={(kind) => setAction({ kind, round })} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {action && (
        <RoundActionDialog
          action={action.kind}
          round={action.round}
          onCancel={() => setAction(undefined)}
          onDone={(message) => {
            setAction(undefined);
            setDone(message);
            data.reload();
          }}
        />
      )}
    </div>
  );
};
