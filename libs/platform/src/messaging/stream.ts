import { StreamNames } from '@hospital/contracts';
import { DiscardPolicy, JetStreamManager, RetentionPolicy, StorageType, StreamConfig } from 'nats';

const NANOS_PER_MS = 1_000_000;

export interface StreamSettings {
  /** How long events stay in the stream (replay window for new or lagging consumers). */
  maxAgeDays: number;
  /** Re-sends with the same Nats-Msg-Id inside this window are dropped by JetStream. */
  duplicateWindowMs: number;
}

/** Create the stream, or bring an existing one to the configured settings. */
export async function ensureStream(jsm: JetStreamManager, names: StreamNames, settings: StreamSettings): Promise<void> {
  const config: Partial<StreamConfig> = {
    name: names.stream,
    subjects: [names.allSubjects],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    discard: DiscardPolicy.Old,
    max_age: settings.maxAgeDays * 24 * 60 * 60 * 1000 * NANOS_PER_MS,
    duplicate_window: settings.duplicateWindowMs * NANOS_PER_MS,
  };
  try {
    await jsm.streams.info(names.stream);
    await jsm.streams.update(names.stream, config);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    await jsm.streams.add(config);
  }
}

export function isNotFound(error: unknown): boolean {
  const e = error as { code?: string; api_error?: { err_code?: number }; message?: string };
  return e?.code === '404' || e?.api_error?.err_code === 10059 || /not found/i.test(e?.message ?? '');
}
