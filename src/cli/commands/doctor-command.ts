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

/** Updates trust.authservId in the config file, keeping its comments and layout (yaml's Document API). */
async function writeFindings(config: ResolvedConfig, o: Output, opts: DoctorCommandOptions, f: Findings): Promise<void> {
  const say = (s: string) => (opts.json ? o.err(s) : o.out(s));
  if (!f.authservId || f.authservId === config.trust.authservId?.toLowerCase()) {
    say('nothing to write: trust.authservId is already what the inbox shows, or doctor found none');
    return;
  }
  if (!opts.configFile) throw new AppError('BAD_INPUT', '--write: needs --config FILE (the embedded defaults have no file to write)');
  const question = `Write trust.authservId: ${f.authservId} to ${opts.configFile}?`;
  if (!opts.yes && !(await (opts.ask ?? askTerminal)(question))) {
    say(`not written (answer yes, or run with --yes): trust.authservId: ${f.authservId}`);
    return;
  }
  const text = readFileSync(opts.configFile, 'utf8');
  const doc = parseDocument(text);
  if (doc.errors.length) throw new AppError('BAD_CONFIG', `${opts.configFile}: not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  doc.setIn(['trust', 'authservId'], f.authservId);
  writeFileSync(opts.configFile, doc.toString());
  say(`wrote trust.authservId: ${f.authservId} to ${opts.configFile}`);
}
