/**
 * The local directory: the people who can sign in to the local SharePoint and
 * the site's SharePoint groups. Principal ids are fixed so tests and seed data
 * can refer to them (groups 3-6, people 10-21).
 */
import type { LocalPerson, PersonRole } from './types';

export const CLAIMS_PREFIX = 'i:0#.f|membership|';
export const DOMAIN = 'digitalhub.example';

export const GROUP_OWNERS = 'Digital Strategy Owners';
export const GROUP_VISITORS = 'Digital Strategy Visitors';
export const GROUP_MEMBERS = 'Digital Strategy Members';
export const GROUP_PROGRAMME_OFFICE = 'Programme Office';

export interface GroupDefinition { id: number; title: string; description: string; roleDefId: number }

/** Role definition ids, see permissions.ts for their masks. */
export const ROLE_IDS = {
  fullControl: 1073741829,
  design: 1073741828,
  edit: 1073741830,
  contribute: 1073741827,
  read: 1073741826,
  limitedAccess: 1073741825,
} as const;

export const GROUP_DEFINITIONS: GroupDefinition[] = [
  { id: 3, title: GROUP_OWNERS, description: 'Site owners: full control of the Digital Strategy Hub.', roleDefId: ROLE_IDS.fullControl },
  { id: 4, title: GROUP_VISITORS, description: 'Read-only visitors.', roleDefId: ROLE_IDS.read },
  { id: 5, title: GROUP_MEMBERS, description: 'Staff, champions and department managers.', roleDefId: ROLE_IDS.contribute },
  { id: 6, title: GROUP_PROGRAMME_OFFICE, description: 'The digital programme office: edits every list.', roleDefId: ROLE_IDS.edit },
];

function person(index: number, first: string, last: string, role: PersonRole, department?: string): LocalPerson {
  const email = `${first}.${last}@${DOMAIN}`.toLowerCase();
  const group = role === 'Site owner' ? GROUP_OWNERS : role === 'Programme office' ? GROUP_PROGRAMME_OFFICE : GROUP_MEMBERS;
  const base: LocalPerson = { id: 10 + index, login: email, title: `${first} ${last}`, email, role, groups: [group] };
  return department ? { ...base, department } : base;
}

export const people: LocalPerson[] = [
  person(0, 'Alex', 'Morgan', 'Site owner'),
  person(1, 'Priya', 'Shah', 'Programme office'),
  person(2, 'Tom', 'Okafor', 'Department manager', "Chamberlain's"),
  person(3, 'Grace', 'Lee', 'Department manager', 'Environment'),
  person(4, 'Samuel', 'Adeyemi', 'Department manager', "Town Clerk's"),
  person(5, 'Jamie', 'Clarke', 'Champion'),
  person(6, 'Fatima', 'Hussain', 'Champion'),
  person(7, 'Oliver', 'Brown', 'Champion'),
  person(8, 'Chloe', 'Wright', 'Champion'),
  person(9, 'Dan', 'Evans', 'Staff', "Chamberlain's"),
  person(10, 'Maria', 'Silva', 'Staff'),
  person(11, 'Hannah', 'Price', 'Staff'),
];

/** The person a request naming no user acts as. */
export const SITE_OWNER: LocalPerson = people[0];

export function claimsLogin(p: LocalPerson): string {
  return `${CLAIMS_PREFIX}${p.login}`;
}

/** Accepts an e-mail or a claims login (i:0#.f|membership|x), case-insensitive. */
export function findPerson(loginOrEmail: string): LocalPerson | undefined {
  const key = loginOrEmail.trim().toLowerCase().replace(/^i:0#\.f\|membership\|/, '');
  return people.find((p) => p.login === key || p.email === key);
}

export function findPersonById(id: number): LocalPerson | undefined {
  return people.find((p) => p.id === id);
}

/** The site collection administrator: always has full control (documented choice). */
export function isSiteAdmin(p: LocalPerson): boolean {
  return p.role === 'Site owner';
}
