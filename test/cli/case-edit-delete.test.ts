import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { cli } from '../support/cli.js';

describe('correcting cases from the CLI', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'certmerge-cli-edit-'));
    copyFileSync(new URL('../../examples/case.yaml', import.meta.url), join(dir, 'case.yaml'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const create = () => JSON.parse(cli(dir, ['case', 'create', '--file', 'case.yaml', '--json']).stdout) as { id: string };

  it('should warn when a second case holds the same pair of accounts, and list cases so they can be told apart', () => {
    const a = create();
    const second = cli(dir, ['case', 'create', '--file', 'case.yaml']);
    assert.equal(second.code, 0);
    assert.match(second.stderr, new RegExp(`warning: case ${a.id} already holds AWS01234567 and AWS07654321`));
    const list = cli(dir, ['case', 'list']);
    assert.match(list.stdout, /KEEP ← MERGE IN\s+CREATED/);
    assert.match(list.stdout, /AWS01234567 ← AWS07654321\s+\d{4}-\d{2}-\d{2}/);
  });

  it('should edit a case file in place, keeping the state, and refuse a bad one changing nothing', () => {
    const { id } = create();
    cli(dir, ['event', id, 'prepared']);
    writeFileSync(join(dir, 'edited.yaml'), readFileSync(join(dir, 'case.yaml'), 'utf8').replace('reason: ', 'reason: (edited) '));
    const r = cli(dir, ['case', 'edit', id, '--file', 'edited.yaml', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const view = JSON.parse(r.stdout) as { state: string; case: { reason: string }; timeline: { type: string }[] };
    assert.equal(view.state, 'caseDraft');
    assert.match(view.case.reason, /^\(edited\) /);
    assert.equal(view.timeline.at(-1)!.type, 'case-edited');

    writeFileSync(join(dir, 'bad.yaml'), readFileSync(join(dir, 'case.yaml'), 'utf8').replace('AWS01234567', 'AWZ1'));
    const before = cli(dir, ['case', 'show', id, '--json']).stdout;
    const bad = cli(dir, ['case', 'edit', id, '--file', 'bad.yaml']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^certmerge: bad\.yaml: target\.candidateId/m);
    assert.equal(cli(dir, ['case', 'show', id, '--json']).stdout, before);
  });

  it('should delete only with --yes when there is no terminal, and then forget the case everywhere', () => {
    const { id } = create();
    const refused = cli(dir, ['case', 'delete', id]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /add --yes/);
    assert.equal(cli(dir, ['case', 'show', id]).code, 0, 'still there');
    const done = cli(dir, ['case', 'delete', id, '--yes']);
    assert.equal(done.code, 0, done.stderr);
    assert.equal(cli(dir, ['case', 'show', id]).code, 2);
    assert.ok(!(JSON.parse(cli(dir, ['case', 'list', '--json']).stdout) as { id: string }[]).some((c) => c.id === id));
  });

  it('should print the next step with its command, in local time, and say which events are allowed on a refusal', () => {
    const { id } = create();
    const show = cli(dir, ['case', 'show', id], { TZ: 'Asia/Tokyo' });
    assert.match(show.stdout, new RegExp(`Next: .*\`certmerge event ${id} prepared\``));
    assert.match(show.stdout, /\d{4}-\d{2}-\d{2} \d{2}:\d{2} GMT\+9 +user +Case created/);
    const refused = cli(dir, ['event', id, 'badges-verified']);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /allowed now: prepared, cancel$/m);
  });

  it('should end quietly when its reader closes the pipe early', async () => {
    const { id } = create();
    // More output than a pipe holds (64 KiB), so the CLI is still writing when the reader has gone.
    const db = new Database(join(dir, 'certmerge-data', 'certmerge.db'));
    const add = db.prepare(
      `INSERT INTO events (case_id, at, recorded_at, type, source, outcome, state_before, state_after, summary) VALUES (?, ?, ?, 'note', 'user', 'ignored', 'preparing', 'preparing', ?)`,
    );
    db.transaction(() => {
      for (let i = 0; i < 3000; i++) add.run(id, new Date().toISOString(), new Date().toISOString(), `note ${i} ${'x'.repeat(40)}`);
    })();
    db.close();
    const main = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), main, 'case', 'show', id], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy()); // `| head -1`
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.doesNotMatch(stderr, /EPIPE|Error:|at /);
    assert.equal(code, 0);
  });
});
