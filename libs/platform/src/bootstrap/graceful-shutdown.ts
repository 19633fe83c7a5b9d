import { INestApplication, Logger } from '@nestjs/common';

/**
 * On SIGTERM (Kubernetes stopping a pod) or SIGINT (Ctrl-C): stop taking work, let what is in
 * flight finish, close connections, then exit 0, so launchers and operators can tell a clean
 * stop from a crash. A second signal, or a close that hangs past the deadline, exits at once.
 */
export function exitGracefullyOnSignals(app: INestApplication, deadlineMs = 25_000): void {
  const log = new Logger('Shutdown');
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    log.log(`${signal} received: finishing in-flight work and closing`);
    const deadline = setTimeout(() => {
      log.error(`still closing after ${deadlineMs} ms; exiting anyway`);
      process.exit(1);
    }, deadlineMs);
    deadline.unref();
    app.close().then(
      () => {
        log.log('closed cleanly');
        process.exit(0);
      },
      (error: unknown) => {
        log.error({ err: error }, 'error while closing');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
