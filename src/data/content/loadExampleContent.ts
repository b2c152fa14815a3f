import { IContentReport, ProgressCallback } from '../../domain/services';
import { IAssessmentRound, IChampion, IChampionActivity, IEntity, IInitiative, IInitiativeScore, IPrioritisationCriterion, IScoringRound } from '../../domain/entities';
import { ChampionActivityRepository, ensureActivityFolder } from '../champions/activityFolders';
import { toDataError } from '../errors';
import { ListRepository } from '../ListRepository';
import { closeScoringRound } from '../roadmap/scoringRounds';
import { ensurePersonFolder, FolderListRepository, openGroupFolders } from '../security/personFolders';
import { createKpiSecurity } from '../kpi/kpiSecurity';
import { createRoundLocks } from '../maturity/roundLocks';
import { propertyName } from '../mapping';
import { IListDefinition, ListKey } from '../schema/fieldTypes';
import { LISTS } from '../schema/lists';
import { SPFI } from '../sp';
import { ContentRecord, ExampleContent, IGroupMembers } from './exampleContentTypes';

export interface ILoadOptions {
  readonly onProgress?: ProgressCallback;
  /**
   * An SPFI acting as the given login, so records keep their author (a champion's own activities).
   * Without it (a real tenant) every record is created by the person loading the content.
   */
  readonly actAs?: (login: string) => SPFI;
}

const MEMBERSHIP = 'i:0#.f|membership|';

/** Resolves lookups by title and people by login, caching what it has found. */
class ReferenceResolver {
  private readonly titles = new Map<ListKey, Map<string, number>>();
  private readonly people = new Map<string, number | undefined>();

  public constructor(private readonly sp: SPFI, private readonly warnings: string[]) {}

  public async lookup(list: IListDefinition, title: string): Promise<number | undefined> {
    let ids = this.titles.get(list.key);
    if (!ids) {
      const items = await this.sp.web.lists.getByTitle(list.title).items.select('Id', 'Title').top(5000)<{ Id: number; Title: string }[]>();
      ids = new Map(items.map((i) => [i.Title, i.Id]));
      this.titles.set(list.key, ids);
    }
    const id = ids.get(title);
    if (id === undefined) this.warnings.push(`No item "${title}" in ${list.title}; the reference was left empty.`);
    return id;
  }

  public async person(login: string): Promise<number | undefined> {
    if (!this.people.has(login)) {
      const user = await this.sp.web.ensureUser(`${MEMBERSHIP}${login}`).then(
        (u) => (u as unknown as { Id: number }).Id,
        () => undefined
      );
      if (user === undefined) this.warnings.push(`${login} is not a user of this site; the person was left empty.`);
      this.people.set(login, user);
    }
    return this.people.get(login);
  }
}

const listByKey = (key: ListKey): IListDefinition => LISTS.find((l) => l.key === key) as IListDefinition;

async function toValues(def: IListDefinition, record: ContentRecord, resolver: ReferenceResolver): Promise<Record<string, unknown>> {
  const values: Record<string, unknown> = {};
  if (record.Title !== undefined) values.title = record.Title;
  for (const field of def.fields) {
    const raw = record[field.internalName];
    if (raw === undefined || raw === null) continue;
    const key = propertyName(field.internalName);
    if (field.kind === 'Lookup' && field.lookupList) values[key] = await resolver.lookup(listByKey(field.lookupList), String(raw));
    else if (field.kind === 'User' && field.multi) values[key] = await peopleIds(Array.isArray(raw) ? raw : [raw], resolver);
    else if (field.kind === 'User') values[key] = await resolver.person(String(raw));
    else if (field.kind === 'DateTime') values[key] = /^\d{4}-\d{2}-\d{2}$/.test(String(raw)) ? `${raw}T00:00:00Z` : raw;
    else if (field.kind === 'URL') values[key] = typeof raw === 'string' ? { url: raw } : raw;
    else if (field.kind === 'Note' && Array.isArray(raw)) values[key] = JSON.stringify(await peopleIds(raw, resolver));
    else values[key] = raw;
  }
  return values;
}

/** A note holding people's site user ids as JSON (Talk Attendance's AttendeeIds) is given in the content as logins. */
async function peopleIds(logins: readonly unknown[], resolver: ReferenceResolver): Promise<number[]> {
  const ids: number[] = [];
  for (const login of logins) {
    const id = await resolver.person(String(login));
    if (id !== undefined) ids.push(id);
  }
  return ids;
}

/**
 * Loads example content into lists that are still empty (a list that has items is left alone, so running
 * it twice adds nothing). Lookups are resolved by title and people by login, in schema order.
 */
