import { Injectable } from '@nestjs/common';
import {
  Actor,
  CreatePraiseDto,
  ErrorCode,
  FeedbackChannel,
  FeedbackEvents,
  ListPraisesQueryDto,
  PraiseDto,
  PraisePageDto,
  PraiseReceivedEvent,
} from '@hospital/contracts';
import { DomainError, keysetPage, UnitOfWork } from '@hospital/platform';
import { EntityManager } from 'typeorm';
import { assertStaffExist } from '../complaints/named-staff';
import { PraiseEntity } from './praise.entity';

/** Channels a visitor without an account can use: the web form and the mobile page. */
const PUBLIC_CHANNELS: readonly FeedbackChannel[] = [FeedbackChannel.Web, FeedbackChannel.Mobile];

/** Praise naming staff or a department, emitted for evaluation (+2 by default there). */
@Injectable()
export class PraisesService {
  constructor(private readonly uow: UnitOfWork) {}

  create(req: CreatePraiseDto, actor: Actor): Promise<PraiseDto> {
    return this.uow.run(async ({ manager, emit }) => {
      if (actor.kind === 'anonymous' && !PUBLIC_CHANNELS.includes(req.channel)) {
        throw new DomainError(ErrorCode.BusinessRule, `praise without an account comes by ${PUBLIC_CHANNELS.join(' or ')}`, {
          errors: [{ field: 'channel', message: `must be one of ${PUBLIC_CHANNELS.join(', ')} without an account` }],
        });
      }
      const staffIds = req.staffIds ?? [];
      await assertStaffExist(manager, staffIds, 'staffIds');
      const praise = await manager.save(
        manager.create(PraiseEntity, {
          channel: req.channel,
          staffIds,
          department: req.department ?? null,
          text: req.text,
          recordedBy: actor.id,
          createdAt: new Date(),
        }),
      );
      emit<PraiseReceivedEvent>(FeedbackEvents.praiseReceived, praise.id, {
        praiseId: praise.id,
        staffIds,
        department: praise.department,
        channel: praise.channel,
        at: praise.createdAt.toISOString(),
      });
      return toPraiseDto(praise);
    });
  }

  async list(query: ListPraisesQueryDto, manager: EntityManager): Promise<PraisePageDto> {
    const qb = manager.createQueryBuilder(PraiseEntity, 'p');
    if (query.staffId) qb.andWhere(':staffId = ANY(p.staff_ids)', { staffId: query.staffId });
    const page = await keysetPage(qb, query);
    return { items: page.items.map(toPraiseDto), nextCursor: page.nextCursor };
  }
}

function toPraiseDto(p: PraiseEntity): PraiseDto {
  return {
    id: p.id,
    channel: p.channel,
    staffIds: p.staffIds,
    department: p.department,
    text: p.text,
    recordedBy: p.recordedBy,
    receivedAt: p.createdAt.toISOString(),
  };
}
