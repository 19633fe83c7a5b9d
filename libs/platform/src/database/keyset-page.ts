import { DEFAULT_PAGE_SIZE, Page, PageQueryDto } from '@hospital/contracts';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { decodeCursor, encodeCursor } from './keyset-cursor';

/**
 * One page of a filtered query, newest first, by keyset on (created_at, id): stable while rows
 * are added, and an index range scan whatever the page number. The entity needs `createdAt`
 * and `id`, and the table `created_at` and `id` columns.
 */
export async function keysetPage<T extends ObjectLiteral & { id: string; createdAt: Date }>(
  qb: SelectQueryBuilder<T>,
  query: PageQueryDto,
): Promise<Page<T>> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const alias = qb.alias;
  if (query.cursor) qb.andWhere(`(${alias}.created_at, ${alias}.id) < (:createdAt, :id)`, decodeCursor(query.cursor));
  const rows = await qb
    .orderBy(`${alias}.created_at`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .limit(limit + 1)
    .getMany();
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id }) : null,
  };
}
