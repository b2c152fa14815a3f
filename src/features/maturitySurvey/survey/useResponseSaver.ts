import * as React from 'react';
import { useSaverState } from '../../shared/saving/useItemSaver';
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
  const state = useSaverState(saver, () => saver.resume());
  return [state, saver];
}
