import { ConflictError } from '../../../domain/dataErrors';
import { IInitiative } from '../../../domain/entities';
import { changedFields } from '../../../domain/roadmap';
import { IRepository } from '../../../domain/services';

export type ResolvedSave =
  | { readonly kind: 'saved'; readonly saved: IInitiative }
  | { readonly kind: 'conflict'; readonly mine: Partial<IInitiative>; readonly theirs: IInitiative | undefined };

/**
 * Saves what the person chose in the conflict dialog over the other version: only the fields that differ from
 * it, at its ETag; or adds the initiative again when the other person had deleted it. If yet another change got
 * there first, says so (with that newer version) instead of overwriting it.
 */
export async function saveResolved(repository: IRepository<IInitiative>, theirs: IInitiative | undefined, chosen: Partial<IInitiative>): Promise<ResolvedSave> {
  if (!theirs) return { kind: 'saved', saved: await repository.add(chosen) };
  const changes = changedFields(theirs, chosen);
  if (Object.keys(changes).length === 0) return { kind: 'saved', saved: theirs };
  try {
    await repository.update(theirs.id, changes, theirs.etag ?? '*');
  } catch (error) {
    if (error instanceof ConflictError) return { kind: 'conflict', mine: changes, theirs: error.theirs as IInitiative | undefined };
    throw error;
  }
  return { kind: 'saved', saved: await repository.getById(theirs.id) };
}
