import { HttpRequestError } from '@pnp/queryable';
import { spPostMerge } from '@pnp/sp';
import { body, headers } from '@pnp/queryable';
import { PermissionKind } from '@pnp/sp/security';
import { CHAMPION, newLocal, OWNER, pnp, STAFF } from './helpers';

const ROADMAP = 'Roadmap Initiatives';

async function status400(p: Promise<unknown>): Promise<string> {
  const error = (await p.catch((e: unknown) => e)) as HttpRequestError;
  expect(error.status).toBe(400);
  return (await error.response.json())['odata.error'].message.value;
}

describe('lists', () => {
  test('lists.ensure creates the list, then finds and updates it', async () => {
    const local = newLocal();
    const sp = pnp(local);
    const first = await sp.web.lists.ensure(ROADMAP, 'The roadmap', 100, false, { OnQuickLaunch: true });
    expect(first.created).toBe(true);
    const second = await sp.web.lists.ensure(ROADMAP, 'The roadmap, updated');
    expect(second.created).toBe(false);
    const list = await sp.web.lists.getByTitle(ROADMAP)();
    expect(list).toMatchObject({
      Title: ROADMAP, Description: 'The roadmap, updated', BaseTemplate: 100, ItemCount: 0, Hidden: false, WriteSecurity: 1, ReadSecurity: 1,
      EntityTypeName: 'RoadmapInitiativesList', ListItemEntityTypeFullName: 'SP.Data.RoadmapInitiativesListItem', OnQuickLaunch: true,
      'odata.type': 'SP.List', EnableVersioning: false,
    });
    expect((list as unknown as Record<string, unknown>).HasUniqueRoleAssignments).toBeUndefined();
    expect(await sp.web.lists.getById(list.Id).select('Title', 'HasUniqueRoleAssignments')()).toMatchObject({ Title: ROADMAP, HasUniqueRoleAssignments: false });
    expect((await sp.web.lists.select('Title')()).map((l: { Title: string }) => l.Title)).toEqual([ROADMAP]);
  });

  test('a duplicate title is refused; an unknown list property is 400', async () => {
    const local = newLocal();
    const sp = pnp(local);
    await sp.web.lists.add(ROADMAP);
    const dup = (await sp.web.lists.add(ROADMAP).catch((e: unknown) => e)) as HttpRequestError;
    expect(dup.status).toBe(500);
    expect(await status400(sp.web.lists.getByTitle(ROADMAP).update({ Colour: 'red' } as never))).toBe(
      "The property 'Colour' does not exist on type 'SP.List'. Make sure to only use property names that are defined by the type.");
  });
});

