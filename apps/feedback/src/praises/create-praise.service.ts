import { Injectable } from '@nestjs/common';
import { Actor, CreatePraiseDto, ErrorCode, FeedbackChannel, FeedbackEvents, PraiseDto, PraiseReceivedEvent } from '@hospital/contracts';
import { DomainError, IdempotentRequest, UnitOfWork } from '@hospital/platform';
import { assertStaffExist } from '../staff-directory/named-staff';
import { PraiseEntity } from './praise.entity';
import { toPraiseDto } from './praise.mapper';

/** Channels a visitor without an account can use: the web form and the mobile page. */
const PUBLIC_CHANNELS: readonly FeedbackChannel[] = [FeedbackChannel.Web, FeedbackChannel.Mobile];

/** Praise naming staff or a department (docs/domain.md §5.6), emitted for evaluation, which scores it (§6.2). */
@Injectable()
export class CreatePraiseService {
  constructor(private readonly uow: UnitOfWork) {}

  create(req: CreatePraiseDto, actor: Actor, idempotency: IdempotentRequest | null = null): Promise<PraiseDto> {
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
    }, { idempotency });
  }
}
