import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, LoginDto, MeDto, TokenDto } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { Repository } from 'typeorm';
import type { GatewayActor } from '../access/gateway-actor';
import { UserEntity } from '../users/user.entity';
import { PasswordHasher } from './password-hasher';
import { TokenService } from './token.service';

/** One message for every login failure, so a caller cannot tell which part was wrong. */
export const INVALID_LOGIN_MESSAGE = 'invalid username or password';

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly passwords: PasswordHasher,
    private readonly tokens: TokenService,
  ) {}

  /**
   * Unknown user, wrong password and deactivated account all take one argon2 verification and
   * end in the same 401, so neither the answer nor its timing reveals which accounts exist.
   */
  async login(dto: LoginDto): Promise<TokenDto> {
    const user = await this.users.findOne({ where: { username: dto.username.toLowerCase() } });
    const passwordOk = await this.passwords.verify(user?.passwordHash, dto.password);
    if (!user || !passwordOk || !user.active) throw new DomainError(ErrorCode.Unauthenticated, INVALID_LOGIN_MESSAGE);
    return this.tokens.issue(user);
  }

  /** From the verified credential alone: no database round trip for a call clients make often. */
  me(actor: GatewayActor): MeDto {
    if (actor.kind === 'anonymous') throw new DomainError(ErrorCode.Unauthenticated, 'authentication required');
    return { id: actor.id, kind: actor.kind, name: actor.name, roles: actor.roles, staffId: actor.staffId ?? null };
  }
}
