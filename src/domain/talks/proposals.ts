import { IProposalDecision, ProposalDecisionStatus } from '../entities';

/**
 * A proposal's status is the programme office's decision, kept in its own list (the proposer cannot write it):
 * no decision yet = Proposed. The office moves it Proposed -> Accepted -> Scheduled, or to Declined with a reason.
 */
export type ProposalStatus = 'Proposed' | ProposalDecisionStatus;

export function proposalStatus(decision: IProposalDecision | undefined): ProposalStatus {
  return decision?.status ?? 'Proposed';
}

/** The decisions the office may take next from a status. */
export function nextDecisions(status: ProposalStatus): ProposalDecisionStatus[] {
  switch (status) {
    case 'Proposed':
      return ['Accepted', 'Declined'];
    case 'Accepted':
      return ['Scheduled', 'Declined'];
    case 'Declined':
      return ['Accepted'];
    default:
      return [];
  }
}

/** What is missing before a decision can be saved (a decline needs a reason the proposer will read). */
export function decisionProblem(status: ProposalDecisionStatus, reason: string | undefined, talkId: number | undefined): string | undefined {
  if (status === 'Declined' && !(reason ?? '').trim()) return 'Give a reason: the proposer sees it.';
  if (status === 'Scheduled' && !talkId) return 'Choose the date for the talk so it can be scheduled.';
  return undefined;
}

/** "2027-05" -> true; the preferred month of a proposal. */
export function isMonthKey(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}
