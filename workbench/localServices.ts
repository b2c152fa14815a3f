import { InjectHeaders } from '@pnp/queryable';
import { createHubServices } from '../src/data/createHubServices';
import { SharedRequestDigest } from '../src/data/requestDigest';
import { SPBrowser, spfi } from '../src/data/sp';
import { IHubServices } from '../src/domain/services';

/** The local site's address, on whatever port the workbench is served from. */
export const siteUrl = (): string => `${window.location.origin}/sites/digital`;

/** The same data services a web part builds in a tenant, over the local SharePoint, acting as the chosen person. */
export function localServices(login: string): IHubServices {
  const sp = spfi(siteUrl()).using(SPBrowser({ baseUrl: siteUrl() }), InjectHeaders({ 'X-Local-User': login }), SharedRequestDigest());
  return createHubServices(sp);
}

export interface IPersona {
  readonly login: string;
  readonly title: string;
  readonly role: string;
}

export async function readPeople(): Promise<IPersona[]> {
  const response = await fetch('/_local/people');
  if (!response.ok) throw new Error(`The local SharePoint did not list its people (${response.status}).`);
  return (await response.json()) as IPersona[];
}
