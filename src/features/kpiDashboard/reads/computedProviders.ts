import { IKpi } from '../../../domain/entities';
import { IComputedMeasureProvider, initiativesDeliveredByQuarter, maturityLevelByQuarter, talkAttendanceByQuarter } from '../../../domain/kpi/computed';
import { IQuarter } from '../../../domain/kpi/periods';
import { ComputedValues } from '../../../domain/kpi/scorecard';
import { readSnapshot } from '../../../domain/maturity/resultsSnapshot';
import { viewerResults } from '../../../domain/maturity/resultsView';
import { readableResponses } from '../../shared/maturityReads';
import { IHubServices } from '../../../domain/services';

/**
 * The computed-measure providers over the suite's lists. Champions figures (active champions, activities) come
 * from the Champions Hub's own figures module when it lands; until then those sources give no values.
 */
export function computedProviders(services: IHubServices): IComputedMeasureProvider[] {
  return [
    {
      source: 'Tech Talk attendance',
      rule: 'People recorded in Talk Attendance (named attendees plus walk-ins) at Tech Talks held in the quarter (cancelled talks left out).',
      async values(quarters) {
        const [talks, attendance] = await Promise.all([
          services.techTalks.getAll({ fields: ['title', 'startsAt', 'status'] }),
          services.talkAttendance.getAll({ fields: ['talk', 'attendeeIds', 'walkIns'] })
        ]);
        return talkAttendanceByQuarter(talks, attendance, quarters);
      }
    },
    {
      source: 'Roadmap initiatives delivered',
      rule: 'Roadmap initiatives at the Completed stage whose end date is before the quarter ends (a running total).',
      async values(quarters) {
        return initiativesDeliveredByQuarter(await services.initiatives.getAll({ fields: ['stage', 'endDate'] }), quarters);
      }
    },
    {
      source: 'Organisation maturity level',
      rule: 'The organisation\'s overall current level in the last assessment round closed by the quarter\'s end (median roll-up, as recorded when the round closed).',
      async values(quarters) {
        const rounds = (await services.assessmentRounds.getAll({ where: { status: 'Closed' } })).filter((r) => r.closesOn);
        const levels: { closedOn: string; level: number }[] = [];
        for (const round of rounds) {
          // A closed round's results are its snapshot (everyone reads it); without one, the responses this person can read.
          const [dimensions, models] = await Promise.all([
            services.maturityDimensions.getAll({ where: { model: round.model.id }, orderBy: [{ by: 'order' }] }),
            services.maturityModels.getAll({ where: { id: round.model.id } })
          ]);
          const levelCount = (models[0]?.levelNames ?? '').split('\n').filter(Boolean).length || 5;
          const readable = readSnapshot(round.resultsSnapshot) ? [] : await readableResponses(services, round);
          const { result } = viewerResults({ round, readable, dimensions: dimensions.map((d) => d.title), levelCount, office: true });
          if (result.overall.current !== undefined) levels.push({ closedOn: round.closesOn as string, level: result.overall.current });
        }
        return maturityLevelByQuarter(levels, quarters);
      }
    }
  ];
}

/** Values of the register's computed measures for the quarters: kpi id → period start → value. */
export async function computedValues(services: IHubServices, kpis: readonly IKpi[], quarters: readonly IQuarter[]): Promise<ComputedValues> {
  const providers = new Map(computedProviders(services).map((p) => [p.source, p]));
  const bySource = new Map<string, Promise<Map<string, number>>>();
  const out = new Map<number, Map<string, number>>();
  for (const kpi of kpis) {
    const provider = kpi.computedFrom ? providers.get(kpi.computedFrom) : undefined;
    if (!provider) continue;
    if (!bySource.has(provider.source)) bySource.set(provider.source, provider.values(quarters));
    out.set(kpi.id, await (bySource.get(provider.source) as Promise<Map<string, number>>));
  }
  return out;
}

export const computedRule = (services: IHubServices, source: string | undefined): string | undefined =>
  computedProviders(services).find((p) => p.source === source)?.rule;
