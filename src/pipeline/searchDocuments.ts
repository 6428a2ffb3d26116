/**
 * What full-text search indexes of each article. The build feeds these to MiniSearch;
 * the app loads the index with the same options, so both read this one definition.
 */
import type { Article } from './article.ts';

export interface SearchDocument {
  id: string;
  title: string;
  text: string;
  quotes: string;
  speakers: string;
}

export const SEARCH_OPTIONS = {
  fields: ['title', 'text', 'quotes', 'speakers'],
  storeFields: ['title'],
  searchOptions: { boost: { title: 3, speakers: 2, quotes: 1.5 }, prefix: true, fuzzy: 0.2 },
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
