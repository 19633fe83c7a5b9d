import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { OPENAPI_JSON } from './openapi-document.spec-helper';

const ROOT = join(__dirname, '..', '..', '..', '..');

/**
 * What a client generated from the committed openapi.json (openapi-typescript, as integrators run
 * it) lets a TypeScript program write: the job's details are a union discriminated on `type`, so a
 * SPECIMEN job without `specimen`, or with another type's details, does not compile; error codes are
 * the ErrorCode union; integers are numbers.
 */
describe('a client generated from openapi.json with openapi-typescript', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'openapi-ts-'));
    const cli = join(ROOT, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
    // `--default-non-nullable false`, as docs/api.md tells integrators: a property with a default (urgentBlood,
    // reassign, ...) may be left out of a request; openapi-typescript 7 would otherwise make it required.
    // Run in the temporary directory, so it does not take the repository's redocly.yaml for its own.
    const run = spawnSync(process.execPath, [cli, OPENAPI_JSON, '--output', join(dir, 'api.d.ts'), '--default-non-nullable', 'false'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (run.status !== 0) throw new Error(`openapi-typescript failed: ${run.stderr || run.stdout}`);
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The compiler's complaints about `body` (a module importing the generated types), one line each. */
  function compile(body: string): string[] {
    const file = join(dir, `snippet-${Math.random().toString(36).slice(2)}.ts`);
    writeFileSync(
      file,
      `import type { components } from './api';\n` +
        `type CreateTask = components['schemas']['CreateTaskDto'];\n` +
        `type Problem = components['schemas']['ProblemDto'];\n` +
        `const where = { department: '心内科' };\n` +
        `const common = { priority: 'STAT', group: 'INTERNAL_MEDICINE', origin: where, destination: { department: '检验科' }, requester: where } as const;\n` +
        `${body}\n`,
    );
    const program = ts.createProgram([file], { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, skipLibCheck: true });
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
  }

  it('accepts a SPECIMEN job with its specimen', () => {
    expect(compile(`export const job: CreateTask = { type: 'SPECIMEN', ...common, specimen: { kind: 'URGENT', count: 2, container: '紫头管' } };`)).toEqual([]);
  });

  it('refuses a SPECIMEN job without specimen', () => {
    const errors = compile(`export const job: CreateTask = { type: 'SPECIMEN', ...common };`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/specimen/);
  });

  it('refuses a SPECIMEN job carrying another type’s details', () => {
    const errors = compile(
      `export const job: CreateTask = { type: 'SPECIMEN', ...common, specimen: { kind: 'URGENT', count: 2, container: '紫头管' }, drug: { kind: 'IV_FLUIDS', items: '5% GS 500ml' } };`,
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/drug/);
  });

  it('narrows on type, and knows the closed list of error codes', () => {
    expect(
      compile(
        `export function detailsOf(job: CreateTask): number | undefined { return job.type === 'SPECIMEN' ? job.specimen.count : undefined; }\n` +
          `export const problem: Problem['code'] = 'TASK_NOT_FOUND';`,
      ),
    ).toEqual([]);
    expect(compile(`export const problem: Problem['code'] = 'TASK_NOT_FOUNDD';`)).toHaveLength(1);
  });
});
