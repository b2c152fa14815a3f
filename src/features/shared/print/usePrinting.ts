import * as React from 'react';
import * as ReactDom from 'react-dom';
import { markPrintPath } from './printFrame';

export interface IPrinting {
  /** The page is being printed (from the browser's beforeprint to afterprint), so print-only content is drawn. */
  readonly printing: boolean;
  /** The part's own Print button started it (then only the part goes on paper). */
  readonly byButton: boolean;
}

/**
 * Follows printing, whether it was started by a part's own Print button or the browser's own menu, so print-only
 * content is drawn just for the paper. With `root` (the element holding the print frame's PRINT_ROOT_CLASS), the
 * Print button puts only that element on paper (see printFrame.tsx).
 */
export function usePrinting(root?: React.RefObject<HTMLElement>): [IPrinting, () => void] {
  const [state, setState] = React.useState<IPrinting>({ printing: false, byButton: false });
  React.useEffect(() => {
    const before = (): void => ReactDom.flushSync(() => setState((s) => (s.printing ? s : { printing: true, byButton: false })));
    const after = (): void => setState({ printing: false, byButton: false });
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  React.useLayoutEffect(() => (state.byButton && root ? markPrintPath(root.current) : undefined), [state.byButton, root]);
  const print = React.useCallback(() => {
    ReactDom.flushSync(() => setState({ printing: true, byButton: true }));
    window.print();
  }, []);
  return [state, print];
}
