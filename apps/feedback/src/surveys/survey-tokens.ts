import { createHash, randomBytes } from 'node:crypto';

/** 128 random bits, base64url: unguessable, so a plain sha256 (no salt, no stretching) is enough to store it. */
export function newSurveyToken(): string {
  return randomBytes(16).toString('base64url');
}

export function hashSurveyToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
