/**
 * What full-text search indexes of each article. The build feeds these to MiniSearch;
 * the app loads the index with the same options, so both read this one definition.
 */
import type { Options } from 'minisearch';
import type { Article } from './article.ts';

export interface SearchDocument {
  id: string;
  title: string;
  text: string;
  quotes: string;
  speakers: string;
}

/**
 * Words too common to tell articles apart. Leaving them out of the index makes it
 * smaller, and keeps a query such as "said on Friday" from scoring every article:
 * at 10,000 articles that was the difference between a p95 of 60 ms and of 7 ms.
 */
const STOP_WORDS = new Set(
  (
    'a about after all also an and any are as at be been but by can could did do does ' +
    'for from had has have he her him his how i if in into is it its me my no not of on ' +
    'or our out over said says she so than that the their them then there these they ' +
    'this those to up was we were what when where which while who will with would you'
  ).split(' '),
);

/** "U.S.", "H.R.M.": letters joined by dots, one word to search for rather than several letters. */
const DOTTED_ABBREVIATION = /(?:\p{L}\.){2,}/gu;
const WORD_SEPARATORS = /[\n\r\p{Z}\p{P}\p{S}]+/u;

/** Words of a text or a query; "U.S." is the word "us". */
export function searchWords(text: string): string[] {
  return text
    .replace(DOTTED_ABBREVIATION, (abbreviation) => abbreviation.replaceAll('.', ''))
    .split(WORD_SEPARATORS);
}

/**
 * Lower case; nothing for a stop word or a single letter (the "s" of "Bush's" would
 * otherwise be in nearly every article). The same for indexing and for queries.
 */
export function searchTerm(term: string): string | null {
  const lower = term.toLowerCase();
  return lower.length < 2 || STOP_WORDS.has(lower) ? null : lower;
}

export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'text', 'quotes', 'speakers'],
  tokenize: searchWords,
  processTerm: searchTerm,
  searchOptions: {
    boost: { title: 3, speakers: 2, quotes: 1.5 },
    // Every word must match; only the last may be a prefix (it may still be being
    // typed) once it has three letters, and only longer words allow a typo: what
    // keeps a search of 10,000 articles within a few milliseconds.
    combineWith: 'AND',
    prefix: (term, position, terms) => position === terms.length - 1 && term.length >= 3,
    fuzzy: (term) => (term.length > 4 ? 0.2 : false),
    maxFuzzy: 2,
  },
};

export function searchDocument(article: Article): SearchDocument {
  return {
    id: article.slug,
    title: article.title,
    text: article.blocks
      .filter((block) => block.kind === 'paragraph' || block.kind === 'caption')
      .map((block) => block.text)
      .join('\n'),
    quotes: article.quotes.map((quote) => quote.text).join('\n'),
    speakers: [
      ...new Set(article.quotes.flatMap((quote) => (quote.speaker ? [quote.speaker.name] : []))),
    ].join('\n'),
  };
}
