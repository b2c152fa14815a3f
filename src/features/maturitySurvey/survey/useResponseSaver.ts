import * as React from 'react';
import { IResponseSaverOptions, ISaverState, ResponseSaver } from './responseSaver';

/**
 * One ResponseSaver (the survey's answers on the shared save path, ./responseSaver.ts) for the response on screen,
 * its state as React state, and an immediate retry when the browser comes back online. The saver is made once per
 * draft key (round, department, respondent).
 */
export function useResponseSaver(options: IResponseSaverOptions): [ISaverState, ResponseSaver] {
  const saver = React.useMemo(
    () => new ResponseSaver(options),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [options.draftKey]
  );
  const [state, setState] = React.useState(() => saver.getState());
  React.useEffect(() => {
    setState(saver.getState());
    const unsubscribe = saver.subscribe(setState);
    saver.resume();
    const online = (): void => saver.retryNow();
    if (typeof window !== 'undefined') window.addEventListener('online', online);
    return () => {
      unsubscribe();
      if (typeof window !== 'undefined') window.removeEventListener('online', online);
      saver.dispose();
    };
  }, [saver]);
  return [state, saver];
}
