import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

let seq = 0;

/**
 * Delivers a message into a Maildir folder the way an MDA does: written in
 * tmp/, then renamed into new/ (inbox) or cur/ with the Seen flag (Sent).
 */
export function deliverToMaildir(root: string, folder: '' | '.Sent', raw: Buffer): string {
  const dir = join(root, folder);
  for (const sub of ['tmp', 'new', 'cur']) mkdirSync(join(dir, sub), { recursive: true });
  const name = `${Date.now()}.M${process.pid}Q${++seq}.${hostname().replace(/[/:]/g, '_')}`;
  const tmp = join(dir, 'tmp', name);
  writeFileSync(tmp, raw);
  const target = folder === '.Sent' ? join(dir, 'cur', `${name}:2,S`) : join(dir, 'new', name);
  renameSync(tmp, target);
  return target;
}
