/**
 * What a pipeline change does to a whole corpus, article by article, so that every rule
 * is read against real text before it lands:
 *
 *   npm run -s corpus-diff -- snapshot <folder> <before.json>
 *   (change the pipeline)
 *   npm run -s corpus-diff -- snapshot <folder> <after.json>
 *   npm run -s corpus-diff -- compare <before.json> <after.json>
 *
 * A snapshot keeps each article's quotes (speaker, mention, cue) and source names;
 * `compare` prints every quote whose attribution changed and every source gained or lost.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { readSeedPaths } from '../src/build/seedFiles.ts';
import { parseArticle } from '../src/pipeline/parseArticle.ts';

interface QuoteLine {
  text: string;
  said: string;
}

interface ArticleLines {
  quotes: QuoteLine[];
  sources: string[];
}

type Snapshot = Record<string, ArticleLines>;

async function snapshot(folder: string, out: string): Promise<void> {
  const result: Snapshot = {};
  for (const seed of await readSeedPaths([folder])) {
    const parsed = parseArticle(seed);
    if (!parsed.ok) continue;
    const { quotes, sources } = parsed.article;
    result[seed.file] = {
      quotes: quotes.map((quote) => ({
        text: quote.text.slice(0, 60),
        said: quote.speaker
          ? `${quote.speaker.name} [${quote.speaker.mention}; ${quote.cue ?? '-'}]`
          : 'nobody',
      })),
      sources: sources.map((source) => `${source.name} (${source.kind})`),
    };
  }
  await writeFile(out, JSON.stringify(result));
  console.log(`${Object.keys(result).length} articles -> ${out}`);
}

function isArticleLines(value: unknown): value is ArticleLines {
  return (
    typeof value === 'object' &&
    value !== null &&
    'quotes' in value &&
    Array.isArray(value.quotes) &&
    'sources' in value &&
    Array.isArray(value.sources)
  );
}

async function readSnapshot(file: string): Promise<Snapshot> {
  const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`${file}: not a snapshot`);
  const snap: Snapshot = {};
  for (const [name, lines] of Object.entries(parsed)) {
    if (!isArticleLines(lines)) throw new Error(`${file}: ${name} is not a snapshot entry`);
    snap[name] = lines;
  }
  return snap;
}

function speakerName(said: string): string {
  return said.replace(/ \[.*$/u, '');
}

async function compare(beforeFile: string, afterFile: string): Promise<void> {
  const before = await readSnapshot(beforeFile);
  const after = await readSnapshot(afterFile);
  let articles = 0;
  let speakersChanged = 0;
  for (const file of Object.keys({ ...before, ...after }).sort()) {
    const was = before[file] ?? { quotes: [], sources: [] };
    const now = after[file] ?? { quotes: [], sources: [] };
    const lines: string[] = [];
    const count = Math.max(was.quotes.length, now.quotes.length);
    for (let i = 0; i < count; i++) {
      const a = was.quotes[i];
      const b = now.quotes[i];
      if (a?.text === b?.text && a?.said === b?.said) continue;
      if (a && b && speakerName(a.said) !== speakerName(b.said)) speakersChanged++;
      lines.push(
        `  “${(b ?? a)?.text ?? ''}”\n    ${a?.said ?? '(none)'}\n -> ${b?.said ?? '(none)'}`,
      );
    }
    for (const lost of was.sources.filter((name) => !now.sources.includes(name)))
      lines.push(`  - source ${lost}`);
    for (const gained of now.sources.filter((name) => !was.sources.includes(name)))
      lines.push(`  + source ${gained}`);
    if (lines.length === 0) continue;
    articles++;
    console.log(`${file}\n${lines.join('\n')}`);
  }
  const attributed = (snap: Snapshot): number =>
    Object.values(snap).reduce(
      (sum, article) => sum + article.quotes.filter((quote) => quote.said !== 'nobody').length,
      0,
    );
  console.log(
    `${articles} articles change; ${speakersChanged} quotes change speaker; ` +
      `attributed ${attributed(before)} -> ${attributed(after)}`,
  );
}

const [command, first, second] = process.argv.slice(2);
if (command === 'snapshot' && first && second) await snapshot(first, second);
else if (command === 'compare' && first && second) await compare(first, second);
else {
  console.error('usage: corpus-diff snapshot <folder> <out.json> | compare <a.json> <b.json>');
  process.exit(2);
}
