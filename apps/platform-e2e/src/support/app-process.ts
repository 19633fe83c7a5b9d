import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..');

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** One of the platform's apps, run from its production bundle as operators run it. */
export class AppProcess {
  private child: ChildProcess | null = null;
  readonly output: string[] = [];

  constructor(
    readonly app: 'gateway' | 'dispatch' | 'deposit' | 'feedback',
    private readonly env: Record<string, string>,
    readonly httpPort: number,
  ) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.httpPort}`;
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
    throw new Error(`${this.app} not ready after ${timeoutMs} ms:\n${this.output.join('')}`);
  }

  /** SIGTERM, as Kubernetes stops a pod; resolves with the exit code. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null) return child?.exitCode ?? null;
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const [code] = (await once(child, 'exit')) as [number | null];
    clearTimeout(timer);
    this.child = null;
    return code;
  }
}
