/** The deadline table (minutes by priority) the tasks module is configured with. */
export const DUE_MINUTES = Symbol('DUE_MINUTES');
