import { StreamNames } from '@hospital/contracts';
import { DiscardPolicy, RetentionPolicy, StorageType } from 'nats';
import { uniqueSubjectPrefix } from '@hospital/testing';
import { ensureStream, isNotFound } from './stream';
import { observeNats, NatsObserver } from './testing.spec-helper';

const MS = 1_000_000;

describe('StreamNames', () => {
  it('without a prefix: the HOSPITAL stream capturing hospital.>', () => {
    const names = new StreamNames('');
    expect(names.stream).toBe('HOSPITAL');
    expect(names.allSubjects).toBe('hospital.>');
    expect(names.subject('dispatch.task.completed')).toBe('hospital.dispatch.task.completed');
  });

  it('with a prefix: a stream of its own, and subjects shifted by the prefix', () => {
    const names = new StreamNames('t42ab.');
    expect(names.stream).toBe('T42AB_HOSPITAL');
    expect(names.allSubjects).toBe('t42ab.hospital.>');
    expect(names.subject('feedback.complaint.resolved')).toBe('t42ab.hospital.feedback.complaint.resolved');
  });

  it('gives a valid JetStream stream name for every prefix the config accepts (no dot, no wildcard)', () => {
    for (const prefix of ['a.', 'Tx_1.', 'my-suite.']) {
      expect(new StreamNames(prefix).stream).toMatch(/^[A-Z0-9_-]+$/);
    }
  });
});

describe('isNotFound', () => {
  it('recognises JetStream "not found" errors and nothing else', () => {
    expect(isNotFound({ code: '404', message: 'stream not found' })).toBe(true);
    expect(isNotFound({ api_error: { err_code: 10059 } })).toBe(true);
    expect(isNotFound(new Error('consumer not found'))).toBe(true);
    expect(isNotFound(new Error('TIMEOUT'))).toBe(false);
    expect(isNotFound(undefined)).toBe(false);
  });
});

describe('ensureStream (real NATS)', () => {
  const names = new StreamNames(uniqueSubjectPrefix('strm'));
  let nats: NatsObserver;

  beforeAll(async () => {
    nats = await observeNats();
  });

  afterAll(async () => {
    await nats?.dispose(names.stream);
  });

  it('creates the stream with file storage, limits retention, max age and the duplicate window', async () => {
    await ensureStream(nats.jsm, names, { maxAgeDays: 7, duplicateWindowMs: 120_000 });

    const { config } = await nats.jsm.streams.info(names.stream);
    expect(config).toMatchObject({
      name: names.stream,
      subjects: [names.allSubjects],
      storage: StorageType.File,
      retention: RetentionPolicy.Limits,
      discard: DiscardPolicy.Old,
      max_age: 7 * 24 * 3600 * 1000 * MS,
      duplicate_window: 120_000 * MS,
    });
  });

  it('brings an existing stream to new settings instead of failing, and keeps its messages', async () => {
    await nats.js.publish(names.subject('msgtest.kept'), new TextEncoder().encode('{}'), { msgID: 'kept-1' });

    await ensureStream(nats.jsm, names, { maxAgeDays: 2, duplicateWindowMs: 300_000 });

    const { config, state } = await nats.jsm.streams.info(names.stream);
    expect(config.max_age).toBe(2 * 24 * 3600 * 1000 * MS);
    expect(config.duplicate_window).toBe(300_000 * MS);
    expect(state.messages).toBe(1);
  });

  it('drops a re-send with the same Nats-Msg-Id inside the window', async () => {
    const subject = names.subject('msgtest.dedupe');
    const first = await nats.js.publish(subject, new TextEncoder().encode('{}'), { msgID: 'same-id' });
    const again = await nats.js.publish(subject, new TextEncoder().encode('{}'), { msgID: 'same-id' });
    expect(first.duplicate).toBe(false);
    expect(again).toMatchObject({ duplicate: true, seq: first.seq });
  });
});
