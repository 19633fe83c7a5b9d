// Baseline (b) of the benchmark: what one NATS request/reply costs on this machine, the hop the
// gateway makes to a service. Two halves, so the responder's CPU is measured apart from the
// load:
//   node nats-echo.mjs serve       replies to every request on SUBJECT with its own payload
//   runEcho({ ... }) (imported)    CONNECTIONS requesters in a loop for SECONDS, each waiting
//                                  for its reply before the next request, like autocannon does
// Environment for serve: NATS_URL, SUBJECT. Prints "listening" once subscribed.

import { connect } from 'nats';

if (process.argv[2] === 'serve') {
  const nc = await connect({ servers: process.env.NATS_URL, name: 'bench-nats-echo' });
  nc.subscribe(process.env.SUBJECT, { callback: (_err, msg) => msg.respond(msg.data) });
  await nc.flush();
  console.log('listening');
  for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => nc.drain().then(() => process.exit(0)));
}

/**
 * @returns {Promise<{ requests: number, errors: number, elapsedSeconds: number, latenciesMs: number[] }>}
 */
export async function runEcho({ natsUrl, subject, payload, connections, seconds }) {
  const nc = await connect({ servers: natsUrl, name: 'bench-nats-echo-load' });
  const data = new TextEncoder().encode(payload);
  const latenciesMs = [];
  let errors = 0;
  const startedAt = performance.now();
  const endAt = startedAt + seconds * 1000;
  try {
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < endAt) {
          const t0 = performance.now();
          try {
            const reply = await nc.request(subject, data, { timeout: 5_000 });
            if (reply.data.length !== data.length) errors += 1;
            else latenciesMs.push(performance.now() - t0);
          } catch {
            errors += 1;
          }
        }
      }),
    );
  } finally {
    await nc.close();
  }
  return { requests: latenciesMs.length, errors, elapsedSeconds: (performance.now() - startedAt) / 1000, latenciesMs };
}
