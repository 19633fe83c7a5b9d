import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsDefined, IsEnum, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { PageOf, PageQueryDto } from '../../common/pagination';
import { Desk, EquipmentType, EquipmentUnitStatus, PaymentMethod } from '../enums';
import { trimString } from '../../common/transforms';

/** An ISO 8601 date-time that names its offset, so a deadline never depends on a server's time zone. */
const WITH_OFFSET = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
/** The largest deposit or deduction accepted (¥100,000), matching the LOAN_DEPOSIT_FEN_* limit. */
export const MAX_LOAN_FEN = 10_000_000;

export enum LoanStatus {
  /** The unit is out with the borrower; the deposit is held. */
  Open = 'OPEN',
  /** Back at the desk; the deposit refunded (less any deduction). */
  Returned = 'RETURNED',
}

/** The loan list filter: OVERDUE is an open loan past its due-back time (flagged by the sweep or not yet). */
export enum LoanStatusFilter {
  Open = 'OPEN',
  Returned = 'RETURNED',
  Overdue = 'OVERDUE',
}

/** The state a unit is left in when it comes back (LOST: the borrower reports it lost; the deposit is usually kept). */
export const UNIT_STATUSES_AFTER_RETURN = [EquipmentUnitStatus.Available, EquipmentUnitStatus.Maintenance, EquipmentUnitStatus.Lost] as const;
export type UnitStatusAfterReturn = (typeof UNIT_STATUSES_AFTER_RETURN)[number];

export class BorrowerDto {
  @ApiProperty({ description: 'Borrower’s name', example: '王小明', minLength: 1, maxLength: 50 })
  @Transform(trimString)
  @IsString()
  @Length(1, 50)
  name: string;

  @ApiProperty({ description: 'Borrower’s phone, to call about an overdue unit', example: '13812341234' })
  @Matches(/^\+?[0-9-]{3,20}$/, { message: 'phone must be 3-20 digits or dashes' })
  phone: string;

  @ApiProperty({
    description: 'Borrower’s ID number (resident ID, passport, permit). Stored only as a keyed hash plus its last four characters, never in clear.',
    example: '110101199001011234',
  })
  @Transform(trimString)
  @Matches(/^[0-9A-Za-z]{6,30}$/, { message: 'idNumber must be 6-30 letters or digits' })
  idNumber: string;
}

export class OpenLoanDto {
  @ApiProperty({ format: 'uuid', description: 'The unit lent; it must be AVAILABLE. Its desk is the loan’s desk.' })
  @IsUUID()
  unitId: string;

  @ApiProperty({ type: BorrowerDto, description: 'Who takes the unit' })
  @IsDefined()
  @ValidateNested()
  @Type(() => BorrowerDto)
  borrower: BorrowerDto;

  @ApiPropertyOptional({ type: 'integer',
    description:
      'Deposit taken, in fen. Omit for the configured amount of the unit’s type (LOAN_DEPOSIT_FEN_*: wheelchair 20000, umbrella 0, ...); ' +
      'a value given overrides it (the default stays on the loan for audit). 0 takes no money and writes no ledger entry.',
    minimum: 0,
    maximum: MAX_LOAN_FEN,
    example: 20000,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_LOAN_FEN)
  depositFen?: number;

  @ApiPropertyOptional({ enum: PaymentMethod, enumName: 'PaymentMethod', description: 'How the deposit was paid; default CASH. Ignored when no deposit is taken.' })
  @IsOptional()
  @IsEnum(PaymentMethod)
  paymentMethod?: PaymentMethod;

  @ApiProperty({ format: 'date-time', description: 'When the unit is due back; must be in the future (ISO 8601 with offset)', example: '2026-11-23T18:00:00+08:00' })
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, { message: 'dueBackAt must be an ISO 8601 date-time with an offset (Z or ±hh:mm)' })
  dueBackAt: string;
}

export class LoanIdDto {
  @ApiProperty({ format: 'uuid', description: 'Loan id' })
  @IsUUID()
  id: string;
}

