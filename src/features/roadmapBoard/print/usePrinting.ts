import * as React from 'react';
import * as ReactDom from 'react-dom';

/**
 * Whether the page is being printed: true from the browser's beforeprint to afterprint (also when printing from
 * the browser's own menu), so print-only content is drawn just for the paper.
 */
export function usePrinting(): [boolean, () => void] {
  const [printing, setPrinting] = React.useState(false);
  React.useEffect(() => {
    const before = (): void => ReactDom.flushSync(() => setPrinting(true));
    const after = (): void => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const print = React.useCallback(() => {
    ReactDom.flushSync(() => setPrinting(true));
    window.print();
  }, []);
  return [printing, print];
}
