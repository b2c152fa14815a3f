import * as React from 'react';
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { DataError } from '../../../src/domain/dataErrors';
import { IMaturityResponse } from '../../../src/domain/entities';
import { ILocalDraft } from '../../../src/domain/maturity/draftResume';
import { IHubServices } from '../../../src/domain/services';
import { MaturitySurvey } from '../../../src/features/maturitySurvey/MaturitySurvey';
import { HubProvider } from '../../../src/features/shared/HubContext';
import { readDeviceDraft } from '../../../src/features/shared/saving/ItemSaver';
import { hubContext } from '../fakeServices';
import { answered, CLOSED, ENVIRONMENT, FakeResponses, GRACE, OPEN, openedResponse, surveyServices } from './maturityFakes';

// Role queries skip jsdom's slow visibility check (nothing here is hidden by CSS; dialogs and closed tabs are not rendered).
configure({ defaultHidden: true });

function show(services: IHubServices, query = 'mdept=9', props: Partial<React.ComponentProps<typeof MaturitySurvey>> = {}) {
  const context = hubContext(services, query);
  render(
    <HubProvider value={context}>
      <MaturitySurvey title="Maturity Survey" startOn="survey" anonymiseResults={false} {...props} />
    </HubProvider>
  );
  return context;
}

const group = (name: RegExp): HTMLElement => screen.getByRole('radiogroup', { name });
const checked = (name: RegExp): string | undefined => within(group(name)).queryAllByRole('radio').find((r) => r.getAttribute('aria-checked') === 'true')?.getAttribute('aria-label') ?? undefined;
const key = (k: string): void => {
  fireEvent.keyDown(document.activeElement as Element, { key: k });
};

const previousResponse = (values: Partial<IMaturityResponse> = {}): IMaturityResponse => ({
  id: 7,
  title: '',
  status: 'Submitted',
  round: { id: CLOSED.id, title: CLOSED.title },
  department: { id: ENVIRONMENT.id, title: ENVIRONMENT.title },
  author: GRACE,
  answers: JSON.stringify([answered('Value Focus', 1, 3, { evidence: 'Mostly statutory reporting', confidence: 'Medium' }), answered('Service Model', 2, 3), answered('Platform', 2, 4)]),
  ...values
});

