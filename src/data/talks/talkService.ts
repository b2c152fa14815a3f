import { IPersonRef, ITalkAttendance, ITechTalk } from '../../domain/entities';
import { anyOf, eq } from '../odata';
import { IRegistrationFact } from '../../domain/talks/places';
import { countedRatings } from '../../domain/talks/figures';
import { ITalkRating, ITalkService } from '../../domain/services';
import { DataError, toDataError } from '../errors';
import { InjectHeaders } from '@pnp/queryable';
import { ListRepository } from '../ListRepository';
import { selectFor, toEntity } from '../mapping';
import { listDefinition } from '../schema/lists';
import { storedValueIssue } from '../validation';
import { brokenItems, IBrokenItem } from '../../domain/brokenItems';
import { ReadBatcher } from '../readBatcher';
import { PermissionKind, SPFI } from '../sp';

/** SharePoint's built-in role type Contribute (SP.RoleType). */
const ROLE_CONTRIBUTOR = 3;
/** The most registrations or ratings one request reads (the list view threshold). */
const MAX_ROWS = 5000;

type Raw = Record<string, unknown>;

interface IRegistrationRow {
  Id: number;
  TalkId: number;
  AuthorId: number;
  Created: string;
  Modified: string;
  'odata.etag'?: string;
}

interface IRatingRow {
  Id: number;
  TalkId: number;
  AuthorId: number;
  Rating: number;
  Comment?: string | null;
  'odata.etag'?: string;
}

const RATING = listDefinition('talkFeedback').fields.find((f) => f.internalName === 'Rating');

/** Why a stored rating does not count (4.5, or none, written around the app), or undefined: as every reader checks. */
const ratingIssue = (r: IRatingRow): string | undefined =>
  typeof r.Rating !== 'number' ? 'It has no rating.' : RATING ? storedValueIssue(RATING, r.Rating) : undefined;

const fact = (r: IRegistrationRow): IRegistrationFact => ({ id: r.Id, attendeeId: r.AuthorId, created: r.Created, modified: r.Modified, etag: r['odata.etag'] });

function hasPermission(perms: { High: string | number; Low: string | number } | undefined, kind: number): boolean {
  if (!perms) return false;
  const bit = kind - 1;
  return bit < 32 ? (Number(perms.Low) & (2 ** bit)) !== 0 : (Number(perms.High) & (2 ** (bit - 32))) !== 0;
}

/** What the page's parts share (see createHubServices): one read of the signed-in person, reads batched together. */
export interface ITalkServicePage {
  readonly batcher?: ReadBatcher;
  readonly currentUser?: () => Promise<IPersonRef>;
}

/**
 * Tech Talks reads over PnPjs, shaped so the schedule takes two reads (joining the page's batches when it has them)
 * and a talk's page one $batch however large the registration and feedback lists grow: registrations and ratings are
 * read for the talks on screen only (an indexed `TalkId` filter), lean (ids and times, no lookups expanded).
 */
