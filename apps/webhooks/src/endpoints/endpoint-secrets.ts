import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { WEBHOOKS_CONFIG, WebhooksConfig } from '../config';

const SECRET_PREFIX = 'whsec_';
const SECRET_BYTES = 32;
const SEAL_VERSION = 'v1';

/**
 * The endpoints' signing secrets. The platform must keep them (it signs with them), but only
 * sealed: AES-256-GCM under a key derived from WEBHOOKS_SECRET_KEY, with the endpoint id as
 * associated data, so a database dump alone signs nothing and a sealed secret moved to another
 * endpoint's row does not open. There is no KMS: the key comes from a Kubernetes Secret.
 */
@Injectable()
export class EndpointSecrets {
  private readonly key: Buffer;

  constructor(@Inject(WEBHOOKS_CONFIG) config: WebhooksConfig) {
    this.key = Buffer.from(hkdfSync('sha256', config.secretKey, 'hospital-platform/webhooks', 'endpoint signing secrets', 32));
  }

  /** A new secret in the Standard Webhooks format: `whsec_` and base64 of 32 random bytes. */
  generate(): string {
    return `${SECRET_PREFIX}${randomBytes(SECRET_BYTES).toString('base64')}`;
  }

  seal(secret: string, endpointId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(endpointId));
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [SEAL_VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), sealed.toString('base64')].join('.');
  }

  /** Throws if the value was not sealed for this endpoint under this key (tampered, moved, or another WEBHOOKS_SECRET_KEY). */
  open(sealed: string, endpointId: string): string {
    const [version, iv, tag, data] = sealed.split('.');
    if (version !== SEAL_VERSION || !iv || !tag || !data) throw new Error(`endpoint ${endpointId}: sealed secret in an unknown format`);
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAAD(Buffer.from(endpointId));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  }
}
