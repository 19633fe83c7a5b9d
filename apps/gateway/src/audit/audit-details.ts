/**
 * What never goes into the audit log, whatever a caller passes as details: anything named like a
 * password, secret or token anywhere in the name, and names ending in key or hash (`key`,
 * `apiKey`, `api_key`, `passwordHash`; `apiKeyId` and `keyPrefix` stay). The log is read by
 * admins and kept for months; a credential in it would outlive its rotation.
 */
const SECRET_ANYWHERE = /passw(or)?d|passphrase|pwd|secret|token|credential|authorization|cookie|pickup_?code/i;
const SECRET_LAST_WORD = /^(key|hash)$/i;

/** camelCase, snake_case, kebab-case and dotted names split into their words. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_.-]+/)
    .filter(Boolean);
}

export function isSecretName(name: string): boolean {
  if (SECRET_ANYWHERE.test(name)) return true;
  const last = words(name).pop();
  return last !== undefined && SECRET_LAST_WORD.test(last);
}

/** A copy of `value` without the secret-named keys, at any depth (arrays included). */
function strip(value: unknown, depth: number): unknown {
  if (depth > 20) return '[too deep]';
  if (Array.isArray(value)) return value.map((item) => strip(item, depth + 1));
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([name, v]) => v !== undefined && !isSecretName(name))
        .map(([name, v]) => [name, strip(v, depth + 1)]),
    );
  }
  return value;
}

/** The details as they are written: secrets stripped, undefined dropped, always an object. */
export function sanitizeDetails(details: Record<string, unknown> | undefined): Record<string, unknown> {
  return details ? (strip(details, 0) as Record<string, unknown>) : {};
}
