// The feedback schema's tables arrive with its own issue; until then the service owns an empty schema.
export const FEEDBACK_ENTITIES: (new () => unknown)[] = [];
export const FEEDBACK_MIGRATIONS: (new () => unknown)[] = [];
