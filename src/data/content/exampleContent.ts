import { ExampleContent } from './exampleContentTypes';

/**
 * The example content: the strategy documents' roadmap, priorities, maturity model, outcomes and KPIs,
 * plus sample data (marked IsSample) for measurements, champions, talks, scores and who sits on the scoring panel. Loaded on demand
 * (it is only needed when a site owner chooses "Load example content").
 */
export async function readExampleContent(): Promise<ExampleContent> {
  const [
    departments,
    outcomes,
    priorities,
    initiatives,
    maturityModel,
    kpis,
    criteria,
    kpiMeasurements,
    champions,
    activities,
    activityPoints,
    techTalks,
    talkRegistrations,
    talkFeedback,
    talkAttendance,
    talkProposals,
    proposalDecisions,
    proposalReviews,
    assessmentRounds,
    maturityResponses,
    scoringRounds,
    scores,
    championProfiles,
    championNominations,
    activityApprovals,
    recognitionLevels,
    departmentHeadcounts,
    groupMembers
  ] = await Promise.all([
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/departments.json'),
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/outcomes.json'),
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/strategyPriorities.json'),
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/initiatives.json'),
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/maturityModel.json'),
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/kpis.json'),
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/prioritisationCriteria.json'),
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/kpiMeasurements.json'),
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/champions.json'),
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/championActivities.json'),
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/activityPoints.json'),
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/techTalks.json'),
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/talkRegistrations.json'),
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/talkFeedback.json'),
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/talkAttendance.json'),
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/talkProposals.json'),
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/proposalDecisions.json'),
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/proposalReviews.json'),
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/assessmentRounds.json'),
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/maturityResponses.json'),
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/scoringRounds.json'),
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/initiativeScores.json'),
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/championProfiles.json'),
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/championNominations.json'),
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/activityApprovals.json'),
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/recognitionLevels.json'),
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/departmentHeadcounts.json'),
    import(/* webpackChunkName: 'example-content' */ '../exampleContent/siteGroupMembers.json')
  ]);
  const model = maturityModel.default as { model: Record<string, unknown>; dimensions: Record<string, unknown>[] };
  const modelTitle = String(model.model.Title);
  return {
    groupMembers: groupMembers.default,
    departments: departments.default,
    outcomes: outcomes.default,
    priorities: priorities.default,
    initiatives: initiatives.default,
    maturityModels: [{ ...model.model, LevelNames: (model.model.LevelNames as string[]).join('\n') }],
    maturityDimensions: model.dimensions.map((d) => ({ Model: modelTitle, ...d })),
    kpis: kpis.default,
    criteria: criteria.default,
    scoringRounds: scoringRounds.default,
    scores: scores.default,
    kpiMeasurements: kpiMeasurements.default,
    champions: champions.default,
    activities: activities.default,
    activityPoints: activityPoints.default,
    championProfiles: championProfiles.default,
    championNominations: championNominations.default,
    activityApprovals: activityApprovals.default,
    recognitionLevels: recognitionLevels.default,
    departmentHeadcounts: departmentHeadcounts.default,
    techTalks: techTalks.default,
    talkRegistrations: talkRegistrations.default,
    talkFeedback: talkFeedback.default,
    talkAttendance: talkAttendance.default,
    talkProposals: talkProposals.default,
    proposalDecisions: proposalDecisions.default,
    proposalReviews: proposalReviews.default,
    assessmentRounds: assessmentRounds.default,
    maturityResponses: (maturityResponses.default as Record<string, unknown>[]).map((r) => ({
      ...r,
      Answers: typeof r.Answers === 'string' ? r.Answers : JSON.stringify(r.Answers)
    }))
  };
}
