/** Where this device keeps the survey's drafts (IDraftStore keys; the store adds the suite's prefix). */
export const surveyDraftKey = (roundId: number, departmentId: number, respondentId: number): string => `maturity:${roundId}:${departmentId}:${respondentId}`;

/** The department this person last assessed on this device. */
export const lastDepartmentKey = (respondentId: number): string => `maturity:department:${respondentId}`;
