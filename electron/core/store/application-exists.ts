import { ApiError } from '../../../shared/envelope';
import { cached, type Db } from './db';

/**
 * For stores that add rows under an application (notes, contacts, documents): a clear NOT_FOUND instead of a
 * foreign-key error. Its own file so those stores need not import `applications.ts`, which imports them.
 */
export function assertApplicationExists(db: Db, applicationId: number): void {
  if (!cached(db, 'SELECT 1 FROM applications WHERE id = ?').get(applicationId))
    throw new ApiError('NOT_FOUND', `There is no application #${applicationId}; it may have been deleted.`);
}
