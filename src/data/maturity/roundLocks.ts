import { IRoundLockService } from '../../domain/services';
import { DataError } from '../errors';

/** Locks and unlocks an assessment round's responses. (Being built under issue 4.) */
export function createRoundLocks(): IRoundLockService {
  const notYet = async (): Promise<number> => {
    throw new DataError('Unknown', 'Closing a round is not available yet.');
  };
  return { lock: notYet, unlock: notYet };
}
