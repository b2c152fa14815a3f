import type { IPeopleDirectory, IPersonDetails } from '../../features/shared/people/peopleDirectory';
import { presenceState } from '../../features/shared/people/peopleDirectory';

/** The slice of SPFx's MSGraphClientV3 this module uses (`context.msGraphClientFactory.getClient('3')`). */
interface IGraphClient {
  api(path: string): { select?(fields: string): unknown; responseType(type: string): { get(): Promise<unknown> }; get(): Promise<unknown> };
}

/**
 * People's photos and presence through the Graph client SharePoint gives a web part (MSGraphClientV3, with the
 * User.ReadBasic.All and Presence.Read.All permissions the package asks for). The fallback to the Graph Toolkit:
 * Fluent UI's Persona shows what it returns. Answers are kept for the page's life; a refusal (permissions not yet
 * approved) leaves the photo and presence out, so people still show by name and initials.
 */
export function graphPeopleDirectory(getClient: () => Promise<IGraphClient>): IPeopleDirectory {
  const cache = new Map<string, Promise<IPersonDetails>>();
  const read = async (email: string): Promise<IPersonDetails> => {
    const client = await getClient();
    const user = encodeURIComponent(email);
    const [photo, presence] = await Promise.all([
      client
        .api(`/users/${user}/photos/48x48/$value`)
        .responseType('blob')
        .get()
        .then((blob) => (blob instanceof Blob ? URL.createObjectURL(blob) : undefined))
        .catch(() => undefined),
      client
        .api(`/users/${user}?$select=id`)
        .get()
        .then((u) => client.api(`/users/${(u as { id: string }).id}/presence`).get())
        .then((p) => presenceState((p as { availability?: string }).availability))
        .catch(() => undefined)
    ]);
    return { photoUrl: photo, presence };
  };
  return {
    details: (email) => {
      const key = email.toLowerCase();
      const known = cache.get(key);
      if (known) return known;
      const details = read(email).catch((): IPersonDetails => ({}));
      cache.set(key, details);
      return details;
    }
  };
}
