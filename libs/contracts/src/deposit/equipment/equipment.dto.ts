import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateIf } from 'class-validator';
import { PageOf, PageQueryDto } from '../../common/pagination';
import { Desk, EquipmentType, EquipmentUnitStatus } from '../enums';
import { trimString } from '../../common/transforms';

/** What staff may set by hand. LENT is not among them: only opening a loan lends a unit, only its return ends that. */
export const SETTABLE_UNIT_STATUSES = [EquipmentUnitStatus.Available, EquipmentUnitStatus.Maintenance, EquipmentUnitStatus.Lost] as const;
export type SettableUnitStatus = (typeof SETTABLE_UNIT_STATUSES)[number];

/** The code painted on a unit: upper-case letters, digits and dashes, e.g. IP-WC-01. */
export const EQUIPMENT_CODE = /^[A-Z0-9][A-Z0-9-]{1,19}$/;

export class EquipmentIdDto {
  @ApiProperty({ format: 'uuid', description: 'Equipment unit id' })
  @IsUUID()
  id: string;
}

export class ListEquipmentQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: Desk, enumName: 'Desk', description: 'Only units of this desk' })
  @IsOptional()
  @IsEnum(Desk)
  desk?: Desk;

  @ApiPropertyOptional({ enum: EquipmentType, enumName: 'EquipmentType', description: 'Only units of this type' })
  @IsOptional()
  @IsEnum(EquipmentType)
  type?: EquipmentType;

  @ApiPropertyOptional({ enum: EquipmentUnitStatus, enumName: 'EquipmentUnitStatus', description: 'Only units in this status' })
  @IsOptional()
  @IsEnum(EquipmentUnitStatus)
  status?: EquipmentUnitStatus;
}

export class AddEquipmentUnitDto {
  @ApiProperty({ description: 'The code on the unit, unique across desks (upper case, digits, dashes)', example: 'IP-WC-06', minLength: 2, maxLength: 20 })
  @Transform(trimString)
  @IsString()
  @Matches(EQUIPMENT_CODE, { message: 'code must be 2-20 upper-case letters, digits or dashes, e.g. IP-WC-06' })
  code: string;

  @ApiProperty({ enum: EquipmentType, enumName: 'EquipmentType', description: 'What the unit is' })
  @IsEnum(EquipmentType)
  type: EquipmentType;

  @ApiProperty({ enum: Desk, enumName: 'Desk', description: 'The desk that keeps and lends it' })
  @IsEnum(Desk)
  desk: Desk;

  @ApiPropertyOptional({ description: 'Remarks (make, condition)', maxLength: 500 })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Length(1, 500)
  note?: string;
}

export class SetEquipmentStatusBodyDto {
  @ApiProperty({
    enum: SETTABLE_UNIT_STATUSES,
    enumName: 'SettableUnitStatus',
    description: 'AVAILABLE (back in service), MAINTENANCE (being repaired or cleaned) or LOST. A lent unit changes only by its loan’s return.',
  })
  @IsIn(SETTABLE_UNIT_STATUSES)
  status: SettableUnitStatus;

  @ApiPropertyOptional({ description: 'Why: required for MAINTENANCE and LOST; replaces the unit’s note', maxLength: 500 })
  @ValidateIf((body: SetEquipmentStatusBodyDto) => body.status !== EquipmentUnitStatus.Available || body.note !== undefined)
  @Transform(trimString)
  @IsString()
  @Length(1, 500)
  note?: string;
}

export class SetEquipmentStatusRequestDto extends IntersectionType(EquipmentIdDto, SetEquipmentStatusBodyDto) {}

export class EquipmentUnitDto {
  @ApiProperty({ format: 'uuid', description: 'Unit id' }) id: string;
  @ApiProperty({ description: 'The code on the unit', example: 'IP-WC-01' }) code: string;
  @ApiProperty({ enum: EquipmentType, enumName: 'EquipmentType', description: 'What the unit is' }) type: EquipmentType;
  @ApiProperty({ description: 'The type as staff call it', example: '轮椅' }) typeLabel: string;
  @ApiProperty({ enum: Desk, enumName: 'Desk', description: 'The desk that keeps and lends it' }) desk: Desk;
  @ApiProperty({ enum: EquipmentUnitStatus, enumName: 'EquipmentUnitStatus', description: 'Where it is: AVAILABLE, LENT, MAINTENANCE or LOST' })
  status: EquipmentUnitStatus;
  @ApiProperty({ type: String, nullable: true, description: 'Remarks, e.g. why it is in maintenance' }) note: string | null;
  @ApiProperty({ format: 'date-time', description: 'When it was added' }) createdAt: string;
  @ApiProperty({ format: 'date-time', description: 'Last change' }) updatedAt: string;
}

/** How many units of the filtered inventory (all pages) are of one type in one status. */
export class EquipmentCountDto {
  @ApiProperty({ enum: EquipmentType, enumName: 'EquipmentType', description: 'Unit type' }) type: EquipmentType;
  @ApiProperty({ enum: EquipmentUnitStatus, enumName: 'EquipmentUnitStatus', description: 'Unit status' }) status: EquipmentUnitStatus;
  @ApiProperty({ type: 'integer', description: 'Units of this type in this status', example: 4 }) count: number;
}

export class EquipmentPageDto extends PageOf(EquipmentUnitDto) {
  @ApiProperty({ type: EquipmentCountDto, isArray: true, description: 'Counts per type and status over every unit matching the filters (not only this page)' })
  counts: EquipmentCountDto[];
}
