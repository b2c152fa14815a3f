import { IAssessmentRound, IMaturityResponse } from '../../domain/entities';
import { readRegister } from '../../domain/maturity/countedResponses';
import { IHubServices } from '../../domain/services';

/**
 * The round's responses this person can read (SharePoint leaves out the ones they may not read): the items its register
 * names, wherever their own Round column points now, or without a register the items of the round.
 */
export function readableResponses(services: IHubServices, round: IAssessmentRound): Promise<IMaturityResponse[]> {
  const register = readRegister(round.responseRegister);
  if (register) return register.length ? services.maturityResponses.getAll({ where: { id: { in: register.map((e) => e.responseId) } } }) : Promise.resolve([]);
  return services.maturityResponses.getAll({ where: { round: Math.trunc(round.id) } });
}
