import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ConflictError } from '../../../src/domain/dataErrors';
import { ITalkAttendance, ITalkFeedback, ITalkRegistration, ITechTalk } from '../../../src/domain/entities';
import { IHubServices, ITalkPage } from '../../../src/domain/services';
import { HubProvider } from '../../../src/features/shared/HubContext';
import { TalkPage } from '../../../src/features/techTalks/TalkPage';
import { fakeServices, FakeRepository, hubContext } from '../fakeServices';

/**
 * The Tech Talks forms save through the editing kit's save path: one rating per person (findOrCreate), what is typed
 * kept on the device, attendance saved on the talk's record, and a talk changed elsewhere shown with both versions.
 */
const NOW = new Date('2026-12-01T09:00:00Z');
const DAN = { id: 19, title: 'Dan Evans' };
const MARIA = { id: 20, title: 'Maria Silva' };
const past: ITechTalk = { id: 1, title: 'Data literacy', startsAt: '2026-11-17T12:30:00Z', durationMinutes: 45, status: 'Delivered', format: 'In person', location: 'Guildhall', etag: '"1"' };
const registration = (id: number, author: typeof DAN) => ({ id, attendeeId: author.id, created: '2026-11-01T10:00:00Z', modified: '2026-11-01T10:00:00Z' });

function hub(page: Partial<ITalkPage>, repositories: Partial<IHubServices> = {}): IHubServices {
  const full: ITalkPage = { talk: past, registrations: [registration(1, DAN)], ratings: [], me: DAN, canManage: false, ...page };
  const feedback = new FakeRepository<ITalkFeedback>();
  feedback.keyAuthor = () => full.me;
  return fakeServices({
    talkFeedback: feedback,
    techTalks: new FakeRepository<ITechTalk>([past]),
    talks: {
      schedule: async () => ({ talks: [past], registrations: new Map(), me: full.me }),
      talkPage: async () => full,
      ratingsOf: async () => new Map(),
      saveAttendance: async (talk, ids, walkIns) => ({ id: 1, title: '', talk: { id: talk.id, title: talk.title }, attendeeIds: JSON.stringify(ids), walkIns })
    },
    ...repositories
  });
}

const show = (services: IHubServices) =>
  render(
    <HubProvider value={hubContext(services)}>
      <TalkPage talkId={1} now={NOW} linkToTalk={(id) => `https://example/talk/${id}`} onBack={() => undefined} />
    </HubProvider>
  );

describe('Tech Talks forms on the save path', () => {
  it('saves an attendee\'s rating once per talk (findOrCreate) and says it is saved', async () => {
    const services = hub({});
    show(services);
    fireEvent.click(await screen.findByRole('radio', { name: '4' }, { timeout: 10000 }));
    fireEvent.change(screen.getByLabelText('Comment (optional)'), { target: { value: 'Clear and useful.' } });
    expect(screen.getByText('Not saved yet: kept on this device until you save it.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Save my rating' }));
    await screen.findByText(/Saved to SharePoint at/);
    expect((services.talkFeedback as FakeRepository<ITalkFeedback>).items).toEqual([expect.objectContaining({ talk: { id: 1, title: 'Data literacy' }, rating: 4, comment: 'Clear and useful.' })]);
  });

  it('keeps a rating not yet saved on the device and brings it back after a reload', async () => {
    const services = hub({});
    const first = show(services);
    fireEvent.click(await screen.findByRole('radio', { name: '5 (excellent)' }, { timeout: 10000 }));
    first.unmount();
    show(services);
    await waitFor(() => expect(screen.getByRole('radio', { name: '5 (excellent)' })).toBeChecked(), { timeout: 10000 });
  });

  it('marks attendance on the talk\'s record and says how many came', async () => {
    const attendance: ITalkAttendance = { id: 7, title: '', talk: { id: 1, title: past.title }, attendeeIds: '[]', walkIns: 2, etag: '"1"' };
    const registrations = new FakeRepository<ITalkRegistration>([{ id: 1, title: '', talk: { id: 1, title: past.title }, author: MARIA }]);
    const records = new FakeRepository<ITalkAttendance>([attendance]);
    show(hub({ canManage: true, attendance, me: DAN }, { talkRegistrations: registrations, talkAttendance: records }));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Maria Silva' }, { timeout: 10000 }));
    fireEvent.click(screen.getByRole('button', { name: 'Save attendance' }));
    expect(await screen.findByText('Attendance saved: 3 people.')).toBeInTheDocument();
    expect(records.items[0]).toMatchObject({ attendeeIds: '[20]', walkIns: 2 });
  });

  it('shows both versions when someone else changed the same field of the talk, and saves the one chosen', async () => {
    const talks = new FakeRepository<ITechTalk>([past]);
    const theirs: ITechTalk = { ...past, location: 'Committee Room 3', etag: '"2"', editor: { id: 11, title: 'Priya Shah' }, modified: '2026-11-30T10:00:00Z' };
    let refused = false;
    const update = talks.update.bind(talks);
    talks.update = async (id, values, etag) => {
      if (!refused) {
        refused = true;
        throw new ConflictError(values, theirs);
      }
      return update(id, values, etag);
    };
    show(hub({ canManage: true }, { techTalks: talks }));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit talk' }, { timeout: 10000 }));
    fireEvent.change(screen.getByLabelText('Location (room)'), { target: { value: 'Room 2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save talk' }));
    const dialog = await screen.findByRole('alertdialog', { name: /“Data literacy” was changed by someone else/ });
    expect(dialog).toHaveTextContent('Committee Room 3');
    expect(dialog).toHaveTextContent('Room 2');
    fireEvent.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(await screen.findByText(/The talk is saved/)).toBeInTheDocument();
    expect(talks.items[0].location).toBe('Room 2');
  });

  it('keeps a talk form not saved on the device and, saved later, changes only what was typed', async () => {
    const talks = new FakeRepository<ITechTalk>([past]);
    const services = hub({ canManage: true }, { techTalks: talks });
    services.talks.talkPage = async () => ({ talk: talks.items[0], registrations: [], ratings: [], me: DAN, canManage: true });
    const first = show(services);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit talk' }, { timeout: 10000 }));
    fireEvent.change(screen.getByLabelText('Location (room)'), { target: { value: 'Room 2' } });
    first.unmount();
    expect(services.drafts.read('techTalks:talk:1')).toMatchObject({ values: { location: 'Room 2' }, base: { title: 'Data literacy' } });
    // Meanwhile someone else renames the talk.
    talks.items = [{ ...past, title: 'Data literacy for everyone', etag: '"2"' }];
    show(services);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit talk' }, { timeout: 10000 }));
    expect(await screen.findByText(/What you typed earlier and did not save is back in the form/)).toBeInTheDocument();
    expect(screen.getByLabelText('Location (room)')).toHaveValue('Room 2');
    fireEvent.click(screen.getByRole('button', { name: 'Save talk' }));
    expect(await screen.findByText(/The talk is saved/)).toBeInTheDocument();
    expect(talks.items[0]).toMatchObject({ title: 'Data literacy for everyone', location: 'Room 2' });
    expect(services.drafts.read('techTalks:talk:1')).toBeUndefined();
  });
});
