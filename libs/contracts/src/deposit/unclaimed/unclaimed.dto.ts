import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';
import { DepositIdDto } from '../deposits/deposit-request.dto';
import { Desk, DepositStatus } from '../enums';
import { trimString } from '../../common/transforms';

/** An ISO 8601 date-time that names its offset, so "as of" never depends on a server's time zone. */
const WITH_OFFSET = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Who takes unclaimed property off the center's hands (docs/domain.md §4.7: never disposed of privately). */
export enum DisposalTarget {
  /** The hospital's lost-property office. */
  LostProperty = 'LOST_PROPERTY',
  /** Hospital security. */
  Security = 'SECURITY',
}

export class SweepOverdueBodyDto {
  @ApiPropertyOptional({
    format: 'date-time',
    description:
      'Sweep as of this instant instead of now: deposits checked in more than the unclaimed limit (3 days by default) before it ' +
      'are marked UNCLAIMED. A future instant previews and forces the rule ("as of four days later"). ISO 8601 with offset.',
    example: '2026-11-27T09:00:00+08:00',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, { message: 'asOf must be an ISO 8601 date-time with an offset (Z or ±hh:mm)' })
  asOf?: string;
}

export class SweepOverdueResultDto {
  @ApiProperty({ type: 'integer', description: 'How many deposits this sweep marked UNCLAIMED (those marked before are not counted again)', example: 2 })
  marked: number;

  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'The deposits this sweep marked' })
  ids: string[];
}

export class DisposeDepositBodyDto {
  @ApiProperty({ enum: DisposalTarget, enumName: 'DisposalTarget', description: 'Who the unclaimed property was handed to' })
  @IsEnum(DisposalTarget)
  to: DisposalTarget;

  @ApiProperty({
    description: 'The disposal record: who received it, what was handed over, any receipt number',
    minLength: 1,
    maxLength: 500,
    example: '交保卫科张科长，收据 BW-2026-031',
  })
  @Transform(trimString)
  @IsString()
  @Length(1, 500)
  note: string;
}

export class DisposeDepositRequestDto extends IntersectionType(DepositIdDto, DisposeDepositBodyDto) {}

/** The disposal record of an unclaimed deposit: the only way one leaves the desk. */
export class DepositDisposalDto {
  @ApiProperty({ format: 'uuid', description: 'Deposit id' }) id: string;
  @ApiProperty({ description: 'Ticket number of the deposit', example: 'ZY20261123-0001' }) ticketNo: string;
  @ApiProperty({ enum: Desk, enumName: 'Desk', description: 'The desk that held it' }) desk: Desk;
  @ApiProperty({ type: 'integer', description: 'Its tag number, free again from now on', example: 17 }) tagNo: number;
  @ApiProperty({ enum: DepositStatus, enumName: 'DepositStatus', description: 'Always DISPOSED' }) status: DepositStatus;
  @ApiProperty({ format: 'date-time', description: 'When it was checked in' }) checkedInAt: string;
  @ApiProperty({ format: 'date-time', description: 'When the 3-day rule marked it unclaimed' }) unclaimedAt: string;
  @ApiProperty({ format: 'date-time', description: 'When it was handed over' }) disposedAt: string;
  @ApiProperty({ description: 'The supervisor who recorded the disposal (user id)' }) disposedBy: string;
  @ApiProperty({ enum: DisposalTarget, enumName: 'DisposalTarget', description: 'Who received it' }) disposalTo: DisposalTarget;
  @ApiProperty({ description: 'The disposal note' }) disposalNote: string;
}
