/** A key that changes when the champion's own data changed, so views reading a period read it again. */
export const currentPeriodKey = (generation: number): string => `g${generation}`;
