/**
 * `node --import tsx scripts/leave-sets-out.ts [--grouped] [--wrong] [blindN ...]`: how the kind model
 * reads an author it was not trained on. Each blind set (test/mail/corpus/blind<N>, one writer each) is
 * classified by a model trained on every other training set; `--grouped` leaves out four groups of
 * sets (blind1-3, 4-6, 7-9, 10-13, 14-17, 18-23, 24-27, 28-31, 32-35: the last six are one held-out round each) instead of one set
 * at a time (nine trainings instead of thirty-five). Prints accuracy and false
 * advances per set, the confusions, and with `--wrong` every miss with the lines that decided it.
 * Reads the training sets only, never test/mail/corpus/heldout: this is what tuning may look at.
 */
import { compileKindModel } from '../src/mail/classify/kind-model.js';
import { builtinRulesPath, loadRules } from '../src/mail/classify/load-rules.js';
import { trainKindModel, type TrainingExample } from '../src/mail/classify/train-kind-model.js';
import { exampleOf, isFalseAdvance, readDemoSet, readTrainingSets, understandLabelled } from './train-model.js';

const args = process.argv.slice(2);
const grouped = args.includes('--grouped');
const showWrong = args.includes('--wrong');
const only = args.filter((a) => !a.startsWith('--'));
const messages = [...readTrainingSets(), ...(await readDemoSet())];
const builtin = loadRules(builtinRulesPath());
const plain = loadRules(builtinRulesPath(), undefined, { withoutModel: true });
const examples: TrainingExample[] = [];
for (const m of messages) examples.push(await exampleOf(m, plain));
const sets = [...new Set(messages.map((m) => m.set))].filter((s) => /^blind\d+$/.test(s) && (!only.length || only.includes(s)));
// Grouped: blind1-3, 4-6, 7-9, 10-13, 14-17, 18-23, 24-27, 28-31, 32-35 (sets numbered above 35 join the last group).
const GROUP_STARTS = [1, 4, 7, 10, 14, 18, 24, 28, 32];
const groupOf = (set: string) => GROUP_STARTS.filter((start) => Number(set.slice('blind'.length)) >= start).length - 1;
const groups = grouped ? GROUP_STARTS.map((_, g) => sets.filter((s) => groupOf(s) === g)).filter((g) => g.length) : sets.map((s) => [s]);

let total = 0;
let right = 0;
let falseAdvances = 0;
let asked = 0;
const confusions = new Map<string, number>();
const wrong: string[] = [];
for (const group of groups) {
  const model = compileKindModel(trainKindModel(examples.filter((_, i) => !group.includes(messages[i]!.set))));
  const rules = { ...builtin, model };
  for (const set of group) {
    let n = 0;
    let r = 0;
    let fa = 0;
    for (const m of messages.filter((x) => x.set === set)) {
      const u = await understandLabelled(m, rules);
      n++;
      if (u.ask) asked++;
      if (u.kind === m.kind) {
        r++;
        continue;
      }
      confusions.set(`${m.kind} -> ${u.kind}`, (confusions.get(`${m.kind} -> ${u.kind}`) ?? 0) + 1);
      const falseAdvance = isFalseAdvance(m, u);
      if (falseAdvance) fa++;
      const decided = u.reasons.filter((x) => /^model|vetoed|has no frame|agrees|kept without|beats|also tells|kind /.test(x));
      wrong.push(`${falseAdvance ? 'FALSE ADVANCE ' : ''}${set}/${m.file}: ${m.kind} -> ${u.kind} (${u.confidence}${u.ask ? ', asked' : ''})\n    ${decided.join('\n    ')}`);
    }
    console.log(`${set}: ${r}/${n} (${((100 * r) / n).toFixed(1)}%), ${fa} false advance(s)`);
    total += n;
    right += r;
    falseAdvances += fa;
  }
}
console.log(`all: ${right}/${total} (${((100 * right) / total).toFixed(1)}%), ${falseAdvances} false advance(s), ${asked} asked`);
for (const [k, v] of [...confusions].sort((a, b) => b[1] - a[1])) console.log(`  ${String(v).padStart(3)} ${k}`);
if (showWrong) console.log(wrong.join('\n'));
