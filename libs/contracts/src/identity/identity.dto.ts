import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsISO8601, IsOptional, IsString, Length, Matches } from 'class-validator';
import { Role } from '../common/roles';

export class LoginDto {
  @ApiProperty({ description: 'Login name', example: 'dispatcher', minLength: 1, maxLength: 64 })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 64)
  username: string;

  @ApiProperty({ description: 'Password', example: 'dispatcher-demo-2026', minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  password: string;
}

export class TokenDto {
  @ApiProperty({ description: 'JWT to send as `Authorization: Bearer <token>`' }) accessToken: string;
  @ApiProperty({ description: 'Always Bearer', example: 'Bearer' }) tokenType: 'Bearer';
  @ApiProperty({ type: 'integer', description: 'Seconds until the token expires', example: 28800 }) expiresIn: number;
  @ApiProperty({
    description: 'The password is temporary: this token opens only POST /auth/password (and GET /auth/me) until it is changed',
    example: false,
  })
  passwordChangeRequired: boolean;
}

export class MeDto {
  @ApiProperty({ description: 'User id, or the system id of an API key (the caller id the services record)' }) id: string;
  @ApiProperty({ enum: ['user', 'api_key'], description: 'A person or a hospital system' }) kind: 'user' | 'api_key';
  @ApiProperty({ description: 'Username, or the API key name' }) name: string;
  @ApiProperty({ enum: Role, enumName: 'Role', isArray: true, description: 'What the caller may do' }) roles: Role[];
  @ApiProperty({ type: String, nullable: true, description: 'Linked staff member, if any' }) staffId: string | null;
  @ApiProperty({ description: 'A person must change their temporary password before anything else', example: false })
  passwordChangeRequired: boolean;
}

export class CreateApiKeyDto {
  @ApiProperty({ description: 'What system uses the key', example: 'HIS nurse station', minLength: 3, maxLength: 80 })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(3, 80)
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  @Matches(/^[^\u0000-\u001f]+$/, { message: 'name must not contain control characters' })
  name: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'The key is refused after this instant; omit for a key valid until revoked', example: '2027-12-31T23:59:59+08:00' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'expiresAt must be an ISO 8601 date-time' })
  expiresAt?: string;
}

export class RotateApiKeyDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'Expiry of the new key; by default the old key’s', example: '2028-12-31T23:59:59+08:00' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'expiresAt must be an ISO 8601 date-time' })
  expiresAt?: string;
}

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid', description: 'Key id' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'The hospital system the key belongs to; the same across rotations, and the caller id services record' })
  systemId: string;
  @ApiProperty({ description: 'What system uses the key' }) name: string;
  @ApiProperty({ description: 'First characters of the key, to recognise it', example: 'hsp_3f9a1c2b' }) prefix: string;
  @ApiProperty({ enum: Role, enumName: 'Role', isArray: true, description: 'Always integration' }) roles: Role[];
  @ApiProperty({ format: 'date-time', description: 'When it was issued' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Last use, to the minute' }) lastUsedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was revoked; null while valid' }) revokedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it stops working by itself; null: until revoked' }) expiresAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The key this one replaced in a rotation' }) rotatedFrom: string | null;
}

export class CreatedApiKeyDto extends ApiKeyDto {
  @ApiProperty({ description: 'The key itself. Shown only in this response: store it now.' }) key: string;
}

export class ApiKeyListDto {
  @ApiProperty({ type: ApiKeyDto, isArray: true, description: 'All keys, revoked ones included' }) items: ApiKeyDto[];
}
