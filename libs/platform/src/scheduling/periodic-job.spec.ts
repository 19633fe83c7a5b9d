import { PeriodicJob } from './periodic-job';

class CountingJob extends PeriodicJob {
  runs = 0;
  inFlight = 0;
  maxInFlight = 0;
  finished = 0;

  constructor(
    everyMs: number,
    private readonly runMs: number,
    private readonly fail = false,
  ) {
    super(everyMs, 'counting job');
  }

  protected async runOnce(): Promise<void> {
    this.runs++;
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    await new Promise((resolve) => setTimeout(resolve, this.runMs));
    this.inFlight--;
    this.finished++;
    if (this.fail) throw new Error('boom');
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('PeriodicJob', () => {
  it('runs on its interval, never two runs at once, and finishes the run in hand on shutdown', async () => {
    const job = new CountingJob(10, 35);
    job.onApplicationBootstrap();
    await sleep(120);
    await job.beforeApplicationShutdown();
    expect(job.runs).toBeGreaterThanOrEqual(2);
    expect(job.maxInFlight).toBe(1);
    expect(job.finished).toBe(job.runs);
    const runs = job.runs;
    await sleep(50);
    expect(job.runs).toBe(runs);
  });

  it('keeps going after a failed run', async () => {
    const job = new CountingJob(10, 1, true);
    job.onApplicationBootstrap();
    await sleep(80);
    await job.beforeApplicationShutdown();
    expect(job.runs).toBeGreaterThanOrEqual(3);
  });
});
