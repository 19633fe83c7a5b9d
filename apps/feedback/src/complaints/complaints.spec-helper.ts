/*
 * Shared by the complaint specs only (jest does not run it): the callers they act as, a complaint
 * to record, and a staff member in feedback's copy of the directory for it to name.
 */
import { ComplaintCategory, ComplaintSeverity, CreateComplaintDto, FeedbackChannel, Group, Role } from '@hospital/contracts';
import { ServiceUnderTest } from '@hospital/service-testing';
import { actors } from '@hospital/testing';

export const clerk = actors.user(Role.DeskClerk, { id: 'user-clerk' });
export const otherClerk = actors.user(Role.DeskClerk, { id: 'user-clerk-2' });
export const supervisor = actors.user(Role.Supervisor);
export const manager = actors.user(Role.Manager);
export const visitor = actors.anonymous();

/** A complaint from the desk about a named porter; `overrides` changes what a test is about. */
export const complaintAbout = (staffId: string, overrides: Partial<CreateComplaintDto> = {}): CreateComplaintDto => ({
  channel: FeedbackChannel.Desk,
  complainant: { name: '王小明', phone: '13812341234' },
  staffId,
  department: '骨科',
  category: ComplaintCategory.Attitude,
  severity: ComplaintSeverity.Normal,
  description: 'the porter was rude on the way to CT',
  ...overrides,
});

/** The staff member as dispatch's staff events would have put them in feedback's directory. */
export async function addPorter(service: ServiceUnderTest, id: string): Promise<void> {
  await service.query(
    `INSERT INTO "feedback"."staff_directory" ("id", "staff_no", "name", "group", "posts", "active", "version", "updated_at")
     VALUES ($1, 'JZ9001', '担架员甲', $2, '{}', true, 1, now())`,
    [id, Group.Emergency],
  );
}
