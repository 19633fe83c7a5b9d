import { StaffSnapshotV1 } from '@hospital/contracts';
import { StaffEntity } from './staff.entity';

export function staffSnapshot(staff: StaffEntity): StaffSnapshotV1 {
  return {
    id: staff.id,
    staffNo: staff.staffNo,
    name: staff.name,
    group: staff.group,
    posts: staff.posts,
    active: staff.active,
    version: staff.version,
  };
}
