import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { DataError } from '../../../src/domain/dataErrors';
import { IInitiative } from '../../../src/domain/entities';
import { RoadmapBoard } from '../../../src/features/roadmapBoard/RoadmapBoard';
import { HubProvider } from '../../../src/features/shared/HubContext';
import { readWithRetries } from '../../../src/features/shared/reading/readWithRetries';
import { fakeServices, hubContext } from '../fakeServices';

/** Issue 15: reads under throttling keep trying for a bounded time with visible progress; a failed permission check is said. */
const busy = (retryAfterMs?: number): DataError => new DataError('Throttled', 'SharePoint is busy right now.', 429, undefined, retryAfterMs);

describe('readWithRetries', () => {
  const clock = () => {
    let now = 0;
    const waits: number[] = [];
    return { now: () => now, wait: async (ms: number) => { waits.push(ms); now += ms; }, waits };
  };

  it('tries a throttled or offline read again, honouring Retry-After and backing off, and reports each wait', async () => {
    const { now, wait, waits } = clock();
    const failures = [busy(7000), new DataError('Offline', 'SharePoint could not be reached.'), busy()];
    const reported: unknown[] = [];
    const value = await readWithRetries(async () => { const f = failures.shift(); if (f) throw f; return 'read'; }, { now, wait, onRetry: (r) => reported.push(r && { attempt: r.attempt, offline: r.offline }) });
    expect(value).toBe('read');
    expect(waits).toEqual([7000, 4000, 8000]);
    expect(reported).toEqual([{ attempt: 2, offline: false }, { attempt: 3, offline: true }, { attempt: 4, offline: false }, undefined]);
  });

  it('gives up when the next wait would pass the limit, and at once on a failure that will not pass', async () => {
    const { now, wait, waits } = clock();
    await expect(readWithRetries(async () => { throw busy(); }, { now, wait, limitMs: 30000 })).rejects.toMatchObject({ kind: 'Throttled' });
    expect(waits).toEqual([2000, 4000, 8000, 16000]);
    const denied = new DataError('AccessDenied', 'No.', 403);
    const once = jest.fn(async () => { throw denied; });
    await expect(readWithRetries(once, { now, wait })).rejects.toBe(denied);
    expect(once).toHaveBeenCalledTimes(1);
  });
});

describe('a busy SharePoint on the page', () => {
  afterEach(() => jest.useRealTimers());

  it('says it is still loading and trying again, then shows the roadmap; a failed permission check is said, not hidden', async () => {
    jest.useFakeTimers();
    const services = fakeServices();
    const initiatives: IInitiative[] = [{ id: 1, title: 'Modernise Telephony', workstream: 'Connected Customers', stage: 'Approved' } as IInitiative];
    let reads = 0;
    jest.spyOn(services.initiatives, 'getAll').mockImplementation(async () => {
      reads += 1;
      if (reads <= 2) throw busy(3000);
      return initiatives;
    });
    const permissions = jest.spyOn(services.initiatives, 'permissions').mockRejectedValue(new DataError('AccessDenied', 'You do not have permission to do that here.', 403));
    render(<HubProvider value={hubContext(services)}><RoadmapBoard title="Roadmap Board" /></HubProvider>);
    expect(await screen.findByText(/SharePoint is busy\. Still loading: trying again in 3 s \(attempt 2\)/)).toBeInTheDocument();
    await act(async () => { await jest.advanceTimersByTimeAsync(3000); });
    expect(await screen.findByText(/trying again in \d s \(attempt 3\)/)).toBeInTheDocument();
    await act(async () => { await jest.advanceTimersByTimeAsync(4000); });
    expect(await screen.findByText('Modernise Telephony')).toBeInTheDocument();
    expect(screen.queryByText(/SharePoint is busy/)).not.toBeInTheDocument();
    expect(screen.getByText(/could not check what you may change on the roadmap/)).toBeInTheDocument();
    permissions.mockResolvedValue({ canAdd: true, canEditAll: true });
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Check again' })); await jest.advanceTimersByTimeAsync(10); });
    expect(screen.queryByText(/could not check what you may change/)).not.toBeInTheDocument();
  });
});
