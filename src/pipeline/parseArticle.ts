/**
 * One seed file -> one Article (or the reason it cannot be one). The stages run in
 * the order of DESIGN.md: decode, normalise, split, classify, then quotes, speakers
 * and sources on the classified blocks.
 */
import { SCHEMA_VERSION, type Article, type Diagnostic, type Severity } from './article.ts';
import { splitText } from './blocks.ts';
import { classifyBlocks } from './classify.ts';
import { toIsoDate } from './date.ts';
import { decode } from './decode.ts';
import { splitFrontMatter } from './frontMatter.ts';
import { detectLanguage } from './language.ts';
import { measure } from './metrics.ts';
import { normaliseText } from './normalise.ts';
import { MAX_CAST_MEMBERS } from './people.ts';
import { inferPublisher } from './publisher.ts';
import { extractQuotes } from './quotes.ts';
import { readArticle } from './reading.ts';
import { slugify } from './slug.ts';
import { extractSources } from './sources.ts';

export interface SeedFile {
  /** The base name, e.g. `000_f8e586dc1c25d4d8.txt`. */
  file: string;
  bytes: Uint8Array;
}

export type ParseResult = { ok: true; article: Article } | { ok: false; diagnostic: Diagnostic };

/**
 * A tag in lower case ("<b>", "<img src=x>"), or a common element in any case ("<SCRIPT>");
 * not the stock tickers and firm names wire copy puts in angle brackets ("<KM>",
 * "<Willis Faber Plc>").
 */
const LOWER_CASE_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/u;
const COMMON_ELEMENT =
  /<\/?(?:script|style|iframe|img|div|span|p|br|a|b|i|em|strong|table|ul|ol|li|h[1-6])(?:\s[^<>]*)?\/?>/iu;

function hasHtmlTags(text: string): boolean {
  return LOWER_CASE_TAG.test(text) || COMMON_ELEMENT.test(text);
}

/** The slug here is the title's; `buildArticles` makes it unique across a bundle. */
export function parseArticle(seed: SeedFile): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const report = (severity: Severity, message: string): Diagnostic => {
    const diagnostic = { file: seed.file, severity, message };
    diagnostics.push(diagnostic);
    return diagnostic;
  };

  const decoded = decode(seed.bytes);
  if (!decoded.ok) return { ok: false, diagnostic: report('error', decoded.reason) };
  for (const warning of decoded.warnings) report('warning', warning);

  const text = normaliseText(decoded.text);
  if (text.trim() === '') return { ok: false, diagnostic: report('error', 'the file is empty') };

  const frontMatter = seed.file.endsWith('.md')
    ? splitFrontMatter(text)
    : { fields: {}, body: text, warnings: [] };
  for (const warning of frontMatter.warnings) report('warning', warning);
  const { fields } = frontMatter;

  const split = splitText(frontMatter.body);
  const title = fields.title ?? split.title;
  if (title === '') return { ok: false, diagnostic: report('error', 'the file has no title') };
  if (frontMatter.body.includes('<') && hasHtmlTags(frontMatter.body)) {
    report('warning', 'the text contains HTML tags; they are shown as text, not markup');
  }

  const blocks = classifyBlocks(title, split.paragraphs);
  const dek = blocks.find((block) => block.kind === 'paragraph')?.text ?? '';
  if (dek === '') report('warning', 'the article has a title but no body paragraphs');

  const date = fields.date === undefined ? null : toIsoDate(fields.date);
  if (fields.date !== undefined && date === null) {
    report('warning', `the front matter date "${fields.date}" is not a date`);
  }

  const publisher = fields.publisher ?? inferPublisher(blocks);
  const reading = readArticle(blocks);
  if (reading.cast.overflowed) {
    report(
      'warning',
      `the article names over ${MAX_CAST_MEMBERS} people and bodies; those named after them are not matched to their later mentions`,
    );
  }
  const quotes = extractQuotes(reading, (message) => report('warning', message));
  const sources = extractSources(reading, publisher, quotes);

  return {
    ok: true,
    article: {
      schemaVersion: SCHEMA_VERSION,
      file: seed.file,
      slug: slugify(title),
      title,
      dek,
      blocks,
      publisher,
      date,
      url: fields.url ?? null,
      language: fields.language ?? detectLanguage(blocks.map((block) => block.text).join('\n')),
      ...measure(blocks),
      quotes,
      sources,
      diagnostics,
    },
  };
}
