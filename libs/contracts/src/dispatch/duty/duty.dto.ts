import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { trimString } from '../../common/transforms';
import { Group } from '../enums';
import { DutyStatus, Shift } from './shifts';

export class ClockInBodyDto {
  @ApiPropertyOptional({ enum: Shift, enumName: 'Shift', description: "The shift being worked; defaults to the person's usual shift" })
  @IsOptional()
  @IsEnum(Shift)
  shift?: Shift;

  @ApiPropertyOptional({ description: 'Remark (cover for a colleague, overtime, ...)', maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  note?: string;
}

export class ClockOutBodyDto {
  @ApiPropertyOptional({ description: 'Remark', maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  note?: string;
}

export class DutyRosterQueryDto {
  @ApiPropertyOptional({ enum: Group, enumName: 'Group', description: 'Only this group' })
  @IsOptional()
  @IsEnum(Group)
  group?: Group;
}

export class ClockInRequestDto extends ClockInBodyDto {
  @ApiProperty({ format: 'uuid', description: 'Staff id' })
  @IsUUID()
  id: string;
}

export class ClockOutRequestDto extends ClockOutBodyDto {
  @ApiProperty({ format: 'uuid', description: 'Staff id' })
  @IsUUID()
  id: string;
}

/** A worker's duty and load as the board and auto-assignment see it. */
export class WorkerDutyDto {
  @ApiProperty({ format: 'uuid', description: 'Staff id' }) staffId: string;
  @ApiProperty({ description: 'Staff number (工号)' }) staffNo: string;
  @ApiProperty({ description: 'Full name' }) name: string;
  @ApiProperty({ enum: Group, enumName: 'Group' }) group: Group;
  @ApiProperty({ enum: DutyStatus, enumName: 'DutyStatus', description: 'Derived from duty and active jobs' }) status: DutyStatus;
  @ApiProperty({ enum: Shift, enumName: 'Shift', nullable: true, description: 'The shift clocked in for; null when off duty' })
  shift: Shift | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When they clocked in; null when off duty' })
  clockedInAt: string | null;
  @ApiProperty({ type: 'integer', description: 'Jobs in hand (assigned, accepted or in progress)', example: 1 }) load: number;
  @ApiProperty({ type: 'integer', description: 'How many jobs they may carry at once', example: 2 }) capacity: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Idle since (last delivery or clock-in); null when carrying a job or off duty' })
  idleSince: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'On a break they started (status ON_BREAK, no auto-assignment) since then; null when not on one',
  })
  onBreakSince: string | null;
}

export class StartBreakBodyDto {
  @ApiPropertyOptional({ description: 'Why (lunch, a call of nature, ...); stays in dispatch, not in the event', example: '午饭', maxLength: 200 })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Length(1, 200)
  reason?: string;
}

export class StartBreakRequestDto extends StartBreakBodyDto {
  @ApiProperty({ format: 'uuid', description: 'Staff id' })
  @IsUUID()
  id: string;
}

export class EndBreakRequestDto {
  @ApiProperty({ format: 'uuid', description: 'Staff id' })
  @IsUUID()
  id: string;
}
