import * as React from 'react';
import { mergeStyleSets, Text } from '@fluentui/react';
import { HubList } from '../../domain/services';
import { useHub } from './HubContext';
import { SetupPlaceholder } from './SetupPlaceholder';
import { PartErrorBoundary } from './BrokenItems';
import { ReadProgressArea } from './reading/ReadProgress';
import { IReadRetry } from './reading/readWithRetries';
import { ErrorNotice, Loading } from './StatusViews';
import { useAsync } from './useAsync';

export interface IFeatureFrameProps {
  readonly title: string;
  /** Hide the heading when the host already shows the web part's title. */
  readonly hideTitle?: boolean;
  /** The lists this web part reads: only these being missing stops it (another part's missing list does not). */
  readonly lists: readonly HubList[];
}

/** What the frame says while it reads which lists the site has (trying again when SharePoint is busy or unreachable). */
function checkingLabel(retrying: IReadRetry | undefined): string {
  if (!retrying) return "Checking the site's lists…";
  const why = retrying.offline ? 'SharePoint could not be reached' : 'SharePoint is busy';
  return `Checking the site's lists… ${why}, trying again (attempt ${retrying.attempt}).`;
}

/**
 * Every feature's outer frame: its heading, a line saying when SharePoint is busy and reads are being tried again
 * (ReadProgressArea), and the set-up placeholder instead of the feature while the site lacks
 * one of the feature's own lists (the site's lists are read once per page, shared by its parts). Colours come from
 * the host's theme, so section backgrounds and Teams themes apply.
 */
export const FeatureFrame: React.FC<IFeatureFrameProps> = ({ title, hideTitle, lists: needed, children }) => {
  const listKey = needed.join();
  const { services, host } = useHub();
  const [readyGeneration, setReadyGeneration] = React.useState(0);
  const lists = useAsync(async () => {
    const missing = await services.setup.missingLists(listKey.split(',') as HubList[]);
    return { missing, canManage: missing.length ? await services.setup.canManageLists() : false };
  }, [services, readyGeneration, listKey]);
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        root: {
          color: host.theme.semanticColors.bodyText,
          background: host.theme.semanticColors.bodyBackground,
          padding: 16,
          borderRadius: 4,
          minHeight: 80
        },
        title: { margin: '0 0 12px', color: host.theme.semanticColors.bodyText }
      }),
    [host.theme]
  );
  let body: React.ReactNode;
  if (lists.loading) body = <Loading label={checkingLabel(lists.retrying)} />;
  else if (lists.error !== undefined) body = <ErrorNotice error={lists.error} onRetry={lists.reload} />;
  else if (lists.value && lists.value.missing.length) {
    body = <SetupPlaceholder missing={lists.value.missing} canManage={lists.value.canManage} onReady={() => setReadyGeneration((g) => g + 1)} />;
  } else body = children;
  return (
    <div className={classes.root}>
      {!hideTitle && (
        <Text as="h2" variant="xLarge" className={classes.title}>
          {title}
        </Text>
      )}
      <PartErrorBoundary name={title}>
        <ReadProgressArea>{body}</ReadProgressArea>
      </PartErrorBoundary>
    </div>
  );
};
