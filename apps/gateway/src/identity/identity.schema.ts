/** The Postgres schema the gateway owns; nothing else reads or writes it. */
export const IDENTITY_SCHEMA = 'identity';
