import { freePort } from '@hospital/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..');

export type AppName = 'gateway' | 'dispatch' | 'deposit' | 'feedback' | 'webhooks';

/** One of the platform's apps, run from its production bundle as operators run it. */
export class AppProcess {
  private child: ChildProcess | null = null;
  readonly output: string[] = [];

  constructor(
    readonly app: AppName,
    readonly env: Readonly<Record<string, string>>,
    readonly httpPort: number,
  ) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.httpPort}`;
  }

  /** True while the process runs (started and not yet exited). */
  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** A new, not yet started process of the same app with the same environment and port (a pod restart). */
  respawn(): AppProcess {
    return new AppProcess(this.app, this.env, this.httpPort);
  }

  /** The JSON log lines written so far (lines that are not JSON are skipped). */
  logLines(): Record<string, unknown>[] {
    const lines: Record<string, unknown>[] = [];
    for (const line of this.output.join('').split('\n')) {
      if (!line.startsWith('{')) continue;
      try {
        lines.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // a line cut by the chunking of a process still writing, or not ours
      }
    }
    return lines;
  }

  async start(timeoutMs = 30_000): Promise<void> {
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'apps', this.app, 'main.js')], {
      env: { ...process.env, LOG_LEVEL: 'info', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout?.on('data', (chunk: Buffer) => this.output.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => this.output.push(chunk.toString()));
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`${this.app} exited with ${child.exitCode}:\n${this.output.join('')}`);
      try {
        const res = await fetch(`${this.baseUrl}/health/ready`);
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    // Leave nothing running behind a failed start.
    await this.stop('SIGKILL');
    throw new Error(`${this.app} not ready after ${timeoutMs} ms:\n${this.output.join('')}`);
  }

  /** SIGTERM, as Kubernetes stops a pod (SIGKILL for a crash); resolves with the exit code. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
    const exited = once(child, 'exit') as Promise<[number | null]>;
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const [code] = await exited;
    clearTimeout(timer);
    return code;
  }
}

export { freePort };
