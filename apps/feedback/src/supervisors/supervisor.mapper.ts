import { SupervisorDto } from '@hospital/contracts';
import { maskPhone } from '@hospital/platform';
import { SocialSupervisorEntity } from './social-supervisor.entity';

export function toSupervisorDto(s: SocialSupervisorEntity): SupervisorDto {
  return {
    id: s.id,
    name: s.name,
    phone: maskPhone(s.phone) ?? '',
    organisation: s.organisation,
    appointedOn: s.appointedOn,
    active: s.active,
    createdAt: s.createdAt.toISOString(),
  };
}
