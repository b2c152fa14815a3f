import * as E from '../domain/entities';
import { IHubServices } from '../domain/services';
import { toDataError } from './errors';
import { ChampionActivityRepository } from './champions/activityFolders';
import { closeScoringRound } from './roadmap/scoringRounds';
import { FolderListRepository, openGroupFolders } from './security/personFolders';
import { createDraftStore, createPreferenceStore } from './localDrafts';
import { ListRepository } from './ListRepository';
import { createKpiSecurity } from './kpi/kpiSecurity';
import { KpiMeasurementRepository } from './kpi/kpiMeasurementFolders';
import { lazyService } from './lazyService';
import { ReadBatcher } from './readBatcher';
import { createRoundLocks } from './maturity/roundLocks';
import { createTalkService } from './talks/talkService';
import { createPeopleService } from './people/peopleService';
import { missingLists, siteListTitles } from './provisioning/listStatus';
import { ListKey } from './schema/fieldTypes';
import { listDefinition } from './schema/lists';
import { PermissionKind, SPFI } from './sp';

/**
 * What the web parts on one page share, so the page asks SharePoint once: the site's lists (for each part's set-up
 * check), the signed-in person, and the reads they start together (combined into one `$batch`).
 */
interface IPageShared {
  siteLists?: Promise<ReadonlySet<string>>;
  me?: Promise<E.IPersonRef>;
  batcher?: ReadBatcher;
}

const pages = new Map<string, IPageShared>();

/**
 * Builds the data services the features use, over a configured SPFI (SPFx in a tenant, the local site elsewhere).
 * Services built with the same `page` key (e.g. the page's address: every web part of the page) share one read of
 * the site's lists and of the signed-in person, and batch their first reads together.
 */
export function createHubServices(sp: SPFI, page?: string): IHubServices {
  let shared: IPageShared = {};
  if (page !== undefined) {
    shared = pages.get(page) ?? {};
    pages.set(page, shared);
  }
  const batcher = (shared.batcher ??= new ReadBatcher(sp));
  const me = (): Promise<E.IPersonRef> => {
    shared.me ??= batcher
      .read((s) => s.web.currentUser.select('Id', 'Title', 'Email')<{ Id: number; Title: string; Email: string }>())
      .then((u) => ({ id: u.Id, title: u.Title, email: u.Email }))
      .catch((error: unknown) => {
        shared.me = undefined;
        throw toDataError(error, 'your profile');
      });
    return shared.me;
  };
  const siteLists = (): Promise<ReadonlySet<string>> => {
    shared.siteLists ??= batcher.read((s) => siteListTitles(s)).catch((error: unknown) => {
      shared.siteLists = undefined;
      throw error;
    });
    return shared.siteLists;
  };
  const repository = <T extends E.IEntity>(key: ListKey): ListRepository<T> =>
    new ListRepository<T>(sp, listDefinition(key), async () => (await me()).id, batcher);
  const scores = new FolderListRepository<E.IInitiativeScore>(
    sp,
    listDefinition('scores'),
    async () => (await me()).id,
    batcher,
    'You cannot score yet: the programme office opens your scoring folder when it opens a round for the Scoring Panel.'
  );
  return {
    departments: repository<E.IDepartment>('departments'),
    outcomes: repository<E.IStrategyOutcome>('outcomes'),
    priorities: repository<E.IStrategyPriority>('priorities'),
    initiatives: repository<E.IInitiative>('initiatives'),
    criteria: repository<E.IPrioritisationCriterion>('criteria'),
    scores,
    scoringRounds: repository<E.IScoringRound>('scoringRounds'),
    scoringRoundService: {
      openPanelFolders: () => openGroupFolders(sp, listDefinition('scores')),
      close: (round) =>
        closeScoringRound({ initiatives: repository<E.IInitiative>('initiatives'), criteria: repository<E.IPrioritisationCriterion>('criteria'), scores, scoringRounds: repository<E.IScoringRound>('scoringRounds') }, round)
    },
    maturityModels: repository<E.IMaturityModel>('maturityModels'),
    maturityDimensions: repository<E.IMaturityDimension>('maturityDimensions'),
    assessmentRounds: repository<E.IAssessmentRound>('assessmentRounds'),
    maturityResponses: repository<E.IMaturityResponse>('maturityResponses'),
    kpis: repository<E.IKpi>('kpis'),
    kpiMeasurements: new KpiMeasurementRepository(sp, listDefinition('kpiMeasurements'), async () => (await me()).id, batcher),
    kpiPacks: repository<E.IKpiPack>('kpiPacks'),
    kpiSecurity: createKpiSecurity(sp, batcher),
    champions: repository<E.IChampion>('champions'),
    activities: new ChampionActivityRepository(sp, listDefinition('activities'), async () => (await me()).id, batcher),
    activityPoints: repository<E.IActivityPoints>('activityPoints'),
    championProfiles: repository<E.IChampionProfile>('championProfiles'),
    championNominations: repository<E.IChampionNomination>('championNominations'),
    activityApprovals: repository<E.IActivityApproval>('activityApprovals'),
    recognitionLevels: repository<E.IRecognitionLevel>('recognitionLevels'),
    departmentHeadcounts: repository<E.IDepartmentHeadcount>('departmentHeadcounts'),
    // Loaded on first use, like setting up lists and the example content: not in every part's first render. (The
    // Tech Talks and KPI services stay: their first reads must start at once to join the page's batch.)
    championsData: lazyService(() => import(/* webpackChunkName: 'champions-data' */ './champions/championsData').then((m) => m.createChampionsData(sp))),
    techTalks: repository<E.ITechTalk>('techTalks'),
    talkRegistrations: repository<E.ITalkRegistration>('talkRegistrations'),
    talkFeedback: repository<E.ITalkFeedback>('talkFeedback'),
    talkAttendance: repository<E.ITalkAttendance>('talkAttendance'),
    talkProposals: repository<E.ITalkProposal>('talkProposals'),
    proposalDecisions: repository<E.IProposalDecision>('proposalDecisions'),
    proposalReviews: repository<E.IProposalReview>('proposalReviews'),
    talks: createTalkService(sp, { batcher, currentUser: me }),
    setup: {
      missingLists: async (lists) => missingLists(sp, lists ? lists.map((key) => listDefinition(key)) : undefined, await siteLists()),
      canManageLists: () => sp.web.currentUserHasPermissions(PermissionKind.ManageLists).catch((e) => Promise.reject(toDataError(e, 'the site'))),
      provision: async (onProgress) => {
        try {
          const { provisionLists } = await import(/* webpackChunkName: 'provisioning' */ './provisioning/provisionLists');
          return await provisionLists(sp, onProgress);
        } finally {
          shared.siteLists = undefined;
        }
      },
      loadExampleContent: async (onProgress) => {
        const [{ readExampleContent }, { loadExampleContent }] = await Promise.all([
          import(/* webpackChunkName: 'example-content' */ './content/exampleContent'),
          import(/* webpackChunkName: 'example-content' */ './content/loadExampleContent')
        ]);
        return loadExampleContent(sp, await readExampleContent(), { onProgress });
      }
    },
    people: createPeopleService(sp),
    drafts: createDraftStore(),
    preferences: createPreferenceStore(),
    roundLocks: createRoundLocks(sp),
    currentUser: me
  };
}
