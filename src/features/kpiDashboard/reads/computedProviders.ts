import { IKpi } from '../../../domain/entities';
import { IComputedMeasureProvider, initiativesDeliveredByQuarter, maturityLevelByQuarter, talkAttendanceByQuarter } from '../../../domain/kpi/computed';
import { IQuarter } from '../../../domain/kpi/periods';
import { ComputedValues } from '../../../domain/kpi/scorecard';
import { rollupOrganisation } from '../../../domain/maturity/rollup';
import { eq } from '../../../domain/odata';
import { IHubServices } from '../../../domain/services';

/**
 * The computed-measure providers over the suite's lists. Champions figures (active champions, activities) come
 * from the Champions Hub's own figures module when it lands; until then those sources give no values.
 */
export function computedProviders(services: IHubServices): IComputedMeasureProvider[] {
  return [
    {
      source: 'Tech Talk attendance',
      rule: 'Registrations marked as attended, for Tech Talks held in the quarter (cancelled talks left out).',
      async values(quarters) {
        const [talks, registrations] = await Promise.all([
          services.techTalks.getAll({ fields: ['startsAt', 'status'] }),
          services.talkRegistrations.getAll({ fields: ['talk', 'attended'], byIdWindows: true })
        ]);
        return talkAttendanceByQuarter(talks, registrations, quarters);
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
      rule: 'The organisation\'s overall current level in the last assessment round closed by the quarter\'s end (median roll-up).',
      async values(quarters) {
        const rounds = (await services.assessmentRounds.getAll({ filter: eq('Status', 'Closed') })).filter((r) => r.closesOn);
        const levels: { closedOn: string; level: number }[] = [];
        for (const round of rounds) {
          const [dimensions, responses, models] = await Promise.all([
            services.maturityDimensions.getAll({ filter: eq('ModelId', round.model.id), orderBy: [{ field: 'Order' }] }),
            services.maturityResponses.getAll({ filter: eq('RoundId', round.id) }),
            services.maturityModels.getAll({ filter: eq('ID', round.model.id) })
          ]);
          const levelCount = (models[0]?.levelNames ?? '').split('\n').filter(Boolean).length || 5;
          const submitted = responses.filter((r) => r.status === 'Submitted');
          if (!submitted.length) continue;
          const result = rollupOrganisation(submitted, dimensions.map((d) => d.title), levelCount);
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
