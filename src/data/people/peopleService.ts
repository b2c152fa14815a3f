import { IPersonRef } from '../../domain/entities';
import { IPeopleService } from '../../domain/services';
import { toDataError } from '../errors';
import { SPFI } from '../sp';

const MEMBERSHIP = 'i:0#.f|membership|';

interface IPickerEntity {
  readonly Key: string;
  readonly DisplayText: string;
  readonly EntityType?: string;
  readonly EntityData?: { readonly Email?: string };
}

/** The login's e-mail part: `i:0#.f|membership|a@b.c` -> `a@b.c`. */
const emailOf = (entity: IPickerEntity): string => entity.EntityData?.Email || entity.Key.replace(/^i:0#\.f\|membership\|/i, '');

/**
 * People for person columns, through SharePoint's own people picker service (the tenant's directory, not only
 * the site's users) and ensureUser (which gives the site user id a person column stores).
 * Search results carry id 0 until ensured: call ensure(email) before saving one.
 */
export function createPeopleService(sp: SPFI): IPeopleService {
  return {
    search: async (text: string, top = 10): Promise<IPersonRef[]> => {
      const query = text.trim();
      if (query.length < 2) return [];
      try {
        const found = (await sp.profiles.clientPeoplePickerSearchUser({
          QueryString: query,
          MaximumEntitySuggestions: top,
          AllowEmailAddresses: false,
          AllowMultipleEntities: false,
          PrincipalType: 1,
          PrincipalSource: 15
        })) as unknown as IPickerEntity[];
        return found.filter((e) => !e.EntityType || e.EntityType === 'User').map((e) => ({ id: 0, title: e.DisplayText, email: emailOf(e) }));
      } catch (error) {
        throw toDataError(error, 'people matching that name');
      }
    },
    ensure: async (email: string): Promise<IPersonRef> => {
      try {
        const user = (await sp.web.ensureUser(`${MEMBERSHIP}${email}`)) as unknown as { Id: number; Title: string; Email: string; data?: { Id: number; Title: string; Email: string } };
        const data = user.data ?? user;
        return { id: data.Id, title: data.Title, email: data.Email || email };
      } catch (error) {
        throw toDataError(error, email);
      }
    }
  };
}
