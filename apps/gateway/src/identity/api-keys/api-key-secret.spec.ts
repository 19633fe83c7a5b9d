import { API_KEY_PATTERN, apiKeyMatches, apiKeyPrefix, generateApiKey, hashApiKey } from './api-key-secret';

describe('API key secrets', () => {
  it('generates hsp_<8 hex>_<43 base64url> keys whose prefix finds them and whose hash matches', () => {
    const { key, prefix, secretHash } = generateApiKey();
    expect(key).toMatch(API_KEY_PATTERN);
    expect(key.length).toBe(4 + 8 + 1 + 43);
    expect(apiKeyPrefix(key)).toBe(prefix);
    expect(secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(secretHash).toBe(hashApiKey(key));
    expect(apiKeyMatches(key, secretHash)).toBe(true);
  });

  it('never generates the same key twice', () => {
    const keys = new Set(Array.from({ length: 200 }, () => generateApiKey().key));
    expect(keys.size).toBe(200);
  });

  it('refuses a key with the right prefix but another secret', () => {
    const { key, secretHash } = generateApiKey();
    const tampered = key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A');
    expect(apiKeyMatches(tampered, secretHash)).toBe(false);
  });

  it.each(['', 'hsp_12345678', 'hsp_1234567g_' + 'a'.repeat(43), 'hsp_12345678_' + 'a'.repeat(42), 'xyz_12345678_' + 'a'.repeat(43)])(
    'treats %p as malformed',
    (key) => expect(apiKeyPrefix(key)).toBeNull(),
  );
});
