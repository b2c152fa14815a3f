import { mergeStyleSets } from '@fluentui/react';

/** Text for screen readers only. */
export const visuallyHidden = mergeStyleSets({
  root: {
    position: 'absolute',
    width: 1,
    height: 1,
    margin: -1,
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0
  }
}).root;
