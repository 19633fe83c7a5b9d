import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsISO8601, IsOptional, Matches } from 'class-validator';
import { Desk, PaymentMethod } from '../enums';

/**
 * Every money movement of a loan, as an immutable ledger entry. `amountFen` is signed from the
 * drawer's point of view: DEPOSIT_TAKEN is positive (money in), REFUND negative (money out).
 * DEDUCTION is positive and moves no money: it marks the part of a deposit already in the drawer
 * that the center keeps (income) instead of refunding. For a returned loan,
 * DEPOSIT_TAKEN + REFUND − DEDUCTION = 0; the drawer's balance is the sum of DEPOSIT_TAKEN and REFUND.
 */
export enum LedgerEntryKind {
  DepositTaken = 'DEPOSIT_TAKEN',
  Refund = 'REFUND',
  Deduction = 'DEDUCTION',
}

export class LedgerDayQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'The hospital day (in TZ_HOSPITAL), YYYY-MM-DD; default today', example: '2026-11-23' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be a day as YYYY-MM-DD' })
  date?: string;

  @ApiPropertyOptional({ enum: Desk, enumName: 'Desk', description: 'Only this desk; default every desk' })
  @IsOptional()
  @IsEnum(Desk)
  desk?: Desk;
}

export class LedgerEntryDto {
  @ApiProperty({ description: 'Entry number, increasing in the order entries were written', example: '42' }) id: string;
  @ApiProperty({ enum: LedgerEntryKind, enumName: 'LedgerEntryKind', description: 'DEPOSIT_TAKEN, REFUND or DEDUCTION' }) kind: LedgerEntryKind;
  @ApiProperty({ type: 'integer', description: 'Signed, in fen: DEPOSIT_TAKEN > 0 (in), REFUND < 0 (out), DEDUCTION > 0 (kept; moves no money)', example: 20000 })
  amountFen: number;
  @ApiProperty({ enum: PaymentMethod, enumName: 'PaymentMethod', description: 'Cash, WeChat Pay, Alipay or card' }) paymentMethod: PaymentMethod;
  @ApiProperty({ enum: Desk, enumName: 'Desk', description: 'The desk whose drawer or account it concerns' }) desk: Desk;
  @ApiProperty({ description: 'The clerk who handled the money (user id)' }) clerkId: string;
  @ApiProperty({ format: 'date-time', description: 'When' }) at: string;
  @ApiProperty({ format: 'uuid', description: 'The loan it belongs to' }) loanId: string;
}

/** The figures of one group of entries; all in fen and non-negative except the nets. */
export class LedgerFiguresDto {
  @ApiProperty({ type: 'integer', description: 'Deposits taken', example: 20000 }) takenFen: number;
  @ApiProperty({ type: 'integer', description: 'Refunds paid out', example: 15000 }) refundedFen: number;
  @ApiProperty({ type: 'integer', description: 'Deductions kept (income for damage)', example: 5000 }) keptFen: number;
  @ApiProperty({ type: 'integer', description: 'taken − refunded: what the drawer and accounts gained this day (may be negative)', example: 5000 }) netFen: number;
  @ApiProperty({ type: 'integer', description: 'Net cash expected in the drawer: cash taken − cash refunded (CASH entries only)', example: 5000 }) netCashExpectedFen: number;
}

export class LedgerDeskFiguresDto extends LedgerFiguresDto {
  @ApiProperty({ enum: Desk, enumName: 'Desk', description: 'Desk' }) desk: Desk;
}

export class LedgerClerkFiguresDto extends LedgerDeskFiguresDto {
  @ApiProperty({ description: 'Clerk (user id)' }) clerkId: string;
}

export class LedgerLineDto extends LedgerClerkFiguresDto {
  @ApiProperty({ enum: PaymentMethod, enumName: 'PaymentMethod', description: 'Payment method' }) paymentMethod: PaymentMethod;
}

/** A hospital day's reconciliation: totals, per desk, per desk and clerk, per desk, clerk and method, and the entries. */
export class LedgerDayDto {
  @ApiProperty({ format: 'date', description: 'The hospital day', example: '2026-11-23' }) date: string;
  @ApiProperty({ description: 'The hospital time zone the day is taken in', example: 'Asia/Shanghai' }) timeZone: string;
  @ApiProperty({ format: 'date-time', description: 'Start of the day (inclusive)' }) from: string;
  @ApiProperty({ format: 'date-time', description: 'End of the day (exclusive)' }) to: string;
  @ApiProperty({ enum: Desk, enumName: 'Desk', nullable: true, description: 'The desk asked for; null for every desk' }) desk: Desk | null;
  @ApiProperty({ type: String, nullable: true, description: 'Set when the caller is a desk clerk: the figures and entries are only their own' })
  clerkId: string | null;
  @ApiProperty({ type: LedgerFiguresDto, description: 'Everything in scope' }) total: LedgerFiguresDto;
  @ApiProperty({ type: LedgerDeskFiguresDto, isArray: true, description: 'Per desk (each desk’s drawer)' }) desks: LedgerDeskFiguresDto[];
  @ApiProperty({ type: LedgerClerkFiguresDto, isArray: true, description: 'Per desk and clerk' }) clerks: LedgerClerkFiguresDto[];
  @ApiProperty({ type: LedgerLineDto, isArray: true, description: 'Per desk, clerk and payment method' }) lines: LedgerLineDto[];
  @ApiProperty({ type: LedgerEntryDto, isArray: true, description: 'The entries themselves, in the order written' }) entries: LedgerEntryDto[];
}
