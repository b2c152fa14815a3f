import * as React from 'react';
import { render, RenderResult } from '@testing-library/react';
import { IDepartment, IInitiative } from '../../../src/domain/entities';
import { IHubServices, IListPermissions } from '../../../src/domain/services';
import { IRoadmapBoardProps, RoadmapBoard } from '../../../src/features/roadmapBoard/RoadmapBoard';
import { HubProvider } from '../../../src/features/shared/HubContext';
import { IPageState, memoryPageState } from '../../../src/features/shared/pageState';
import { FakeRepository, fakeServices, hubContext } from '../fakeServices';

/** Initiatives from Appendix C of the 2021-24 roadmap, with an ETag each as SharePoint gives them. */
export const initiative = (id: number, title: string, workstream: IInitiative['workstream'], stage: IInitiative['stage'], more: Partial<IInitiative> = {}): IInitiative => ({
  id,
  title,
  workstream,
  stage,
  etag: '"1"',
  ...more
});

export const appendixC = (): IInitiative[] => [
  initiative(1, 'Replacement for HR/Payroll System – ERP', 'Digital Workplace', 'Approved', { waysOfWorking: ['Insight', 'Co-ordination'], timeframeLabel: '2021-22' }),
  initiative(8, 'Full Intune Deployment', 'End-User Computing', 'Approved', {
    description: 'Manage every laptop through Intune.',
    waysOfWorking: ['Reach', 'Co-ordination', 'Automation'],
    timeframeLabel: '2021',
    owner: { id: 21, title: 'Dan Evans', email: 'dan.evans@digitalhub.example' },
    health: 'On track'
  }),
  initiative(9, 'Modernise Telephony', 'End-User Computing', 'Approved', { waysOfWorking: ['Reach'], timeframeLabel: '2021', notes: "Also addresses current system's end of life" }),
  initiative(11, 'Unstructured Data Migration to SharePoint', 'Data & Information Management', 'Approved', { waysOfWorking: ['Reach', 'Insight', 'Co-ordination', 'Automation'], timeframeLabel: '2021' }),
  initiative(13, 'Information Assets Register', 'Data & Information Management', 'Approved', { waysOfWorking: ['Insight'], timeframeLabel: '2021', mustDo: true }),
  initiative(15, 'Master Data Management', 'Data & Information Management', 'Proposed', { waysOfWorking: ['Engagement', 'Insight', 'Co-ordination', 'Automation'], timeframeLabel: '2021' }),
  initiative(17, 'Agile Methods Implementation', 'Digital Culture & Skills', 'Yet to be proposed', { waysOfWorking: ['Engagement', 'Co-ordination'] })
];

export const departments: IDepartment[] = [
  { id: 1, title: "Chamberlain's", active: true },
  { id: 2, title: 'Town Clerk’s', active: true }
];

export type UpdateCall = { id: number; values: Partial<IInitiative>; etag: string };

/** The roadmap list as the board sees it: records updates (with their ETags) and can fail the next ones. */
export class RoadmapRepository extends FakeRepository<IInitiative> {
  public updates: UpdateCall[] = [];
  public added: Partial<IInitiative>[] = [];
  public deleted: { id: number; etag?: string }[] = [];
  /** Errors the next updates throw, in order (then they succeed). */
  public failUpdates: unknown[] = [];
  public failAdds: unknown[] = [];
  public access: IListPermissions = { canAdd: true, canEditAll: true };
  private version = 1;

  public async update(id: number, values: Partial<IInitiative>, etag = '(none)'): Promise<IInitiative> {
    this.updates.push({ id, values, etag });
    const failure = this.failUpdates.shift();
    if (failure !== undefined) throw failure;
    this.version += 1;
    const next = `"${this.version}"`;
    this.items = this.items.map((i) => (i.id === id ? { ...i, ...values, etag: next, editor: { id: 22, title: 'Priya Shah' }, modified: '2026-11-27T10:00:00Z' } : i));
    return this.items.find((i) => i.id === id) as IInitiative;
  }

  public async add(values: Partial<IInitiative>): Promise<IInitiative> {
    this.added.push(values);
    const failure = this.failAdds.shift();
    if (failure !== undefined) throw failure;
    const item = { ...values, id: 100 + this.added.length, etag: '"1"' } as IInitiative;
    this.items.push(item);
    return item;
  }

  public async delete(id: number, etag?: string): Promise<void> {
    this.deleted.push({ id, etag });
    this.items = this.items.filter((i) => i.id !== id);
  }

  public async permissions(): Promise<IListPermissions> {
    return this.access;
  }
}

export interface IRendered extends RenderResult {
  readonly repository: RoadmapRepository;
  readonly pageState: IPageState;
  readonly services: IHubServices;
}

/** Renders the board over fake services, with the page's address (query) given. */
export function renderBoard(
  options: { query?: string; items?: IInitiative[]; access?: IListPermissions; props?: Partial<IRoadmapBoardProps>; repository?: RoadmapRepository; drafts?: Record<string, unknown> } = {}
): IRendered {
  const repository = options.repository ?? new RoadmapRepository(options.items ?? appendixC());
  if (options.access) repository.access = options.access;
  const services = fakeServices({ initiatives: repository, departments: new FakeRepository<IDepartment>(departments) });
  for (const [key, value] of Object.entries(options.drafts ?? {})) services.drafts.write(key, value);
  const context = hubContext(services);
  const pageState = memoryPageState(options.query ?? '', 'https://contoso.sharepoint.com/sites/digital/SitePages/Roadmap.aspx');
  const result = render(
    <HubProvider value={{ ...context, host: { ...context.host, pageState } }}>
      <RoadmapBoard title="Roadmap Board" {...options.props} />
    </HubProvider>
  );
  return { ...result, repository, pageState, services };
}

export const STAFF: IListPermissions = { canAdd: false, canEditAll: false };
