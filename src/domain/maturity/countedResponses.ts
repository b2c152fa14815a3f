import { IBrokenItem } from '../brokenItems';
import { IMaturityResponse } from '../entities';

/**
 * Splits submitted responses into those the results count and those they leave out (named): a response read with a
 * value it could not use (its answers not JSON or off the scale, its department or round gone) counts as no response.
 * `anonymise`: name a left-out response by its item id only, never by its department.
 */
export function countedResponses(responses: readonly IMaturityResponse[], anonymise: boolean): { counted: IMaturityResponse[]; broken: IBrokenItem[] } {
  const counted: IMaturityResponse[] = [];
  const broken: IBrokenItem[] = [];
  for (const r of responses) {
    const reasons = [...(r.readIssues ?? []).map((i) => i.message), ...(r.department ? [] : ['It names no department.'])];
    if (!reasons.length) counted.push(r);
    else broken.push({ title: anonymise || !r.department ? `Response ${r.id}` : `Response ${r.id} (${r.department.title})`, reasons });
  }
  return { counted, broken };
}
