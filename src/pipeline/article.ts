/**
 * The Article schema: the one contract between the build-time pipeline and the app.
 * Everything here is plain JSON so it can be written to static files and fetched.
 *
 * Offsets are UTF-16 code-unit indexes into a block's `text` (what JavaScript's
 * `String.prototype.slice` uses), so the UI can highlight a quote exactly.
 */

export const SCHEMA_VERSION = 1;

/** `title` is always block 0, so quotes in the headline have a block index too. */
export type BlockKind = 'title' | 'paragraph' | 'caption' | 'credits' | 'boilerplate';

export interface Block {
  kind: BlockKind;
  text: string;
}

/** A half-open range `[start, end)` of one block's text. */
export interface Span {
  block: number;
  start: number;
  end: number;
}

export type SpeakerKind = 'person' | 'organization' | 'document';

export interface Speaker {
  /** Stable across articles: derived from the canonical name, e.g. `ned-price`. */
  id: string;
  /** The fullest form of the name the article uses, e.g. "Kassym-Jomart Tokayev". */
  name: string;
  /** The words at this quote that name the speaker: "he", "Price", "the note". */
  mention: string;
  /** The role the article gives, e.g. "State Department spokesman", or null. */
  role: string | null;
  kind: SpeakerKind;
}

/** `full`: a quoted sentence or clause; `fragment`: a few words quoted inside the reporter's own sentence. */
export type QuoteKind = 'full' | 'fragment';

export interface Quote extends Span {
  /** Stable across rebuilds: a hash of the quote's text (plus a counter if the text repeats). */
  id: string;
  /**
   * The quoted words without the marks. For a quote that runs over several paragraphs
   * this is every part joined by a space; `continuation` then lists the later parts.
   */
  text: string;
  /** The later parts of a quote that runs over several paragraphs; usually empty. */
  continuation: Span[];
  kind: QuoteKind;
  /** null when the article does not say who said it: never a guess. */
  speaker: Speaker | null;
  /**
   * The reporting verb or phrase that ties the quote to its speaker: "said", "according to";
   * ":" for "Name: “…”". null without a speaker, and for words the speaker's sentence quotes
   * without reporting them ("Rafsanjani commemorated “the glories of …”").
   */
  cue: string | null;
}

/** `person`: someone named who holds no public office (a witness, an analyst). */
export type SourceKind =
  | 'news agency'
  | 'outlet'
  | 'government body'
  | 'official'
  | 'person'
  | 'organization'
  | 'document'
  | 'anonymous';

export interface SourceCitation extends Span {
  /** The words that name the source in this sentence, e.g. "the AP". */
  mention: string;
}

export interface Source {
  /** Stable across articles: derived from the canonical name, e.g. `associated-press`. */
  id: string;
  /** The canonical name: "Associated Press" for "AP". */
  name: string;
  kind: SourceKind;
  /** The sentences where the article cites this source. */
  evidence: SourceCitation[];
}

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  file: string;
  severity: Severity;
  message: string;
}

export interface Article {
  schemaVersion: typeof SCHEMA_VERSION;
  /** The input's base name, e.g. `000_f8e586dc1c25d4d8.txt`. */
  file: string;
  /** Readable, unique within the bundle, stable across rebuilds. */
  slug: string;
  title: string;
  /** The first body paragraph, trimmed. */
  dek: string;
  blocks: Block[];
  publisher: string | null;
  /** ISO date (YYYY-MM-DD) when known. */
  date: string | null;
  /** The original URL when the front matter gives one. */
  url: string | null;
  /** ISO 639-1 code, e.g. `en`. */
  language: string;
  /** Words in the title and reading text (paragraphs and captions), not the boilerplate. */
  wordCount: number;
  readingMinutes: number;
  quotes: Quote[];
  sources: Source[];
  diagnostics: Diagnostic[];
}

/** What the feed needs of an article: small, so the index stays small at 10,000 articles. */
export interface ArticleSummary {
  slug: string;
  title: string;
  /** The article's dek, cut at a word boundary to about 200 characters. */
  dek: string;
  publisher: string | null;
  date: string | null;
  readingMinutes: number;
  quoteCount: number;
  sourceCount: number;
  /** The most-quoted speakers, most words first, at most three. */
  speakers: { id: string; name: string }[];
  /** Where the article's JSON lives: content-hashed, so caches never serve stale data. */
  dataUrl: string;
}

/**
 * What the app fetches first. `articles` holds the newest articles only; the rest, in
 * the same order, are in the `morePages` files (each a `FeedPage`).
 */
export interface FeedIndex {
  schemaVersion: typeof SCHEMA_VERSION;
  /** How many articles the bundle holds, across the index and every page. */
  articleCount: number;
  articles: ArticleSummary[];
  morePages: string[];
  /**
   * The cross-article directory of speakers and sources, split into shards (loaded
   * lazily, one at a time): an id's entries are in `directoryShards[directoryShardOf(id, n)]`.
   */
  directoryShards: string[];
  /** Where the full-text search index lives (MiniSearch JSON, loaded lazily). */
  searchUrl: string;
}

export interface FeedPage {
  schemaVersion: typeof SCHEMA_VERSION;
  articles: ArticleSummary[];
}

/** One speaker across the bundle, with every quote of theirs. */
export interface DirectorySpeaker {
  id: string;
  name: string;
  kind: SpeakerKind;
  roles: string[];
  quotes: { slug: string; title: string; quoteId: string; text: string; kind: QuoteKind }[];
}

/** One source across the bundle, with the articles that cite it. */
export interface DirectorySource {
  id: string;
  name: string;
  kind: SourceKind;
  articles: { slug: string; title: string; citations: number }[];
}

/** Speakers and sources across all articles: what /speakers/:id, /sources/:id and the feed filters read. */
export interface Directory {
  schemaVersion: typeof SCHEMA_VERSION;
  speakers: DirectorySpeaker[];
  sources: DirectorySource[];
}