describe('the survey, by keyboard', () => {
  it('chooses levels with the arrow keys (one tab stop per group), moves on, and submits one response', async () => {
    const services = surveyServices();
    show(services);
    // the file's first render loads Fluent UI's styles (slow on a busy machine)
    await screen.findByRole('heading', { name: 'Value Focus' }, { timeout: 5000 });
    expect(screen.getByText('Step 1 of 3: 0 of 3 dimensions answered')).toBeInTheDocument();
    const current = within(group(/Current level: where is Environment now/)).getAllByRole('radio');
    expect(current.map((r) => r.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    expect(current[1]).toHaveAccessibleName('Level 2: Open / Developing, Transparency');

    act(() => current[0].focus());
    key('ArrowRight');
    expect(checked(/Current level/)).toBe('Level 2: Open / Developing, Transparency');
    expect(document.activeElement).toBe(current[1]);
    key('End');
    key('ArrowRight'); // wraps to the first
    key('ArrowDown');
    expect(checked(/Current level/)).toMatch(/^Level 2/);
    const target = within(group(/Target level: where should Environment be by 2029/)).getAllByRole('radio');
    act(() => target[0].focus());
    key(' ');
    key('ArrowRight');
    key('ArrowRight');
    expect(checked(/Target level/)).toMatch(/^Level 3/);
    expect(within(group(/Target level/)).getAllByRole('radio').map((r) => r.tabIndex)).toEqual([-1, -1, 0, -1, -1]);

    fireEvent.click(screen.getByRole('button', { name: /Next: Service Model/ }));
    await waitFor(() => expect(document.activeElement).toHaveTextContent('Service Model'));
    expect(screen.getByRole('button', { name: '1. Value Focus, answered' })).toBeInTheDocument();
    expect(screen.getByText('Step 2 of 3: 1 of 3 dimensions answered')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Review' }));
    const review = await screen.findByRole('heading', { name: 'Review and submit' });
    expect(review).toHaveFocus();
    expect(screen.getByText(/2 dimensions still need a current and a target level/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Platform' }));
    await screen.findByRole('heading', { name: 'Platform' });
    for (const [label, level] of [[/Current level/, 2], [/Target level/, 4]] as const) {
      const radios = within(group(label)).getAllByRole('radio');
      act(() => radios[0].focus());
      key('Enter');
      for (let i = 1; i < level; i++) key('ArrowRight');
    }
    fireEvent.click(screen.getByRole('button', { name: '2. Service Model, not answered yet' }));
    await screen.findByRole('heading', { name: 'Service Model' });
    fireEvent.click(within(group(/Current level/)).getAllByRole('radio')[1]);
    fireEvent.click(within(group(/Target level/)).getAllByRole('radio')[2]);
    fireEvent.click(screen.getByRole('button', { name: /Next: Platform/ }));
    fireEvent.click(await screen.findByRole('button', { name: /Review answers/ }));

    const submit = await screen.findByRole('button', { name: 'Submit for Environment' });
    expect(screen.getByText('Overall (the median of the dimension levels): current 2, target 3.')).toBeInTheDocument();
    fireEvent.click(submit);
    fireEvent.click(submit);
    expect(await screen.findByText(/^Submitted on/)).toBeInTheDocument();
    expect(services.responses.items).toHaveLength(1);
    expect(services.responses.items[0]).toMatchObject({ status: 'Submitted', overallCurrent: 2, overallTarget: 3, department: ENVIRONMENT });
  }, 20000);

  it('asks why when the target is below the current level, and lists it on the review', async () => {
    show(surveyServices());
    await screen.findByRole('heading', { name: 'Value Focus' });
    fireEvent.click(within(group(/Current level/)).getAllByRole('radio')[3]);
    fireEvent.click(within(group(/Target level/)).getAllByRole('radio')[1]);
    expect(screen.getByRole('radiogroup', { name: /Target level/ })).toHaveAccessibleDescription(/The target is below the current level/);
    expect(screen.getByRole('textbox', { name: /Why is the target below the current level/ })).toBeRequired();
    fireEvent.click(screen.getByRole('button', { name: 'Review' }));
    expect(await screen.findByText(/The target is below the current level: say why, or raise the target./)).toBeInTheDocument();
  });

  it('counts evidence characters against the limit and says when there are too many', async () => {
    show(surveyServices());
    await screen.findByRole('heading', { name: 'Value Focus' });
    const evidence = screen.getByRole('textbox', { name: 'Evidence' });
    fireEvent.change(evidence, { target: { value: 'Online forms feed the CRM' } });
    expect(screen.getByText('25 of 1,000 characters')).toBeInTheDocument();
    fireEvent.change(evidence, { target: { value: 'x'.repeat(1001) } });
    expect(await screen.findByText('Keep the evidence to 1000 characters or fewer (it has 1001).')).toBeInTheDocument();
    expect(evidence).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('picking up where the manager was', () => {
  it('remembers the department on this device and offers last round\'s answers as the starting point', async () => {
    const services = surveyServices({}, new FakeResponses([previousResponse(), openedResponse()]));
    show(services, '');
    fireEvent.click(await screen.findByLabelText('Department or service you are assessing'));
    fireEvent.click(await screen.findByRole('option', { name: 'Environment' }));
    await screen.findByRole('heading', { name: 'Value Focus' });
    expect(services.drafts.read(`maturity:department:${GRACE.id}`)).toBe(ENVIRONMENT.id);
    expect(screen.getByText(/Last round \(2025 Q4\):/).parentElement).toHaveTextContent(
      'Last round (2025 Q4): current Level 1: E-Government / Initial, target Level 3: Data-Centric / Defined, medium confidence. Evidence: “Mostly statutory reporting”'
    );
    expect(screen.getByRole('radio', { name: /Level 1: E-Government \/ Initial, Compliance \(last round\)/ })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: "Start from last round's answers" }));
    expect(checked(/Current level/)).toMatch(/^Level 1/);
    expect(screen.getByRole('textbox', { name: 'Evidence' })).toHaveValue('Mostly statutory reporting');
    expect(screen.getByText('Step 1 of 3: 3 of 3 dimensions answered')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: "Start from last round's answers" })).not.toBeInTheDocument();
  });

  it('resumes unsaved answers kept on this device at the step the manager was on (after a reload)', async () => {
    const services = surveyServices();
    const draft: ILocalDraft = { answers: [answered('Value Focus', 2, 3), answered('Service Model', 1, 2)], step: 2, dirty: true };
    services.drafts.write(`maturity:${OPEN.id}:${ENVIRONMENT.id}:${GRACE.id}`, draft);
    show(services);
    await screen.findByRole('heading', { name: 'Platform' });
    expect(screen.getByText('Step 3 of 3: 2 of 3 dimensions answered')).toBeInTheDocument();
    await waitFor(() => expect(services.responses.items).toHaveLength(1));
    expect(services.responses.items[0].answers).toBe(JSON.stringify(draft.answers));
  });

  it('says when a save fails and that the answers are kept on this device, then saves on "Try now"', async () => {
    const services = surveyServices();
    show(services);
    await screen.findByRole('heading', { name: 'Value Focus' });
    services.responses.failNext = { update: new DataError('Offline', 'SharePoint could not be reached.') };
    fireEvent.click(within(group(/Current level/)).getAllByRole('radio')[0]);
    const offline = 'Offline — kept on this device. Saving to SharePoint when the connection is back.';
    // shown, and announced (a problem is; routine saving is not)
    await waitFor(() => expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain(offline), { timeout: 4000 });
    expect(screen.getAllByText(offline)).toHaveLength(2);
    expect(readDeviceDraft<IMaturityResponse>(services.drafts, `maturity:${OPEN.id}:${ENVIRONMENT.id}:${GRACE.id}`)?.mine.answers).toMatch(/"dimension":"Value Focus","current":1/);
    fireEvent.click(screen.getByRole('button', { name: 'Try now' }));
    expect(await screen.findByText(/^Saved to SharePoint at \d\d:\d\d$/)).toBeInTheDocument();
    expect(screen.getAllByRole('status').map((s) => s.textContent)).not.toContain(offline);
  });

  it('shows both versions when someone else changed the response meanwhile', async () => {
    const own: IMaturityResponse = { ...previousResponse({ id: 60, status: 'Draft', round: { id: OPEN.id, title: OPEN.title }, answers: JSON.stringify([answered('Value Focus', 1, 2)]) }), etag: '"1"' };
    const services = surveyServices({}, new FakeResponses([own]));
    show(services);
    await screen.findByRole('heading', { name: 'Value Focus' });
    await services.responses.update(60, { answers: JSON.stringify([answered('Value Focus', 3, 4)]) }, '"1"');
    fireEvent.click(within(group(/Target level/)).getAllByRole('radio')[4]);
    const dialog = await screen.findByRole('alertdialog', {}, { timeout: 4000 });
    expect(dialog).toHaveTextContent('“Environment\'s response for 2026 Q4” was changed by someone else');
    expect(dialog).toHaveTextContent('Current Level 3: Data-Centric / Defined; target Level 4: Fully Digital / Managed');
    expect(dialog).toHaveTextContent('Current Level 1: E-Government / Initial; target Level 5: Smart / Optimizing');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(services.responses.items[0].answers).toBe(JSON.stringify([answered('Value Focus', 1, 5)])));
  });
});

describe('rounds in the survey', () => {
  it('shows a closed round\'s response read-only, and says when the round closed', async () => {
    show(surveyServices({}, new FakeResponses([previousResponse()])), 'mdept=9', { roundId: CLOSED.id });
    expect(await screen.findByText('The 2025 Q4 round closed on 19 December 2025. Its responses are read-only.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: "Environment's answers" })).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Submit/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Change/ })).not.toBeInTheDocument();
  });

  it('keeps the tab in the page address', async () => {
    const context = show(surveyServices(), 'other=1&mdept=9');
    fireEvent.click(await screen.findByRole('tab', { name: 'Results' }));
    expect(context.host.pageState.read()).toBe('other=1&mdept=9&mtab=results');
  });
});

describe('the Rounds tab', () => {
  const officeServices = () => {
    const services = surveyServices();
    // closing records the results and the Closed status in one write, then locks (src/data/maturity/roundLocks.ts)
    const close = jest.fn(async (id: number, progress?: (p: { done: number; total: number; message: string }) => void) => {
      const round = await services.assessmentRounds.getById(id);
      await services.assessmentRounds.update(id, { status: 'Closed' }, round.etag ?? '*');
      progress?.({ done: 1, total: 2, message: 'Made 1 of 2 responses read-only' });
      return 2;
    });
    const locks = { close, open: jest.fn(async () => 2) };
    return Object.assign(services, { roundLocks: locks });
  };

  it('is only for people who may edit the rounds', async () => {
    const services = surveyServices();
    jest.spyOn(services.assessmentRounds, 'permissions').mockResolvedValue({ canAdd: false, canEditAll: false });
    show(services, 'mtab=rounds&mdept=9');
    await screen.findByRole('heading', { name: 'Value Focus' });
    expect(screen.queryByRole('tab', { name: 'Rounds' })).not.toBeInTheDocument();
  });

  it('closes a round after a confirmation, locking its responses with progress shown', async () => {
    const services = officeServices();
    show(services, 'mtab=rounds');
    const close = await screen.findByRole('button', { name: 'Close round 2026 Q4' });
    expect(screen.getByRole('button', { name: 'Reopen round 2025 Q4' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Reopen round 2025 Q4' })).toHaveAccessibleDescription('Close 2026 Q4 first: only one round of a model can be open at a time.');
    expect(screen.getByText('Close 2026 Q4 first: only one round of a model can be open at a time.')).toBeInTheDocument();
    fireEvent.click(close);
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Close 2026 Q4?');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close round' }));
    expect(await screen.findByText('2026 Q4 is closed. Its results are recorded for everyone to see, and 2 responses are now read-only.')).toBeInTheDocument();
    expect(services.roundLocks.close).toHaveBeenCalledWith(OPEN.id, expect.any(Function));
    expect((await services.assessmentRounds.getById(OPEN.id)).status).toBe('Closed');
  });

  it('says why when closing fails, leaving the round open', async () => {
    const services = officeServices();
    services.roundLocks.close.mockRejectedValueOnce(new DataError('AccessDenied', 'Closing or reopening a round changes who may edit its responses.', 403));
    show(services, 'mtab=rounds');
    fireEvent.click(await screen.findByRole('button', { name: 'Close round 2026 Q4' }));
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close round' }));
    expect(await within(dialog).findByText('Closing or reopening a round changes who may edit its responses.')).toBeInTheDocument();
    expect((await services.assessmentRounds.getById(OPEN.id)).status).toBe('Open');
    expect(within(dialog).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Back to the rounds' })).toBeEnabled();
  });

  it('flags an open round whose closing date has passed', async () => {
    const services = surveyServices();
    (services.assessmentRounds as unknown as { items: unknown[] }).items = [CLOSED, { ...OPEN, closesOn: '2020-01-01T00:00:00Z' }];
    show(services, 'mtab=rounds');
    expect(await screen.findByText('Closing date passed: close the round when the last responses are in.')).toBeInTheDocument();
  });

  it('reopens a closed round: edit rights back first, then Open', async () => {
    const services = officeServices();
    (services.assessmentRounds as unknown as { items: unknown[] }).items = [CLOSED, { ...OPEN, status: 'Draft' }];
    show(services, 'mtab=rounds');
    fireEvent.click(await screen.findByRole('button', { name: 'Reopen round 2025 Q4' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Reopen round' }));
    expect(await screen.findByText(/2025 Q4 is open again/)).toBeInTheDocument();
    expect(services.roundLocks.open).toHaveBeenCalledWith(CLOSED.id, expect.any(Function));
    expect((await services.assessmentRounds.getById(CLOSED.id)).status).toBe('Open');
  });
});
