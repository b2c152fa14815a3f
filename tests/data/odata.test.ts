import { and, anyOf, eq, odataDate, odataField, odataString } from '../../src/data/odata';

describe('OData filter pieces', () => {
  test.each([
    ["O'Brien", "'O''Brien'"],
    ["x' or 1 eq 1 or Title eq '", "'x'' or 1 eq 1 or Title eq '''"],
    ['plain', "'plain'"]
  ])('quotes %s so it cannot end the literal', (input, expected) => {
    expect(odataString(input)).toBe(expected);
  });

  it('builds comparisons for text, numbers and yes/no', () => {
    expect(eq('Workstream', 'Data & Information Management')).toBe("Workstream eq 'Data & Information Management'");
    expect(eq('DepartmentId', 4)).toBe('DepartmentId eq 4');
    expect(eq('MustDo', true)).toBe('MustDo eq 1');
  });

  it('refuses column names that are not plain internal names', () => {
    expect(() => odataField('Title eq 1 or Id')).toThrow(/not a valid column name/);
    expect(odataField('Department/Title')).toBe('Department/Title');
  });

  it('joins clauses and brackets alternatives', () => {
    expect(and(eq('Stage', 'Approved'), undefined, anyOf('Workstream', ['A', 'B']))).toBe(
      "Stage eq 'Approved' and (Workstream eq 'A' or Workstream eq 'B')"
    );
  });

  it('writes dates as SharePoint datetime literals without milliseconds', () => {
    expect(odataDate(new Date(Date.UTC(2026, 3, 1)))).toBe("datetime'2026-04-01T00:00:00Z'");
  });
});
