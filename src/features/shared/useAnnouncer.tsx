import * as React from 'react';
import { visuallyHidden } from './visuallyHidden';

/**
 * A polite live region: what is put in it is read out by screen readers without moving focus (result counts,
 * "Moved to Approved", "Link copied"). Repeating the same words re-announces them.
 */
export function useAnnouncer(): [React.ReactElement, (message: string) => void] {
  const [message, setMessage] = React.useState('');
  const announce = React.useCallback((next: string) => {
    setMessage((current) => (current === next ? `${next}\u00a0` : next));
  }, []);
  const region = (
    <div role="status" aria-live="polite" aria-atomic="true" className={visuallyHidden}>
      {message}
    </div>
  );
  return [region, announce];
}
