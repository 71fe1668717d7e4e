import type { Output } from '../output.js';

export type { Output };

export const processOutput: Output = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
};

export function printJson(o: Output, value: unknown): void {
  o.out(JSON.stringify(value, null, 2));
}
