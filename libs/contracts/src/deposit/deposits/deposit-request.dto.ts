import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { ClaimMethod, Desk, DepositStatus, ItemCategory, StoragePlaceKind } from '../enums';
import { IsIdNumber } from './id-number';
import { trimString } from '../../common/transforms';

const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

/** Letters and digits only: a mistyped code is a wrong code (counted), a malformed one a 400. */
const PICKUP_CODE = /^[0-9A-Z]{4,16}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class StoragePlaceDto {
  @ApiProperty({ enum: StoragePlaceKind, enumName: 'StoragePlaceKind', description: 'Parcel cabinet, number cabinet or shelf' })
  @IsEnum(StoragePlaceKind)
  kind: StoragePlaceKind;

  @ApiProperty({ description: 'Which one: cabinet and compartment, or shelf slot', example: 'A-03', minLength: 1, maxLength: 20 })
  @Transform(trimString)
  @IsString()
  @Length(1, 20)
  label: string;
}

export class DepositorDto {
  @ApiProperty({ description: "The depositor's name", example: '王小明', minLength: 1, maxLength: 50 })
  @Transform(trimString)
  @IsString()
  @Length(1, 50)
  name: string;

  @ApiProperty({ description: 'Contact phone', example: '13812341234' })
  @Transform(trimString)
  @Matches(/^\+?[0-9][0-9-]{4,19}$/, { message: 'phone must be 5-20 digits or dashes' })
  phone: string;

  @ApiProperty({
    description:
      'ID number: an 18-character PRC resident ID (valid check character) or a passport/permit number of 5-20 letters and digits. ' +
      'Stored only as a keyed hash plus its last 4 characters, never returned.',
    example: '11010519491231002X',
  })
  @Transform(upper)
  @IsIdNumber()
  idNumber: string;
}

export class CheckInDepositDto {
  @ApiProperty({ enum: Desk, enumName: 'Desk', description: 'The desk taking the deposit (its own tag pool)' })
  @IsEnum(Desk)
  desk: Desk;

  @ApiProperty({ type: DepositorDto, description: 'Who leaves the items' })
  @IsDefined()
  @ValidateNested()
  @Type(() => DepositorDto)
  depositor: DepositorDto;

  @ApiProperty({ description: 'The items as counted in front of the depositor', example: '黑色双肩包一个，内有衣物', minLength: 1, maxLength: 500 })
  @Transform(trimString)
  @IsString()
  @Length(1, 500)
  description: string;

  @ApiProperty({ type: 'integer', description: 'How many pieces', minimum: 1, maximum: 20, example: 1 })
  @IsInt()
  @Min(1)
  @Max(20)
  pieceCount: number;

  @ApiProperty({ description: 'Locked or sealed by the depositor; if not, the ticket and record say the center is not liable' })
  @IsBoolean()
  sealed: boolean;

  @ApiProperty({
    enum: ItemCategory,
    enumName: 'ItemCategory',
    isArray: true,
    description: 'What the items are. Flammable, explosive, corrosive, toxic, radioactive, firearms, animals, food and valuables are refused (422 PROHIBITED_ITEM).',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(16)
  @ArrayUnique()
  @IsEnum(ItemCategory, { each: true })
  categories: ItemCategory[];

  @ApiPropertyOptional({ type: 'integer', description: "A tag the clerk picks from the desk's pool; by default the lowest free one", minimum: 1, example: 17 })
  @IsOptional()
  @IsInt()
  @Min(1)
  tagNo?: number;

  @ApiPropertyOptional({ type: StoragePlaceDto, description: 'Where the items are put; by default a shelf slot labelled with the tag number' })
  @IsOptional()
  @ValidateNested()
  @Type(() => StoragePlaceDto)
  place?: StoragePlaceDto;
}

export class DepositIdDto {
  @ApiProperty({ format: 'uuid', description: 'Deposit id' })
  @IsUUID()
  id: string;
}

export class ClaimDepositBodyDto {
  @ApiProperty({
    enum: ClaimMethod,
    enumName: 'ClaimMethod',
    description:
      'PICKUP_CODE: the ticket code. LOST_TICKET (after report-lost): the depositor\'s ID number and the clerk\'s confirmation that the ' +
      'description matches. PROXY: the ticket code, the depositor\'s ID number and the collector\'s name, sent by a supervisor, who is recorded as approver.',
  })
  @IsEnum(ClaimMethod)
  method: ClaimMethod;

  @ApiPropertyOptional({ description: 'The pickup code on the ticket (PICKUP_CODE, PROXY)', example: 'K7QX2M9P' })
  @ValidateIf((o: ClaimDepositBodyDto) => o.method === ClaimMethod.PickupCode || o.method === ClaimMethod.Proxy)
  @Transform(upper)
  @Matches(PICKUP_CODE, { message: 'pickupCode must be the 8 letters and digits on the ticket' })
  pickupCode?: string;

  @ApiPropertyOptional({ description: "The depositor's ID number (LOST_TICKET, PROXY), checked against the stored hash", example: '11010519491231002X' })
  @ValidateIf((o: ClaimDepositBodyDto) => o.method === ClaimMethod.LostTicket || o.method === ClaimMethod.Proxy)
  @Transform(upper)
  @IsIdNumber()
  idNumber?: string;

  @ApiPropertyOptional({ description: 'LOST_TICKET: the clerk confirms the claimant described the items as recorded; must be true' })
  @IsOptional()
  @IsBoolean()
  descriptionConfirmed?: boolean;

  @ApiPropertyOptional({ description: 'PROXY: the name of the person collecting for the depositor', example: '李四', maxLength: 50 })
  @ValidateIf((o: ClaimDepositBodyDto) => o.method === ClaimMethod.Proxy)
  @Transform(trimString)
  @IsString()
  @Length(1, 50)
  proxyName?: string;
}

export class ClaimDepositRequestDto extends IntersectionType(DepositIdDto, ClaimDepositBodyDto) {}

export class ListDepositsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ type: 'integer', description: 'Only deposits with this tag number', minimum: 1, example: 17 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  tagNo?: number;

  @ApiPropertyOptional({ enum: DepositStatus, enumName: 'DepositStatus', description: 'Only deposits in this status' })
  @IsOptional()
  @IsEnum(DepositStatus)
  status?: DepositStatus;

  @ApiPropertyOptional({ enum: Desk, enumName: 'Desk', description: 'Only deposits of this desk' })
  @IsOptional()
  @IsEnum(Desk)
  desk?: Desk;

  @ApiPropertyOptional({ format: 'date', description: "Checked in on this day (the hospital's time zone); not with from/to", example: '2026-11-23' })
  @IsOptional()
  @Matches(DAY, { message: 'date must be YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  date?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Checked in on or after this day (hospital time zone)', example: '2026-11-20' })
  @IsOptional()
  @Matches(DAY, { message: 'from must be YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Checked in on or before this day (hospital time zone)', example: '2026-11-23' })
  @IsOptional()
  @Matches(DAY, { message: 'to must be YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ description: "Part of the depositor's name, or the start of the ticket number", example: '王', minLength: 1, maxLength: 50 })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Length(1, 50)
  q?: string;
}

export class LookupDepositQueryDto {
  @ApiProperty({ description: 'The pickup code on the ticket', example: 'K7QX2M9P' })
  @Transform(upper)
  @Matches(PICKUP_CODE, { message: 'code must be the 8 letters and digits on the ticket' })
  code: string;
}
