import { EVENT_STREAM, EVENT_SUBJECT_ROOT, eventSubject } from './envelope';

/**
 * The stream and subjects of one platform, shifted by its subject prefix (NATS_SUBJECT_PREFIX):
 * `t42.` → stream `T42_HOSPITAL`, subjects `t42.hospital.>`. Without a prefix, `HOSPITAL` and
 * `hospital.>`. Test suites use a prefix each, so each gets a stream of its own.
 */
export class StreamNames {
  constructor(readonly prefix: string) {}

  get stream(): string {
    return this.prefix ? `${this.prefix.replace(/\.$/, '').toUpperCase()}_${EVENT_STREAM}` : EVENT_STREAM;
  }

  get allSubjects(): string {
    return `${this.prefix}${EVENT_SUBJECT_ROOT}.>`;
  }

  subject(type: string): string {
    return `${this.prefix}${eventSubject(type)}`;
  }
}
