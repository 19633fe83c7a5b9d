import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { PageOf, PageQueryDto } from '../../common/pagination';
import { trimString } from '../../common/transforms';

/** 社会监督员: someone from a nearby employer who rates the hospital's service. */
export class CreateSupervisorDto {
  @ApiProperty({ description: 'Full name', example: '王建国', minLength: 1, maxLength: 50 })
  @Transform(trimString)
  @IsString()
  @Length(1, 50)
  name: string;

  @ApiProperty({ description: 'Mobile or landline; masked in lists', example: '13812341234' })
  @Matches(/^\+?\d{7,15}$/, { message: 'phone must be 7–15 digits' })
  phone: string;

  @ApiProperty({ description: 'Employer or organisation they come from', example: '市第三中学', minLength: 1, maxLength: 100 })
  @Transform(trimString)
  @IsString()
  @Length(1, 100)
  organisation: string;

  @ApiProperty({ description: 'Day of appointment', example: '2026-01-15' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'appointedOn must be a day YYYY-MM-DD' })
  appointedOn: string;
}

export class SupervisorDto {
  @ApiProperty({ format: 'uuid', description: 'Supervisor id' })
  id: string;

  @ApiProperty({ description: 'Full name' })
  name: string;

  @ApiProperty({ description: 'Phone, masked (138****1234)' })
  phone: string;

  @ApiProperty({ description: 'Organisation' })
  organisation: string;

  @ApiProperty({ description: 'Day of appointment (YYYY-MM-DD)' })
  appointedOn: string;

  @ApiProperty({ description: 'Whether they currently serve; only active supervisors get invitations' })
  active: boolean;

  @ApiProperty({ format: 'date-time', description: 'When they were registered' })
  createdAt: string;
}

export class SupervisorPageDto extends PageOf(SupervisorDto) {}

export class ListSupervisorsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only active (true) or inactive (false) ones' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;
}

export class SupervisorIdDto {
  @ApiProperty({ format: 'uuid', description: 'Supervisor id' })
  @IsUUID()
  id: string;
}

export class SetSupervisorActiveBodyDto {
  @ApiProperty({ description: 'true to reinstate, false when they step down' })
  @Type(() => Boolean)
  @IsBoolean()
  active: boolean;
}

export class SetSupervisorActiveRequestDto extends IntersectionType(SupervisorIdDto, SetSupervisorActiveBodyDto) {}
