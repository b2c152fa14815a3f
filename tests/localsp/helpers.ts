/**
 * Real PnPjs wired to an in-process local SharePoint (no port), acting as a chosen user.
 * Reusable by other test suites.
 */
import { HttpRequestError } from '@pnp/queryable';
import { createLocalSharePoint, USER_HEADER, type LocalSharePoint } from '../../local/sharepoint';
import { inProcessSP } from '../../local/pnpInProcess';
import type { SPFI } from '../../src/data/sp';

export const SITE_URL = 'http://localhost:4321/sites/digital';
export const API = `${SITE_URL}/_api`;

export const OWNER = 'alex.morgan@digitalhub.example';
export const OFFICE = 'priya.shah@digitalhub.example';
export const MANAGER = 'tom.okafor@digitalhub.example';
export const CHAMPION = 'jamie.clarke@digitalhub.example';
export const OTHER_CHAMPION = 'fatima.hussain@digitalhub.example';
export const STAFF = 'dan.evans@digitalhub.example';

/** PnPjs over the local SharePoint's handle(); with a login, as that user (see local/pnpInProcess.ts). */
export function pnp(local: LocalSharePoint, login?: string): SPFI {
  return inProcessSP(local, SITE_URL, login);
}

export function newLocal(): LocalSharePoint {
  return createLocalSharePoint({ siteUrl: SITE_URL });
}

export interface RawOptions {
  method?: string;
  login?: string;
  /** add the user's digest (default true for writes) */
  digest?: boolean;
  accept?: string;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A raw REST call through handle(), for protocol-level facts. path is relative to _api/. */
export async function raw(local: LocalSharePoint, path: string, o: RawOptions = {}): Promise<Response> {
  const method = o.method ?? 'GET';
  const headers: Record<string, string> = { Accept: o.accept ?? 'application/json', 'Content-Type': 'application/json;charset=utf-8', ...o.headers };
  if (o.login) headers[USER_HEADER] = o.login;
  if (method !== 'GET' && o.digest !== false) headers['X-RequestDigest'] = local.digestFor(o.login);
  const body = o.body === undefined ? undefined : typeof o.body === 'string' ? o.body : JSON.stringify(o.body);
  return local.handle(new Request(`${API}/${path}`, { method, headers, body }));
}

export async function rawJson<T = Record<string, unknown>>(local: LocalSharePoint, path: string, o: RawOptions = {}): Promise<{ status: number; body: T; headers: Headers }> {
  const res = await raw(local, path, o);
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T, headers: res.headers };
}

export const TASKS = 'Test Tasks';
export const DEPARTMENTS = 'Test Departments';

/**
 * Two lists straight in the store: Test Departments (Title, ShortName unique) and Test Tasks with
 * one field of every type. Returns the lists.
 */
export function seedTestLists(local: LocalSharePoint) {
  const { store } = local;
  const departments = store.createList({ title: DEPARTMENTS });
  store.addFieldXml(DEPARTMENTS, '<Field Type="Text" Name="ShortName" DisplayName="Short name" Indexed="TRUE" EnforceUniqueValues="TRUE" />');
  const tasks = store.createList({ title: TASKS });
  const fields = [
    '<Field Type="Note" Name="Details" DisplayName="Details" />',
    '<Field Type="Number" Name="Effort" DisplayName="Effort" Min="0" Max="1000" />',
    '<Field Type="Boolean" Name="Done" DisplayName="Done"><Default>0</Default></Field>',
    '<Field Type="DateTime" Name="Due" DisplayName="Due" Format="DateOnly" Indexed="TRUE" />',
    '<Field Type="Choice" Name="Stage" DisplayName="Stage" Indexed="TRUE"><CHOICES><CHOICE>Proposed</CHOICE><CHOICE>Approved</CHOICE><CHOICE>Done</CHOICE></CHOICES><Default>Proposed</Default></Field>',
    '<Field Type="MultiChoice" Name="Tags" DisplayName="Tags"><CHOICES><CHOICE>A</CHOICE><CHOICE>B</CHOICE><CHOICE>C</CHOICE></CHOICES></Field>',
    `<Field Type="Lookup" Name="Department" DisplayName="Department" List="{${departments.data.id}}" ShowField="Title" Indexed="TRUE" />`,
    `<Field Type="LookupMulti" Name="Partners" DisplayName="Partners" List="{${departments.data.id}}" ShowField="Title" Mult="TRUE" />`,
    '<Field Type="User" Name="Owner" DisplayName="Owner" UserSelectionMode="PeopleOnly" />',
    '<Field Type="UserMulti" Name="Helpers" DisplayName="Helpers" UserSelectionMode="PeopleOnly" Mult="TRUE" />',
    '<Field Type="URL" Name="Link" DisplayName="Link" />',
    '<Field Type="Text" Name="Code" DisplayName="Code" Indexed="TRUE" EnforceUniqueValues="TRUE" />',
  ];
  for (const xml of fields) store.addFieldXml(TASKS, xml);
  return { departments, tasks };
}

/** The HttpRequestError a PnPjs call fails with (fails the test if it succeeds). */
export async function failure(p: Promise<unknown>): Promise<HttpRequestError> {
  const outcome = await p.then(() => new Error('expected the request to fail'), (e: unknown) => e);
  if (!(outcome instanceof HttpRequestError)) throw outcome;
  return outcome;
}
