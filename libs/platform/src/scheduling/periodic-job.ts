import { BeforeApplicationShutdown, Logger, OnApplicationBootstrap } from '@nestjs/common';

/**
 * Work every replica does on a timer (overdue sweeps and the like): one run at a time per process
 * (a slow run is not stacked on), a failed run logged and retried at the next tick, and on
 * shutdown the timer stopped and the run in hand finished before the connections close. Running
 * in every replica is safe only when `runOnce` claims its rows itself (e.g. FOR UPDATE SKIP LOCKED).
 */
export abstract class PeriodicJob implements OnApplicationBootstrap, BeforeApplicationShutdown {
  protected readonly log: Logger;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  protected constructor(
    private readonly everyMs: number,
    private readonly label: string,
  ) {
    this.log = new Logger(new.target.name);
  }

  protected abstract runOnce(): Promise<unknown>;

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.runOnce()
        .catch((error: unknown) => this.log.warn({ err: error }, `${this.label} failed; will retry`))
        .finally(() => (this.running = null));
    }, this.everyMs);
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
