import fs from 'node:fs';
import path from 'node:path';
import { APPS, envOf, REPO } from './app-config';

/** The README's configuration table: one row per variable (or family, `_URGENT`-style siblings on one row). */
function documentedVariables(): string {
  const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const start = readme.indexOf('## Configuration');
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** `DEPOSIT_TAGS_INPATIENT_LOBBY`, `_SURGERY_LOBBY` on one row documents DEPOSIT_TAGS_SURGERY_LOBBY too. */
function isDocumented(table: string, name: string): boolean {
  if (table.includes(`\`${name}\``)) return true;
  return table.split('\n').some((row) => {
    const first = /`([A-Z][A-Z0-9_]*)`/.exec(row)?.[1];
    if (!first) return false;
    const stems = first.split('_').map((_, i, parts) => parts.slice(0, i).join('_')).filter(Boolean);
    return [...row.matchAll(/`_([A-Z0-9_]+)`/g)].some((m) => stems.some((stem) => `${stem}_${m[1]}` === name));
  });
}

describe('the README documents every setting', () => {
  it.each(APPS)('%s: every variable its config validates is in the configuration table', (app) => {
    const table = documentedVariables();
    const missing = envOf(app)
      .map((v) => v.name)
      .filter((name) => !isDocumented(table, name));
    expect(missing).toEqual([]);
  });
});

describe('the manual points at what exists', () => {
  const pages = ['README.md', 'deploy/README.md', ...fs.readdirSync(path.join(REPO, 'docs')).map((f) => `docs/${f}`)].filter((f) => f.endsWith('.md'));

  it.each(pages)('%s: every file or folder of the repository it names exists', (page) => {
    const text = fs.readFileSync(path.join(REPO, page), 'utf8');
    // In backticks or in parentheses ("**Code:** `Symbol` (apps/...)"), from the repository's root.
    const named = [...text.matchAll(/[`(]((?:apps|libs|tools|deploy|docs|bench)\/[A-Za-z0-9_./-]+)[`)]/g)].map((m) => m[1].replace(/[.,:]+$/, ''));
    expect(named.filter((p) => !fs.existsSync(path.join(REPO, p)))).toEqual([]);
  });
});
