import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import { IReadRetry } from './readWithRetries';

type Report = (id: object, retry: IReadRetry | undefined) => void;

const ReadProgressContext = React.createContext<Report | undefined>(undefined);

/** The function a read calls to say it is waiting to try again (a no-op outside a ReadProgressArea). */
export function useReportReadRetry(): Report {
  return React.useContext(ReadProgressContext) ?? noReport;
}

const noReport: Report = () => undefined;

/** Seconds until the soonest retry, counted down every second while one is waiting. */
function useSecondsUntil(at: number | undefined): number | undefined {
  const [now, setNow] = React.useState(() => Date.now());
  React.useEffect(() => {
    if (at === undefined) return undefined;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [at]);
  return at === undefined ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * Collects the retries of the reads inside it (useAsync reports them) and shows one line above its content while any
 * read is waiting to be tried again, so a slow or throttled SharePoint shows progress instead of a failure.
 */
export const ReadProgressArea: React.FC = ({ children }) => {
  const [retries, setRetries] = React.useState<ReadonlyMap<object, IReadRetry>>(new Map());
  const report = React.useCallback<Report>((id, retry) => {
    setRetries((current) => {
      if (!retry && !current.has(id)) return current;
      const next = new Map(current);
      if (retry) next.set(id, retry);
      else next.delete(id);
      return next;
    });
  }, []);
  const waiting = [...retries.values()];
  const soonest = waiting.length ? waiting.reduce((a, b) => (b.retryAt < a.retryAt ? b : a)) : undefined;
  const seconds = useSecondsUntil(soonest?.retryAt);
  return (
    <ReadProgressContext.Provider value={report}>
      <div role="status" aria-live="polite">
        {soonest && (
          <MessageBar messageBarType={MessageBarType.warning}>
            {soonest.offline ? 'SharePoint could not be reached.' : 'SharePoint is busy.'} Still loading: trying again
            {seconds ? ` in ${seconds} s` : ' now'} (attempt {soonest.attempt}
            {waiting.length > 1 ? `; ${waiting.length} reads waiting` : ''}).
          </MessageBar>
        )}
      </div>
      {children}
    </ReadProgressContext.Provider>
  );
};

/**
 * One action's wait to be tried again (a registration sent while SharePoint is busy): "SharePoint is busy.
 * Registering: trying again in 3 s (attempt 2)." Nothing shows while the action is not waiting.
 */
export const RetryNotice: React.FC<{ readonly retry: IReadRetry | undefined; readonly doing: string }> = ({ retry, doing }) => {
  const seconds = useSecondsUntil(retry?.retryAt);
  return (
    <div role="status" aria-live="polite">
      {retry && (
        <MessageBar messageBarType={MessageBarType.warning}>
          {retry.offline ? 'SharePoint could not be reached.' : 'SharePoint is busy.'} {doing}: trying again
          {seconds ? ` in ${seconds} s` : ' now'} (attempt {retry.attempt}).
        </MessageBar>
      )}
    </div>
  );
};
