import { IBrokenItem } from '../../../domain/brokenItems';
import { countedResponses } from '../../../domain/maturity/countedResponses';
import { IAssessmentRound, IDepartment, IMaturityModel, IMaturityResponse, IPersonRef } from '../../../domain/entities';
import { defaultModel, defaultRound, latestOpenRound, resultRounds } from '../../../domain/maturity/resultsRounds';
import { IOrganisationRollup, rollupOrganisation } from '../../../domain/maturity/rollup';
import { levelNames } from '../../../domain/maturity/maturityLevel';
import { Where } from '../../../domain/query';
import { IHubServices } from '../../../domain/services';
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
}

/** A round's submitted responses, filtered through the indexed Round column first (the list can pass 5,000 items). */
const submitted = (roundId: number): Where<IMaturityResponse> => ({ round: Math.trunc(roundId), status: 'Submitted' });

export function useResultsSetting(services: IHubServices, modelId: number | undefined, roundId: number | undefined): IAsyncState<IResultsSetting> {
  return useAsync(async () => {
    const [models, rounds, departments, me] = await Promise.all([
      services.maturityModels.getAll(),
      services.assessmentRounds.getAll(),
      services.departments.getAll(),
      services.currentUser().catch(() => undefined)
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
      me
    };
  }, [services, modelId, roundId]);
}

/** One round's results. */
export interface IRoundResults {
  readonly round: IAssessmentRound;
  readonly levelNames: readonly string[];
  readonly result: IOrganisationRollup;
  /** Departments the signed-in person responded for in this round. */
  readonly ownDepartmentIds: readonly number[];
  /** Submitted responses left out of the results: read with values the results cannot use (answers that are not answers). */
  readonly broken: readonly IBrokenItem[];
}


/** Submitted responses of a round. */
export function submittedResponses(services: IHubServices, roundId: number): Promise<IMaturityResponse[]> {
  return services.maturityResponses
    .getAll({ where: submitted(roundId) })
    .then((items) => items.filter((r) => r.round?.id === roundId && r.status === 'Submitted'));
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

export function useRoundResults(
  services: IHubServices,
  model: IMaturityModel | undefined,
  round: IAssessmentRound | undefined,
  me: IPersonRef | undefined,
  anonymise = false
): IAsyncState<IRoundResults | undefined> {
  return useAsync(async () => {
    if (!model || !round) return undefined;
    const [dimensions, submitted] = await Promise.all([modelDimensions(services, model.id), submittedResponses(services, round.id)]);
    const { counted: responses, broken } = countedResponses(submitted, anonymise);
    const names = levelNames(model.levelNames);
    const ownDepartmentIds = me ? Array.from(new Set(responses.filter((r) => (r.submittedBy ?? r.author)?.id === me.id).map((r) => r.department.id))) : [];
    return { round, levelNames: names, result: rollupOrganisation(responses, dimensions, levelCountOf(names)), ownDepartmentIds, broken };
  }, [services, model?.id, round?.id, me?.id, anonymise]);
}
