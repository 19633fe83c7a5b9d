/** class-transformer `@Transform` for free-text fields: surrounding spaces are typing, not content. */
export const trimString = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