export function createTalkService(sp: SPFI, page: ITalkServicePage = {}): ITalkService {
  const { batcher } = page;
  const batchedRead = <R>(read: (root: SPFI) => Promise<R>): Promise<R> => (batcher ? batcher.read(read) : read(sp));
  const talksDef = listDefinition('techTalks');
  const attendanceDef = listDefinition('talkAttendance');
  const list = (root: SPFI, key: Parameters<typeof listDefinition>[0]) => root.web.lists.getByTitle(listDefinition(key).title);
  const me = (root: SPFI) => root.web.currentUser.select('Id', 'Title', 'Email')<{ Id: number; Title: string; Email: string }>();
  /** No metadata: the smallest answer (SharePoint's nometadata JSON). */
  const lean = InjectHeaders({ Accept: 'application/json;odata=nometadata' });
  /**
   * A talk's registrations in id order. With `versions`, each carries its ETag (the version that tells an edited
   * registration apart even within the same second); without, the smaller nometadata answer, and an edit is told by
   * Modified after Created.
   */
  const registrationsQuery = (root: SPFI, filter: string, versions: boolean) => {
    const query = list(root, 'talkRegistrations').items.select('Id', 'TalkId', 'AuthorId', 'Created', 'Modified').filter(filter).orderBy('Id', true).top(MAX_ROWS);
    return (versions ? query : query.using(lean))<IRegistrationRow[]>();
  };

  return {
    async schedule(now) {
      try {
        const signedIn = page.currentUser
          ? page.currentUser()
          : me(sp).then((u) => ({ id: u.Id, title: u.Title, email: u.Email }));
        const [talks, user] = await Promise.all([new ListRepository<ITechTalk>(sp, talksDef, undefined, batcher).getAll({ top: MAX_ROWS }), signedIn]);
        const upcoming = talks.filter((t) => t.status === 'Scheduled' && Date.parse(t.startsAt) + (t.durationMinutes ?? 45) * 60000 >= now.getTime());
        const registrations = new Map<number, IRegistrationFact[]>(upcoming.map((t) => [t.id, []]));
        if (upcoming.length) {
          const rows = await batchedRead((root) => registrationsQuery(root, anyOf('TalkId', upcoming.map((t) => t.id)), false));
          for (const row of rows) registrations.get(row.TalkId)?.push(fact(row));
        }
        return { talks, registrations, me: user, broken: brokenItems(talks) };
      } catch (error) {
        throw toDataError(error, 'the Tech Talks');
      }
    },

    async talkPage(talkId) {
      try {
        const [batched, execute] = sp.batched();
        const talksSelection = selectFor(talksDef);
        const attendanceSelection = selectFor(attendanceDef);
        const talk = list(batched, 'techTalks').items.getById(talkId).select(...talksSelection.select).expand(...talksSelection.expand)<Raw>();
        const registrations = registrationsQuery(batched, eq('TalkId', talkId), true);
        const ratings = list(batched, 'talkFeedback').items.select('Id', 'TalkId', 'AuthorId', 'Rating', 'Comment').filter(eq('TalkId', talkId)).top(MAX_ROWS)<IRatingRow[]>();
        const attendance = list(batched, 'talkAttendance').items.select(...attendanceSelection.select).expand(...attendanceSelection.expand).filter(eq('TalkId', talkId)).orderBy('Id', true).top(1)<Raw[]>();
        const user = me(batched);
        const permissions = list(batched, 'techTalks').select('EffectiveBasePermissions')<{ EffectiveBasePermissions: { High: string; Low: string } }>();
        const all = Promise.all([talk, registrations, ratings, attendance, user, permissions]);
        all.catch(() => undefined);
        await execute();
        const [talkRaw, registrationRows, ratingRows, attendanceRows, userRow, listPermissions] = await all;
        // A rating the app would have refused counts for nothing and is named, as are the talk's and attendance's bad
        // values; of one person's ratings, the first by id counts (countedRatings).
        const usable = ratingRows.filter((r) => !ratingIssue(r));
        const counted = countedRatings(usable.map((r) => ({ id: r.Id, talkId: r.TalkId, attendeeId: r.AuthorId, row: r })));
        const rated: ITalkRating[] = counted.map(({ row: r }) => ({ id: r.Id, attendeeId: r.AuthorId, rating: r.Rating, comment: r.Comment ?? undefined, etag: r['odata.etag'] }));
        const shown = toEntity<ITechTalk>(talksDef, talkRaw);
        const attended = attendanceRows[0] ? toEntity<ITalkAttendance>(attendanceDef, attendanceRows[0]) : undefined;
        const broken: IBrokenItem[] = [
          ...brokenItems([shown]),
          ...ratingRows.filter((r) => ratingIssue(r)).map((r) => ({ title: `Feedback ${r.Id}`, reasons: [ratingIssue(r) as string] })),
          ...brokenItems(attended ? [{ ...attended, title: attended.title || 'Attendance' }] : [])
        ];
        return {
          broken,
          talk: shown,
          registrations: registrationRows.map(fact),
          ratings: rated,
          attendance: attended,
          me: { id: userRow.Id, title: userRow.Title, email: userRow.Email },
          canManage: hasPermission(listPermissions.EffectiveBasePermissions, PermissionKind.EditListItems)
        };
      } catch (error) {
        throw toDataError(error, 'the talk');
      }
    },

    async ratingsOf(talkIds) {
      const result = new Map<number, number[]>(talkIds.map((id) => [id, []]));
      if (!talkIds.length) return result;
      try {
        const rows = await list(sp, 'talkFeedback').items.select('Id', 'TalkId', 'AuthorId', 'Rating').filter(anyOf('TalkId', [...talkIds])).top(MAX_ROWS).using(lean)<IRatingRow[]>();
        const usable = rows.filter((row) => !ratingIssue(row));
        for (const row of countedRatings(usable.map((r) => ({ id: r.Id, talkId: r.TalkId, attendeeId: r.AuthorId, rating: r.Rating })))) result.get(row.talkId)?.push(row.rating);
        return result;
      } catch (error) {
        throw toDataError(error, 'the talks\' ratings');
      }
    },

    async saveAttendance(talk, attendeeIds, walkIns, existing, clientRequestId) {
      const repository = new ListRepository<ITalkAttendance>(sp, attendanceDef);
      const values = { attendeeIds: JSON.stringify([...new Set(attendeeIds)].sort((a, b) => a - b)), walkIns };
      if (existing) return repository.update(existing.id, values, existing.etag ?? '*');
      const created = await repository.add({ ...values, title: talk.title, talk: { id: talk.id, title: talk.title }, ...(clientRequestId ? { clientRequestId } : {}) });
      if (talk.speaker) {
        try {
          const item = list(sp, 'talkAttendance').items.getById(created.id);
          const contributor = await sp.web.roleDefinitions.getByType(ROLE_CONTRIBUTOR).select('Id')<{ Id: number }>();
          await item.breakRoleInheritance(true, false);
          await item.roleAssignments.add(talk.speaker.id, contributor.Id);
        } catch (error) {
          const dataError = toDataError(error, 'the attendance record');
          throw new DataError(
            dataError.kind,
            `Attendance was saved, but the speaker could not be given the right to mark it: ${dataError.message}`,
            dataError.status,
            dataError.serverMessage
          );
        }
      }
      return created;
    }
  };
}

