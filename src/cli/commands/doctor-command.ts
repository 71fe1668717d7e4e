/** `certmerge doctor [--config F] [--json] [--write [--yes]]`: the checks, and writing back what they found. */
import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { parseDocument } from 'yaml';
import type { ResolvedConfig } from '../../config/load.js';
import { AppError } from '../../errors.js';
import { runChecks, type Findings } from '../doctor/checks.js';
import { printJson, type Output } from '../output.js';

export interface DoctorCommandOptions {
  json: boolean;
  write: boolean;
  yes: boolean;
  configFile: string | undefined;
  /** Asks a yes/no question; default: the terminal (no terminal: no). */
  ask?: (question: string) => Promise<boolean>;
}

async function askTerminal(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}

export async function doctorCommand(config: ResolvedConfig, o: Output, opts: DoctorCommandOptions): Promise<void> {
  const { results, findings } = await runChecks(config);
  if (opts.json) printJson(o, results);
  else for (const r of results) o.out(`${r.ok ? 'ok  ' : 'FAIL'} ${r.check}: ${r.detail}`);
  if (opts.write) await writeFindings(config, o, opts, findings);
  const failed = results.filter((r) => !r.ok);
  if (failed.length) throw new AppError('MAIL_SOURCE', `${failed.length} of ${results.length} checks failed: ${failed.map((r) => r.check).join(', ')}`);
}

/**
 * Writes what the inbox showed into the config file, keeping its comments and layout (yaml's Document API):
 * trust.provider: microsoft for Microsoft-style headers (no authserv-id), else trust.authservId.
 */
async function writeFindings(config: ResolvedConfig, o: Output, opts: DoctorCommandOptions, f: Findings): Promise<void> {
  const say = (s: string) => (opts.json ? o.err(s) : o.out(s));
  const change: { path: string[]; value: string } | null =
    f.microsoftStyle && config.trust.provider !== 'microsoft'
      ? { path: ['trust', 'provider'], value: 'microsoft' }
      : !f.microsoftStyle && f.authservId && config.trust.provider !== 'microsoft' && f.authservId !== config.trust.authservId?.toLowerCase()
        ? { path: ['trust', 'authservId'], value: f.authservId }
        : null;
  if (!change) {
    say('nothing to write: trust.authservId / trust.provider is already what the inbox shows, or doctor found none');
    return;
  }
  const field = `${change.path.join('.')}: ${change.value}`;
  if (!opts.configFile) throw new AppError('BAD_INPUT', '--write: needs --config FILE (the embedded defaults have no file to write)');
  const question = `Write ${field} to ${opts.configFile}?`;
  if (!opts.yes && !(await (opts.ask ?? askTerminal)(question))) {
    say(`not written (answer yes, or run with --yes): ${field}`);
    return;
  }
  const text = readFileSync(opts.configFile, 'utf8');
  const doc = parseDocument(text);
  if (doc.errors.length) throw new AppError('BAD_CONFIG', `${opts.configFile}: not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  doc.setIn(change.path, change.value);
  writeFileSync(opts.configFile, doc.toString());
  say(`wrote ${field} to ${opts.configFile}`);
}
