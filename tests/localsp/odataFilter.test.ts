import { DEPARTMENTS, newLocal, pnp, seedTestLists, TASKS, failure } from './helpers';
import { parseFilter } from '../../local/sharepoint/odataFilter';

const FATIMA = 'fatima.hussain@digitalhub.example';

function setup() {
  const local = newLocal();
  seedTestLists(local);
  local.store.bulkAddItems(DEPARTMENTS, [{ Title: "Chamberlain's", ShortName: 'CHB' }, { Title: 'Environment', ShortName: 'ENV' }]);
  local.store.bulkAddItems(TASKS, [
    { Title: "O'Brien review", Effort: 5, Done: true, Due: '2026-01-15T00:00:00Z', Stage: 'Approved', Tags: ['A', 'B'], DepartmentId: 1, OwnerId: 15 },
    { Title: 'Budget', Effort: 10, Done: false, Due: '2026-02-20T00:00:00Z', Stage: 'Proposed', Tags: ['C'], DepartmentId: 2, OwnerId: 16 },
    { Title: 'budget review', Effort: null, Done: false, Due: null, Stage: 'Done', Tags: [], DepartmentId: null, OwnerId: null },
    { Title: 'Roadmap', Effort: 0, Done: true, Due: '2025-12-31T23:00:00Z', Stage: 'Approved', Tags: ['B'], DepartmentId: 2, OwnerId: 15 },
  ]);
  return pnp(local).web.lists.getByTitle(TASKS);
}

describe('$filter on list items', () => {
  test.each<[string, number[], string[]]>([
    ["Title eq 'O''Brien review'", [1], []],
    ["Title eq 'budget'", [2], []],
    ["Title ne 'Budget'", [1, 3, 4], []],
    ['Effort gt 4', [1, 2], []],
    ['Effort ge 0 and Effort lt 10', [1, 4], []],
    ['Effort eq null', [3], []],
    ['Effort ne null', [1, 2, 4], []],
    ['Done eq 1', [1, 4], []],
    ['Done eq true', [1, 4], []],
    ['Done eq 0', [2, 3], []],
    ["(Stage eq 'Approved' or Stage eq 'Done') and Effort eq null", [3], []],
    ["Stage eq 'Approved' or Stage eq 'Done' and Effort eq null", [1, 3, 4], []],
    ["not (Stage eq 'Approved')", [2, 3], []],
    ["startswith(Title,'budget')", [2, 3], []],
    ["substringof('review',Title)", [1, 3], []],
    ["substringof('REVIEW', Title) and Effort eq 5", [1], []],
    ["Due ge datetime'2026-01-01T00:00:00Z'", [1, 2], []],
    ["Due lt '2026-01-01T00:00:00.000Z'", [4], []],
    ['year(Due) eq 2026 and month(Due) eq 2', [2], []],
    ['day(Due) eq 15', [1], []],
    ["Tags eq 'B'", [1, 4], []],
    ['DepartmentId eq 2', [2, 4], []],
    ['Department/Id eq 1', [1], ['Department']],
    ["Department/Title eq 'Environment'", [2, 4], ['Department']],
    ['OwnerId eq 15', [1, 4], []],
    [`Owner/EMail eq '${FATIMA}'`, [2], ['Owner']],
    ['Id le 2', [1, 2], []],
    ['AuthorId eq 10 and ID ge 4', [4], []],
  ])('%s', async (filter, expected, expand) => {
    const items = setup().items.select('Id').filter(filter);
    const rows = await (expand.length ? items.expand(...expand) : items)();
    expect(rows.map((r: { Id: number }) => r.Id)).toEqual(expected);
  });

  test.each([
    ["endswith(Title,'w')", 'The expression "endswith(Title,\'w\')" is not supported.'],
    ["tolower(Title) eq 'x'", 'The expression "tolower(Title) eq \'x\'" is not supported.'],
    ['Effort add 1 eq 2', 'The expression "Effort add 1 eq 2" is not supported.'],
    ['Title eq', "Syntax error at position 8 in 'Title eq'."],
    ["Title eq 'open", "Syntax error at position 9 in 'Title eq 'open'."],
    ['Nope eq 1', "Column 'Nope' does not exist. It may have been deleted by another user."],
    ["Details eq 'x'", "The field 'Details' of type 'Note' cannot be used in the query filter expression."],
    ['PartnersId eq 1', "The field 'Partners' of type 'LookupMulti' cannot be used in the query filter expression."],
    ["Department/Title eq 'x'", "The query to field 'Department' is not valid. The $select query string must specify the target fields and the $expand query string must contains Department."],
  ])('%s is 400', async (filter, message) => {
    const error = await failure(setup().items.filter(filter)());
    expect(error.status).toBe(400);
    expect((await error.response.json())['odata.error'].message.value).toBe(message);
  });

  test('the parser never evaluates text: odd identifiers are just unknown columns', () => {
    expect(parseFilter("constructor eq 'x'")).toEqual({ type: 'compare', op: 'eq', left: { type: 'field', path: 'constructor' }, right: { type: 'literal', literal: { type: 'string', value: 'x' } } });
  });

  test('$orderby with several columns, asc and desc', async () => {
    const rows = await setup().items.select('Id').orderBy('Stage', true).orderBy('Effort', false)();
    expect(rows.map((r: { Id: number }) => r.Id)).toEqual([1, 4, 3, 2]);
  });
});
