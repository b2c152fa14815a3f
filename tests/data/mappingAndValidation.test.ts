import { ValidationError } from '../../src/data/errors';
import { selectFor, toEntity, toListItem } from '../../src/data/mapping';
import { listDefinition } from '../../src/data/schema/lists';
import { assertValid, validationIssues } from '../../src/data/validation';
import { IInitiative } from '../../src/domain/entities';

const initiatives = listDefinition('initiatives');

describe('mapping list items', () => {
  it('selects only schema fields and expands people and lookups', () => {
    const { select, expand } = selectFor(initiatives);
    expect(select).toEqual(expect.arrayContaining(['Id', 'Title', 'Workstream', 'Department/Id', 'Department/Title', 'Owner/EMail']));
    expect(select).not.toContain('Department');
    expect(expand).toEqual(expect.arrayContaining(['Department', 'Owner', 'Author', 'Editor']));
  });

  it('reads a minimal-metadata item into a record', () => {
    const raw = {
      'odata.etag': '"3"',
      Id: 7,
      Title: 'Full Intune Deployment',
      Workstream: 'End-User Computing',
      Stage: 'Approved',
      WaysOfWorking: ['Reach', 'Automation'],
      Department: { Id: 2, Title: "Chamberlain's" },
      Owner: { Id: 9, Title: 'Priya Shah', EMail: 'priya.shah@digitalhub.example' },
      Sponsor: null,
      Progress: 40
    };
    const entity = toEntity<IInitiative>(initiatives, raw);
    expect(entity).toMatchObject({ id: 7, etag: '"3"', title: 'Full Intune Deployment', waysOfWorking: ['Reach', 'Automation'], progress: 40 });
    expect(entity.department).toEqual({ id: 2, title: "Chamberlain's" });
    expect(entity.owner).toEqual({ id: 9, title: 'Priya Shah', email: 'priya.shah@digitalhub.example' });
    expect(entity.sponsor).toBeUndefined();
  });

  it('writes only the given values, lookups and people as ids', () => {
    expect(toListItem(initiatives, { stage: 'In delivery', department: { id: 3, title: 'x' }, owner: undefined })).toEqual({
      Stage: 'In delivery',
      DepartmentId: 3,
      OwnerId: null
    });
  });
});

describe('validation the app does itself (SharePoint REST does not)', () => {
  it('requires the title, workstream and stage of a new initiative', () => {
    const fields = validationIssues(initiatives, { title: '' }).map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'workstream', 'stage']));
  });

  test.each([
    [{ progress: 101 }, 'Progress (%) must be at most 100.'],
    [{ progress: -1 }, 'Progress (%) must be at least 0.'],
    [{ stage: 'Done' }, 'Stage must be one of:'],
    [{ waysOfWorking: ['Reach', 'Magic'] }, 'not allowed: Magic'],
    [{ title: 'x'.repeat(256) }, '255 characters or fewer'],
    [{ startDate: 'not a date' }, 'must be a valid date']
  ])('rejects %j', (values, message) => {
    expect(() => assertValid(initiatives, values, true)).toThrow(ValidationError);
    expect(validationIssues(initiatives, values, true)[0].message).toContain(message);
  });

  it('checks only the values being written on an update', () => {
    expect(validationIssues(initiatives, { stage: 'Completed' }, true)).toEqual([]);
  });
});
