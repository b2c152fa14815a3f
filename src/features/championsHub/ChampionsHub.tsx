import * as React from 'react';
import { Pivot, PivotItem } from '@fluentui/react';
import { currentPeriodKey } from './board/periodKey';
import { LeaderboardView } from './board/LeaderboardView';
import { currentPeriod } from './board/PeriodPicker';
import { ReportsView } from './board/ReportsView';
import { championsStyles } from './championsStyles';
import { CoverageView } from './coverage/CoverageView';
import { DirectoryView } from './directory/DirectoryView';
import { MyActivity } from './mine/MyActivity';
import { OfficeView } from './office/OfficeView';
import { ChampionsTab, useChampionsPageState } from './useChampionsPageState';
import { IPeriod } from '../../domain/champions/periods';
import type { HubList } from '../../domain/services';
import { FeatureFrame } from '../shared/FeatureFrame';
import { useHub } from '../shared/HubContext';
import { ErrorNotice, Loading } from '../shared/StatusViews';
import { isTransient } from '../shared/reading/readWithRetries';
import { useAsync } from '../shared/useAsync';
import { overflowingPivotStyles } from '../shared/pivotStyles';

/** The lists this part reads: only these missing stop it. */
export const CHAMPIONS_HUB_LISTS: readonly HubList[] = [
  'champions',
  'activities',
  'activityPoints',
  'departments',
  'championProfiles',
  'championNominations',
  'activityApprovals',
  'recognitionLevels',
  'departmentHeadcounts'
];

export interface IChampionsHubProps {
  readonly title: string;
  /** Show the Leaderboard tab (web part property). */
  readonly showLeaderboard: boolean;
  /** Coverage target: one active champion per this many staff (web part property; 50 by default). */
  readonly staffPerChampion: number;
}

const TAB_NAMES: Record<ChampionsTab, string> = {
  mine: 'My activity',
  directory: 'Find a champion',
  leaderboard: 'Leaderboard',
  coverage: 'Coverage',
  reports: 'Reports',
  office: 'Programme office'
};

const ChampionsWorkspace: React.FC<Omit<IChampionsHubProps, 'title'>> = ({ showLeaderboard, staffPerChampion }) => {
  const { services, host } = useHub();
  const classes = React.useMemo(() => championsStyles(host.theme), [host.theme]);
  const [pageState, setPageState] = useChampionsPageState();
  const [period, setPeriod] = React.useState<IPeriod>(() => currentPeriod(pageState.period));
  const [generation, setGeneration] = React.useState(0);
  const state = useAsync(async () => {
    const [mine, departments, office] = await Promise.all([
      services.championsData.mine(),
      services.departments.getAll(),
      // A busy SharePoint is retried (and said) by useAsync; only a refusal to tell means "not the programme office".
      services.activityApprovals.permissions().then((p) => p.canAdd, (error: unknown) => (isTransient(error) ? Promise.reject(error) : false))
    ]);
    return { mine, departments: departments.filter((d) => d.active !== false).map((d) => ({ id: d.id, title: d.title })), office };
  }, [services, generation]);
  if (state.loading && !state.value) return <Loading label="Loading the champions network…" />;
  if (state.error !== undefined) return <ErrorNotice error={state.error} onRetry={state.reload} />;
  if (!state.value) return null;
  const { mine, departments, office } = state.value;
  const isChampion = !!mine.champion && mine.champion.status !== 'Declined';
  const tabs: ChampionsTab[] = [
    ...(isChampion ? (['mine'] as const) : []),
    'directory',
    ...(showLeaderboard !== false ? (['leaderboard'] as const) : []),
    'coverage',
    'reports',
    ...(office ? (['office'] as const) : [])
  ];
  const tab = pageState.tab && tabs.includes(pageState.tab) ? pageState.tab : tabs[0];
  const changePeriod = (p: IPeriod): void => {
    setPeriod(p);
    setPageState({ period: p.kind });
  };
  const myDepartment = mine.champion?.department ?? mine.department;
  return (
    <Pivot
      selectedKey={tab}
      onLinkClick={(item) => item?.props.itemKey && setPageState({ tab: item.props.itemKey as ChampionsTab })}
      styles={overflowingPivotStyles}
        overflowBehavior="menu"
      overflowAriaLabel="More tabs"
      headersOnly={false}
    >
      {tabs.map((t) => (
        <PivotItem key={t} itemKey={t} headerText={TAB_NAMES[t]}>
          <div className={classes.section}>
            {t === 'mine' && <MyActivity classes={classes} data={mine} departments={departments} onChanged={() => setGeneration((g) => g + 1)} />}
            {t === 'directory' && <DirectoryView classes={classes} departments={departments} myDepartment={myDepartment} />}
            {t === 'leaderboard' && <LeaderboardView key={currentPeriodKey(generation)} classes={classes} period={period} onPeriod={changePeriod} />}
            {t === 'coverage' && <CoverageView classes={classes} staffPerChampion={staffPerChampion > 0 ? staffPerChampion : 50} />}
            {t === 'reports' && <ReportsView classes={classes} period={period} onPeriod={changePeriod} departments={departments} />}
            {t === 'office' && <OfficeView classes={classes} />}
          </div>
        </PivotItem>
      ))}
    </Pivot>
  );
};

/** Champions Hub: log activities, find a champion, the leaderboard, coverage, reports and the programme office's work. */
export const ChampionsHub: React.FC<IChampionsHubProps> = ({ title, ...props }) => (
  <FeatureFrame title={title} lists={CHAMPIONS_HUB_LISTS}>
    <ChampionsWorkspace {...props} />
  </FeatureFrame>
);
