import { ErrorCode } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';

/**
 * Position after the last entry of a page, ordered by (at DESC, id DESC). `at` is kept to the
 * microsecond as Postgres has it (a JavaScript Date would round it to the millisecond, and the
 * next page would then skip entries of the same millisecond).
 */
export interface AuditPosition {
  /** `2026-11-23T01:15:42.120384Z` */
  at: string;
  /** The bigint id as a decimal string. */
  id: string;
}

const AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const ID = /^[1-9]\d{0,18}$/;

export function encodeAuditCursor(position: AuditPosition): string {
  return Buffer.from(JSON.stringify([position.at, position.id])).toString('base64url');
}

export function decodeAuditCursor(cursor: string): AuditPosition {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof at === 'string' && AT.test(at) && !Number.isNaN(Date.parse(at)) && typeof id === 'string' && ID.test(id)) return { at, id };
  } catch {
    // fall through: an undecodable cursor is the client's error
  }
  throw new DomainError(ErrorCode.InvalidCursor, 'cursor is not a cursor returned by a previous page', {
    errors: [{ field: 'cursor', message: 'cursor is not a cursor returned by a previous page' }],
  });
}
