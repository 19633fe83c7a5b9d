import { StreamNames } from '@hospital/contracts';
import { connect } from 'nats';

/** Removes the JetStream stream a suite's subject prefix created, so suites leave nothing behind. */
export async function deleteTestStream(natsUrl: string, subjectPrefix: string): Promise<void> {
  const nc = await connect({ servers: natsUrl, timeout: 3_000 });
  try {
    const jsm = await nc.jetstreamManager();
    await jsm.streams.delete(new StreamNames(subjectPrefix).stream).catch(() => undefined);
  } finally {
    await nc.close();
  }
}
