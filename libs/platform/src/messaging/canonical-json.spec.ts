import { canonicalJson, requestHash } from './canonical-json';

describe('canonicalJson', () => {
  it('does not depend on the order of object keys, at any depth', () => {
    const a = { b: 1, a: { y: [1, { q: 1, p: 2 }], x: 'x' } };
    const b = { a: { x: 'x', y: [1, { p: 2, q: 1 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"x":"x","y":[1,{"p":2,"q":1}]},"b":1}');
  });

  it('drops undefined fields, as JSON does, but keeps nulls', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
    expect(canonicalJson({ a: 1, b: null })).not.toBe(canonicalJson({ a: 1 }));
  });

  it('keeps the order of arrays', () => {
    expect(canonicalJson([1, 2, 3])).toBe('[1,2,3]');
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it('writes scalars exactly as JSON.stringify does', () => {
    for (const value of ['text "quoted" \u00e9', 0, -1.5, true, false, null]) {
      expect(canonicalJson(value)).toBe(JSON.stringify(value));
    }
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson([undefined])).toBe(JSON.stringify([undefined]));
  });

  it('round-trips: parsing the output gives back the same data', () => {
    const value = { z: [{ b: 2, a: 1 }], a: 'x', n: null };
    expect(JSON.parse(canonicalJson(value))).toEqual(value);
  });

  it('sorts keys by code unit, not by locale, so every process agrees', () => {
    expect(canonicalJson({ b: 1, B: 2, a: 3, _: 4 })).toBe('{"B":2,"_":4,"a":3,"b":1}');
  });
});

describe('requestHash', () => {
  it('is a hex SHA-256 of the canonical JSON', () => {
    expect(requestHash({ a: 1 })).toMatch(/^[0-9a-f]{64}$/);
    // sha256('{"a":1}')
    expect(requestHash({ a: 1 })).toBe('015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862');
  });

  it('is the same for the same request written differently, and differs for a different one', () => {
    expect(requestHash({ type: 'drug', to: 'ward 3', note: undefined })).toBe(requestHash({ to: 'ward 3', type: 'drug' }));
    expect(requestHash({ type: 'drug', to: 'ward 3' })).not.toBe(requestHash({ type: 'drug', to: 'ward 4' }));
    expect(requestHash({ items: ['a', 'b'] })).not.toBe(requestHash({ items: ['b', 'a'] }));
  });
});
