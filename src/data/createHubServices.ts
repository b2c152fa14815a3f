import * as E from '../domain/entities';
import { IHubServices } from '../domain/services';
import { readExampleContent } from './content/exampleContent';
import { loadExampleContent } from './content/loadExampleContent';
import { toDataError } from './errors';
import { createDraftStore } from './localDrafts';
import { ListRepository } from './ListRepository';
import { createKpiSecurity } from './kpi/kpiSecurity';
import { createRoundLocks } from './maturity/roundLocks';
import { createPeopleService } from './people/peopleService';
import { missingLists } from './provisioning/listStatus';
import { provisionLists } from './provisioning/provisionLists';
import { ListKey } from './schema/fieldTypes';
import { listDefinition } from './schema/lists';
import { PermissionKind, SPFI } from './sp';

/** Builds the data services the features use, over a configured SPFI (SPFx in a tenant, the local site elsewhere). */
export function createHubServices(sp: SPFI): IHubServices {
  const repository = <T extends E.IEntity>(key: ListKey): ListRepository<T> => new ListRepository<T>(sp, listDefinition(key));
  return {
    departments: repository<E.IDepartment>('departments'),
    outcomes: repository<E.IStrategyOutcome>('outcomes'),
    priorities: repository<E.IStrategyPriority>('priorities'),
    initiatives: repository<E.IInitiative>('initiatives'),
    criteria: repository<E.IPrioritisationCriterion>('criteria'),
    scores: repository<E.IInitiativeScore>('scores'),
    scoringRounds: repository<E.IScoringRound>('scoringRounds'),
    maturityModels: repository<E.IMaturityModel>('maturityModels'),
    maturityDimensions: repository<E.IMaturityDimension>('maturityDimensions'),
    assessmentRounds: repository<E.IAssessmentRound>('assessmentRounds'),
    maturityResponses: repository<E.IMaturityResponse>('maturityResponses'),
    kpis: repository<E.IKpi>('kpis'),
    kpiMeasurements: repository<E.IKpiMeasurement>('kpiMeasurements'),
    kpiPacks: repository<E.IKpiPack>('kpiPacks'),
    kpiSecurity: createKpiSecurity(sp),
    champions: repository<E.IChampion>('champions'),
    activities: repository<E.IChampionActivity>('activities'),
    activityPoints: repository<E.IActivityPoints>('activityPoints'),
    techTalks: repository<E.ITechTalk>('techTalks'),
    talkRegistrations: repository<E.ITalkRegistration>('talkRegistrations'),
    setup: {
      missingLists: () => missingLists(sp),
      canManageLists: () => sp.web.currentUserHasPermissions(PermissionKind.ManageLists).catch((e) => Promise.reject(toDataError(e, 'the site'))),
      provision: (onProgress) => provisionLists(sp, onProgress),
      loadExampleContent: async (onProgress) => loadExampleContent(sp, await readExampleContent(), { onProgress })
    },
    people: createPeopleService(sp),
    drafts: createDraftStore(),
    roundLocks: createRoundLocks(sp),
    currentUser: async () => {
      try {
        const me = await sp.web.currentUser.select('Id', 'Title', 'Email')<{ Id: number; Title: string; Email: string }>();
        return { id: me.Id, title: me.Title, email: me.Email };
      } catch (error) {
        throw toDataError(error, 'your profile');
      }
    }
  };
}
