import { Inject, Injectable } from '@nestjs/common';
import {
  Actor,
  CheckInDepositDto,
  DepositCheckedInEvent,
  DepositEvents,
  DepositStatus,
  DepositTicketDto,
  ErrorCode,
  StoragePlaceKind,
} from '@hospital/contracts';
import { DomainError, ENV, hospitalDay, IdempotentRequest, ServiceEnv, uniqueViolationOf, UnitOfWork } from '@hospital/platform';
import { EntityManager } from 'typeorm';
import { DEPOSIT_CONFIG, DepositConfig } from '../config';
import { KEYED_HASH, KeyedHash, lastFour } from '../privacy/keyed-hash';
import { assertAccepted } from './accepted-items';
import { DepositEntity } from './deposit.entity';
import { toTicketDto } from './deposit.mapper';
import { PickupCodes } from './pickup-codes';
import { isTagInUse, lockTagPool, lowestFreeTag, TAG_IN_USE_INDEX } from './tag-pool';
import { nextTicketNo } from './ticket-number';

/**
 * Check-in (寄存): the items are registered, tagged and put away, and the depositor gets a
 * ticket with a pickup code (docs/domain.md §4.2). Refused outright when a declared category is
 * never accepted (§4.3).
 */
@Injectable()
export class DepositCheckInService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly codes: PickupCodes,
    @Inject(DEPOSIT_CONFIG) private readonly config: DepositConfig,
    @Inject(KEYED_HASH) private readonly hash: KeyedHash,
    @Inject(ENV) private readonly env: ServiceEnv,
  ) {}

  /**
   * With an Idempotency-Key a retry gets the same deposit back, but never the first pickup code:
   * the code is stored nowhere, so the retry's ticket carries a fresh one (see PickupCodes.reissue).
   */
  async checkIn(dto: CheckInDepositDto, actor: Actor, idempotency: IdempotentRequest | null = null): Promise<DepositTicketDto> {
    assertAccepted(dto.categories);
    const poolSize = this.config.tagsPerDesk[dto.desk];
    if (dto.tagNo !== undefined && dto.tagNo > poolSize) {
      throw DomainError.validation([{ field: 'tagNo', message: `tagNo must be between 1 and ${poolSize}, the tags of desk ${dto.desk}` }]);
    }
    let issued: string | null = null;
    let ticket: DepositTicketDto;
    try {
      ticket = await this.uow.run(
        async ({ manager, emit }) => {
          await lockTagPool(manager, dto.desk);
          const tagNo = await this.chooseTag(manager, dto, poolSize);
          const now = new Date();
          const code = await this.codes.unused(manager);
          const deposit = await manager.save(
            manager.create(DepositEntity, {
              ticketNo: await nextTicketNo(manager, dto.desk, hospitalDay(now, this.env.TZ_HOSPITAL)),
              desk: dto.desk,
              tagNo,
              placeKind: dto.place?.kind ?? StoragePlaceKind.Shelf,
              // On a shelf the tag is the address: bags are stored label outward (docs/domain.md §4.6).
              placeLabel: dto.place?.label ?? String(tagNo),
              status: DepositStatus.Stored,
              depositorName: dto.depositor.name,
              depositorPhone: dto.depositor.phone,
              idHash: this.hash.of(dto.depositor.idNumber),
              idLast4: lastFour(dto.depositor.idNumber),
              description: dto.description,
              pieceCount: dto.pieceCount,
              sealed: dto.sealed,
              categories: dto.categories,
              pickupCodeHash: code.hash,
              wrongCodeCount: 0,
              checkedInBy: actor.id,
              // One clock: created_at orders the lists (keyset), checked_in_at starts the 3-day limit.
              checkedInAt: now,
              createdAt: now,
            }),
          );
          emit<DepositCheckedInEvent>(DepositEvents.checkedIn, deposit.id, {
            id: deposit.id,
            ticketNo: deposit.ticketNo,
            desk: deposit.desk,
            tagNo: deposit.tagNo,
            pieceCount: deposit.pieceCount,
            clerkId: actor.id,
            at: now.toISOString(),
          });
          issued = code.plain;
          // What the idempotency record keeps: the ticket without its code.
          return toTicketDto(deposit, '');
        },
        { idempotency, fingerprint: (request) => this.fingerprint(request as CheckInDepositDto) },
      );
    } catch (error) {
      throw tagConflict(error, dto.tagNo) ?? error;
    }
    return { ...ticket, pickupCode: issued ?? (await this.codes.reissue(ticket.id)) };
  }

  private async chooseTag(manager: EntityManager, dto: CheckInDepositDto, poolSize: number): Promise<number> {
    if (dto.tagNo !== undefined) {
      if (await isTagInUse(manager, dto.desk, dto.tagNo)) {
        throw new DomainError(ErrorCode.TagInUse, `tag ${dto.tagNo} of desk ${dto.desk} is on another deposit`, {
          tagNo: dto.tagNo,
          errors: [{ field: 'tagNo', message: `tag ${dto.tagNo} is in use` }],
        });
      }
      return dto.tagNo;
    }
    const free = await lowestFreeTag(manager, dto.desk, poolSize);
    if (free === null) {
      throw new DomainError(ErrorCode.NoFreeTag, `all ${poolSize} tags of desk ${dto.desk} are in use`, { desk: dto.desk, poolSize });
    }
    return free;
  }

  /** The request as the idempotency record hashes it: the ID number only as its keyed hash. */
  private fingerprint(dto: CheckInDepositDto): unknown {
    return { ...dto, depositor: { ...dto.depositor, idNumber: this.hash.of(dto.depositor.idNumber) } };
  }
}

/** The unique index is the last word on a tag in use; its violation reads as TAG_IN_USE. */
function tagConflict(error: unknown, tagNo: number | undefined): DomainError | null {
  if (uniqueViolationOf(error)?.constraint !== TAG_IN_USE_INDEX) return null;
  const message = tagNo === undefined ? 'the tag chosen is on another deposit' : `tag ${tagNo} is on another deposit`;
  return new DomainError(ErrorCode.TagInUse, message, {
    errors: [{ field: 'tagNo', message: 'the tag is in use' }],
  });
}
