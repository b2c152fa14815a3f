import * as React from 'react';
import { configure, render, screen } from '@testing-library/react';
import { IHubServices } from '../../../src/domain/services';
import { MaturitySurvey } from '../../../src/features/maturitySurvey/MaturitySurvey';
import { HubProvider } from '../../../src/features/shared/HubContext';
import { FakeRepository, hubContext } from '../fakeServices';
import { answered, CHAMBERLAINS, ENVIRONMENT, FakeResponses, openedResponse, surveyServices, TOM } from './maturityFakes';

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
});
