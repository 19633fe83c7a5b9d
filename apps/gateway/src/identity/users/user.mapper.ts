import { UserDto, UserStatus } from '@hospital/contracts';
import { UserEntity } from './user.entity';

export function toUserDto(user: UserEntity): UserDto {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    staffId: user.staffId,
    status: user.active ? UserStatus.Active : UserStatus.Disabled,
    authSource: user.authSource,
    passwordChangeRequired: user.mustChangePassword,
    createdAt: user.createdAt.toISOString(),
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    disabledAt: user.disabledAt?.toISOString() ?? null,
  };
}
