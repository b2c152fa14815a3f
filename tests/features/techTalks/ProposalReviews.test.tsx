import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { IEntity, IProposalDecision, IProposalReview, ITalkProposal } from '../../../src/domain/entities';
import { IHubServices } from '../../../src/domain/services';
import { HubProvider } from '../../../src/features/shared/HubContext';
import { ProposalsView } from '../../../src/features/techTalks/ProposalsView';
import { fakeServices, FakeRepository, hubContext } from '../fakeServices';

/** A repository whose list permissions are those of the person viewing (FakeRepository lets everyone do everything). */
class Rights<T extends IEntity> extends FakeRepository<T> {
  public constructor(items: T[], private readonly rights: { canAdd: boolean; canEditAll: boolean }) {
    super(items);
  }
  public async permissions(): Promise<{ canAdd: boolean; canEditAll: boolean }> {
    return this.rights;
  }
}

const MARIA = { id: 20, title: 'Maria Silva' };
const JAMIE = { id: 15, title: 'Jamie Clarke' };
const GRACE = { id: 13, title: 'Grace Lee' };
const PRIYA = { id: 11, title: 'Priya Shah' };
const DAN = { id: 19, title: 'Dan Evans' };
const proposal: ITalkProposal = { id: 1, title: 'Excel tips for budget monitoring', abstract: 'Formulas and tables.', speakers: 'Maria Silva', author: MARIA };
const review = (id: number, author: typeof JAMIE, score: number, comment: string): IProposalReview => ({ id, title: '', proposal: { id: 1, title: proposal.title }, score, comment, author, etag: '"1"' });

function services(me: typeof JAMIE, reviews: IProposalReview[], rights: { canAdd: boolean; canEditAll: boolean }, decides = false): IHubServices {
  const reviewList = new Rights<IProposalReview>(reviews, rights);
  reviewList.keyAuthor = () => me;
  return fakeServices({
    talkProposals: new Rights<ITalkProposal>([proposal], { canAdd: true, canEditAll: decides }),
    proposalDecisions: new Rights<IProposalDecision>([], { canAdd: decides, canEditAll: decides }),
    proposalReviews: reviewList,
    currentUser: async () => me
  });
}

const show = (hub: IHubServices) =>
  render(
    <HubProvider value={hubContext(hub)}>
      <ProposalsView onOpenTalk={() => undefined} />
    </HubProvider>
  );

describe('proposal reviews in the Proposals view', () => {
  it('shows the programme office each reviewer\'s score and comment, with the mean and count', async () => {
    show(services(PRIYA, [review(1, JAMIE, 4, 'Practical.'), review(2, GRACE, 5, 'Budget holders would come.')], { canAdd: true, canEditAll: true }, true));
    expect(await screen.findByText('Reviews: Mean 4.5 out of 5 from 2 reviews', {}, { timeout: 10000 })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: `Reviews of ${proposal.title}` });
    expect(list).toHaveTextContent('Jamie Clarke: 4 out of 5 (strong)');
    expect(list).toHaveTextContent('Practical.');
    expect(list).toHaveTextContent('Grace Lee: 5 out of 5 (run it soon)');
    // Reviewing is optional for the programme office: the form opens on request.
    fireEvent.click(screen.getByRole('button', { name: `Add your review of ${proposal.title}` }));
    expect(screen.getByRole('form', { name: `Your review of ${proposal.title}` })).toBeInTheDocument();
  });

  it('shows no reviews and no review form to staff, who see only their own proposals', async () => {
    show(services(DAN, [], { canAdd: false, canEditAll: false }));
    expect(await screen.findByText('You have not proposed a talk yet.', {}, { timeout: 10000 })).toBeInTheDocument();
    expect(screen.queryByText(/^Reviews:/)).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: /Your review/ })).not.toBeInTheDocument();
  });

  it('lets a reviewer score a proposal, one review each, without seeing other reviews', async () => {
    const hub = services(JAMIE, [], { canAdd: true, canEditAll: false });
    show(hub);
    const form = await screen.findByRole('form', { name: `Your review of ${proposal.title}` }, { timeout: 10000 });
    expect(screen.getByText('Proposals to review')).toBeInTheDocument();
    expect(screen.queryByText(/^Reviews:/)).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Save my review' }));
    expect(await screen.findByText('Choose a score from 1 to 5.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: '4 (strong)' }));
    fireEvent.change(screen.getByLabelText('Comment for the programme office'), { target: { value: 'Timely for budget season.' } });
    expect(form).toHaveTextContent('Not saved yet: kept on this device until you save it.');
    fireEvent.click(screen.getByRole('button', { name: 'Save my review' }));
    await screen.findByText(/Saved to SharePoint at/);
    const reviews = (hub.proposalReviews as FakeRepository<IProposalReview>).items;
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ proposal: { id: 1 }, score: 4, comment: 'Timely for budget season.' });
    expect(hub.drafts.read('techTalks:review:1')).toBeUndefined();
  });

  it('keeps an unsaved score on the device and brings it back', async () => {
    const hub = services(JAMIE, [], { canAdd: true, canEditAll: false });
    const first = show(hub);
    await screen.findByRole('form', { name: `Your review of ${proposal.title}` }, { timeout: 10000 });
    fireEvent.click(screen.getByRole('radio', { name: '2 (weak)' }));
    first.unmount();
    show(hub);
    await waitFor(() => expect(screen.getByRole('radio', { name: '2 (weak)' })).toBeChecked(), { timeout: 10000 });
  });

  it('does not offer a reviewer their own proposal to review', async () => {
    show(services(MARIA, [], { canAdd: true, canEditAll: false }));
    expect(await screen.findByText(proposal.title, {}, { timeout: 10000 })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: /Your review/ })).not.toBeInTheDocument();
  });

  it('keeps a proposal being written on the device, brings it back after a reload, and sends it', async () => {
    const hub = services(DAN, [], { canAdd: false, canEditAll: false });
    const first = show(hub);
    fireEvent.click(await screen.findByRole('button', { name: 'Propose a talk' }, { timeout: 10000 }));
    fireEvent.change(screen.getByLabelText(/^Title/), { target: { value: 'Chatbots for resident enquiries' } });
    first.unmount();
    show(hub);
    expect(await screen.findByText(/Your proposal from earlier, not sent yet, is back/, {}, { timeout: 10000 })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Chatbots for resident enquiries');
    fireEvent.click(screen.getByRole('button', { name: 'Send proposal' }));
    expect(await screen.findByText('Say in a few sentences what the talk is about.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText(/^Abstract/), { target: { value: 'A weekend prototype.' } });
    fireEvent.change(screen.getByLabelText(/^Speaker/), { target: { value: 'Dan Evans' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send proposal' }));
    expect(await screen.findByText(/your proposal is sent to the programme office/)).toBeInTheDocument();
    expect((hub.talkProposals as FakeRepository<ITalkProposal>).items.map((p) => p.title)).toContain('Chatbots for resident enquiries');
    expect(hub.drafts.read('techTalks:proposal:new')).toBeUndefined();
  });
});
