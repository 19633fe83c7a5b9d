import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, ComplaintPageDto, ComplaintWithTimelineDto, ErrorCode, ListComplaintsQueryDto } from '@hospital/contracts';
import { DomainError, keysetPage } from '@hospital/platform';
import { Repository } from 'typeorm';
import { ComplaintEventEntity } from './complaint-event.entity';
import { ComplaintEntity } from './complaint.entity';
import { toComplaintDto, toComplaintWithTimelineDto } from './complaint.mapper';

/** Reading complaints: one with its timeline, and the lists; the complainant masked for the reader. */
@Injectable()
export class ComplaintsQueryService {
  constructor(
    @InjectRepository(ComplaintEntity) private readonly complaints: Repository<ComplaintEntity>,
    @InjectRepository(ComplaintEventEntity) private readonly steps: Repository<ComplaintEventEntity>,
  ) {}

  async get(id: string, actor: Actor): Promise<ComplaintWithTimelineDto> {
    const complaint = await this.complaints.findOneBy({ id });
    if (!complaint) throw DomainError.notFound(ErrorCode.ComplaintNotFound, 'Complaint', id);
    const steps = await this.steps.find({ where: { complaintId: id }, order: { id: 'ASC' } });
    return toComplaintWithTimelineDto(complaint, steps, actor);
  }

  async list(query: ListComplaintsQueryDto, actor: Actor): Promise<ComplaintPageDto> {
    const qb = this.complaints.createQueryBuilder('c');
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.overdue === 'true') qb.andWhere('c.overdue_at IS NOT NULL');
    if (query.overdue === 'false') qb.andWhere('c.overdue_at IS NULL');
    if (query.ownerId === 'none') qb.andWhere('c.owner_id IS NULL');
    else if (query.ownerId) qb.andWhere('c.owner_id = :ownerId', { ownerId: query.ownerId });
    if (query.staffId) qb.andWhere('c.staff_id = :staffId', { staffId: query.staffId });
    const page = await keysetPage(qb, query);
    return { items: page.items.map((c) => toComplaintDto(c, actor)), nextCursor: page.nextCursor };
  }
}
