import * as React from 'react';
import { Icon, ITheme, mergeStyleSets, useTheme } from '@fluentui/react';
import { Health } from '../../domain/entities';
import { RoadmapView } from '../../domain/roadmap';

/** The views' names as the switcher and the print header show them. */
export const VIEW_LABELS: { readonly [V in RoadmapView]: string } = {
  board: 'Board',
  timeline: 'Timeline',
  table: 'Table',
  matrix: 'Ways of working matrix',
  priorities: 'Priorities'
};

export const VIEW_ICONS: { readonly [V in RoadmapView]: string } = {
  board: 'Taskboard',
  timeline: 'TimelineProgress',
  table: 'Table',
  matrix: 'GridViewSmall',
  priorities: 'NumberedList'
};

const HEALTH_ICONS: { readonly [H in Health]: string } = {
  'On track': 'CompletedSolid',
  'At risk': 'WarningSolid',
  'Off track': 'ErrorBadge'
};

const healthColour = (theme: ITheme, health: Health): string =>
  health === 'On track' ? theme.semanticColors.successIcon : health === 'At risk' ? theme.semanticColors.warningIcon : theme.semanticColors.errorIcon;

const badgeClasses = mergeStyleSets({
  badge: { display: 'inline-flex', alignItems: 'center', gap: 4, whiteSpace: 'nowrap' },
  icon: { fontSize: 14, lineHeight: 1 }
});

/** Health as an icon and its words: colour is never the only signal. */
export const HealthBadge: React.FC<{ health: Health | undefined; emptyText?: string }> = ({ health, emptyText }) => {
  const theme = useTheme();
  if (!health) return emptyText ? <span>{emptyText}</span> : null;
  return (
    <span className={badgeClasses.badge}>
      <Icon iconName={HEALTH_ICONS[health]} aria-hidden className={badgeClasses.icon} styles={{ root: { color: healthColour(theme, health) } }} />
      <span>{health}</span>
    </span>
  );
};

/** "Must do" (statutory or committed, never scored) as an icon and words. */
export const MustDoBadge: React.FC<{ mustDo: boolean | undefined }> = ({ mustDo }) =>
  mustDo ? (
    <span className={badgeClasses.badge}>
      <Icon iconName="PinnedSolid" aria-hidden className={badgeClasses.icon} />
      <span>Must do</span>
    </span>
  ) : null;
