/**
 * `npx tsx scripts/addFixture.ts <article.txt> <name>`
 * Copies an article into tests/fixtures/<name>/ with a draft expected.json made from
 * the pipeline's current output. Read the draft and correct it by hand before you
 * commit: a golden file is what the article says, not what the code happens to do.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../src/pipeline/parseArticle.ts';
import { toGolden } from '../tests/support/goldenProjection.ts';

const [source, name] = process.argv.slice(2);
if (!source || !name) {
  console.error('usage: npx tsx scripts/addFixture.ts <article.txt> <name>');
  process.exit(2);
}
const folder = path.join('tests', 'fixtures', name);
mkdirSync(folder, { recursive: true });
copyFileSync(source, path.join(folder, 'article.txt'));
const result = parseArticle({ file: 'article.txt', bytes: new Uint8Array(readFileSync(source)) });
if (!result.ok) {
  console.error(`${source}: ${result.diagnostic.message}`);
  process.exit(1);
}
writeFileSync(
  path.join(folder, 'expected.json'),
  `${JSON.stringify(toGolden(result.article), null, 2)}\n`,
);
console.log(`wrote ${folder}/expected.json: review it before committing`);
