import { IAssessmentRound, IMaturityResponse } from '../entities';
import { countedResponses } from './countedResponses';
import { readSnapshot, snapshotRollup } from './resultsSnapshot';
import { IOrganisationRollup, rollupOrganisation } from './rollup';

/**
 * What a round's results page shows, and why (the results' privacy rule):
 * - A closed round: its snapshot, frozen when it closed (resultsSnapshot.ts), for everyone. A closed round without one
 *   (closed before rounds kept snapshots) is worked out live for the programme office only; others are told why not.
 * - An open round: responses are readable only by their department's respondents and the programme office (item
 *   permissions), so the programme office sees live results from every department; a respondent sees their own
 *   department's response; everyone else sees nothing until the round closes.
 * Live results always go through the reading rule (countedResponses.ts).
 */

export type ResultsSource =
  /** The closed round's snapshot. */
  | 'snapshot'
  /** Every department's submitted response as it stands (the programme office). */
  | 'live'
  /** Only the viewer's own department(s) (a respondent, while the round is open). */
  | 'own'
  /** Nothing yet: responses are private until the round closes. */
  | 'private'
  /** A closed round without a snapshot, for someone who cannot read its responses. */
  | 'notRecorded';

export interface IViewerResults {
  readonly source: ResultsSource;
  readonly result: IOrganisationRollup;
  /** Departments that were asked to respond (the snapshot's), when known. */
  readonly departmentCount?: number;
  /** When the snapshot was taken. */
  readonly takenOn?: string;
  /** The snapshot was made from sample data. */
  readonly sample?: boolean;
}

export interface IViewerResultsInput {
  readonly round: Pick<IAssessmentRound, 'id' | 'status' | 'responseRegister' | 'resultsSnapshot'>;
  /** The round's responses the viewer can read (SharePoint trims the others away). */
  readonly readable: readonly IMaturityResponse[];
  readonly dimensions: readonly string[];
  readonly levelCount: number;
  /** The viewer is the programme office (reads every response). */
  readonly office: boolean;
}

const empty = (dimensions: readonly string[], levelCount: number): IOrganisationRollup => rollupOrganisation([], dimensions, levelCount);

export function viewerResults({ round, readable, dimensions, levelCount, office }: IViewerResultsInput): IViewerResults {
  if (round.status === 'Closed') {
    const snapshot = readSnapshot(round.resultsSnapshot);
    if (snapshot) return { source: 'snapshot', result: snapshotRollup(snapshot), departmentCount: snapshot.departments.length, takenOn: snapshot.takenOn, sample: snapshot.sample };
    if (!office) return { source: 'notRecorded', result: empty(dimensions, levelCount) };
  }
  const live = rollupOrganisation(countedResponses(round, readable, dimensions, levelCount), dimensions, levelCount);
  if (office) return { source: 'live', result: live };
  return live.departments.length ? { source: 'own', result: live } : { source: 'private', result: live };
}
