import { WEBHOOK_HEADERS } from '@hospital/contracts';
import { Webhook } from 'standardwebhooks';

/**
 * The Standard Webhooks headers for one attempt, signed with the `standardwebhooks` library:
 * one `v1,` signature per secret, space-separated (the current secret first, then the one a
 * rotation replaced, while its grace lasts). The timestamp is the attempt's, so a receiver's
 * replay window (5 minutes in the library) holds for a retry hours later.
 */
export function signedHeaders(eventId: string, at: Date, body: string, secrets: string[]): Record<string, string> {
  return {
    [WEBHOOK_HEADERS.id]: eventId,
    [WEBHOOK_HEADERS.timestamp]: String(Math.floor(at.getTime() / 1000)),
    [WEBHOOK_HEADERS.signature]: secrets.map((secret) => new Webhook(secret).sign(eventId, at, body)).join(' '),
  };
}
