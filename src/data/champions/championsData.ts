import { InjectHeaders } from '@pnp/queryable';
import { IChampionsConfig, IChampionsData, IMyChampionData, IPeriodData } from '../../domain/champions/championsData';
import { monthWindows } from '../../domain/champions/periods';
import { Decision, IActivityFact } from '../../domain/champions/points';
import { profileOf } from '../../domain/champions/network';
import { IActivityApproval, IActivityPoints, IChampion, IChampionActivity, IChampionProfile, IRecognitionLevel } from '../../domain/entities';
import { brokenItems, IBrokenItem } from '../../domain/brokenItems';
import { and, eq, odataDate } from '../odata';
import { storedValueIssue } from '../validation';
import { toDataError } from '../errors';
import { selectFor, toEntity } from '../mapping';
import { IListDefinition } from '../schema/fieldTypes';
import { listDefinition } from '../schema/lists';
import { body, List, SPFI, spPost } from '../sp';
import { activityFolderName, ensureActivityFolder, folderOwner } from './activityFolders';

/** SharePoint's largest page, and the list view threshold: a window answering this many rows may hold more. */
const WINDOW_LIMIT = 5000;
/** GETs per $batch request (SharePoint accepts up to 100 operations in one batch). */
const BATCH_OPERATIONS = 60;
const NO_METADATA = InjectHeaders({ Accept: 'application/json;odata=nometadata' });

type Raw = Record<string, unknown>;

const ACTIVITIES = listDefinition('activities');
type Read = (sp: SPFI) => Promise<Raw[]>;

/** FileDirRef: the folder holding the activity, whose owner is the champion it counts for (see activityFolders.ts). */
const ACTIVITY_FACT_FIELDS = ['Id', 'FileDirRef', 'FileSystemObjectType', 'ActivityType', 'ActivityDate', 'PeopleReached', 'DepartmentId', 'WaysOfWorking'];

/** Runs reads in as few $batch requests as possible; each read's own failure is kept, not thrown. */
async function inBatches(sp: SPFI, reads: readonly Read[]): Promise<PromiseSettledResult<Raw[]>[]> {
  const results: PromiseSettledResult<Raw[]>[] = [];
  for (let start = 0; start < reads.length; start += BATCH_OPERATIONS) {
    const [batched, execute] = sp.batched();
    const pending = reads.slice(start, start + BATCH_OPERATIONS).map((read) => read(batched));
    await execute();
    results.push(...(await Promise.allSettled(pending)));
  }
  return results;
}

const items = (sp: SPFI, def: IListDefinition): ReturnType<ReturnType<SPFI['web']['lists']['getByTitle']>['items']['select']> => {
  const { select, expand } = selectFor(def);
  return sp.web.lists.getByTitle(def.title).items.select(...select).expand(...expand);
};

const whole = (def: IListDefinition, filter?: string): Read => (sp) => {
  let query = items(sp, def).top(WINDOW_LIMIT);
  if (filter) query = query.filter(filter);
  return query() as Promise<Raw[]>;
};

const dateRange = (field: string, from: string, to: string): string => and(`${field} ge ${odataDate(`${from}T00:00:00Z`)}`, `${field} lt ${odataDate(`${to}T00:00:00Z`)}`);

/** Halves a window [from, to) of whole days; undefined when it is one day and cannot be split. */
function split([from, to]: [string, string]): [string, string][] | undefined {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  const days = Math.round((b - a) / 86400000);
  if (days < 2) return undefined;
  const middle = new Date(a + Math.floor(days / 2) * 86400000).toISOString().slice(0, 10);
  return [
    [from, middle],
    [middle, to]
  ];
}

/**
 * An activity as the points rules see it: it counts for the owner of its folder (0: nobody), whoever its author says.
 * Its numbers are checked as every reader checks them (storedValueIssue): one the app would have refused (people
 * reached 12.5, written around it) counts as none, and the activity is named in `broken`.
 */
