/* Shared by the praise specs only (jest does not run it). */
import { Group } from '@hospital/contracts';
import { ServiceUnderTest } from '@hospital/service-testing';

/** A staff member as dispatch's staff events would have put them in feedback's directory. */
export async function addWorker(service: ServiceUnderTest, id: string): Promise<void> {
  await service.query(
    `INSERT INTO "feedback"."staff_directory" ("id", "staff_no", "name", "group", "posts", "active", "version", "updated_at")
     VALUES ($1, 'JZ9002', '护工乙', $2, '{}', true, 1, now())`,
    [id, Group.Surgery],
  );
}
