import { ApiProperty, ApiPropertyOptional, PartialType, OmitType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsDefined,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageOf, PageQueryDto } from '../../common/pagination';
import { Shift } from '../duty/shifts';
import { Group, Post } from '../enums';
import { trimString } from '../../common/transforms';

/** How many jobs a worker carries at once unless told otherwise. */
export const DEFAULT_STAFF_CAPACITY = 2;
export const MAX_STAFF_CAPACITY = 10;

export class CreateStaffDto {
  @ApiProperty({ description: 'Staff number (工号), unique', example: 'KF0101', pattern: '^[A-Za-z0-9-]{2,20}$' })
  @Transform(trimString)
  @IsString()
  @Matches(/^[A-Za-z0-9-]{2,20}$/, { message: 'staffNo must be 2-20 letters, digits or dashes' })
  staffNo: string;

  @ApiProperty({ description: 'Full name', example: '王芳', minLength: 1, maxLength: 50 })
  @Transform(trimString)
  @IsString()
  @Length(1, 50)
  name: string;

  @ApiProperty({ enum: Group, enumName: 'Group', description: 'The group the person works in' })
  @IsEnum(Group)
  group: Group;

  @ApiProperty({ enum: Post, enumName: 'Post', isArray: true, description: 'Posts (skills) the person holds' })
  @IsEnum(Post, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(11)
  @ArrayUnique()
  posts: Post[];

  @ApiPropertyOptional({ description: 'Mobile phone; shown masked to roles that do not need it', example: '13812341234' })
  @IsOptional()
  @Matches(/^\+?[0-9]{7,15}$/, { message: 'phone must be 7-15 digits, optionally starting with +' })
  phone?: string;

  @ApiPropertyOptional({ description: 'Whether the person currently works at the center', default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ enum: Shift, enumName: 'Shift', description: 'The shift the person usually works; clock-in defaults to it', default: Shift.Early })
  @IsOptional()
  @IsEnum(Shift)
  shift?: Shift;

  @ApiPropertyOptional({ type: 'integer',
    description: 'How many jobs the person may carry at once; assignment refuses more',
    minimum: 1,
    maximum: MAX_STAFF_CAPACITY,
    default: DEFAULT_STAFF_CAPACITY,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_STAFF_CAPACITY)
  capacity?: number;
}

export class UpdateStaffDto extends PartialType(OmitType(CreateStaffDto, ['staffNo'] as const)) {}

export class StaffIdDto {
  @ApiProperty({ description: 'Staff id', format: 'uuid' })
  @IsUUID()
  id: string;
}

export class UpdateStaffRequestDto extends StaffIdDto {
  @ApiProperty({ type: UpdateStaffDto, description: 'The fields to change' })
  @IsDefined()
  @ValidateNested()
  @Type(() => UpdateStaffDto)
  changes: UpdateStaffDto;
}

export class ListStaffQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: Group, enumName: 'Group', description: 'Only staff of this group' })
  @IsOptional()
  @IsEnum(Group)
  group?: Group;

  @ApiPropertyOptional({ enum: Post, enumName: 'Post', description: 'Only staff holding this post' })
  @IsOptional()
  @IsEnum(Post)
  post?: Post;

  @ApiPropertyOptional({ description: 'Only active (true) or inactive (false) staff' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'Search by staff number prefix or part of the name', maxLength: 50 })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  q?: string;
}

export class StaffDto {
  @ApiProperty({ format: 'uuid', description: 'Staff id' }) id: string;
  @ApiProperty({ description: 'Staff number (工号)' }) staffNo: string;
  @ApiProperty({ description: 'Full name' }) name: string;
  @ApiProperty({ enum: Group, enumName: 'Group', description: 'The group the person works in' }) group: Group;
  @ApiProperty({ enum: Post, enumName: 'Post', isArray: true, description: 'Posts (skills) the person holds' }) posts: Post[];
  @ApiProperty({ type: String, nullable: true, description: 'Phone, masked (138****1234) unless the caller may see it' })
  phone: string | null;
  @ApiProperty({ description: 'Whether the person currently works at the center' }) active: boolean;
  @ApiProperty({ enum: Shift, enumName: 'Shift', description: 'The shift the person usually works' }) shift: Shift;
  @ApiProperty({ type: 'integer', description: 'How many jobs the person may carry at once', example: DEFAULT_STAFF_CAPACITY }) capacity: number;
  @ApiProperty({ type: 'integer', description: 'Increments on every change', example: 1 }) version: number;
  @ApiProperty({ format: 'date-time', description: 'When the person was added' }) createdAt: string;
  @ApiProperty({ format: 'date-time', description: 'Last change' }) updatedAt: string;
}

export class StaffPageDto extends PageOf(StaffDto) {}
