import { isDataError } from '../../src/data/errors';
import { readExampleContent } from '../../src/data/content/exampleContent';
import { loadExampleContent } from '../../src/data/content/loadExampleContent';
import { inProcessSP } from '../../local/pnpInProcess';
import { OWNER, provisionedSite, SITE_URL } from './localSite';

describe('example content from the strategy documents', () => {
  it('holds the roadmap, priorities, maturity model and KPIs, and marks invented data as sample', async () => {
    const content = await readExampleContent();
    expect(content.initiatives?.map((i) => i.Title)).toContain('Full Intune Deployment');
    expect(content.priorities).toHaveLength(30);
    expect(content.maturityDimensions?.map((d) => d.Title)).toEqual([
      'Value Focus', 'Service Model', 'Platform', 'Ecosystem', 'Leadership', 'Technology Focus', 'Key Metrics'
    ]);
    expect(String(content.maturityModels?.[0].LevelNames).split('\n')).toHaveLength(5);
    expect(new Set(content.kpis?.map((k) => k.Outcome)).size).toBe(5);
    for (const key of ['kpiMeasurements', 'champions', 'activities', 'techTalks', 'talkRegistrations', 'talkFeedback', 'talkAttendance', 'talkProposals', 'proposalDecisions', 'criteria'] as const) {
      expect(content[key]?.every((r) => r.IsSample === true)).toBe(true);
    }
    expect(content.initiatives?.every((r) => r.IsSample === false && typeof r.Source === 'string')).toBe(true);
  });

  it('loads into empty lists with lookups, people and authors resolved, and never twice', async () => {
    const site = await provisionedSite();
    const content = await readExampleContent();
    const report = await loadExampleContent(site.sp(OWNER), content, { actAs: (login) => inProcessSP(site.local, SITE_URL, login) });
    expect(report.added['Roadmap Initiatives']).toBe(content.initiatives?.length);
    expect(report.added['Strategy Priorities']).toBe(30);
    expect(report.warnings).toEqual([]);

    const services = site.services(OWNER);
    const [intune] = await services.initiatives.getAll({ where: { title: 'Full Intune Deployment' } });
    expect(intune).toMatchObject({ workstream: 'End-User Computing', waysOfWorking: expect.arrayContaining(['Reach']) });
    const dimensions = await services.maturityDimensions.getAll();
    expect(dimensions.every((d) => d.model.title === 'Digital Services Maturity Model')).toBe(true);
    const activities = await services.activities.getAll({ top: 500 });
    const logged = content.activities?.[0];
    expect(activities.find((a) => a.title === logged?.Title)?.author?.email).toBe(logged?.Author);

    const closedRound = content.assessmentRounds?.find((r) => r.Status === 'Closed');
    const [toms] = (await site.services('tom.okafor@digitalhub.example').maturityResponses.getAll()).filter(
      (r) => r.round.title === closedRound?.Title && r.submittedBy?.email === 'tom.okafor@digitalhub.example'
    );
    const edit = await site
      .services('tom.okafor@digitalhub.example')
      .maturityResponses.update(toms.id, { answers: '[]' }, toms.etag as string)
      .catch((e: unknown) => e);
    expect(isDataError(edit, 'AccessDenied')).toBe(true);

    const again = await loadExampleContent(site.sp(OWNER), content);
    expect(again.added).toEqual({});
    expect(again.skippedLists).toContain('Roadmap Initiatives');
  }, 30000);
});