export async function loadExampleContent(sp: SPFI, content: ExampleContent, options: ILoadOptions = {}): Promise<IContentReport> {
  const report: IContentReport = { added: {}, skippedLists: [], warnings: [] };
  const resolver = new ReferenceResolver(sp, report.warnings);
  // Group members first: only the scoring panel may add the example scores.
  for (const entry of content.groupMembers ?? []) await addGroupMembers(sp, entry, report);
  const lists = LISTS.filter((l) => content[l.key]?.length);
  for (let i = 0; i < lists.length; i++) {
    const def = lists[i];
    options.onProgress?.({ done: i, total: lists.length, message: `Adding example content to ${def.title}` });
    try {
      const repository = new ListRepository<IEntity>(sp, def);
      // A list with a folder per person may hold the folders set-up opened: only items (FSObjType 0) make it not empty.
      const holdsItems = def.editors === 'ownFolders' ? (await sp.web.lists.getByTitle(def.title).items.filter('FSObjType eq 0').select('Id').top(1)()).length > 0 : (await repository.count()) > 0;
      if (holdsItems) {
        report.skippedLists.push(def.title);
        continue;
      }
      // Champion Activities' folders follow the champions' status (loadIntoFolders); the others' follow the records' authors.
      if (def.editors === 'ownFolders' && def.key !== 'activities') {
        report.added[def.title] = await loadIntoPrivateFolders(sp, def, content[def.key] ?? [], resolver, options);
        continue;
      }
      if (def.editors === 'ownFolders') {
        report.added[def.title] = await loadIntoFolders(sp, def, content[def.key] ?? [], resolver, options);
        continue;
      }
      const byAuthor = new Map<string, Record<string, unknown>[]>();
      for (const record of content[def.key] ?? []) {
        const author = options.actAs && typeof record.Author === 'string' ? record.Author : '';
        const group = byAuthor.get(author) ?? [];
        group.push(await toValues(def, record, resolver));
        byAuthor.set(author, group);
      }
      let added = 0;
      for (const [author, values] of byAuthor) {
        const target = author && options.actAs ? new ListRepository<IEntity>(options.actAs(author), def) : repository;
        added += (await target.addMany(values as Partial<IEntity>[])).length;
      }
      report.added[def.title] = added;
      if (def.key === 'kpis') await grantKpiOwners(sp, report);
    } catch (error) {
      throw toDataError(error, `the example content for ${def.title}`);
    }
  }
  if (report.added[listByKey('maturityResponses').title] || report.added[listByKey('assessmentRounds').title]) await secureRounds(sp, report);
  if (report.added[listByKey('scores').title] || report.added[listByKey('scoringRounds').title]) await recordClosedRoundRankings(sp, report);
  options.onProgress?.({ done: lists.length, total: lists.length, message: 'Example content loaded' });
  return report;
}


/**
 * Champion Activities: each record goes into its champion's own folder (the record's Author), as the programme
 * office would have opened them: a folder for every champion with a record or an activity, the champion given
 * Contribute while Active and Read otherwise (activities are added first, acting as the champion when possible).
 */
async function loadIntoFolders(
  sp: SPFI,
  def: IListDefinition,
  records: readonly ContentRecord[],
  resolver: ReferenceResolver,
  options: ILoadOptions
): Promise<number> {
  const champions = await new ListRepository<IChampion>(sp, listByKey('champions')).getAll();
  const statusOf = new Map(champions.map((c) => [c.champion?.id, c.status]));
  const owners = new Map<number, string>();
  for (const c of champions) if (c.champion?.id && (c.status === 'Active' || c.status === 'Inactive')) owners.set(c.champion.id, c.champion.email ?? '');
  const byOwner = new Map<number, Record<string, unknown>[]>();
  for (const record of records) {
    const login = typeof record.Author === 'string' ? record.Author : '';
    const id = login ? await resolver.person(login) : undefined;
    if (id === undefined) continue;
    owners.set(id, login);
    byOwner.set(id, [...(byOwner.get(id) ?? []), await toValues(def, record, resolver)]);
  }
  let added = 0;
  for (const [id, login] of owners) {
    await ensureActivityFolder(sp, def, id, 'Contribute');
    const web = options.actAs && login ? options.actAs(login) : sp;
    const activities = new ChampionActivityRepository(web, def, async () => id);
    for (const values of byOwner.get(id) ?? []) {
      await activities.add(values as Partial<IChampionActivity>);
      added++;
    }
    if (statusOf.get(id) !== 'Active') await ensureActivityFolder(sp, def, id, 'Read');
  }
  return added;
}

