/**
 * The champions directory: who is listed (active champions only), how search and filters apply, and the order
 * ("champions in my department" first, then by name).
 */

export interface IDirectoryEntry {
  readonly personId: number;
  readonly name: string;
  readonly email?: string;
  readonly departmentId?: number;
  readonly department?: string;
  readonly status?: string;
  readonly since?: string;
  readonly expertiseAreas: readonly string[];
  readonly waysOfWorking: readonly string[];
  readonly availability?: string;
  readonly bio?: string;
  readonly level?: string;
}

export interface IDirectoryFilter {
  readonly text?: string;
  readonly expertise?: readonly string[];
  readonly departmentId?: number;
}

const words = (text: string): string[] => text.toLowerCase().split(/\s+/).filter(Boolean);

/** Active champions matching every filter: all search words (name, department, expertise, bio), any chosen expertise, the department. */
export function filterDirectory(entries: readonly IDirectoryEntry[], filter: IDirectoryFilter, myDepartmentId?: number): IDirectoryEntry[] {
  const query = words(filter.text ?? '');
  const matches = entries.filter((e) => {
    if (e.status !== 'Active') return false;
    if (filter.departmentId !== undefined && e.departmentId !== filter.departmentId) return false;
    if (filter.expertise?.length && !filter.expertise.some((x) => e.expertiseAreas.includes(x))) return false;
    if (!query.length) return true;
    const haystack = [e.name, e.department ?? '', ...e.expertiseAreas, ...e.waysOfWorking, e.bio ?? ''].join(' ').toLowerCase();
    return query.every((w) => haystack.includes(w));
  });
  return matches.sort((a, b) => {
    const mineA = myDepartmentId !== undefined && a.departmentId === myDepartmentId ? 0 : 1;
    const mineB = myDepartmentId !== undefined && b.departmentId === myDepartmentId ? 0 : 1;
    return mineA - mineB || a.name.localeCompare(b.name, 'en-GB');
  });
}

/** A Teams chat deep link with the person (opens Teams, or Teams on the web). */
export function teamsChatLink(email: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(email)}`;
}

export function mailLink(email: string, subject = 'Digital champions: can you help?'): string {
  return `mailto:${email}?subject=${encodeURIComponent(subject)}`;
}
