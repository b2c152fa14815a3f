import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react';

/**
 * The print frame every part that prints shares (the Roadmap Board, the KPI committee pack). While a part's own
 * Print button prints, only that part goes on paper: every element beside the path from the page's body down to
 * the part (SharePoint's chrome, other web parts, open panels) is left out, so the part prints from the top of the
 * first page with no blank pages after it. Printing from the browser's menu prints the page as it is, with the
 * parts' own print styles (no toolbars, a header naming what is printed, black on white whatever the theme).
 */
export const PRINTING_CLASS = 'dsh-printing';
export const PRINT_PATH_CLASS = 'dsh-print-path';
/** On the part's root element: what goes on paper. */
export const PRINT_ROOT_CLASS = 'dsh-print-root';

const RULES = `
body.${PRINTING_CLASS} .${PRINT_PATH_CLASS} > :not(.${PRINT_PATH_CLASS}):not(.${PRINT_ROOT_CLASS}) { display: none !important; }
body.${PRINTING_CLASS} > :not(.${PRINT_PATH_CLASS}) { display: none !important; }
body.${PRINTING_CLASS} .${PRINT_PATH_CLASS} { margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important; max-width: none !important; min-height: 0 !important; background: #fff !important; display: block !important; }
@page { margin: 15mm; }
.${PRINT_ROOT_CLASS} { color: #000 !important; background: #fff !important; }
.${PRINT_ROOT_CLASS} *:not([data-print-keep]) { color: #000 !important; background: transparent !important; box-shadow: none !important; }
.${PRINT_ROOT_CLASS} * { border-color: #777 !important; }
`;

/** The print frame's styles: render once inside the part's root. */
export const PrintOnlyStyles: React.FC = () => <style media="print">{RULES}</style>;

/** Hidden when printed (toolbars, buttons). */
export const noPrint = mergeStyleSets({ root: { '@media print': { display: 'none !important' } } }).root;

/** Marks the path from the body to the part while its Print button prints; returns the undo. */
export function markPrintPath(root: HTMLElement | null): () => void {
  const marked: HTMLElement[] = [];
  for (let node = root?.parentElement; node && node !== document.body; node = node.parentElement) {
    node.classList.add(PRINT_PATH_CLASS);
    marked.push(node);
  }
  document.body.classList.add(PRINTING_CLASS);
  return () => {
    marked.forEach((node) => node.classList.remove(PRINT_PATH_CLASS));
    document.body.classList.remove(PRINTING_CLASS);
  };
}