/**
 * Initiative Scores and KPI Measurements: each record goes into its author's own folder (the scorer; the measure's
 * owner), opened as the programme office opens them (Scores: openGroupFolders, every member of the Scoring Panel
 * group; KPI Measurements: kpiSecurity.grantOwners), acting as the author when possible.
 */
async function loadIntoPrivateFolders(
  sp: SPFI,
  def: IListDefinition,
  records: readonly ContentRecord[],
  resolver: ReferenceResolver,
  options: ILoadOptions
): Promise<number> {
  await openGroupFolders(sp, def);
  const byOwner = new Map<number, { login: string; values: Record<string, unknown>[] }>();
  for (const record of records) {
    const login = typeof record.Author === 'string' ? record.Author : '';
    const id = login ? await resolver.person(login) : undefined;
    if (id === undefined) continue;
    const entry = byOwner.get(id) ?? { login, values: [] };
    entry.values.push(await toValues(def, record, resolver));
    byOwner.set(id, entry);
  }
  let added = 0;
  for (const [id, { login, values }] of byOwner) {
    await ensurePersonFolder(sp, def, id, 'Contribute');
    const web = options.actAs && login ? options.actAs(login) : sp;
    added += (await new FolderListRepository<IEntity>(web, def, async () => id).addMany(values as Partial<IEntity>[])).length;
  }
  return added;
}

/** Adds the sample members a group does not have yet (so loading twice adds nothing). */
async function addGroupMembers(sp: SPFI, entry: IGroupMembers, report: IContentReport): Promise<void> {
  const group = sp.web.siteGroups.getByName(entry.Group);
  try {
    const present = new Set((await group.users.select('LoginName')<{ LoginName: string }[]>()).map((u) => u.LoginName.toLowerCase()));
    const missing = entry.Members.filter((login) => !present.has(`${MEMBERSHIP}${login}`.toLowerCase()));
    for (const login of missing) await group.users.add(`${MEMBERSHIP}${login}`);
    if (missing.length) report.added[`${entry.Group} (group members)`] = missing.length;
  } catch (error) {
    report.warnings.push(`The ${entry.Group} group's members could not be added: ${toDataError(error).message}`);
  }
}

/**
 * Closed scoring rounds in the example content get what closing gives a round: their ranking, recorded from the example
 * scores once they are in (closeScoringRound, as the programme office; here the site owner, who reads every score).
 */
async function recordClosedRoundRankings(sp: SPFI, report: IContentReport): Promise<void> {
  const repos = {
    initiatives: new ListRepository<IInitiative>(sp, listByKey('initiatives')),
    criteria: new ListRepository<IPrioritisationCriterion>(sp, listByKey('criteria')),
    scores: new FolderListRepository<IInitiativeScore>(sp, listByKey('scores'), async () => 0),
    scoringRounds: new ListRepository<IScoringRound>(sp, listByKey('scoringRounds'))
  };
  try {
    for (const round of (await repos.scoringRounds.getAll()).filter((r) => r.status === 'Closed' && !r.ranking)) await closeScoringRound(repos, round);
  } catch (error) {
    report.warnings.push(`The rankings of the closed scoring rounds could not be recorded: ${toDataError(error).message}`);
  }
}

/**
 * Rounds in the example content get the permissions the programme office's round actions give them: an open round's
 * departments each get their response, readable and editable only by the department's respondents and the programme
 * office; a closed round gets its results snapshot (from the sample responses, so it is sample data too: the round and
 * responses are marked IsSample) and its responses are read-only on the server.
 */
async function secureRounds(sp: SPFI, report: IContentReport): Promise<void> {
  const rounds = new ListRepository<IAssessmentRound>(sp, listByKey('assessmentRounds'));
  const locks = createRoundLocks(sp);
  for (const round of await rounds.getAll()) {
    if (round.status === 'Draft') continue;
    try {
      if (round.status === 'Closed') await locks.close(round.id);
      else await locks.open(round.id);
    } catch (error) {
      report.warnings.push(`The ${round.status.toLowerCase()} round ${round.title}'s responses could not be secured: ${toDataError(error).message}`);
    }
  }
}

/** KPI owners named in the example register may record their measures' values (their own folder in KPI Measurements). */
async function grantKpiOwners(sp: SPFI, report: IContentReport): Promise<void> {
  try {
    await createKpiSecurity(sp).grantOwners();
  } catch (error) {
    report.warnings.push(`The KPI owners could not be given access to record values: ${toDataError(error).message}`);
  }
}
