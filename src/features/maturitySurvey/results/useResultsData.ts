import { IAssessmentRound, IDepartment, IMaturityModel, IMaturityResponse, IPersonRef } from '../../../domain/entities';
import { defaultModel, defaultRound, latestOpenRound, resultRounds } from '../../../domain/maturity/resultsRounds';
import { respondentDepartments } from '../../../domain/maturity/respondents';
import { readSnapshot } from '../../../domain/maturity/resultsSnapshot';
import { IViewerResults, viewerResults } from '../../../domain/maturity/resultsView';
import { levelNames } from '../../../domain/maturity/maturityLevel';
import { Where } from '../../../domain/query';
import { IHubServices } from '../../../domain/services';
import { readableResponses } from '../../shared/maturityReads';
import { useAsync, IAsyncState } from '../../shared/useAsync';

/** What the results page knows before a round is chosen. */
export interface IResultsSetting {
  readonly model?: IMaturityModel;
  /** The model's rounds that can have results, oldest first. */
  readonly rounds: readonly IAssessmentRound[];
  /** The round to open on. */
  readonly initialRound?: IAssessmentRound;
  /** Active departments: "N of M departments responded". */
  readonly departmentCount: number;
  readonly me?: IPersonRef;
  /** The viewer is the programme office (may manage rounds, reads every response). */
  readonly office: boolean;
  /** Departments the viewer answers for. */
  readonly ownDepartmentIds: readonly number[];
}

/** A round's submitted responses (those this person may read), filtered through the indexed Round column first (the list can pass 5,000 items). */
const submitted = (roundId: number): Where<IMaturityResponse> => ({ round: Math.trunc(roundId), status: 'Submitted' });

export function useResultsSetting(services: IHubServices, modelId: number | undefined, roundId: number | undefined): IAsyncState<IResultsSetting> {
  return useAsync(async () => {
    const [models, rounds, departments, me, roundRights] = await Promise.all([
      services.maturityModels.getAll(),
      services.assessmentRounds.getAll(),
      services.departments.getAll(),
      services.currentUser().catch(() => undefined),
      services.assessmentRounds.permissions().catch(() => undefined)
    ]);
    const open = roundId === undefined ? latestOpenRound(rounds, modelId) : undefined;
    const openHasResults = open ? (await services.maturityResponses.getAll({ where: submitted(open.id), top: 1 })).length > 0 : true;
    const initialRound = defaultRound(rounds, roundId, modelId, openHasResults);
    const model = defaultModel(models, initialRound, modelId);
    const offered = model ? resultRounds(rounds, model.id) : [];
    // a round asked for by id is offered even if it is a draft, so the page never opens on a round it cannot list
    const withInitial = initialRound && !offered.some((r) => r.id === initialRound.id) && initialRound.model.id === model?.id ? [...offered, initialRound] : offered;
    return {
      model,
      rounds: withInitial,
      initialRound: initialRound && initialRound.model.id === model?.id ? initialRound : withInitial[withInitial.length - 1],
      departmentCount: departments.filter((d: IDepartment) => d.active !== false).length,
      me,
      office: roundRights?.canEditAll === true,
      ownDepartmentIds: me ? respondentDepartments(departments, me.id).map((d) => d.id) : []
    };
  }, [services, modelId, roundId]);
}

/** One round's results, as this viewer may see them (src/domain/maturity/resultsView.ts). */
export interface IRoundResults extends IViewerResults {
  readonly round: IAssessmentRound;
  readonly levelNames: readonly string[];
  /** Departments the signed-in person answers for (the Departments list's respondents). */
  readonly ownDepartmentIds: readonly number[];
}

/** The model's dimension titles in order (Order, then title). */
export async function modelDimensions(services: IHubServices, modelId: number): Promise<string[]> {
  const dimensions = await services.maturityDimensions.getAll({ where: { model: Math.trunc(modelId) } });
  return dimensions
    .filter((d) => d.model?.id === modelId)
    .sort((a, b) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.title.localeCompare(b.title, 'en-GB'))
    .map((d) => d.title);
}

/** A model's levels: its named levels, or five when it names none. */
export const levelCountOf = (names: readonly string[]): number => names.length || 5;

/** A round's results for this viewer: a closed round's snapshot needs no response read. */
export async function roundResultsFor(services: IHubServices, round: IAssessmentRound, dimensions: readonly string[], levelCount: number, office: boolean): Promise<IViewerResults> {
  const snapshotOnly = round.status === 'Closed' && readSnapshot(round.resultsSnapshot) !== undefined;
  const readable = snapshotOnly ? [] : await readableResponses(services, round);
  return viewerResults({ round, readable, dimensions, levelCount, office });
}

export function useRoundResults(
  services: IHubServices,
  model: IMaturityModel | undefined,
  round: IAssessmentRound | undefined,
  me: IPersonRef | undefined,
  office: boolean,
  ownDepartmentIds: readonly number[]
): IAsyncState<IRoundResults | undefined> {
  return useAsync(async () => {
    if (!model || !round) return undefined;
    const names = levelNames(model.levelNames);
    const dimensions = await modelDimensions(services, model.id);
    const results = await roundResultsFor(services, round, dimensions, levelCountOf(names), office);
    return { ...results, round, levelNames: names, ownDepartmentIds };
  }, [services, model?.id, round?.id, round?.status, round?.resultsSnapshot, me?.id, office, ownDepartmentIds.join(',')]);
}
