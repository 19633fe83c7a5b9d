/** A quarter ('2026Q4') or a month ('2026-11'), both in the hospital's time zone. */
export const EVALUATION_PERIOD = /^(\d{4}Q[1-4]|\d{4}-(0[1-9]|1[0-2]))$/;
export const EVALUATION_QUARTER = /^\d{4}Q[1-4]$/;
