import type { Output } from '../cli/output.js';

export interface DaemonOptions {
  configFile: string | undefined;
  env: NodeJS.ProcessEnv;
  output: Output;
}

export async function runDaemon(_opts: DaemonOptions): Promise<void> {
  throw new Error('not yet');
}
