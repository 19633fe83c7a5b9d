import { ErrorCode } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { EntityManager, In } from 'typeorm';
import { StaffDirectoryEntry } from '../staff-directory/staff-directory.entity';

/** A named staff member must be in feedback's copy of the directory: 422 naming the field otherwise. */
export async function assertStaffExist(manager: EntityManager, staffIds: string[], field: string): Promise<void> {
  if (staffIds.length === 0) return;
  const found = await manager.find(StaffDirectoryEntry, { where: { id: In(staffIds) }, select: { id: true } });
  const missing = staffIds.filter((id) => !found.some((s) => s.id === id));
  if (missing.length) {
    throw new DomainError(ErrorCode.BusinessRule, `no staff member ${missing.join(', ')}`, {
      errors: [{ field, message: `unknown staff: ${missing.join(', ')}` }],
    });
  }
}
