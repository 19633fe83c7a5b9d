import { Actor, Group, Post, Role, Shift, StaffDto } from '@hospital/contracts';
import { actors } from '@hospital/testing';
import { StaffRecordsService } from '../staff/staff-records.service';

/** A hospital-local wall-clock time (the duty suites run with TZ_HOSPITAL=Asia/Shanghai, UTC+8). */
export const cst = (local: string) => new Date(`${local}:00+08:00`);

export const manager = actors.user(Role.Manager);
export const dispatcher = actors.user(Role.Dispatcher);

/** The people the duty suites clock in and out, each with what their cases are about. */
export interface DutyFloor {
  wang: StaffDto;
  /** Night shift, capacity 1. */
  liu: StaffDto;
  /** Surgery, split day shift. */
  zhao: StaffDto;
  chen: StaffDto;
  /** Inactive. */
  retired: StaffDto;
  /** Wang's own login. */
  wangHimself: Actor;
}

export async function createDutyFloor(staff: StaffRecordsService): Promise<DutyFloor> {
  const person = (staffNo: string, name: string, extra: Partial<Parameters<StaffRecordsService['create']>[0]> = {}) =>
    staff.create({ staffNo, name, group: Group.InternalMedicine, posts: [Post.SpecimenCourier], ...extra }, manager);
  const wang = await person('DU-0001', '王芳');
  const liu = await person('DU-0002', '刘洋', { shift: Shift.Night, capacity: 1 });
  const zhao = await person('DU-0003', '赵敏', { group: Group.Surgery, shift: Shift.SplitDay });
  const chen = await person('DU-0004', '陈静');
  const retired = await person('DU-0005', '孙丽', { active: false });
  return { wang, liu, zhao, chen, retired, wangHimself: actors.user(Role.Worker, { id: 'user-wang', staffId: wang.id }) };
}