function fact(raw: Raw, rootUrl: string, broken: IBrokenItem[]): IActivityFact {
  const ways = raw.WaysOfWorking as unknown;
  const reasons: string[] = [];
  const checked = (internalName: string): number | undefined => {
    const value = raw[internalName];
    if (typeof value !== 'number') return undefined;
    const field = ACTIVITIES.fields.find((f) => f.internalName === internalName);
    const issue = field && storedValueIssue(field, value);
    if (issue) reasons.push(issue);
    return issue ? undefined : value;
  };
  const peopleReached = checked('PeopleReached');
  const hours = checked('Hours');
  if (reasons.length) broken.push({ title: `Activity ${String(raw.Id)} on ${String(raw.ActivityDate ?? '').slice(0, 10)}`, reasons });
  return {
    id: raw.Id as number,
    championId: folderOwner(raw.FileDirRef, rootUrl) ?? 0,
    activityType: String(raw.ActivityType ?? ''),
    activityDate: String(raw.ActivityDate ?? '').slice(0, 10),
    peopleReached,
    hours,
    departmentId: typeof raw.DepartmentId === 'number' ? raw.DepartmentId : undefined,
    waysOfWorking: Array.isArray(ways) ? ways.map(String) : Array.isArray((ways as { results?: unknown[] })?.results) ? (ways as { results: unknown[] }).results.map(String) : undefined
  };
}