export class ReturnLoanBodyDto {
  @ApiPropertyOptional({ type: 'integer',
    description: 'Kept from the deposit for damage, in fen; default 0. At most the deposit (422 otherwise); the rest is refunded.',
    minimum: 0,
    maximum: MAX_LOAN_FEN,
    default: 0,
    example: 5000,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_LOAN_FEN)
  damageDeductionFen?: number;

  @ApiPropertyOptional({ description: 'Why part of the deposit is kept; required when damageDeductionFen > 0 (422 otherwise)', maxLength: 500, example: '扶手断裂' })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Length(1, 500)
  deductionReason?: string;

  @ApiPropertyOptional({ enum: PaymentMethod, enumName: 'PaymentMethod', description: 'How the refund is paid; default: the way the deposit was paid' })
  @IsOptional()
  @IsEnum(PaymentMethod)
  refundMethod?: PaymentMethod;

  @ApiPropertyOptional({
    enum: UNIT_STATUSES_AFTER_RETURN,
    enumName: 'UnitStatusAfterReturn',
    description: 'The unit’s state after return: AVAILABLE (default), MAINTENANCE (needs repair or cleaning) or LOST (reported lost by the borrower)',
    default: EquipmentUnitStatus.Available,
  })
  @IsOptional()
  @IsIn(UNIT_STATUSES_AFTER_RETURN)
  unitStatus?: UnitStatusAfterReturn;
}

export class ReturnLoanRequestDto extends IntersectionType(LoanIdDto, ReturnLoanBodyDto) {}

export class ListLoansQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: Desk, enumName: 'Desk', description: 'Only loans of this desk' })
  @IsOptional()
  @IsEnum(Desk)
  desk?: Desk;

  @ApiPropertyOptional({ enum: LoanStatusFilter, enumName: 'LoanStatusFilter', description: 'OPEN, RETURNED, or OVERDUE (open and past due back)' })
  @IsOptional()
  @IsEnum(LoanStatusFilter)
  status?: LoanStatusFilter;

  @ApiPropertyOptional({ format: 'date-time', description: 'Only loans opened at or after this (ISO 8601 with offset)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, { message: 'from must be an ISO 8601 date-time with an offset (Z or ±hh:mm)' })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Only loans opened before this (ISO 8601 with offset)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, { message: 'to must be an ISO 8601 date-time with an offset (Z or ±hh:mm)' })
  to?: string;
}

export class BorrowerViewDto {
  @ApiProperty({ description: 'Name; masked (王**) for desk clerks, in full for supervisors, managers and admins' }) name: string;
  @ApiProperty({ description: 'Phone; masked (138****1234) for desk clerks, in full for those who chase overdue units' }) phone: string;
  @ApiProperty({ description: 'Last four characters of the ID number, the only part ever kept in clear', example: '1234' }) idLast4: string;
}

export class LoanDto {
  @ApiProperty({ format: 'uuid', description: 'Loan id' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'The unit lent' }) unitId: string;
  @ApiProperty({ description: 'The unit’s code', example: 'IP-WC-01' }) unitCode: string;
  @ApiProperty({ enum: EquipmentType, enumName: 'EquipmentType', description: 'What was lent' }) type: EquipmentType;
  @ApiProperty({ enum: Desk, enumName: 'Desk', description: 'The desk that lent it (the unit’s desk)' }) desk: Desk;
  @ApiProperty({ enum: LoanStatus, enumName: 'LoanStatus', description: 'OPEN or RETURNED' }) status: LoanStatus;
  @ApiProperty({ type: BorrowerViewDto, description: 'Who has it' }) borrower: BorrowerViewDto;
  @ApiProperty({ type: 'integer', description: 'Deposit taken, in fen', example: 20000 }) depositFen: number;
  @ApiProperty({ type: 'integer', description: 'The configured deposit for the type when the loan was opened, in fen; differs from depositFen when the clerk overrode it' })
  defaultDepositFen: number;
  @ApiProperty({ enum: PaymentMethod, enumName: 'PaymentMethod', nullable: true, description: 'How the deposit was paid; null when none was taken' })
  paymentMethod: PaymentMethod | null;
  @ApiProperty({ format: 'date-time', description: 'When it is due back' }) dueBackAt: string;
  @ApiProperty({ description: 'Returned after dueBackAt, or still out past it' }) overdue: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When it was first found overdue (by the sweep, or at a late return); null if never' })
  overdueAt: string | null;
  @ApiProperty({ description: 'The clerk who lent it (user id)' }) openedBy: string;
  @ApiProperty({ format: 'date-time', description: 'When it was lent' }) openedAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When it came back' }) returnedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The clerk who took it back (user id)' }) returnedBy: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Kept from the deposit for damage, in fen; null while open' }) deductionFen: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why part of the deposit was kept' }) deductionReason: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Refunded: deposit − deduction, in fen; null while open' }) refundFen: number | null;
  @ApiProperty({ enum: PaymentMethod, enumName: 'PaymentMethod', nullable: true, description: 'How the refund was paid; null while open or when nothing was refunded' })
  refundMethod: PaymentMethod | null;
  @ApiProperty({ enum: UNIT_STATUSES_AFTER_RETURN, enumName: 'UnitStatusAfterReturn', nullable: true, description: 'The unit’s state after return; null while open' })
  unitStatusAfterReturn: UnitStatusAfterReturn | null;
}

export class LoanPageDto extends PageOf(LoanDto) {}
