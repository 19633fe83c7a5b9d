import { ErrorCode } from '@hospital/contracts';
import { DomainError } from '../errors/domain-error';

/** Position after the last row of a page, ordered by (createdAt DESC, id DESC). */
export interface KeysetPosition {
  createdAt: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.createdAt, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string): KeysetPosition {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    if (typeof createdAt === 'string' && !Number.isNaN(Date.parse(createdAt)) && typeof id === 'string' && UUID.test(id)) {
      return { createdAt, id };
    }
  } catch {
    // fall through: any undecodable cursor is the client's error, not ours
  }
  throw new DomainError(ErrorCode.InvalidCursor, 'cursor is not a cursor returned by a previous page', {
    errors: [{ field: 'cursor', message: 'cursor is not a cursor returned by a previous page' }],
  });
}
