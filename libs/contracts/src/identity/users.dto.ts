import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateIf } from 'class-validator';
import { PageOf, PageQueryDto } from '../common/pagination';
import { HUMAN_ROLES, Role } from '../common/roles';
import { trimString } from '../common/transforms';

/** Lower-case letters, digits and . _ - @ (a provider may name users by e-mail); stored lower-case. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._@-]{1,63}$/;

const lowerTrim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export enum UserStatus {
  Active = 'ACTIVE',
  Disabled = 'DISABLED',
}

export class CreateUserDto {
  @ApiProperty({ description: 'Login name, stored lower-case', example: 'zhang.wei', pattern: USERNAME_PATTERN.source })
  @Transform(lowerTrim)
  @IsString()
  @Matches(USERNAME_PATTERN, { message: 'username must be 2-64 lower-case letters, digits, ".", "_", "-" or "@"' })
  username: string;

  @ApiProperty({ description: 'Name shown to colleagues', example: '张伟', minLength: 1, maxLength: 120 })
  @Transform(trimString)
  @IsString()
  @Length(1, 120)
  displayName: string;

  @ApiProperty({ enum: HUMAN_ROLES, enumName: 'Role', isArray: true, example: ['worker'], description: 'At least one; never integration (that is for API keys)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @IsIn(HUMAN_ROLES, { each: true, message: `each role must be one of ${HUMAN_ROLES.join(', ')}` })
  roles: Role[];

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The staff member (GET /staff) this account acts as: their own jobs, their own ledger. One account per staff member.',
  })
  @IsOptional()
  @IsUUID()
  staffId?: string | null;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ description: 'Name shown to colleagues', example: '张伟', minLength: 1, maxLength: 120 })
  @IsOptional()
  @Transform(trimString)
  @IsString()
  @Length(1, 120)
  displayName?: string;

  @ApiPropertyOptional({ enum: HUMAN_ROLES, enumName: 'Role', isArray: true, example: ['dispatcher'], description: 'Replaces the roles; effective on the next request of any token' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @IsIn(HUMAN_ROLES, { each: true, message: `each role must be one of ${HUMAN_ROLES.join(', ')}` })
  roles?: Role[];

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Link to a staff member; null unlinks' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  staffId?: string | null;
}

export class UserQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: HUMAN_ROLES, enumName: 'Role', description: 'Only accounts holding this role' })
  @IsOptional()
  @IsIn(HUMAN_ROLES, { message: `role must be one of ${HUMAN_ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({ enum: UserStatus, enumName: 'UserStatus', description: 'Active or disabled accounts' })
  @IsOptional()
  @IsEnum(UserStatus)
  status?: UserStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'The account of this staff member' })
  @IsOptional()
  @IsUUID()
  staffId?: string;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'zhang.wei' }) username: string;
  @ApiProperty({ example: '张伟' }) displayName: string;
  @ApiProperty({ enum: HUMAN_ROLES, enumName: 'Role', isArray: true, example: ['worker'] }) roles: Role[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The staff member the account acts as' }) staffId: string | null;
  @ApiProperty({ enum: UserStatus, enumName: 'UserStatus', example: UserStatus.Active }) status: UserStatus;
  @ApiProperty({ enum: ['local', 'oidc'], description: 'local: the gateway’s login; oidc: the hospital’s identity provider', example: 'local' })
  authSource: 'local' | 'oidc';
  @ApiProperty({ description: 'The password is temporary and must be changed at the next login', example: true })
  passwordChangeRequired: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastLoginAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) disabledAt: string | null;
}

export class UserPageDto extends PageOf(UserDto) {}

export class TemporaryPasswordDto {
  @ApiProperty({
    description: 'A one-time password, shown only in this answer: hand it to the person, who must change it at first login',
    example: 'kq7T-9vXa-M2pe-Wd4r',
  })
  temporaryPassword: string;
}

export class CreatedUserDto extends UserDto {
  @ApiProperty({ description: 'The first, temporary password: shown only in this answer; must be changed at first login', example: 'kq7T-9vXa-M2pe-Wd4r' })
  temporaryPassword: string;
}

export class ChangePasswordDto {
  @ApiProperty({ description: 'The password now in use (the temporary one at first login)', example: 'kq7T-9vXa-M2pe-Wd4r', minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  currentPassword: string;

  @ApiProperty({
    description: 'At least PASSWORD_MIN_LENGTH (default 10) characters, not the username, not a commonly used password',
    example: 'ward5-night-lantern',
    minLength: 1,
    maxLength: 200,
  })
  @IsString()
  @Length(1, 200)
  newPassword: string;
}
