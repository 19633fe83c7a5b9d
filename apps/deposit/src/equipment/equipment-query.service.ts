import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EquipmentCountDto, EquipmentPageDto, ListEquipmentQueryDto } from '@hospital/contracts';
import { keysetPage } from '@hospital/platform';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { EquipmentUnitEntity } from './equipment-unit.entity';
import { toEquipmentUnitDto } from './equipment.mapper';

/** Reading the lending inventory: what each desk holds and in what state. */
@Injectable()
export class EquipmentQueryService {
  constructor(@InjectRepository(EquipmentUnitEntity) private readonly units: Repository<EquipmentUnitEntity>) {}

  /** A page of units, newest first, and the counts per type and status of everything the filters match. */
  async list(query: ListEquipmentQueryDto): Promise<EquipmentPageDto> {
    const filtered = () => {
      const qb = this.units.createQueryBuilder('u');
      for (const field of ['desk', 'type', 'status'] as const) {
        if (query[field]) qb.andWhere(`u.${field} = :${field}`, { [field]: query[field] });
      }
      return qb;
    };
    const [page, counts] = await Promise.all([keysetPage(filtered(), query), countsOf(filtered())]);
    return { items: page.items.map(toEquipmentUnitDto), nextCursor: page.nextCursor, counts };
  }
}

function countsOf(qb: SelectQueryBuilder<EquipmentUnitEntity>): Promise<EquipmentCountDto[]> {
  return qb
    .select('u.type', 'type')
    .addSelect('u.status', 'status')
    .addSelect('count(*)::int', 'count')
    .groupBy('u.type')
    .addGroupBy('u.status')
    .orderBy('u.type')
    .addOrderBy('u.status')
    .getRawMany<EquipmentCountDto>();
}
