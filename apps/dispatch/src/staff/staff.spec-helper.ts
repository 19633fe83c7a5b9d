import { CreateStaffDto, Group, Post, Role } from '@hospital/contracts';
import { actors } from '@hospital/testing';

export const person = (overrides: Partial<CreateStaffDto> = {}): CreateStaffDto => ({
  staffNo: 'KF0101',
  name: '王芳',
  group: Group.InternalMedicine,
  posts: [Post.ExamEscort],
  phone: '13812341234',
  ...overrides,
});

/** Who creates and changes staff in these tests: a manager, who sees phones in full. */
export const manager = actors.user(Role.Manager);
