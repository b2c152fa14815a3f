import { isDataError } from '../../src/data/errors';
import { localSite, OWNER, STAFF } from './localSite';

describe('people for person columns, through SharePoint\'s people picker service', () => {
  it('finds people by the start of their first name, last name or e-mail, without site ids until ensured', async () => {
    const people = localSite().services(STAFF).people;
    expect((await people.search('gra')).map((p) => p.title)).toEqual(['Grace Lee']);
    expect((await people.search('OKAF')).map((p) => p.email)).toEqual(['tom.okafor@digitalhub.example']);
    expect((await people.search('priya.shah@')).map((p) => p.title)).toEqual(['Priya Shah']);
    expect((await people.search('gra'))[0].id).toBe(0);
  });

  it('does not search on fewer than two letters, and finds nobody for an unknown name', async () => {
    const people = localSite().services(OWNER).people;
    expect(await people.search('g')).toEqual([]);
    expect(await people.search('zzzz')).toEqual([]);
  });

  it('limits the suggestions to the number asked for', async () => {
    const people = localSite().services(OWNER).people;
    expect((await people.search('digitalhub', 3)).length).toBe(3);
  });

  it('ensures a chosen person as a site user, giving the id a person column stores', async () => {
    const people = localSite().services(OWNER).people;
    const grace = await people.ensure('grace.lee@digitalhub.example');
    expect(grace).toEqual({ id: expect.any(Number), title: 'Grace Lee', email: 'grace.lee@digitalhub.example' });
    expect(grace.id).toBeGreaterThan(0);
  });

  it('says clearly when a person is not in the directory', async () => {
    const people = localSite().services(OWNER).people;
    const error = await people.ensure('nobody@elsewhere.example').catch((e: unknown) => e);
    expect(isDataError(error, 'NotFound')).toBe(true);
  });
});
