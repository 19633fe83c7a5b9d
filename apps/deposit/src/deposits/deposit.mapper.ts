import { Actor, DepositDto, DepositLookupDto, DepositorSummaryDto, DepositTicketDto, hasAnyRole, Role } from '@hospital/contracts';
import { hospitalDate, maskName, maskPhone } from '@hospital/platform';
import { DepositEntity } from './deposit.entity';

/**
 * Everyone who may read deposits (clerks, supervisors, managers, admins) sees the depositor's
 * name in full: the clerk at the desk must recognise the person in front of them. The phone is
 * needed only to chase an unclaimed bag, a supervisor's job: clerks see it masked.
 */
const SEES_DEPOSITOR_PHONE: readonly Role[] = [Role.Admin, Role.Manager, Role.Supervisor];

export function toDepositDto(d: DepositEntity, actor: Actor): DepositDto {
  return {
    id: d.id,
    ticketNo: d.ticketNo,
    desk: d.desk,
    tagNo: d.tagNo,
    place: { kind: d.placeKind, label: d.placeLabel },
    status: d.status,
    depositor: {
      name: d.depositorName,
      phone: hasAnyRole(actor, SEES_DEPOSITOR_PHONE) ? d.depositorPhone : (maskPhone(d.depositorPhone) ?? ''),
      idLast4: d.idLast4,
    },
    description: d.description,
    pieceCount: d.pieceCount,
    sealed: d.sealed,
    notLiable: !d.sealed,
    categories: d.categories,
    wrongCodeCount: d.wrongCodeCount,
    checkedInBy: d.checkedInBy,
    checkedInAt: d.checkedInAt.toISOString(),
    releasedAt: iso(d.releasedAt),
    releasedBy: d.releasedBy,
    claimMethod: d.claimMethod,
    claimedByName: d.claimedByName,
    approvedBy: d.approvedBy,
    lostReportedAt: iso(d.lostReportedAt),
    lostReportedBy: d.lostReportedBy,
    lockedAt: iso(d.lockedAt),
    unlockedAt: iso(d.unlockedAt),
    unlockedBy: d.unlockedBy,
    unclaimedAt: iso(d.unclaimedAt),
    disposedAt: iso(d.disposedAt),
    disposedBy: d.disposedBy,
    disposalTo: d.disposalTo,
    version: d.version,
    updatedAt: d.updatedAt.toISOString(),
  };
}

/** The ticket handed over at check-in: the only place the pickup code ever appears. */
export function toTicketDto(d: DepositEntity, pickupCode: string): DepositTicketDto {
  return {
    id: d.id,
    ticketNo: d.ticketNo,
    desk: d.desk,
    tagNo: d.tagNo,
    place: { kind: d.placeKind, label: d.placeLabel },
    pickupCode,
    notLiable: !d.sealed,
    sealed: d.sealed,
    pieceCount: d.pieceCount,
    description: d.description,
    categories: d.categories,
    checkedInAt: d.checkedInAt.toISOString(),
    depositor: maskedDepositor(d),
  };
}

/** A visitor with the code learns the status and where to go, nothing about the depositor. */
export function toLookupDto(d: DepositEntity, timeZone: string): DepositLookupDto {
  return { status: d.status, desk: d.desk, checkedInOn: hospitalDate(d.checkedInAt, timeZone), tagNo: d.tagNo };
}

/** The ticket may lie on a counter or be photographed: nothing on it identifies the depositor. */
function maskedDepositor(d: DepositEntity): DepositorSummaryDto {
  return { name: maskName(d.depositorName) ?? '', phone: maskPhone(d.depositorPhone) ?? '', idLast4: d.idLast4 };
}

function iso(at: Date | null): string | null {
  return at ? at.toISOString() : null;
}
