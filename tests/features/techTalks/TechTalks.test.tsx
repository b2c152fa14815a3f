import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ITechTalk } from '../../../src/domain/entities';
import { DataError } from '../../../src/domain/dataErrors';
import { ITalkPage, ITalkService } from '../../../src/domain/services';
import { HubProvider } from '../../../src/features/shared/HubContext';
import { TechTalks } from '../../../src/features/techTalks/TechTalks';
import { fakeServices, hubContext } from '../fakeServices';

const NOW = new Date('2026-12-01T09:00:00Z');
const talk = (id: number, title: string, startsAt: string, extra: Partial<ITechTalk> = {}): ITechTalk => ({
  id,
  title,
  startsAt,
  status: 'Scheduled',
  durationMinutes: 45,
  capacity: 3,
  etag: '"1"',
  ...extra
});
const next = talk(1, 'Keeping one version of the truth', '2026-12-15T12:30:00Z', { speaker: { id: 15, title: 'Chloe Wright' }, joinUrl: { url: 'https://teams.example/j' } });
const later = talk(2, 'Copilot one year on', '2027-01-19T12:30:00Z');
const regs = (...authors: number[]) => authors.map((attendeeId, i) => ({ id: i + 1, attendeeId, created: '2026-11-01T10:00:00Z', modified: '2026-11-01T10:00:00Z' }));

function talkService(page: Partial<ITalkPage>): ITalkService {
  return {
    schedule: async () => ({ talks: [later, next], registrations: new Map([[1, regs(10, 11, 12, 13)], [2, []]]), me: { id: 13, title: 'Dan Evans' } }),
    talkPage: async () => ({ talk: next, registrations: regs(10, 11, 12, 13), ratings: [], me: { id: 13, title: 'Dan Evans' }, canManage: false, ...page }),
    ratingsOf: async () => new Map(),
    saveAttendance: async () => {
      throw new Error('not used');
    }
  };
}

describe('Tech Talks', () => {
  it('shows the next talk prominently with places left, and where you stand', async () => {
    const services = fakeServices({ talks: talkService({}) });
    render(
      <HubProvider value={hubContext(services)}>
        <TechTalks title="Tech Talks" now={NOW} />
      </HubProvider>
    );
    expect(await screen.findByText('Next talk', {}, { timeout: 10000 })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Keeping one version of the truth' })[0]).toBeInTheDocument();
    expect(screen.getByText(/Tuesday, 15 December 2026 at 12:30/)).toBeInTheDocument();
    expect(screen.getByText(/Full: join the waitlist/)).toBeInTheDocument();
    expect(screen.getByText('You are first on the waitlist.')).toBeInTheDocument();
    expect(screen.getByText('2 talks coming up')).toBeInTheDocument();
  });

  it('opens a talk\'s page from the page address and registers through findOrCreate', async () => {
    const services = fakeServices({ talks: talkService({ registrations: regs(10, 11) }) });
    render(
      <HubProvider value={hubContext(services, 'ttalk=1')}>
        <TechTalks title="Tech Talks" now={NOW} />
      </HubProvider>
    );
    expect(await screen.findByText('You are not registered.', {}, { timeout: 10000 })).toBeInTheDocument();
    expect(screen.getByText('2 of 3 places taken.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Register' }));
    await waitFor(() => expect(services.talkRegistrations.getAll()).resolves.toHaveLength(1));
    expect(await screen.findByText(/You are registered/, {}, { timeout: 10000 })).toBeInTheDocument();
  });

  it('registering while SharePoint answers 429 says so, waits the Retry-After, tries again and registers once', async () => {
    const services = fakeServices({ talks: talkService({ registrations: regs(10, 11) }) });
    const findOrCreate = services.talkRegistrations.findOrCreate.bind(services.talkRegistrations);
    let calls = 0;
    services.talkRegistrations.findOrCreate = async (item) => {
      calls += 1;
      if (calls === 1) throw new DataError('Throttled', 'SharePoint is busy right now. Wait a moment and try again.', 429, undefined, 1000);
      return findOrCreate(item);
    };
    render(
      <HubProvider value={hubContext(services, 'ttalk=1')}>
        <TechTalks title="Tech Talks" now={NOW} />
      </HubProvider>
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Register' }, { timeout: 10000 }));
    expect(await screen.findByText(/SharePoint is busy\. Registering: trying again in [12] s \(attempt 2\)\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Register' })).toBeDisabled();
    expect(await screen.findByText(/You are registered/, {}, { timeout: 10000 })).toBeInTheDocument();
    expect(calls).toBe(2);
    expect(await services.talkRegistrations.getAll()).toHaveLength(1);
    expect(screen.queryByText(/SharePoint is busy/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Wait a moment and try again/)).not.toBeInTheDocument();
  });

  it('says so when a place came free for someone who was waiting', async () => {
    const services = fakeServices({ talks: talkService({ registrations: regs(10, 11, 13) }) });
    services.drafts.write('techTalks:place:1', 'waitlist');
    render(
      <HubProvider value={hubContext(services, 'ttalk=1')}>
        <TechTalks title="Tech Talks" now={NOW} />
      </HubProvider>
    );
    expect(await screen.findByText(/a place came free and it is yours/, {}, { timeout: 10000 })).toBeInTheDocument();
  });
});
