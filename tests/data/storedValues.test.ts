import { OFFICE, provisionedSite } from './localSite';

/**
 * Issue 15: "readers ignore what slipped in by another way". Values written around the data layer (raw REST) that it
 * would have refused are left out of the item when read, and named in `readIssues`; the item's other values stay.
 */
describe('reading values the app would not have written', () => {
  it('leaves out a javascript: recording link and a plain-http slides link, naming each; keeps the rest', async () => {
    const site = await provisionedSite();
    const talks = site.sp(OFFICE).web.lists.getByTitle('Tech Talks');
    await talks.items.add({ Title: 'Sound', StartsAt: '2026-12-10T12:00:00Z', RecordingUrl: { Url: 'https://example.org/rec', Description: 'Recording' } });
    const bad = await talks.items.add({
      Title: 'Forged links',
      StartsAt: '2026-12-11T12:00:00Z',
      RecordingUrl: { Url: 'javascript:alert(document.cookie)', Description: 'Watch' },
      SlidesUrl: { Url: 'http://example.org/slides', Description: 'Slides' }
    });
    const items = await site.services(OFFICE).techTalks.getAll();
    const broken = items.find((i) => i.id === bad.Id);
    expect(items.find((i) => i.title === 'Sound')).toMatchObject({ recordingUrl: { url: 'https://example.org/rec' } });
    expect(items.find((i) => i.title === 'Sound')?.readIssues).toBeUndefined();
    expect(broken).toMatchObject({ title: 'Forged links', startsAt: '2026-12-11T12:00:00Z' });
    expect(broken?.readIssues).toEqual([
      { field: 'recordingUrl', message: 'Recording must be a secure web address starting with https://.' },
      { field: 'slidesUrl', message: 'Slides must be a secure web address starting with https://.' }
    ]);
    expect(broken).not.toHaveProperty('recordingUrl');
    expect(broken).not.toHaveProperty('slidesUrl');
    expect((await site.services(OFFICE).techTalks.getById(bad.Id)).readIssues).toHaveLength(2);
  }, 60000);
});
