import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, ErrorCode, ListStaffQueryDto, Page, StaffDto } from '@hospital/contracts';
import { DomainError, keysetPage } from '@hospital/platform';
import { Repository } from 'typeorm';
import { StaffEntity } from './staff.entity';
import { toStaffDto } from './staff.mapper';

/** Reading the staff directory: one person, and the list with its filters and search. */
@Injectable()
export class StaffQueryService {
  constructor(@InjectRepository(StaffEntity) private readonly staff: Repository<StaffEntity>) {}

  async get(id: string, actor: Actor): Promise<StaffDto> {
    const found = await this.staff.findOneBy({ id });
    if (!found) throw DomainError.notFound(ErrorCode.StaffNotFound, 'Staff member', id);
    return toStaffDto(found, actor);
  }

  async list(query: ListStaffQueryDto, actor: Actor): Promise<Page<StaffDto>> {
    const qb = this.staff.createQueryBuilder('s');
    if (query.group) qb.andWhere('s.group = :group', { group: query.group });
    if (query.post) qb.andWhere(':post = ANY(s.posts)', { post: query.post });
    if (query.active !== undefined) qb.andWhere('s.active = :active', { active: query.active });
    if (query.q) {
      qb.andWhere('(s.staff_no ILIKE :prefix OR s.name ILIKE :part)', {
        prefix: `${escapeLike(query.q)}%`,
        part: `%${escapeLike(query.q)}%`,
      });
    }
    const page = await keysetPage(qb, query);
    return { items: page.items.map((staff) => toStaffDto(staff, actor)), nextCursor: page.nextCursor };
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
