import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '../../common/pagination';
import { ClaimMethod, Desk, DepositStatus, ItemCategory } from '../enums';
import { StoragePlaceDto } from './deposit-request.dto';

/** The depositor as staff see them: never the ID number, only its last four characters. */
export class DepositorSummaryDto {
  @ApiProperty({ description: 'Name (masked on the ticket, in full for desk staff)', example: '王小明' }) name: string;
  @ApiProperty({ description: 'Phone (in full for supervisors, managers and admins; masked for clerks and on the ticket)', example: '138****1234' })
  phone: string;
  @ApiProperty({ description: 'Last four characters of the ID number', example: '002X' }) idLast4: string;
}

/** What the depositor takes away. The pickup code appears here and nowhere else, ever. */
export class DepositTicketDto {
  @ApiProperty({ format: 'uuid', description: 'Deposit id' }) id: string;
  @ApiProperty({ description: 'Ticket number: desk, hospital day, sequence', example: 'ZY20261123-0001' }) ticketNo: string;
  @ApiProperty({ enum: Desk, enumName: 'Desk', description: 'The desk holding the items' }) desk: Desk;
  @ApiProperty({ type: 'integer', description: 'The tag on the bag; its twin goes to the depositor', example: 1 }) tagNo: number;
  @ApiProperty({ type: StoragePlaceDto, description: 'Where the items are kept' }) place: StoragePlaceDto;
  @ApiProperty({ description: 'The code to claim with: shown only in this response, stored only as a keyed hash', example: 'K7QX2M9P' })
  pickupCode: string;
  @ApiProperty({ description: 'True when the items were not locked or sealed: the center is not liable for damage or loss' }) notLiable: boolean;
  @ApiProperty({ description: 'Locked or sealed by the depositor' }) sealed: boolean;
  @ApiProperty({ type: 'integer', description: 'Pieces counted', example: 1 }) pieceCount: number;
  @ApiProperty({ description: 'The items as registered' }) description: string;
  @ApiProperty({ enum: ItemCategory, enumName: 'ItemCategory', isArray: true, description: 'Declared categories' }) categories: ItemCategory[];
  @ApiProperty({ format: 'date-time', description: 'When the items were taken in' }) checkedInAt: string;
  @ApiProperty({ type: DepositorSummaryDto, description: 'The depositor, masked' }) depositor: DepositorSummaryDto;
}

export class DepositDto {
  @ApiProperty({ format: 'uuid', description: 'Deposit id' }) id: string;
  @ApiProperty({ description: 'Ticket number', example: 'ZY20261123-0001' }) ticketNo: string;
  @ApiProperty({ enum: Desk, enumName: 'Desk', description: 'The desk holding the items' }) desk: Desk;
  @ApiProperty({ type: 'integer', description: 'Tag number', example: 1 }) tagNo: number;
  @ApiProperty({ type: StoragePlaceDto, description: 'Where the items are kept' }) place: StoragePlaceDto;
  @ApiProperty({ enum: DepositStatus, enumName: 'DepositStatus', description: 'Where the deposit is in its life' }) status: DepositStatus;
  @ApiProperty({ type: DepositorSummaryDto, description: 'The depositor (see the field descriptions for masking)' }) depositor: DepositorSummaryDto;
  @ApiProperty({ description: 'The items as registered' }) description: string;
  @ApiProperty({ type: 'integer', description: 'Pieces counted' }) pieceCount: number;
  @ApiProperty({ description: 'Locked or sealed by the depositor' }) sealed: boolean;
  @ApiProperty({ description: 'True when unsealed: the center is not liable for damage or loss' }) notLiable: boolean;
  @ApiProperty({ enum: ItemCategory, enumName: 'ItemCategory', isArray: true, description: 'Declared categories' }) categories: ItemCategory[];
  @ApiProperty({ type: 'integer', description: 'Refused claims (wrong code or ID number) since check-in or the last unlock' }) wrongCodeCount: number;
  @ApiProperty({ description: 'The clerk who took it in (user id)' }) checkedInBy: string;
  @ApiProperty({ format: 'date-time', description: 'When it was taken in' }) checkedInAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When it was handed back' }) releasedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The clerk who handed it back (user id)' }) releasedBy: string | null;
  @ApiProperty({ enum: ClaimMethod, enumName: 'ClaimMethod', nullable: true, description: 'How it was claimed' }) claimMethod: ClaimMethod | null;
  @ApiProperty({ type: String, nullable: true, description: 'Who collected it for the depositor (proxy claims)' }) claimedByName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The supervisor who approved a proxy claim (user id)' }) approvedBy: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When the ticket was reported lost' }) lostReportedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The clerk who recorded the report (user id)' }) lostReportedBy: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When wrong codes last locked it (kept after an unlock)' })
  lockedAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When a supervisor last unlocked it' }) unlockedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The supervisor who unlocked it (user id)' }) unlockedBy: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When the 3-day rule made it unclaimed property' })
  unclaimedAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When it was handed to lost property or security' })
  disposedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The supervisor who recorded the disposal (user id)' }) disposedBy: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Who received it (lost property, security)' }) disposalTo: string | null;
  @ApiProperty({ type: 'integer', description: 'Row version, increases with every change' }) version: number;
  @ApiProperty({ format: 'date-time', description: 'Last change' }) updatedAt: string;
}

export class DepositPageDto extends PageOf(DepositDto) {}

/** What a visitor learns from a pickup code: where things stand, and nothing about anyone. */
export class DepositLookupDto {
  @ApiProperty({ enum: DepositStatus, enumName: 'DepositStatus', description: 'Where the deposit is in its life' }) status: DepositStatus;
  @ApiProperty({ enum: Desk, enumName: 'Desk', description: 'The desk to go to' }) desk: Desk;
  @ApiProperty({ format: 'date', description: "The day it was taken in (hospital time zone); the unclaimed limit counts from then", example: '2026-11-23' })
  checkedInOn: string;
  @ApiProperty({ type: 'integer', description: 'The tag number on the ticket', example: 1 }) tagNo: number;
}
