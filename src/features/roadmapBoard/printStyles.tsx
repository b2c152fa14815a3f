import * as React from 'react';

/**
 * While the board's own Print button prints, only the board goes on paper: every element beside the path from
 * the page's body down to the board (SharePoint's chrome, other web parts, open panels) is left out, so the
 * board prints from the top of the first page with no blank pages after it. Printing from the browser's menu
 * prints the page as it is, with the board's own print styles (no toolbars, a header naming the view and its
 * filters, black on white whatever the theme).
 */
export const PRINTING_CLASS = 'dsh-roadmap-printing';
export const PRINT_PATH_CLASS = 'dsh-roadmap-print-path';
export const PRINT_ROOT_CLASS = 'dsh-roadmap-print-root';

const RULES = `
body.${PRINTING_CLASS} .${PRINT_PATH_CLASS} > :not(.${PRINT_PATH_CLASS}):not(.${PRINT_ROOT_CLASS}) { display: none !important; }
body.${PRINTING_CLASS} > :not(.${PRINT_PATH_CLASS}) { display: none !important; }
body.${PRINTING_CLASS} .${PRINT_PATH_CLASS} { margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important; max-width: none !important; min-height: 0 !important; background: #fff !important; display: block !important; }
@page { margin: 15mm; }
.${PRINT_ROOT_CLASS} { color: #000 !important; background: #fff !important; }
.${PRINT_ROOT_CLASS} *:not([data-print-keep]) { color: #000 !important; background: transparent !important; box-shadow: none !important; }
.${PRINT_ROOT_CLASS} * { border-color: #777 !important; }
`;

export const PrintOnlyBoardStyles: React.FC = () => <style media="print">{RULES}</style>;

/** Marks the path from the body to the board while the Print button prints; returns the undo. */
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
