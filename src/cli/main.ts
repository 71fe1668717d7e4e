#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { AppError, exitCodeFor } from '../errors.js';
import { openContext, type AppContext } from '../app/context.js';
import { processOutput, type Output } from './output.js';
import { caseCreate, caseDelete, caseEdit, caseList, caseShow, caseText } from './commands/case-commands.js';
import { eventCommand } from './commands/event-command.js';
import { USER_EVENT_TYPES, MAIL_EVENT_TYPES } from '../machines/events.js';
import { classifyCommand } from './commands/classify-command.js';
import { answerCommand, correctionsList, correctionsRemove } from './commands/correction-commands.js';
import { draftList, draftSend, draftShow } from './commands/draft-commands.js';
import { loadConfig } from '../config/load.js';
import { DEFAULT_DASHBOARD_PORT } from '../config/schema.js';
import { caseBind } from './commands/bind-command.js';

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
    .command('edit <id>')
    .description('replace the details of a case from a case file (its state is kept)')
    .requiredOption('--file <file>', 'case file (YAML)')
    .option('--config <file>', 'YAML config file')
    .option('--json', 'print the case object')
    .action(withCtx((ctx, id: string, opts: { file: string; json?: boolean }) => caseEdit(ctx, o, id, opts.file, !!opts.json)));
  kase
    .command('delete <id>')
    .description('delete a case (asks first unless --yes)')
    .option('--yes', 'do not ask')
    .option('--config <file>', 'YAML config file')
    .action(withCtx((ctx, id: string, opts: { yes?: boolean }) => caseDelete(ctx, o, id, { yes: !!opts.yes, ask: o.ask })));
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
    .command('bind <id>')
    .description('bind a pending receipt (certmerge could not tell its case) to this case, as your decision')
    .requiredOption('--message-id <id>', 'the receipt\'s Message-ID, as the case timeline shows it')
    .option('--config <file>', 'YAML config file')
    .option('--json', 'print the case object')
    .action(withCtx((ctx, id: string, opts: { messageId: string; json?: boolean }) => caseBind(ctx, o, id, opts.messageId, !!opts.json)));
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

  program
    .command('answer <caseId> <messageId> <kind>')
    .description('answer a question about a message: read it as KIND, apply it to the case as yours, keep it as a correction')
    .option('--config <file>', 'YAML config file')
    .option('--json', 'print {"caseId","messageId","kind","correction"}')
    .action(withCtx((ctx, caseId: string, messageId: string, kind: string, opts: { json?: boolean }) => answerCommand(ctx, o, caseId, messageId, kind, !!opts.json)));
  const corr = program.command('corrections').description('kinds you gave messages by hand; similar mail is read the same way');
  corr
    .command('list')
    .option('--config <file>', 'YAML config file')
    .option('--json', 'print JSON')
    .action(withCtx((ctx, opts: { json?: boolean }) => correctionsList(ctx, o, !!opts.json)));
  corr
    .command('remove <id>')
    .option('--config <file>', 'YAML config file')
    .action(withCtx((ctx, id: string) => correctionsRemove(ctx, o, id)));

  program
    .command('classify <file>')
    .description('parse and classify one message (.eml), offline')
    .option('--config <file>', 'YAML config file (trust settings, rules)')
    .option('--json', 'print {"kind","caseId","language","trusted","reasons"}')
    .action(async (file: string, opts: { config?: string; json?: boolean }) => {
      await classifyCommand(loadConfig(opts.config, env), o, file, !!opts.json);
    });

  const draft = program.command('draft').description('replies certmerge drafted: list, read, approve and send');
  draft
    .command('list [caseId]')
    .description('drafts of one case, or of all cases')
    .option('--config <file>', 'YAML config file')
    .option('--json', 'print JSON')
    .action(withCtx((ctx, caseId: string | undefined, opts: { json?: boolean }) => draftList(ctx, o, caseId, !!opts.json)));
  draft
    .command('show <draftId>')
    .description('one draft with its text')
    .option('--config <file>', 'YAML config file')
    .option('--json', 'print JSON (with the raw message)')
    .action(withCtx((ctx, id: string, opts: { json?: boolean }) => draftShow(ctx, o, id, !!opts.json)));
  draft
    .command('send <draftId>')
    .description('approve and send a draft through the configured SMTP server')
    .option('--config <file>', 'YAML config file')
    .option('--json', 'print JSON')
    .action(withCtx((ctx, id: string, opts: { json?: boolean }) => draftSend(ctx, o, id, !!opts.json)));

  const notify = program.command('notify').description('notifications on the configured channels (notify: in the config)');
  notify
    .command('test')
    .description('send a test notification on every configured channel; exit 1 naming any that failed')
    .option('--lang <lang>', 'ja or en', 'ja')
    .option('--config <file>', 'YAML config file')
    .action(async (opts: { config?: string; lang?: string }) => {
      // Loaded when used: the channels are not needed by any other command.
      const { notifyTest } = await import('./commands/notify-commands.js');
      await notifyTest(loadConfig(opts.config, env), o, { lang: opts.lang });
    });

  program
    .command('calendar')
    .description('print an iCalendar (RFC 5545) of open deadlines and certification/voucher expiry dates')
    .option('--config <file>', 'YAML config file')
    .action(withCtx(async (ctx) => (await import('./commands/notify-commands.js')).calendarCommand(ctx, o)));

  program
    .command('login')
    .description('OAuth2 sign-in for the configured mailbox (mail.imap.auth / mail.smtp.auth); stores the tokens in dataDir')
    .option('--config <file>', 'YAML config file')
    .action(async (opts: { config?: string }) => {
      const { loginCommand } = await import('./commands/login-command.js');
      await loginCommand(loadConfig(opts.config, env), o);
    });

  program
    .command('doctor')
    .description('check the config end to end: DNS, TLS, login, folders, IDLE, SMTP and trust; says what to do for each problem')
    .option('--config <file>', 'YAML config file')
    .option('--json', 'print [{"check","ok","detail"}]')
    .option('--write', 'write what was found (trust.authservId) into the config file, after asking')
    .option('--yes', 'with --write: do not ask')
    .action(async (opts: { config?: string; json?: boolean; write?: boolean; yes?: boolean }) => {
      const { doctorCommand } = await import('./commands/doctor-command.js');
      await doctorCommand(loadConfig(opts.config, env), o, { json: !!opts.json, write: !!opts.write, yes: !!opts.yes, configFile: opts.config });
    });

  program
    .command('demo')
    .description('a sample case and its support thread delivered into a demo Maildir, with the dashboard')
    .option('--lang <lang>', 'ja or en', 'ja')
    .option('--interval <seconds>', 'seconds between delivered messages', '4')
    .option('--port <port>', 'dashboard port', String(DEFAULT_DASHBOARD_PORT))
    .option('--data-dir <dir>', 'where the demo keeps its data', 'certmerge-demo')
    .option('--exit', 'stop once the case is done')
    .action(async (opts: { lang: string; interval: string; port: string; dataDir: string; exit?: boolean }) => {
      if (opts.lang !== 'ja' && opts.lang !== 'en') throw new AppError('BAD_INPUT', `--lang: expected "ja" or "en", got ${JSON.stringify(opts.lang)}`);
      const interval = Number(opts.interval);
      if (!Number.isFinite(interval) || interval < 0) throw new AppError('BAD_INPUT', `--interval: expected a number of seconds, got ${JSON.stringify(opts.interval)}`);
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new AppError('BAD_INPUT', `--port: expected a port number, got ${JSON.stringify(opts.port)}`);
      const { runDemo } = await import('../demo/run-demo.js');
      await runDemo({ output: o, env, lang: opts.lang, intervalSeconds: interval, exitWhenDone: !!opts.exit, dataDir: opts.dataDir, port });
    });

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
  // `certmerge case show X | head` closes the pipe early: that is the reader's choice, not a failure.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
  void run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
