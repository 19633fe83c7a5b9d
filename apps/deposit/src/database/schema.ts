// The deposit schema's tables arrive with its own issue; until then the service owns an empty schema.
export const DEPOSIT_ENTITIES: (new () => unknown)[] = [];
export const DEPOSIT_MIGRATIONS: (new () => unknown)[] = [];
