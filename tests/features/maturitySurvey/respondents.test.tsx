import * as React from 'react';
import { configure, fireEvent, render, screen, within } from '@testing-library/react';
import { IHubServices } from '../../../src/domain/services';
import { MaturitySurvey } from '../../../src/features/maturitySurvey/MaturitySurvey';
import { HubProvider } from '../../../src/features/shared/HubContext';
import { FakeRepository, hubContext } from '../fakeServices';
import { answered, CHAMBERLAINS, CLOSED, ENVIRONMENT, FakeResponses, OPEN, openedResponse, surveyServices, TOM } from './maturityFakes';

configure({ defaultHidden: true });

/** The survey offers only the departments a person answers for, and says who else has answered this round. */

const DAN = { id: 19, title: 'Dan Evans' };

function show(services: IHubServices, query = ''): void {
  render(
    <HubProvider value={hubContext(services, query)}>
      <MaturitySurvey title="Maturity Survey" startOn="survey" anonymiseResults={false} />
    </HubProvider>
  );
}

describe('who answers a department\'s survey', () => {
  it('tells someone who answers for no department who to ask, with no survey form', async () => {
    show(surveyServices({ currentUser: async () => DAN }), 'mdept=9');
    expect(await screen.findByText(/You are not a respondent for any department/)).toHaveTextContent('ask the Programme Office to add you');
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Value Focus' })).not.toBeInTheDocument();
  });

  it('chooses the department for a respondent of one, even when the address names another', async () => {
    const departments = new FakeRepository([{ ...CHAMBERLAINS, respondents: [TOM] }, ENVIRONMENT]);
    show(surveyServices({ departments }), 'mdept=1');
    expect(await screen.findByText('Environment', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText(/You answer for/)).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Value Focus' })).toBeInTheDocument();
    expect(screen.getByText(/Nobody has answered for Environment in 2026 Q4 yet/)).toBeInTheDocument();
  });

  it('says who submitted the department\'s response and that it is shared with the other respondents', async () => {
    const submitted = openedResponse(CHAMBERLAINS, {
      status: 'Submitted',
      submittedOn: '2026-03-03T10:00:00Z',
      submittedBy: TOM,
      editor: TOM,
      answers: JSON.stringify([answered('Value Focus', 1, 3), answered('Service Model', 2, 3), answered('Platform', 2, 4)])
    });
    show(surveyServices({}, new FakeResponses([submitted])), 'mdept=1');
    const line = await screen.findByText(/Tom Okafor submitted this on 3 March 2026/);
    expect(line).toHaveTextContent("You are editing Chamberlain's response, shared with its other respondent (Tom Okafor).");
  });

  it('says when the department\'s response has not been set up for the round (no form to add one)', async () => {
    show(surveyServices({}, new FakeResponses([])), 'mdept=9');
    expect(await screen.findByText(/Environment's response for 2026 Q4 has not been set up yet/)).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
  });

  it('lets the programme office apply the Departments list\'s respondents to the open round again', async () => {
    const open = jest.fn(async () => 9);
    const services = Object.assign(surveyServices(), { roundLocks: { lock: jest.fn(async () => 0), open } });
    show(services, 'mtab=rounds');
    fireEvent.click(await screen.findByRole('button', { name: 'Update respondents for round 2026 Q4' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent("Gives each department's respondents, as listed now in the Departments list, edit rights");
    fireEvent.click(within(dialog).getByRole('button', { name: 'Update respondents' }));
    expect(await screen.findByText('9 responses of 2026 Q4 now follow the respondents in the Departments list.')).toBeInTheDocument();
    expect(open).toHaveBeenCalledWith(OPEN.id, expect.any(Function));
  });

  it('opens a draft round by giving each department its response first, then marking it Open', async () => {
    const calls: string[] = [];
    const services = surveyServices();
    (services.assessmentRounds as unknown as { items: unknown[] }).items = [CLOSED, { ...OPEN, status: 'Draft' }];
    const update = services.assessmentRounds.update.bind(services.assessmentRounds);
    jest.spyOn(services.assessmentRounds, 'update').mockImplementation(async (...args) => {
      calls.push(`status ${String(args[1].status)}`);
      return update(...args);
    });
    Object.assign(services, { roundLocks: { lock: jest.fn(async () => 0), open: jest.fn(async () => { calls.push('open responses'); return 9; }) } });
    show(services, 'mtab=rounds');
    fireEvent.click(await screen.findByRole('button', { name: 'Open round 2026 Q4' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Open round' }));
    expect(await screen.findByText(/2026 Q4 is open: 9 departments can give their response/)).toBeInTheDocument();
    expect(calls).toEqual(['open responses', 'status Open']);
  });
});
