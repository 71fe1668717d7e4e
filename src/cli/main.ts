#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { AppError, exitCodeFor } from '../errors.js';
import { openContext, type AppContext } from '../app/context.js';
import { processOutput, type Output } from './output.js';
import { caseCreate, caseList, caseShow, caseText } from './commands/case-commands.js';
import { eventCommand } from './commands/event-command.js';
import { USER_EVENT_TYPES, MAIL_EVENT_TYPES } from '../machines/events.js';

/** Builds the command tree; `run` is separate so tests can call it in-process. */
export function buildProgram(o: Output, env: NodeJS.ProcessEnv = process.env): Command {
  const program = new Command('certmerge')
    .description('Runs an AWS Certification account-merge support case: prepares it, watches the mailbox, drafts replies, shows progress.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => o.out(s), writeErr: (s) => o.err(s) })
    .showHelpAfterError('(run with --help for usage)');

  const withCtx = <A extends unknown[]>(fn: (ctx: AppContext, ...args: A) => void | Promise<void>) =>
    async (...args: A) => {
      const cmd = args[args.length - 1] as Command;
      const { config } = cmd.optsWithGlobals() as { config?: string };
      const ctx = openContext(config, { env });
      try {
        await fn(ctx, ...args);
      } finally {
        ctx.close();
      }
    };

  program
    .command('start')
    .description('run the daemon: mail watcher, deadline timers and dashboard, in the foreground')
    .option('--config <file>', 'YAML config file (default: embedded defaults)')
    .action(async (opts: { config?: string }) => {
      const { runDaemon } = await import('../app/daemon.js');
      await runDaemon({ configFile: opts.config, env, output: o });
    });

  const kase = program.command('case').description('create and inspect merge cases');
  kase
    .command('create')
    .description('validate a case file and store the case')
    .requiredOption('--file <file>', 'case file (YAML)')
    .option('--config <file>', 'YAML config file')
    .option('--json', 'print {"id"}')
    .action(withCtx((ctx, opts: { file: string; json?: boolean }) => caseCreate(ctx, o, opts.file, !!opts.json)));
  kase
    .command('list')
    .description('all cases')
    .option('--config <file>', 'YAML config file')
    .option('--json', 'print JSON')
    .action(withCtx((ctx, opts: { json?: boolean }) => caseList(ctx, o, !!opts.json)));
  kase
    .command('show <id>')
    .description('one case: state, timeline, checklist')
    .option('--config <file>', 'YAML config file')
    .option('--json', 'print the same object as GET /api/cases/:id')
    .action(withCtx((ctx, id: string, opts: { json?: boolean }) => caseShow(ctx, o, id, !!opts.json)));
  kase
    .command('text <id>')
    .description('the text to paste into the AWS support form')
    .option('--lang <lang>', 'ja or en (default: the case language)')
    .option('--config <file>', 'YAML config file')
    .action(withCtx((ctx, id: string, opts: { lang?: string }) => caseText(ctx, o, id, opts.lang)));

  program
    .command('event <id> <type>')
    .description(`apply an event by hand: ${USER_EVENT_TYPES.join(', ')}; or a mail kind: ${MAIL_EVENT_TYPES.join(', ')}`)
    .option('--support-case-id <n>', 'with acknowledgement: the support case number')
    .option('--reason <text>', 'with cancel or case_closed: why')
    .option('--config <file>', 'YAML config file')
    .option('--json', 'print the case object')
    .action(
      withCtx((ctx, id: string, type: string, opts: { json?: boolean; supportCaseId?: string; reason?: string }) =>
        eventCommand(ctx, o, id, type, { json: !!opts.json, supportCaseId: opts.supportCaseId, reason: opts.reason }),
      ),
    );

  return program;
}

/** Runs the CLI and returns the exit code: 0 ok, 1 runtime failure, 2 bad usage or input. */
export async function run(argv: string[], o: Output = processOutput, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const program = buildProgram(o, env);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit through here with code 0.
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof AppError) {
      for (const line of err.message.split('\n')) o.err(`certmerge: ${line}`);
      return exitCodeFor(err);
    }
    o.err(`certmerge: unexpected error: ${(err as Error).message ?? String(err)}`);
    return 1;
  }
}

// Run when executed as the bin (not when imported by tests).
const invokedAs = process.argv[1] ?? '';
if (/certmerge$|main\.(js|ts)$/.test(invokedAs)) {
  void run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
