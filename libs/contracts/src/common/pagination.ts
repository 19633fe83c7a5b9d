import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Keyset pagination: `cursor` is opaque to clients (base64url), stable under inserts. */
export class PageQueryDto {
  @ApiPropertyOptional({ type: 'integer', description: 'Page size', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page; omit for the first page', pattern: '^[A-Za-z0-9_-]{8,200}$' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{8,200}$/, { message: 'cursor must be a cursor returned by a previous page' })
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Swagger needs a concrete class per item type; see `PageOf`. */
export function PageOf<T>(item: new () => T) {
  class PageDto implements Page<T> {
    @ApiProperty({ type: item, isArray: true, description: 'The items of this page' })
    items: T[];

    @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` to get the next page; null on the last page' })
    nextCursor: string | null;
  }
  return PageDto;
}
