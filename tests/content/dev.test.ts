import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { npmEnv, npmRun, projectCopy, removeCopy } from './project.ts';

/** `npm run dev` as an editor uses it: the server runs, a content file is saved with a mistake, then put right. */

const file = 'content/areas/da/energy-efficiency.mdx';
const copies: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  // npm starts Astro as its child: end the whole group each test started.
  for (const child of children) if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  copies.forEach(removeCopy);
});

/**
 * Saves a file the way editors' programs do, in one step (written beside the project, then moved into place):
 * a file written in place may be read half-written by the watchers, which then see every field missing.
 */
function save(root: string, path: string, text: string): void {
  const temporary = join(root, 'saving.tmp');
  writeFileSync(temporary, text);
  renameSync(temporary, join(root, path));
}

/** Asks for a page as a browser does, until `done` holds for the answer (the check runs a moment after a save). */
async function pageUntil(url: string, done: (status: number, body: string) => boolean): Promise<[number, string]> {
  const until = Date.now() + 60_000;
  for (;;) {
    const response = await fetch(url, { headers: { accept: 'text/html' } });
    const answer: [number, string] = [response.status, await response.text()];
    if (done(...answer) || Date.now() > until) return answer;
    await new Promise((ok) => setTimeout(ok, 500));
  }
}

describe('npm run dev', () => {
  it('shows the content check report in the browser and a plain message in the terminal while a saved file has a mistake', async () => {
    const root = projectCopy('refused');
    copies.push(root);
    const child = spawn('npm', ['run', 'dev', '--', '--port', '0', '--host', '127.0.0.1'], {
      cwd: root,
      env: npmEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    children.push(child);
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    const origin = await new Promise<string>((ok, fail) => {
      const timer = setInterval(() => {
        const url = output.match(/http:\/\/127\.0\.0\.1:\d+/)?.[0];
        if (url) ok(url), clearInterval(timer);
      }, 200);
      child.once('exit', (code) => fail(new Error(`npm run dev exited with ${code}: ${output}`)));
    });
    const page = `${origin}/da/`;
    const [before] = await pageUntil(page, (status) => status === 200);
    expect(before, output).toBe(200);

    const good = readFileSync(join(root, file), 'utf8');
    save(root, file, good.replace(/^title:/m, 'titel:'));
    const [status, body] = await pageUntil(page, (s) => s === 500);
    expect(status, output).toBe(500);
    expect(body).toContain('<title>Problems in the content</title>');
    expect(body).toContain(`  ${file}\n    - line 2, titel: unknown field; did you mean &quot;title&quot;?`);
    // Astro's own message about the entry, in plain text with each field named.
    await expect.poll(() => output, { timeout: 30_000 }).toContain(`${file} does not match the rules of "areas":`);
    expect(output).toContain('\n  - title: is missing: add it');
    expect(output).toContain('\n  - unknown field "titel"');
    expect(output).not.toContain('**');
    expect(output).toContain(`  ${file}\n    - line 2, titel: unknown field; did you mean "title"?`);

    save(root, file, good);
    const [after, text] = await pageUntil(page, (s) => s === 200);
    expect(after, output).toBe(200);
    expect(text).toContain('<html lang="da"');
  }, 180_000);

  it('does not start with a mistake in the content, and says why as calmly as the build does', () => {
    const root = projectCopy('refused', 'misspelt-titel');
    copies.push(root);
    const { status, output } = npmRun(root, 'dev', '--port', '0');
    expect(status).not.toBe(0);
    expect(output).toMatch(/^The development server did not start because 1 problem was found in the content\./m);
    expect(output).toContain(`  ${file}\n    - line 2, titel: unknown field; did you mean "title"?`);
    expect(output).toContain('run "npm run dev" again');
    expect(output).not.toMatch(/unhandled error/i);
    expect(output).not.toContain('Stack trace');
  }, 120_000);
});
