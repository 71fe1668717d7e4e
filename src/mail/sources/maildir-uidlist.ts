/**
 * Stable UIDs for a Maildir folder. Maildir has none, and the file name changes
 * when a message moves from new/ to cur/ or its flags change; the part before
 * the `:2,` info suffix does not (Maildir++ convention). We number those base
 * names in delivery order and keep the numbers in a small append-only file, so
 * a restart resumes from the checkpoint instead of replaying the folder.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const UIDLIST_FILE = 'certmerge-uidlist';
const HEADER = 'certmerge-uidlist 1';

export interface MaildirEntry {
  /** File name without the info suffix; stable across new/ → cur/ and flag changes. */
  base: string;
  /** Current full path. */
  file: string;
}

/** Base name of a Maildir file: everything before the `:2,` (or `!2,` on file systems without colons) info. */
export function maildirBase(name: string): string {
  const m = /^(.*?)[:!]2,[^/]*$/.exec(name);
  return m ? (m[1] as string) : name;
}

/** Delivery time in seconds from the conventional `<seconds>.` prefix, or null. */
export function deliverySeconds(name: string): number | null {
  const m = /^(\d{9,})\./.exec(name);
  return m ? Number(m[1]) : null;
}

export class UidList {
  private readonly uids = new Map<string, number>();
  private next = 1;
  private torn = false;

  private constructor(
    private readonly file: string,
    readonly uidValidity: string,
  ) {}

  /**
   * Opens the folder's list, creating it when missing. A recreated list numbers
   * from 1 again, so it gets a new UIDVALIDITY whenever a checkpoint for the
   * old numbering may exist (`freshValidity`).
   */
  static open(folderDir: string, freshValidity: () => string): UidList {
    const file = path.join(folderDir, UIDLIST_FILE);
    if (existsSync(file)) {
      const text = readFileSync(file, 'utf8');
      const lines = text.split('\n');
      const head = /^certmerge-uidlist 1 (\d+)$/.exec(lines[0] ?? '');
      if (head) {
        const list = new UidList(file, head[1] as string);
        // A crash can leave the last line cut short: its name may be wrong, so drop the mapping
        // (that message gets a new number), but never hand out its number again.
        list.torn = !text.endsWith('\n');
        lines.slice(1).forEach((line, i, all) => {
          const m = /^(\d+) (.+)$/.exec(line);
          if (!m) return;
          const uid = Number(m[1]);
          list.next = Math.max(list.next, uid + 1);
          if (!(list.torn && i === all.length - 1)) list.uids.set(m[2] as string, uid);
        });
        return list;
      }
    }
    const list = new UidList(file, freshValidity());
    writeFileSync(file, `${HEADER} ${list.uidValidity}\n`);
    return list;
  }

  get(base: string): number | undefined {
    return this.uids.get(base);
  }

  /** Numbers the base names not seen before, in the given order, and persists them. */
  assign(bases: string[]): void {
    const lines: string[] = [];
    for (const base of bases) {
      if (this.uids.has(base) || /[\n\r]/.test(base)) continue;
      const uid = this.next++;
      this.uids.set(base, uid);
      lines.push(`${uid} ${base}\n`);
    }
    if (lines.length === 0) return;
    appendFileSync(this.file, (this.torn ? '\n' : '') + lines.join(''));
    this.torn = false;
  }
}
