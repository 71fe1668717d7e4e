// A per-test timeout for every `it`/`test` that sets none of its own. Node 20's
// --test-timeout times a whole file when each file runs in its own process, so
// the default is added where the tests are declared instead. Loaded with
// --import by run-tests.mjs, in the runner and in every test file's process.
import { createRequire, syncBuiltinESMExports } from 'node:module';

const TEST_TIMEOUT_MS = Number(process.env.CERTMERGE_TEST_TIMEOUT_MS ?? 120_000);
const nodeTest = createRequire(import.meta.url)('node:test');

function withTimeout(fn) {
  const wrapped = function (name, options, body) {
    if (typeof name === 'function') return fn({ timeout: TEST_TIMEOUT_MS }, name);
    if (typeof options === 'function') return fn(name, { timeout: TEST_TIMEOUT_MS }, options);
    if (options && typeof options === 'object' && options.timeout === undefined) return fn(name, { ...options, timeout: TEST_TIMEOUT_MS }, body);
    return fn(name, options, body);
  };
  for (const key of ['skip', 'todo', 'only']) if (fn[key]) wrapped[key] = fn[key];
  return wrapped;
}

nodeTest.it = withTimeout(nodeTest.it);
nodeTest.test = withTimeout(nodeTest.test);
syncBuiltinESMExports();
