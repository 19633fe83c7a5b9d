import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, UserDto, UserPageDto, UserQueryDto, UserStatus } from '@hospital/contracts';
import { DomainError, keysetPage } from '@hospital/platform';
import { Repository } from 'typeorm';
import { toUserDto } from './user.mapper';
import { UserEntity } from './user.entity';

@Injectable()
export class UsersQuery {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  /** Newest first; filters combine. */
  async list(query: UserQueryDto): Promise<UserPageDto> {
    const qb = this.users.createQueryBuilder('u');
    if (query.role) qb.andWhere(':role = ANY(u.roles)', { role: query.role });
    if (query.status) qb.andWhere('u.active = :active', { active: query.status === UserStatus.Active });
    if (query.staffId) qb.andWhere('u.staff_id = :staffId', { staffId: query.staffId });
    const page = await keysetPage(qb, query);
    return { items: page.items.map(toUserDto), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<UserDto> {
    const user = await this.users.findOne({ where: { id } });
    if (!user) throw DomainError.notFound(ErrorCode.UserNotFound, 'User', id);
    return toUserDto(user);
  }
}
