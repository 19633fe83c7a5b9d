/** Queue group, Postgres schema and log label of this service. */
export const SERVICE_NAME = 'feedback';