/** The Champions Hub's reads over PnPjs (see IChampionsData). */
export function createChampionsData(sp: SPFI): IChampionsData {
  const defs = {
    rules: listDefinition('activityPoints'),
    levels: listDefinition('recognitionLevels'),
    champions: listDefinition('champions'),
    profiles: listDefinition('championProfiles'),
    activities: listDefinition('activities'),
    approvals: listDefinition('activityApprovals'),
    departments: listDefinition('departments')
  };
  const configReads: Read[] = [whole(defs.rules), whole(defs.levels), whole(defs.champions), whole(defs.profiles)];
  const toConfig = (answers: Raw[][]): IChampionsConfig => {
    const rules = answers[0].map((r) => toEntity<IActivityPoints>(defs.rules, r));
    const levels = answers[1].map((r) => toEntity<IRecognitionLevel>(defs.levels, r));
    const champions = answers[2].map((r) => toEntity<IChampion>(defs.champions, r));
    const profiles = answers[3].map((r) => toEntity<IChampionProfile>(defs.profiles, r));
    // Items read with values the hub could not use, named (a champion by name, a rule by its activity type).
    const broken = [
      ...brokenItems(rules.map((r) => ({ ...r, title: r.title || `Points for ${r.activityType ?? `item ${r.id}`}` }))),
      ...brokenItems(levels),
      ...brokenItems(champions.map((c) => ({ ...c, title: c.title || c.champion?.title || `Champion ${c.id}` }))),
      ...brokenItems(profiles.map((p) => ({ ...p, title: p.title || `Profile of ${p.author?.title ?? `item ${p.id}`}` })))
    ];
    return { rules, levels, champions, profiles, broken };
  };
  const valuesOf = (settled: PromiseSettledResult<Raw[]>[]): Raw[][] =>
    settled.map((s) => {
      if (s.status === 'rejected') throw s.reason;
      return s.value;
    });

  /** One ActivityDate window of activities, as facts for the points rules. */
  const activityWindow = (from: string, to: string): Read => (sp) =>
    sp.web.lists
      .getByTitle(defs.activities.title)
      .items.select(...ACTIVITY_FACT_FIELDS)
      .filter(dateRange('ActivityDate', from, to))
      .top(WINDOW_LIMIT)
      .using(NO_METADATA)() as Promise<Raw[]>;
  /**
   * Every activity in one champion's folder (and below it), whole (with ETags, for editing): a CAML query scoped to the
   * folder, which SharePoint serves whatever the list's size while the folder holds at most 5,000 items.
   */
  const folderItems = (folder: string): Read => (sp) => {
    const { select, expand } = selectFor(defs.activities);
    const list = sp.web.lists.getByTitle(defs.activities.title);
    return spPost(List(list, 'getitems').select(...select, 'FileSystemObjectType').expand(...expand), body({ query: { ViewXml: `<View Scope="Recursive"><RowLimit>${WINDOW_LIMIT}</RowLimit></View>`, FolderServerRelativeUrl: folder } })) as Promise<Raw[]>;
  };
  /** The list's root folder url, as a one-row read (for a $batch beside the others). */
  const rootFolder: Read = (sp) =>
    sp.web.lists
      .getByTitle(defs.activities.title)
      .rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>()
      .then((r) => [r as unknown as Raw]);
  const isItem = (raw: Raw): boolean => raw.FileSystemObjectType !== 1;
  const approvalWindow = (from: string, to: string): Read => (sp) =>
    sp.web.lists
      .getByTitle(defs.approvals.title)
      .items.select('Id', 'ActivityId', 'Decision')
      .filter(dateRange('ActivityDate', from, to))
      .top(WINDOW_LIMIT)
      .using(NO_METADATA)() as Promise<Raw[]>;

  /**
   * Reads families of windows (activities, approvals) over large lists, with extra reads (the small lists), all
   * in one $batch: each window is one GET; a window SharePoint refuses (more than 5,000 matches) or answers with a
   * full page is split in two and read again in a further batch, so nothing is truncated.
   */
  async function readWindows(families: readonly { windows: [string, string][]; read: (from: string, to: string) => Read }[], extra: Read[]): Promise<{ rows: Raw[][]; extra: Raw[][] }> {
    let pending = families.flatMap((family, f) => family.windows.map((window) => ({ f, window })));
    const rows: Raw[][] = families.map(() => []);
    let extraAnswers: Raw[][] = [];
    let first = true;
    while (pending.length || first) {
      const reads = [...(first ? extra : []), ...pending.map(({ f, window }) => families[f].read(window[0], window[1]))];
      const settled = await inBatches(sp, reads);
      if (first) extraAnswers = valuesOf(settled.slice(0, extra.length));
      const windowAnswers = first ? settled.slice(extra.length) : settled;
      first = false;
      const again: typeof pending = [];
      windowAnswers.forEach((answer, i) => {
        const { f, window } = pending[i];
        const full = answer.status === 'fulfilled' && answer.value.length >= WINDOW_LIMIT;
        const refused = answer.status === 'rejected' && toDataError(answer.reason).kind === 'ThresholdExceeded';
        if (answer.status === 'rejected' && !refused) throw answer.reason;
        if (full || refused) {
          const halves = split(window);
          if (!halves) throw toDataError(answer.status === 'rejected' ? answer.reason : new Error('More than 5,000 items on one day.'), 'Champion Activities');
          again.push(...halves.map((half) => ({ f, window: half })));
        } else if (answer.status === 'fulfilled') rows[f].push(...answer.value);
      });
      pending = again;
    }
    return { rows, extra: extraAnswers };
  }

  /**
   * The people picker's matches for a person (their EntityData.Department is the department the tenant's directory
   * gives them), as a read that joins a batch; a failed search is no matches.
   */
  const directoryEntries = (email: string): Read => (batched) =>
    (batched.profiles
      .clientPeoplePickerSearchUser({ QueryString: email, MaximumEntitySuggestions: 5, AllowEmailAddresses: false, AllowMultipleEntities: false, PrincipalType: 1, PrincipalSource: 15 })
      .catch(() => []) as unknown as Promise<Raw[]>);
  const directoryDepartment = (entries: Raw[], email: string): string | undefined => {
    const me = (entries as { EntityData?: { Email?: string; Department?: string } }[]).find((e) => e.EntityData?.Email?.toLowerCase() === email.toLowerCase());
    return me?.EntityData?.Department || undefined;
  };

  /**
   * The earliest ActivityDate: ordered by the indexed date, paging past the folders (they have no date and sort
   * first), so it never reads more than the folders and one activity.
   */
  async function firstActivityDate(): Promise<string | undefined> {
    const query = sp.web.lists.getByTitle(defs.activities.title).items.select('ActivityDate', 'FileSystemObjectType').orderBy('ActivityDate', true).top(500);
    for await (const page of query) {
      const dated = (page as Raw[]).find((r) => isItem(r) && r.ActivityDate);
      if (dated) return String(dated.ActivityDate).slice(0, 10);
    }
    return undefined;
  }

  return {
    setActivityAccess: (championUserId, access) => ensureActivityFolder(sp, defs.activities, championUserId, access),

    async config() {
      try {
        return toConfig(valuesOf(await inBatches(sp, configReads)));
      } catch (error) {
        throw toDataError(error, 'the champions network');
      }
    },

    async period(start?: string, end?: string): Promise<IPeriodData> {
      try {
        let from = start;
        const to = end ?? new Date(Date.now() + 86400000 * 32).toISOString().slice(0, 10);
        if (!from) from = (await firstActivityDate()) ?? to;
        const windows = monthWindows(from, to);
        const read = await readWindows(
          [
            { windows, read: activityWindow },
            { windows, read: approvalWindow }
          ],
          [...configReads, rootFolder]
        );
        const decisions = new Map<number, Decision>();
        for (const a of read.rows[1]) if (typeof a.ActivityId === 'number') decisions.set(a.ActivityId, a.Decision as Decision);
        const root = String(read.extra[configReads.length][0]?.ServerRelativeUrl ?? '');
        const brokenActivities: IBrokenItem[] = [];
        const activities = read.rows[0].filter(isItem).map((raw) => fact(raw, root, brokenActivities));
        return { ...toConfig(read.extra), activities, decisions, brokenActivities };
      } catch (error) {
        throw toDataError(error, 'the champions\u2019 activities');
      }
    },

    async mine(): Promise<IMyChampionData> {
      try {
        // One $batch: who I am and where the folders are; then one with my folder and the small lists.
        const [first, execute] = sp.batched();
        const meRead = first.web.currentUser.select('Id', 'Title', 'Email')<{ Id: number; Title: string; Email: string }>();
        const rootRead = rootFolder(first);
        const folders = first.web.lists.getByTitle(defs.activities.title).rootFolder.folders.select('Name')<{ Name: string }[]>();
        await execute();
        const [me, rootRows, named] = await Promise.all([meRead, rootRead, folders]);
        const root = String(rootRows[0]?.ServerRelativeUrl ?? '');
        // No folder yet (not an active champion): nothing of mine to read.
        const hasFolder = named.some((f) => f.Name === activityFolderName(me.Id));
        const answers = valuesOf(
          await inBatches(sp, [
            ...configReads,
            hasFolder ? folderItems(`${root}/${activityFolderName(me.Id)}`) : async () => [],
            whole(defs.approvals, eq('ChampionId', me.Id)),
            (batched) => batched.web.lists.getByTitle(defs.departments.title).items.select('Id', 'Title').top(WINDOW_LIMIT)() as Promise<Raw[]>,
            // In the same batch: where the directory puts me, used when I am not a champion with a department.
            me.Email ? directoryEntries(me.Email) : async () => []
          ])
        );
        const config = toConfig(answers);
        // Everything in my folder counts for me, whatever its Created By says.
        const activities = answers[4]
          .filter(isItem)
          .map((r): IChampionActivity => ({ ...toEntity<IChampionActivity>(defs.activities, r), championId: me.Id }))
          .sort((a, b) => b.activityDate.localeCompare(a.activityDate) || b.id - a.id);
        const approvals = answers[5].map((r) => toEntity<IActivityApproval>(defs.approvals, r));
        const champion = config.champions.find((c) => c.champion?.id === me.Id);
        const departmentName = champion?.department ? undefined : directoryDepartment(answers[7], me.Email);
        const found = departmentName ? answers[6].find((d) => String(d.Title).toLowerCase() === departmentName.toLowerCase()) : undefined;
        return {
          ...config,
          me: { id: me.Id, title: me.Title, email: me.Email },
          champion,
          department: champion?.department ?? (found ? { id: found.Id as number, title: String(found.Title) } : undefined),
          profile: profileOf(config, me.Id),
          activities,
          approvals,
          // An approval whose activity is gone names no activity: it decides nothing.
          decisions: new Map(approvals.filter((a) => a.activity).map((a) => [a.activity.id, a.decision])),
          broken: [...(config.broken ?? []), ...brokenItems(activities), ...brokenItems(approvals.map((a) => ({ ...a, title: a.title || `Decision ${a.id}` })))]
        };
      } catch (error) {
        throw toDataError(error, 'your champion page');
      }
    }
  };
}

