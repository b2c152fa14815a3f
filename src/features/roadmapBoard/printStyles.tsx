import * as React from 'react';

/**
 * While the board's own Print button prints, only the board goes on paper: the rest of the page (SharePoint's
 * chrome, other web parts, open panels) is hidden. Printing from the browser's menu prints the page as it is,
 * with the board's own print styles (no toolbars, a header naming the view and its filters).
 */
export const PRINTING_CLASS = 'dsh-roadmap-printing';
export const PRINT_ROOT_CLASS = 'dsh-roadmap-print-root';

const RULES = `
body.${PRINTING_CLASS} * { visibility: hidden !important; }
body.${PRINTING_CLASS} .${PRINT_ROOT_CLASS}, body.${PRINTING_CLASS} .${PRINT_ROOT_CLASS} * { visibility: visible !important; }
body.${PRINTING_CLASS} .${PRINT_ROOT_CLASS} { position: absolute; left: 0; top: 0; width: 100%; padding: 0 !important; }
@page { margin: 15mm; }
.${PRINT_ROOT_CLASS} { color: #000 !important; background: #fff !important; }
.${PRINT_ROOT_CLASS} *:not([data-print-keep]) { color: #000 !important; background: transparent !important; box-shadow: none !important; }
.${PRINT_ROOT_CLASS} * { border-color: #777 !important; }
`;

export const PrintOnlyBoardStyles: React.FC = () => <style media="print">{RULES}</style>;
