import { DEFAULT_PAGE_SIZE, ErrorCode, Page, PageQueryDto } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { SelectQueryBuilder } from 'typeorm';
import { TaskEntity } from './task.entity';

/** Marks a cursor of this order, so a cursor of the newest-first list is refused here, and the reverse. */
const KIND = 'changed';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function encode(updatedAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([KIND, updatedAt.toISOString(), id])).toString('base64url');
}

function decode(cursor: string): { updatedAt: Date; id: string } {
  try {
    const [kind, at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown, unknown];
    if (kind === KIND && typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof id === 'string' && UUID.test(id)) {
      return { updatedAt: new Date(at), id };
    }
  } catch {
    // fall through: the client's error
  }
  throw new DomainError(ErrorCode.InvalidCursor, 'cursor is not a cursor returned by a previous page of this updatedSince list', {
    errors: [{ field: 'cursor', message: 'cursor is not a cursor returned by a previous page of this updatedSince list' }],
  });
}

/**
 * The jobs changed at or after `since`, oldest change first, by keyset on (updated_at, id)
 * ascending (index tasks_changed_idx, and tasks_creator_changed_idx for a system's own jobs):
 * a poller that follows nextCursor to the end has seen every job changed since, each once per
 * page walk, in the order they were last changed. A job changed again while the walk goes on
 * moves behind the cursor and comes up again at its new place.
 */
export async function changedSincePage(qb: SelectQueryBuilder<TaskEntity>, since: string, query: PageQueryDto): Promise<Page<TaskEntity>> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const alias = qb.alias;
  qb.andWhere(`${alias}.updated_at >= :changedSince`, { changedSince: new Date(since) });
  if (query.cursor) {
    const after = decode(query.cursor);
    qb.andWhere(`(${alias}.updated_at, ${alias}.id) > (:afterUpdatedAt, :afterId)`, { afterUpdatedAt: after.updatedAt, afterId: after.id });
  }
  const rows = await qb
    .orderBy(`${alias}.updated_at`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .limit(limit + 1)
    .getMany();
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encode(last.updatedAt, last.id) : null };
}
