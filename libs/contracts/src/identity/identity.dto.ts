import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length, Matches } from 'class-validator';
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
  @ApiProperty({ description: 'Seconds until the token expires', example: 28800 }) expiresIn: number;
}

export class MeDto {
  @ApiProperty({ description: 'User or API key id' }) id: string;
  @ApiProperty({ enum: ['user', 'api_key'], description: 'A person or a hospital system' }) kind: 'user' | 'api_key';
  @ApiProperty({ description: 'Username, or the API key name' }) name: string;
  @ApiProperty({ enum: Role, enumName: 'Role', isArray: true, description: 'What the caller may do' }) roles: Role[];
  @ApiProperty({ type: String, nullable: true, description: 'Linked staff member, if any' }) staffId: string | null;
}

export class CreateApiKeyDto {
  @ApiProperty({ description: 'What system uses the key', example: 'HIS nurse station', minLength: 3, maxLength: 80 })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(3, 80)
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  @Matches(/^[^\u0000-\u001f]+$/, { message: 'name must not contain control characters' })
  name: string;
}

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid', description: 'Key id' }) id: string;
  @ApiProperty({ description: 'What system uses the key' }) name: string;
  @ApiProperty({ description: 'First characters of the key, to recognise it', example: 'hsp_3f9a1c2b' }) prefix: string;
  @ApiProperty({ enum: Role, enumName: 'Role', isArray: true, description: 'Always integration' }) roles: Role[];
  @ApiProperty({ format: 'date-time', description: 'When it was issued' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Last use, to the minute' }) lastUsedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was revoked; null while valid' }) revokedAt: string | null;
}

export class CreatedApiKeyDto extends ApiKeyDto {
  @ApiProperty({ description: 'The key itself. Shown only in this response: store it now.' }) key: string;
}

export class ApiKeyListDto {
  @ApiProperty({ type: ApiKeyDto, isArray: true, description: 'All keys, revoked ones included' }) items: ApiKeyDto[];
}
