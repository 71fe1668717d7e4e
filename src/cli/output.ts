/** Where CLI commands write; injected so tests can capture it. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** Asks a question on a terminal and returns the answer; absent when there is no terminal to ask on. */
  ask?: (question: string) => Promise<string>;
}

export const processOutput: Output = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  ...(process.stdin.isTTY && process.stderr.isTTY
    ? {
        ask: async (question: string) => {
          const { createInterface } = await import('node:readline/promises');
          const rl = createInterface({ input: process.stdin, output: process.stderr });
          try {
            return await rl.question(question);
          } finally {
            rl.close();
          }
        },
      }
    : {}),
};

export function printJson(o: Output, value: unknown): void {
  o.out(JSON.stringify(value, null, 2));
}
