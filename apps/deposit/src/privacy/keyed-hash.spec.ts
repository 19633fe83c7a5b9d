import { KeyedHash, lastFour, newPickupCode } from './keyed-hash';

describe('KeyedHash', () => {
  const hash = new KeyedHash('k'.repeat(32));

  it('stores no trace of the ID number itself and matches it again, whatever the case of a final X', () => {
    const stored = hash.of('11010119900101123x');
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toContain('110101');
    expect(hash.matches('11010119900101123X', stored)).toBe(true);
    expect(hash.matches(' 11010119900101123x ', stored)).toBe(true);
    expect(hash.matches('110101199001011230', stored)).toBe(false);
  });

  it('depends on the key: the same ID under another key does not match', () => {
    expect(new KeyedHash('j'.repeat(32)).matches('110101199001011234', hash.of('110101199001011234'))).toBe(false);
  });

  it('shows clerks only the last four characters', () => {
    expect(lastFour('11010119900101123x')).toBe('123X');
  });
});

describe('newPickupCode', () => {
  it('makes 8-character codes without look-alike characters, different every time', () => {
    const codes = Array.from({ length: 2000 }, () => newPickupCode());
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
