import { IPivotStyles } from '@fluentui/react';

/**
 * Styles for a Pivot whose tabs move into a "More" menu when they do not fit (overflowBehavior="menu"). Fluent measures
 * the tabs only after they render, so for a moment after the tabs change every tab is laid out in one row; clipping the
 * row keeps that moment from widening the page (a sideways scroll on a phone-width Teams tab). `clip`, not `hidden`:
 * the row does not become a scroll box and the tabs' focus outlines are not cut off above and below.
 */
export const overflowingPivotStyles: Partial<IPivotStyles> = { root: { overflowX: 'clip' } };
