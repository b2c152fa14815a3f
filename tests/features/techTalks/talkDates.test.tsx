import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { IEntity, IProposalDecision, IProposalReview, ITalkProposal, ITechTalk } from '../../../src/domain/entities';
import { HubProvider } from '../../../src/features/shared/HubContext';
import { ProposalsView } from '../../../src/features/techTalks/ProposalsView';
import { TalkForm } from '../../../src/features/techTalks/TalkForm';
import { fakeServices, FakeRepository, hubContext } from '../fakeServices';
import { BAD_TYPED_DATES, typeDate } from '../typeDate';

/** Issue 15: a typed date (or time) that is not one is named in the Tech Talks forms, and nothing is saved. */
class Rights<T extends IEntity> extends FakeRepository<T> {
  public async permissions(): Promise<{ canAdd: boolean; canEditAll: boolean }> {
    return { canAdd: true, canEditAll: true };
  }
}

describe('the talk form\'s dates and times', () => {
  const show = () => {
    const techTalks = new FakeRepository<ITechTalk>();
    const saved: ITechTalk[] = [];
    render(
      <HubProvider value={hubContext(fakeServices({ techTalks }))}>
        <TalkForm draftKey="test:talk:new" saveLabel="Add talk" onSaved={(t) => saved.push(t)} onCancel={() => undefined} />
      </HubProvider>
    );
    fireEvent.change(screen.getByRole('textbox', { name: /^Title/ }), { target: { value: 'Copilot one year on' } });
    return { techTalks, saved };
  };

  it.each(BAD_TYPED_DATES)('names %p in "Starts at" and in "Registration closes", and adds no talk', async (typed, message) => {
    const { techTalks, saved } = show();
    typeDate(screen.getByRole('combobox', { name: 'Starts at – date' }), typed);
    fireEvent.change(screen.getByRole('textbox', { name: /Starts at – time/ }), { target: { value: '12:30' } });
    typeDate(screen.getByRole('combobox', { name: 'Registration closes – date' }), typed);
    expect(await screen.findByText(`Starts at: ${message}`)).toBeInTheDocument();
    expect(screen.getByText(`Registration closes: ${message}`)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Add talk' }));
    await waitFor(() => expect(screen.getByText('Check the highlighted fields.')).toBeInTheDocument());
    expect(techTalks.items).toEqual([]);
    expect(saved).toEqual([]);
  });

  it('names a time that is not a time, and saves the talk once both are put right', async () => {
    const { techTalks } = show();
    typeDate(screen.getByRole('combobox', { name: 'Starts at – date' }), '19/1/2027');
    fireEvent.change(screen.getByRole('textbox', { name: /Starts at – time/ }), { target: { value: '25:00' } });
    expect(await screen.findByText('Starts at: "25:00" is not a time. Type it on the 24-hour clock, such as 12:30 or 09:05.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Add talk' }));
    await waitFor(() => expect(screen.getByText('Check the highlighted fields.')).toBeInTheDocument());
    expect(techTalks.items).toEqual([]);
    fireEvent.change(screen.getByRole('textbox', { name: /Starts at – time/ }), { target: { value: '12:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add talk' }));
    await waitFor(() => expect(techTalks.items).toHaveLength(1));
    expect(techTalks.items[0]).toMatchObject({ startsAt: '2027-01-19T12:30:00Z' });
  });
});

describe('scheduling a proposal as a talk', () => {
  it.each(BAD_TYPED_DATES)('names %p and schedules nothing (the decision stays Accepted)', async (typed, message) => {
    const proposal: ITalkProposal = { id: 1, title: 'Excel tips for budget monitoring', abstract: 'Formulas and tables.', speakers: 'Maria Silva', author: { id: 20, title: 'Maria Silva' } };
    const techTalks = new FakeRepository<ITechTalk>();
    const accepted: IProposalDecision = { id: 1, title: proposal.title, proposal: { id: 1, title: proposal.title }, status: 'Accepted', etag: '"1"' };
    const decisions = new Rights<IProposalDecision>([accepted]);
    render(
      <HubProvider
        value={hubContext(
          fakeServices({ talkProposals: new Rights<ITalkProposal>([proposal]), proposalDecisions: decisions, proposalReviews: new Rights<IProposalReview>(), techTalks, currentUser: async () => ({ id: 11, title: 'Priya Shah' }) })
        )}
      >
        <ProposalsView onOpenTalk={() => undefined} />
      </HubProvider>
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Schedule' }, { timeout: 10000 }));
    typeDate(screen.getByRole('combobox', { name: 'Talk starts at – date' }), typed);
    expect(await screen.findByText(`Talk starts at: ${message}`)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Schedule talk' }));
    expect(await screen.findByText('Check the talk\'s date and time.')).toBeInTheDocument();
    expect(techTalks.items).toEqual([]);
    expect(decisions.items).toEqual([accepted]);
  });
});

describe('a proposal\'s preferred month', () => {
  it.each([
    ['13/2027', 'Preferred month: "13/2027" is not a month: there are 12 months.'],
    ['0/0', 'Preferred month: "0/0" is not a month: months start at 1.'],
    ['spring', 'Preferred month: "spring" is not a month we can read. Type it as month and year, such as March 2027 or 3/2027.']
  ])('names %p and sends nothing; "March 2027" is sent as 2027-03', async (typed, message) => {
    const talkProposals = new Rights<ITalkProposal>();
    render(
      <HubProvider value={hubContext(fakeServices({ talkProposals, proposalDecisions: new Rights<IProposalDecision>(), proposalReviews: new Rights<IProposalReview>(), currentUser: async () => ({ id: 19, title: 'Dan Evans' }) }))}>
        <ProposalsView onOpenTalk={() => undefined} />
      </HubProvider>
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Propose a talk' }, { timeout: 10000 }));
    fireEvent.change(screen.getByRole('textbox', { name: /^Title/ }), { target: { value: 'Excel tips' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Abstract/ }), { target: { value: 'Formulas and tables.' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Speaker/ }), { target: { value: 'Maria Silva' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Preferred month' }), { target: { value: typed } });
    fireEvent.click(screen.getByRole('button', { name: 'Send proposal' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(talkProposals.items).toEqual([]);
    fireEvent.change(screen.getByRole('textbox', { name: 'Preferred month' }), { target: { value: 'March 2027' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send proposal' }));
    await waitFor(() => expect(talkProposals.items).toHaveLength(1));
    expect(talkProposals.items[0]).toMatchObject({ preferredMonth: '2027-03' });
  });
});
