import { StaffDirectoryEntry } from '../staff-directory/staff-directory.entity';
import { CreateStaffDirectory1763900000100 } from './migrations/1763900000100-CreateStaffDirectory';

export const FEEDBACK_ENTITIES = [StaffDirectoryEntry];
export const FEEDBACK_MIGRATIONS = [CreateStaffDirectory1763900000100];
