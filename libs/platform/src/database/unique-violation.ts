import { QueryFailedError } from 'typeorm';

const PG_UNIQUE_VIOLATION = '23505';

/**
 * Whether `error` is Postgres refusing a duplicate, and on which constraint: the name tells a
 * caller which field to blame (a taken username, a staff member with an account already) or
 * whether a race is worth retrying. Null for any other error.
 */
export function uniqueViolationOf(error: unknown): { constraint: string | null } | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driver = error.driverError as { code?: string; constraint?: string } | undefined;
  return driver?.code === PG_UNIQUE_VIOLATION ? { constraint: driver.constraint ?? null } : null;
}
