import { ErrorCode } from '@hospital/contracts';
import { DomainError } from '../errors/domain-error';
import { decodeCursor, encodeCursor } from './keyset-cursor';

const position = { createdAt: '2026-11-23T08:15:30.123Z', id: '0b7c5a3e-4f1d-4c8a-9e2b-6d5f4a3b2c1d' };

const encodeRaw = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function decodeFailure(cursor: string): DomainError {
  let thrown: unknown;
  try {
    decodeCursor(cursor);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(DomainError);
  return thrown as DomainError;
}

describe('keyset cursor', () => {
  it('decodes what it encoded', () => {
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it('is opaque and URL-safe, so it passes the cursor query-parameter check unescaped', () => {
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]{8,200}$/);
    expect(cursor).not.toContain(position.id);
  });

  it('accepts an upper-case uuid', () => {
    const upper = { ...position, id: position.id.toUpperCase() };
    expect(decodeCursor(encodeCursor(upper))).toEqual(upper);
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['base64 of text that is not JSON', Buffer.from('hello world').toString('base64url')],
    ['an empty string', ''],
    ['JSON null', encodeRaw(null)],
    ['an object instead of a pair', encodeRaw(position)],
    ['a pair in the wrong order', encodeRaw([position.id, position.createdAt])],
    ['a number as the time', encodeRaw([Date.parse(position.createdAt), position.id])],
    ['a time that is not a date', encodeRaw(['yesterday-ish', position.id])],
    ['an id that is not a uuid', encodeRaw([position.createdAt, '42'])],
    ['an id with SQL in it', encodeRaw([position.createdAt, `${position.id}' OR '1'='1`])],
    ['only one element', encodeRaw([position.createdAt])],
  ])('refuses %s with INVALID_CURSOR naming the cursor field', (_label, cursor) => {
    const error = decodeFailure(cursor);
    expect(error.code).toBe(ErrorCode.InvalidCursor);
    expect(error.details?.errors?.[0]?.field).toBe('cursor');
    expect(error.details?.errors?.[0]?.message).toMatch(/cursor/);
  });
});
