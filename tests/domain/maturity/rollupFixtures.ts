import { IRollupResponse } from '../../../src/domain/maturity/rollup';

/** The Appendix B model's seven dimensions, in order. */
export const APPENDIX_B = ['Value Focus', 'Service Model', 'Platform', 'Ecosystem', 'Leadership', 'Technology Focus', 'Key Metrics'];

let nextId = 1;

/** A response for a department, with [current, target] per dimension (undefined: not answered). */
export function response(
  department: [number, string],
  levels: readonly ([number | undefined, number | undefined] | undefined)[],
  dimensions: readonly string[] = APPENDIX_B,
  extra: Partial<IRollupResponse> = {}
): IRollupResponse {
  const answers = levels
    .map((pair, i) => (pair ? { dimension: dimensions[i], current: pair[0], target: pair[1], evidence: `${department[1]} on ${dimensions[i]}`, confidence: 'Medium' } : undefined))
    .filter(Boolean);
  return { id: nextId++, department: { id: department[0], title: department[1] }, answers: JSON.stringify(answers), ...extra };
}

/** The same current level on every dimension, target one higher. */
export const flat = (department: [number, string], current: number, count = APPENDIX_B.length): IRollupResponse =>
  response(department, Array.from({ length: count }, () => [current, current + 1] as [number, number]));
