import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { loadExampleContent } from '../../../src/data/content/loadExampleContent';
import { readExampleContent } from '../../../src/data/content/exampleContent';
import { buildPack } from '../../../src/domain/kpi/pack';
import { quarterOf } from '../../../src/domain/kpi/periods';
import { buildScorecard } from '../../../src/domain/kpi/scorecard';
import { loadScorecard } from '../../../src/features/kpiDashboard/reads/loadScorecard';
import { packDocument } from '../../../src/features/kpiDashboard/pack/packDocx';
import { inProcessSP } from '../../../local/pnpInProcess';
import { OFFICE, OWNER, provisionedSite, SITE_URL } from '../localSite';

describe('the committee pack in Word', () => {
  it('opens as a .docx whose text holds the same figures as the pack', async () => {
    const kpis = [{ id: 1, title: 'User satisfaction rate', outcome: 'Brilliant Basics' as const, unit: 'Percent' as const, polarity: 'Higher is better' as const, target: 90, tolerance: 5 }];
    const rows = buildScorecard(kpis, [{ id: 1, title: '', kpi: { id: 1, title: '' }, periodStart: '2026-10-01', value: 80, correctiveAction: 'Call back every reopened ticket.' }], '2026-10-01');
    const pack = buildPack(rows, [], quarterOf('2026-10-01'), new Date('2026-11-29T10:00:00Z'));
    const buffer = await Packer.toBuffer(packDocument(pack));
    const files = unzipSync(new Uint8Array(buffer));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    const text = strFromU8(files['word/document.xml']).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain(pack.recommendation);
    expect(text).toContain('0 of 1 rated (0%)'); // on target
    expect(text).toContain('1 of 1 rated (100%)'); // off target
    expect(text).toMatch(/User satisfaction rate 90% 80% Call back every reopened ticket\./);
  });
});

describe('computed measures', () => {
  it('Tech Talk attendance equals the people recorded in the Talk Attendance list', async () => {
    const site = await provisionedSite();
    await loadExampleContent(site.sp(OWNER), await readExampleContent(), { actAs: (login) => inProcessSP(site.local, SITE_URL, login) });
    const office = site.services(OFFICE);
    const computed = await office.kpis.add({ title: 'Tech Talk attendance', outcome: 'Digital Skills & Expertise', unit: 'Count', polarity: 'Data only', computedFrom: 'Tech Talk attendance' });

    // Count straight from the lists: named attendees plus walk-ins in Talk Attendance, for talks held in 2026-27 Q2
    // that were not cancelled.
    const sp = site.sp(OWNER);
    const talks = await sp.web.lists.getByTitle('Tech Talks').items.select('Id', 'StartsAt', 'Status').top(5000)<{ Id: number; StartsAt: string; Status: string }[]>();
    const inQuarter = new Set(talks.filter((t) => t.StartsAt >= '2026-07-01' && t.StartsAt < '2026-10-01' && t.Status !== 'Cancelled').map((t) => t.Id));
    const attendance = await sp.web.lists.getByTitle('Talk Attendance').items.select('TalkId', 'AttendeeIds', 'WalkIns').top(5000)<{ TalkId: number; AttendeeIds: string | null; WalkIns: number | null }[]>();
    const expected = attendance
      .filter((a) => inQuarter.has(a.TalkId))
      .reduce((sum, a) => sum + new Set(JSON.parse(a.AttendeeIds ?? '[]') as number[]).size + (a.WalkIns ?? 0), 0);
    expect(expected).toBeGreaterThan(0);

    const { rows } = await loadScorecard(office, '2026-07-01');
    const row = rows.find((r) => r.kpi.id === computed.id);
    expect(row).toMatchObject({ computed: true, value: expected, status: 'Data only' });
  }, 30000);
});
