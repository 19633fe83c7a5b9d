/** The deadline table (minutes by job type and priority) the tasks module is configured with. */
export const DUE_MINUTES = Symbol('DUE_MINUTES');

/** How often the overdue sweep runs. */
export const OVERDUE_SWEEP_MS = Symbol('OVERDUE_SWEEP_MS');
