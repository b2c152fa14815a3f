import { fieldSchemaXml } from '../../src/data/schema/fieldXml';
import { LISTS, listDefinition } from '../../src/data/schema/lists';

describe('the list schema', () => {
  it('defines every list of the data model with unique titles and internal names without spaces', () => {
    expect(LISTS.map((l) => l.title)).toEqual(
      expect.arrayContaining(['Departments', 'Roadmap Initiatives', 'Prioritisation Criteria', 'Initiative Scores', 'Maturity Models', 'Maturity Dimensions', 'Assessment Rounds', 'Maturity Responses', 'Strategy KPIs', 'KPI Measurements', 'Digital Champions', 'Champion Activities', 'Activity Points', 'Tech Talks', 'Talk Registrations'])
    );
    expect(new Set(LISTS.map((l) => l.title)).size).toBe(LISTS.length);
    for (const list of LISTS) for (const field of list.fields) expect(field.internalName).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
  });

  it('orders lists so every lookup target is provisioned first', () => {
    LISTS.forEach((list, index) => {
      for (const field of list.fields.filter((f) => f.kind === 'Lookup')) {
        const target = LISTS.findIndex((l) => l.key === field.lookupList);
        expect(target).toBeGreaterThanOrEqual(0);
        expect(target).toBeLessThan(index);
      }
    });
  });

  it('keeps within SharePoint limits: at most 20 indexes, no indexed multi-value fields, unique implies indexed', () => {
    for (const list of LISTS) {
      expect(list.fields.filter((f) => f.indexed).length).toBeLessThanOrEqual(20);
      for (const field of list.fields) {
        if (field.kind === 'MultiChoice') expect(field.indexed).toBeFalsy();
        if (field.unique) expect(field.indexed).toBe(true);
      }
    }
  });

  it('makes contribution lists own-items and large lists lead with indexed columns', () => {
    for (const key of ['talkRegistrations'] as const) {
      expect(listDefinition(key).editors).toBe('ownItems');
    }
    // Issue 15: a scorer's scores live in their own private folder (the folder's owner is the scorer).
    expect(listDefinition('scores')).toEqual(expect.objectContaining({ editors: 'ownFolders', privateFolders: { group: 'Scoring Panel' } }));
    // A champion's activities live in their own folder, which only they add to (see README "Champions Hub").
    expect(listDefinition('activities').editors).toBe('ownFolders');
    expect(listDefinition('activities').fields.find((f) => f.internalName === 'ActivityDate')?.indexed).toBe(true);
  });
});

describe('fieldSchemaXml', () => {
  it('keeps the internal name, flags and escaped choices', () => {
    const xml = fieldSchemaXml({ internalName: 'Workstream', title: 'Workstream', kind: 'Choice', choices: ['Data & Information Management'], indexed: true, required: true });
    expect(xml).toContain('Name="Workstream" StaticName="Workstream"');
    expect(xml).toContain('Indexed="TRUE"');
    expect(xml).toContain('Required="TRUE"');
    expect(xml).toContain('<CHOICE>Data &amp; Information Management</CHOICE>');
  });

  it('points a lookup at its target list by id, and refuses one without it', () => {
    const field = { internalName: 'Department', title: 'Department', kind: 'Lookup' as const, lookupList: 'departments' as const };
    expect(fieldSchemaXml(field, 'abc')).toContain('List="{abc}" ShowField="Title"');
    expect(() => fieldSchemaXml(field)).toThrow(/target list/);
  });
});
