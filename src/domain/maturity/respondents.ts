import { IDepartment, IMaturityResponse, IPersonRef } from '../entities';

/**
 * Who answers a department's maturity survey: the people in the department's Respondents (Departments list, kept by
 * the programme office). SharePoint enforces it: opening a round gives only them edit rights on the department's one
 * response for the round (src/data/maturity/roundLocks.ts). These helpers decide what the survey offers.
 */

const byTitle = (a: IDepartment, b: IDepartment): number => a.title.localeCompare(b.title, 'en-GB');

/** The active departments this person answers for, by title. */
export function respondentDepartments(departments: readonly IDepartment[], personId: number): IDepartment[] {
  return departments.filter((d) => d.active !== false && (d.respondents ?? []).some((p) => p.id === personId)).sort(byTitle);
}

/**
 * The department the survey opens on: the only one, else the one chosen before (if still one of theirs), else none
 * (they choose among their own).
 */
export function chosenDepartment(own: readonly IDepartment[], remembered?: number): IDepartment | undefined {
  if (own.length === 1) return own[0];
  return own.find((d) => d.id === remembered);
}

/** What a respondent is told about who else has answered for the department this round, in a sentence. */
export interface IResponseActivity {
  /** Who submitted it, if it is submitted (or who last changed it, when the submitter is not recorded). */
  readonly submittedBy?: IPersonRef;
  readonly submittedOn?: string;
  /** Who last changed it, when that was someone other than the submitter and the viewer. */
  readonly lastChangedBy?: IPersonRef;
  readonly lastChangedOn?: string;
  /** Nobody has answered yet (only the programme office created it). */
  readonly untouched: boolean;
}

/**
 * Who has answered the department's response: its submitter, and who changed it last. A response nobody but its
 * creator (the programme office, opening the round) has changed, with no answers, is untouched.
 */
export function responseActivity(response: IMaturityResponse, viewerId: number): IResponseActivity {
  const changedBy = response.editor;
  const untouched = !response.answers && response.status === 'Draft' && (!changedBy || changedBy.id === response.author?.id);
  const submittedBy = response.status === 'Submitted' ? response.submittedBy : undefined;
  const lastChangedBy =
    !untouched && changedBy && changedBy.id !== viewerId && changedBy.id !== submittedBy?.id ? changedBy : undefined;
  return {
    submittedBy,
    submittedOn: response.status === 'Submitted' ? response.submittedOn : undefined,
    lastChangedBy,
    lastChangedOn: lastChangedBy ? response.modified : undefined,
    untouched
  };
}

/**
 * The department's response for a round: one per round and department, created when the round opens. Should a
 * second exist (made by hand), the submitted one comes first, then the oldest (the item findOrCreate keeps).
 */
export function departmentResponse(responses: readonly IMaturityResponse[], roundId: number, departmentId: number): IMaturityResponse | undefined {
  return responses
    .filter((r) => r.round?.id === roundId && r.department?.id === departmentId)
    .sort((a, b) => (a.status === b.status ? a.id - b.id : a.status === 'Submitted' ? -1 : 1))[0];
}
