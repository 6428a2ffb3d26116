import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support.ts';

const run = promisify(execFile);
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = path.join(ROOT, 'src', 'build', 'cli.ts');

async function articles(...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(TSX, [CLI, ...args], { cwd: ROOT });
    return { code: 0, stdout };
  } catch (error) {
    // execFile rejects with the exit code and output on the error object.
    const code =
      error instanceof Error && 'code' in error && typeof error.code === 'number' ? error.code : -1;
    const stdout =
      error instanceof Error && 'stdout' in error && typeof error.stdout === 'string'
        ? error.stdout
        : '';
    return { code, stdout };
  }
}

describe('npm run articles', () => {
  it('should print one JSON document with the articles and diagnostics of the given folders and files', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'sourced-cli-'));
    writeFileSync(path.join(folder, 'empty.txt'), '');
    writeFileSync(
      path.join(folder, 'meta.md'),
      '---\ntitle: A title from front matter\ndate: 2022-01-07\npublisher: Example News\n---\nIgnored first line\n\n“Hello,” said Maria Lopez.\n',
    );
    const { code, stdout } = await articles(
      folder,
      path.join(ROOT, 'seeds', '000_f8e586dc1c25d4d8.txt'),
    );
    expect(code).toBe(0);
    const output: unknown = JSON.parse(stdout);
    expect(output).toMatchObject({
      articles: [
        { file: '000_f8e586dc1c25d4d8.txt', publisher: 'Voice of America' },
        {
          file: 'meta.md',
          title: 'A title from front matter',
          date: '2022-01-07',
          publisher: 'Example News',
        },
      ],
      diagnostics: [{ file: 'empty.txt', severity: 'error', message: 'the file is empty' }],
    });
  }, 30_000);

  it('should exit 1 with --strict when an error was reported, and when a path cannot be read', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'sourced-cli-'));
    writeFileSync(path.join(folder, 'empty.txt'), '');
    expect((await articles('--strict', folder)).code).toBe(1);
    expect((await articles(path.join(folder, 'missing.txt'))).code).toBe(1);
  }, 30_000);
});
