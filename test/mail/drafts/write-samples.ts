// Regenerates test/mail/drafts/samples/*.txt: node --import tsx test/mail/drafts/write-samples.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSamples } from './samples.js';

const dir = join(fileURLToPath(new URL('.', import.meta.url)), 'samples');
for (const [name, content] of await renderSamples()) {
  writeFileSync(join(dir, name), content);
  console.log(`wrote ${join(dir, name)}`);
}