describe('fields', () => {
  async function withLists() {
    const local = newLocal();
    const sp = pnp(local);
    const departments = await sp.web.lists.add('Departments');
    await sp.web.lists.add(ROADMAP);
    return { local, sp, departmentsId: departments.Id as string, fields: () => sp.web.lists.getByTitle(ROADMAP).fields };
  }

  test('createFieldAsXml keeps the exact internal name, Indexed, EnforceUniqueValues, choices and lookups', async () => {
    const { fields, departmentsId } = await withLists();
    await fields().createFieldAsXml('<Field Type="Choice" Name="Workstream" StaticName="Workstream" DisplayName="Work stream" Required="TRUE" Indexed="TRUE"><CHOICES><CHOICE>Data &amp; Information</CHOICE><CHOICE>Digital Workplace</CHOICE></CHOICES><Default>Digital Workplace</Default></Field>');
    await fields().createFieldAsXml({ SchemaXml: `<Field Type="Lookup" Name="Department" DisplayName="Department" List="{${departmentsId}}" ShowField="Title" Indexed="TRUE" />`, Options: 8 });
    await fields().createFieldAsXml('<Field Type="UserMulti" Name="Sponsors" DisplayName="Sponsors" Mult="TRUE" UserSelectionMode="PeopleOnly" />');
    await fields().createFieldAsXml('<Field Type="Text" Name="RefCode" DisplayName="Reference" MaxLength="20" Indexed="TRUE" EnforceUniqueValues="TRUE" />');
    expect(await fields().getByInternalNameOrTitle('Workstream')()).toMatchObject({
      InternalName: 'Workstream', Title: 'Work stream', TypeAsString: 'Choice', FieldTypeKind: 6, Required: true, Indexed: true,
      Choices: ['Data & Information', 'Digital Workplace'], DefaultValue: 'Digital Workplace', 'odata.type': 'SP.FieldChoice',
    });
    expect(await fields().getByInternalNameOrTitle('Department')()).toMatchObject({ TypeAsString: 'Lookup', LookupList: `{${departmentsId}}`, LookupField: 'Title', AllowMultipleValues: false, Indexed: true });
    expect(await fields().getByInternalNameOrTitle('Sponsors')()).toMatchObject({ TypeAsString: 'UserMulti', FieldTypeKind: 20, AllowMultipleValues: true, SelectionMode: 0 });
    expect(await fields().getByInternalNameOrTitle('Reference')()).toMatchObject({ InternalName: 'RefCode', MaxLength: 20, EnforceUniqueValues: true, SchemaXml: expect.stringContaining('Name="RefCode"') });
  });

  test('fields.filter("Hidden eq false") lists the visible fields, built-ins included', async () => {
    const { fields } = await withLists();
    await fields().createFieldAsXml('<Field Type="Number" Name="Progress" DisplayName="Progress" Min="0" Max="100" />');
    const visible = (await fields().filter('Hidden eq false').select('InternalName')()).map((f: { InternalName: string }) => f.InternalName);
    expect(visible).toEqual(expect.arrayContaining(['Title', 'ID', 'Created', 'Modified', 'Author', 'Editor', 'Attachments', 'Progress']));
    expect(visible).not.toContain('GUID');
    expect(visible).not.toContain('ContentTypeId');
  });

  test('a missing field is 404', async () => {
    const { fields } = await withLists();
    await expect(fields().getByInternalNameOrTitle('Nope')()).rejects.toMatchObject({ status: 404 });
  });

  test('field update: base properties in JSON light; Choices need a verbose body typed SP.FieldChoice', async () => {
    const { fields } = await withLists();
    await fields().createFieldAsXml('<Field Type="Choice" Name="Stage" DisplayName="Stage"><CHOICES><CHOICE>Proposed</CHOICE></CHOICES></Field>');
    const stage = () => fields().getByInternalNameOrTitle('Stage');
    await stage().update({ Indexed: true, Required: true });
    expect(await stage()()).toMatchObject({ Indexed: true, Required: true });
    // PnPjs 4.21 field.update ignores its type argument and sends JSON light: SharePoint reads it as SP.Field
    expect(await status400(stage().update({ Choices: { results: ['Proposed', 'Approved'] } }, 'SP.FieldChoice'))).toBe(
      "The property 'Choices' does not exist on type 'SP.Field'. Make sure to only use property names that are defined by the type.");
    await spPostMerge(stage(), body({ __metadata: { type: 'SP.FieldChoice' }, Choices: { results: ['Proposed', 'Approved'] } },
      headers({ 'Content-Type': 'application/json;odata=verbose', Accept: 'application/json;odata=verbose' })));
    expect((await stage()()).Choices).toEqual(['Proposed', 'Approved']);
  });

  test('index rules: multi-value fields cannot be indexed; at most 20 indexes; unique needs an index', async () => {
    const { fields } = await withLists();
    await status400(fields().createFieldAsXml('<Field Type="MultiChoice" Name="Tags" DisplayName="Tags" Indexed="TRUE"><CHOICES><CHOICE>A</CHOICE></CHOICES></Field>'));
    await status400(fields().createFieldAsXml('<Field Type="Text" Name="Code" DisplayName="Code" EnforceUniqueValues="TRUE" />'));
    for (let i = 1; i <= 20; i += 1) await fields().createFieldAsXml(`<Field Type="Text" Name="I${i}" DisplayName="I${i}" Indexed="TRUE" />`);
    await fields().createFieldAsXml('<Field Type="Text" Name="I21" DisplayName="I21" />');
    await status400(fields().getByInternalNameOrTitle('I21').update({ Indexed: true }));
  });

  test('fields.addText / addChoice (verbose) and addLookup (AddField) create fields named from their titles', async () => {
    const { fields, departmentsId } = await withLists();
    await fields().addText('Short Name', { MaxLength: 50 });
    await fields().addChoice('Health', { Choices: ['On track', 'At risk'] });
    await fields().addLookup('Dept', { LookupListId: departmentsId, LookupFieldName: 'Title' });
    expect(await fields().getByInternalNameOrTitle('Short_x0020_Name')()).toMatchObject({ Title: 'Short Name', MaxLength: 50 });
    expect((await fields().getByTitle('Health')()).Choices).toEqual(['On track', 'At risk']);
    expect(await fields().getByInternalNameOrTitle('Dept')()).toMatchObject({ TypeAsString: 'Lookup', LookupList: `{${departmentsId}}` });
  });
});

describe('users and groups', () => {
  test('currentUser, ensureUser, siteUsers.getByEmail and getUserById', async () => {
    const local = newLocal();
    const me = await pnp(local, CHAMPION).web.currentUser();
    expect(me).toMatchObject({ Id: 15, Title: 'Jamie Clarke', Email: CHAMPION, LoginName: `i:0#.f|membership|${CHAMPION}`, IsSiteAdmin: false, PrincipalType: 1 });
    const sp = pnp(local);
    expect(await sp.web.ensureUser(`i:0#.f|membership|${STAFF}`)).toMatchObject({ Id: 19, Title: 'Dan Evans' });
    expect(await sp.web.siteUsers.getByEmail(STAFF)()).toMatchObject({ Id: 19 });
    expect(await sp.web.getUserById(10)()).toMatchObject({ Title: 'Alex Morgan', IsSiteAdmin: true });
    expect(await sp.web.siteUsers.getByLoginName(`i:0#.f|membership|${STAFF}`)()).toMatchObject({ Id: 19 });
    await expect(sp.web.siteUsers.getByEmail('nobody@example.org')()).rejects.toMatchObject({ status: 404 });
    expect(await sp.web.siteUsers.filter(`Email eq '${OWNER}'`)()).toHaveLength(1);
  });

  test('groups: members, the current user\'s groups, and changing membership changes permissions', async () => {
    const local = newLocal();
    const sp = pnp(local);
    expect((await sp.web.siteGroups.getByName('Programme Office').users()).map((u: { Title: string }) => u.Title)).toEqual(['Priya Shah']);
    expect((await pnp(local, STAFF).web.currentUser.groups()).map((g: { Title: string }) => g.Title)).toEqual(['Digital Strategy Members']);
    expect((await sp.web.associatedVisitorGroup()).Title).toBe('Digital Strategy Visitors');
    await sp.web.siteGroups.getByName('Digital Strategy Visitors').users.add(`i:0#.f|membership|${STAFF}`);
    await sp.web.siteGroups.getByName('Digital Strategy Members').users.removeByLoginName(`i:0#.f|membership|${STAFF}`);
    expect(await pnp(local, STAFF).web.currentUserHasPermissions(PermissionKind.AddListItems)).toBe(false);
    expect(await pnp(local, STAFF).web.currentUserHasPermissions(PermissionKind.ViewListItems)).toBe(true);
  });
});
