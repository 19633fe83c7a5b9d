import { PraiseDto } from '@hospital/contracts';
import { PraiseEntity } from './praise.entity';

export function toPraiseDto(p: PraiseEntity): PraiseDto {
  return {
    id: p.id,
    channel: p.channel,
    staffIds: p.staffIds,
    department: p.department,
    text: p.text,
    recordedBy: p.recordedBy,
    receivedAt: p.createdAt.toISOString(),
  };
}
