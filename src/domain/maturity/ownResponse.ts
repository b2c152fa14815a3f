import { IMaturityResponse } from '../entities';

/**
 * One response per (round, department, respondent). SharePoint cannot enforce a three-column key, and a retried
 * add (a dropped network after the server saved it) can leave a second item, so the survey always works on one
 * chosen response and tidies away the respondent's own duplicate drafts.
 */

export function isOwnResponse(response: IMaturityResponse, roundId: number, departmentId: number, respondentId: number): boolean {
  return response.round?.id === roundId && response.department?.id === departmentId && response.author?.id === respondentId;
}

export interface IOwnResponseChoice {
  /** The response to work on: a submitted one before a draft, then the oldest. */
  readonly chosen?: IMaturityResponse;
  /** The respondent's other drafts for the same round and department (safe to delete). */
  readonly duplicates: readonly IMaturityResponse[];
}

export function chooseOwnResponse(responses: readonly IMaturityResponse[], roundId: number, departmentId: number, respondentId: number): IOwnResponseChoice {
  const own = responses
    .filter((r) => isOwnResponse(r, roundId, departmentId, respondentId))
    .sort((a, b) => (a.status === b.status ? a.id - b.id : a.status === 'Submitted' ? -1 : 1));
  const [chosen, ...rest] = own;
  return { chosen, duplicates: rest.filter((r) => r.status === 'Draft') };
}
