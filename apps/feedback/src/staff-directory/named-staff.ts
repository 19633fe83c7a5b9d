import { ErrorCode } from '@hospital/contracts';
import { DomainError } from '@hospital/platform';
import { EntityManager, In } from 'typeorm';
import { StaffDirectoryEntry } from './staff-directory.entity';

/** Which of these staff ids feedback's copy of the directory knows. */
export async function knownStaffIds(manager: EntityManager, staffIds: string[]): Promise<Set<string>> {
  if (staffIds.length === 0) return new Set();
  const found = await manager.find(StaffDirectoryEntry, { where: { id: In(staffIds) }, select: { id: true } });
  return new Set(found.map((s) => s.id));
}

/** A named staff member must be in feedback's copy of the directory: 422 naming the field otherwise. */
export async function assertStaffExist(manager: EntityManager, staffIds: string[], field: string): Promise<void> {
  const known = await knownStaffIds(manager, staffIds);
  const missing = staffIds.filter((id) => !known.has(id));
  if (missing.length) {
    throw new DomainError(ErrorCode.UnknownStaff, `no staff member ${missing.join(', ')}`, {
      errors: [{ field, message: `unknown staff: ${missing.join(', ')}` }],
    });
  }
}
