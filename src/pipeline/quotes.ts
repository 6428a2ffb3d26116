/**
 * Blocks -> quotes with speakers. Finds the marked spans in each paragraph, joins
 * quotes that run over several paragraphs, reads the article's cast, then attributes
 * each quote with the rules in `attribution.ts` (and the rule families it draws on:
 * `cueSubjects.ts`, `fragments.ts`, `sentenceSpeakers.ts`, `headlineQuotes.ts`).
 */
import type { Block, Quote, QuoteKind, Span, Speaker } from './article.ts';
import {
  attributeInSentence,
  bareAttributionOpening,
  signatureOpening,
  subjectBeforeColon,
} from './attribution.ts';
import {
  DASHES,
  lookupOffset,
  sentenceAt,
  type Attribution,
  type BlockContext,
  type Sentence,
} from './blockContext.ts';
import { attributionOfSentence } from './cueSubjects.ts';
import { isPredicateFragment, ownersWordsBefore, subjectOfFragment } from './fragments.ts';
import { withHeadlineSpeakers } from './headlineQuotes.ts';
import {
  actorOfSentence,
  lastAttributionIn,
  opinionOfSentence,
  speakerGoingOn,
} from './sentenceSpeakers.ts';
import { hashText } from './hash.ts';
import { positionOf, pronounGender, toSpeaker, type Cast } from './people.ts';
import type { SpeakerPhrase } from './phraseMeaning.ts';
import { CONNECTIVES, PRONOUNS, SPEAKS_FOR_BODY_ROLES } from './lexicon.ts';
import {
  isNameToken,
  isNationality,
  isPossessive,
  LOWER_CASE_WORD,
  POSSESSIVE_DETERMINERS,
} from './phraseWords.ts';
import { QUOTE_MARK, tokenIndexAt, type Token } from './tokens.ts';
import type { MarkedSpan } from './quoteMarks.ts';
import type { ArticleReading } from './reading.ts';
import { endsASentenceInside } from './sentences.ts';
const SHORT_FRAGMENT_WORDS = 4;

interface Found {
  block: number;
  span: MarkedSpan;
  /** Later parts of a quote that runs over paragraphs. */
  parts: { block: number; span: MarkedSpan }[];
}

function opensParagraph(text: string, span: MarkedSpan | undefined): boolean {
  if (span === undefined) return false;
  // A continuation paragraph that lost its opening mark starts at the paragraph's start.
  if (span.inferredOpen) return span.open === -1;
  return text.slice(0, span.open).trim() === '';
}

/** Multi-paragraph quotes: a paragraph ends inside a quote, and the next one opens with a mark. */
function stitch(
  blocks: readonly Block[],
  spansByBlock: Map<number, MarkedSpan[]>,
  warn: (message: string) => void,
): Found[] {
  const found: Found[] = [];
  let running: Found | undefined;
  for (const [block, spans] of spansByBlock) {
    const text = blocks[block]?.text ?? '';
    spans.forEach((span, i) => {
      if (running && i === 0 && opensParagraph(text, span) && blocks[block]?.kind === 'paragraph') {
        running.parts.push({ block, span });
        // The quote ends here unless this part runs on too.
        if (!span.runsOn) running = undefined;
        return;
      } else {
        if (running)
          warn(`paragraph ${running.block}: a quote is not closed before the paragraph ends`);
        running = undefined;
        found.push({ block, span, parts: [] });
      }
      if (span.runsOn) running = found[found.length - 1];
    });
    if (running && spans.length === 0) {
      warn(`paragraph ${running.block}: a quote is not closed before the paragraph ends`);
      running = undefined;
    }
  }
  if (running) warn(`paragraph ${running.block}: a quote is not closed before the article ends`);
  return found;
}

function kindOf(
  text: string,
  context: BlockContext,
  span: MarkedSpan,
  attributed: boolean,
): QuoteKind {
  const first = /[\p{L}\p{N}]/u.exec(text)?.[0] ?? '';
  if (first !== first.toUpperCase()) {
    // The second half of a split quote, “We hope,” he said, “that …”, is still a full quote.
    const before = context.masked.slice(
      sentenceAt(context, Math.max(span.open, 0)).start,
      Math.max(span.open, 0),
    );
    // eslint-disable-next-line redos/no-vulnerable -- a costly try starts at a mark and a space, and `before` lies in one sentence of at most MAX_SENTENCE_TOKENS words
    return /[”"»],?\s+[^“"«]*,\s*$/u.test(before) && attributed ? 'full' : 'fragment';
  }
  const words = text.split(/\s+/u).length;
  const endsClause = /[.!?…,;:]$/u.test(text);
  const before = context.masked.slice(0, Math.max(span.open, 0)).trimEnd();
  const introduced = before === '' || /[:,]$/u.test(before) || /[.!?]["”’»]?$/u.test(before);
  return words <= SHORT_FRAGMENT_WORDS && !endsClause && !introduced ? 'fragment' : 'full';
}

function joinedText(blocks: readonly Block[], found: Found): string {
  const first = blocks[found.block]?.text.slice(found.span.start, found.span.end) ?? '';
  return [
    first,
    ...found.parts.map(({ block, span }) => blocks[block]?.text.slice(span.start, span.end) ?? ''),
  ].join(' ');
}

function attribute(found: Found, contexts: Map<number, BlockContext>): Attribution | undefined {
  for (const { block, span } of [{ block: found.block, span: found.span }, ...found.parts]) {
    const context = contexts.get(block);
    if (!context) continue;
    const attribution = attributeInSentence(
      context,
      span.open,
      span.runsOn ? context.masked.length : span.close,
    );
    if (attribution) return attribution;
  }
  return undefined;
}

const SPACE_OR_MARK = /^[\s"]$/u;
/** "Furthermore ," with room for the spaces and marks a careless hand puts in one. */
const MAX_CONNECTIVE_LENGTH = 32;

/** Nothing but a word that carries the speaker on ("Further, “…”") stands before the quote. */
function onlyConnectiveBefore(before: string): boolean {
  // Spaces and straight marks at either end are no part of a connective, and what lies
  // between them is none when it is long: each quote asks this of all the text before it.
  let first = 0;
  while (first < before.length && SPACE_OR_MARK.test(before.charAt(first))) first++;
  let last = before.length;
  while (last > first && SPACE_OR_MARK.test(before.charAt(last - 1))) last--;
  if (last - first > MAX_CONNECTIVE_LENGTH) return false;
  // A stray mark typed twice ('""There have been …') is no word.
  const words = before.slice(first, last).replace(/"/gu, '').trim();
  return words === '' || CONNECTIVES.has(words.replace(/(?<!\s)\s*,$/u, '').toLowerCase());
}

/**
 * A quote that opens a sentence of its own, right after a sentence with an attributed
 * quote in the same paragraph, is the same speaker going on: “A,” Jang said. “B.”
 */
const BACK_TO_BACK = /^["”’»]?[\s,;]*$/u;

function continuesInParagraph(
  found: Found,
  context: BlockContext,
  previous: Quote | undefined,
): boolean {
  if (
    !previous?.speaker ||
    previous.continuation.length > 0 ||
    previous.block !== found.block ||
    found.span.open < 0
  )
    return false;
  // "“Any time you decide to stop …,” “The only choice before you …”": a quote right after
  // another, nothing but its closing mark and a comma between, goes on with it.
  if (BACK_TO_BACK.test(context.masked.slice(previous.end, found.span.open))) return true;
  const sentence = sentenceAt(context, found.span.open);
  if (!onlyConnectiveBefore(context.masked.slice(sentence.start, found.span.open))) return false;
  const previousSentence = sentenceAt(context, Math.max(previous.start - 1, 0));
  if (previousSentence.end > sentence.start) return false;
  if (context.masked.slice(previousSentence.end, sentence.start).trim() === '') return true;
  // "“…,” wrote Arthur. Some did attempt to challenge the store. “Apple is now …”": one
  // sentence between that names no one and reports nothing.
  const between = context.sentences.filter(
    (range) => range.start >= previousSentence.end && range.end <= sentence.start,
  );
  const [aside] = between;
  return between.length === 1 && aside !== undefined && namesNoOne(context, aside);
}

function namesNoOne(context: BlockContext, sentence: Sentence): boolean {
  if (sentence.cues.length > 0) return false;
  for (let i = sentence.from + 1; i < sentence.to; i++)
    if (isNameToken(context.tokens[i]) || PRONOUNS.has(context.tokens[i]?.lower ?? ''))
      return false;
  return !QUOTE_MARK.test(context.masked.slice(sentence.start, sentence.end));
}

/**
 * A quote that opens a sentence with no attribution of its own, after a sentence of
 * reported speech in the same paragraph, is that speaker's: "Smith said the plan
 * would fail. “It is a disaster.”"
 */
function reportedJustBefore(found: Found, context: BlockContext): Attribution | undefined {
  if (found.span.open < 0) return undefined;
  const sentence = sentenceAt(context, found.span.open);
  const previous = context.sentences.findLast((range) => range.end <= sentence.start);
  if (!previous) return undefined;
  if (!onlyConnectiveBefore(context.masked.slice(sentence.start, found.span.open)))
    return reportedOnInFragment(context, sentence, previous, found.span.open);
  return attributionOfSentence(context, previous) ?? opinionOfSentence(context, previous);
}

/**
 * "Bush has said that he will not talk with Syria or Iran unless they meet certain
 * conditions. Syria would have to “stop destabilizing” the government of the Lebanon.":
 * words quoted inside the sentence right after a person's reported speech ("said that …",
 * "He said that …"),
 * in a sentence that reports nothing itself and names no one else before them, go on
 * with that speech. Not after an outlet's report ("The Australian reports that …"), nor
 * in "a statement by … Giuliani that “…”".
 */
function reportedOnInFragment(
  context: BlockContext,
  sentence: Sentence,
  previous: Sentence,
  open: number,
): Attribution | undefined {
  if (sentence.cues.length > 0) return undefined;
  const { tokens } = context;
  const reported = attributionOfSentence(context, previous);
  const person =
    (reported?.phrase.form === 'name' && reported.phrase.kind === 'person') ||
    (reported?.phrase.form === 'pronoun' &&
      (reported.phrase.head === 'he' || reported.phrase.head === 'she'));
  if (!reported || !person) return undefined;
  const cue = previous.cues.findLast((candidate) => candidate.text === reported.cue);
  const speech = cue !== undefined && tokens[cue.index + cue.length]?.lower === 'that';
  const quoted = QUOTE_MARK.test(context.masked.slice(previous.start, previous.end));
  const namesAnother = tokens
    .slice(sentence.from + 1, tokenIndexAt(tokens, open))
    .some((token) => isNameToken(token));
  return speech && !quoted && !namesAnother ? reported : undefined;
}

const MIN_STANDALONE_WORDS = 4;

/**
 * A quote that is a sentence of its own, with no attribution anywhere near, right after a
 * sentence that opens with a person and what they did: "Her partner, Gita Deane, was a
 * plaintiff in the case. “Our participation in this lawsuit …”" is Deane's.
 */
function actorJustBefore(
  found: Found,
  context: BlockContext,
  text: string,
  cast: Cast,
): Attribution | undefined {
  if (found.span.open < 0 || !/^\p{Lu}/u.test(text)) return undefined;
  if (text.split(/\s+/u).length < MIN_STANDALONE_WORDS) return undefined;
  const sentence = sentenceAt(context, found.span.open);
  if (context.masked.slice(sentence.start, found.span.open).trim() !== '') return undefined;
  const previous = context.sentences.findLast((range) => range.end <= sentence.start);
  const phrase = previous ? actorOfSentence(context, previous) : undefined;
  return phrase && isPerson(phrase, found.block, cast) ? { phrase, cue: '' } : undefined;
}

function isPerson(phrase: SpeakerPhrase, block: number, cast: Cast): boolean {
  return (
    phrase.kind === 'person' ||
    cast.resolve(phrase, positionOf(block, phrase.start))?.kind === 'person'
  );
}

/**
 * A paragraph that opens with a quote and names no speaker takes one from the paragraph
 * before: its introduction ("Price told reporters:"), or, when the quote is the whole
 * paragraph or followed only by what "he" or "she" did, the speaker of that paragraph's
 * last quote or of its reported speech ("Mr Putin said the move …" followed by "“I made a
 * decision …”").
 */
function carriedOver(
  found: Found,
  contexts: Map<number, BlockContext>,
  blocks: readonly Block[],
  previous: Quote | undefined,
): { from: 'attribution'; attribution: Attribution } | { from: 'quote'; quote: Quote } | undefined {
  const text = blocks[found.block]?.text ?? '';
  const before = contexts.get(found.block - 1);
  const opens =
    opensParagraph(text, found.span) ||
    (found.span.open > 0 && onlyConnectiveBefore(text.slice(0, found.span.open)));
  if (!before || !opens) return undefined;
  const introduced = before.masked.trimEnd().endsWith(':');
  // A quote run over several paragraphs must fill the last of them to the end.
  const last = found.parts[found.parts.length - 1] ?? { block: found.block, span: found.span };
  const lastText = blocks[last.block]?.text ?? '';
  const rest = lastText.slice(last.span.close + 1);
  const wholeParagraph = rest.replace(/[\s.]/gu, '') === '';
  // "“They're asylum seekers ….” He was unable to say whether …": the quote is a sentence
  // of its own and the paragraph goes on about the same person.
  const endsSentence = /[.!?…]/u.test(lastText.charAt(last.span.close - 1)) || /^[.!?]/u.test(rest);
  const goesOnAboutThem = endsSentence && /^[.!?]?\s+(?:He|She)\s/u.test(rest);
  if (!introduced && !wholeParagraph && !goesOnAboutThem) return undefined;
  const previousBlock = previous
    ? (previous.continuation[previous.continuation.length - 1]?.block ?? previous.block)
    : -1;
  if (!introduced && previous?.speaker && previousBlock === found.block - 1)
    return { from: 'quote', quote: previous };
  const attribution = lastAttributionIn(before) ?? closingSubject(before, introduced);
  return attribution ? { from: 'attribution', attribution } : undefined;
}

/**
 * The person the paragraph before ends on, for a paragraph that is only a quote: "Lhadon
 * Tethong, Executive Director of …, made a statement after the action:", or, with no colon,
 * someone doing something ("The president also admitted that … However, he defended his
 * decision …").
 */
function closingSubject(before: BlockContext, introduced: boolean): Attribution | undefined {
  const last = before.sentences[before.sentences.length - 1];
  if (!last) return undefined;
  if (introduced) return subjectBeforeColon(before, last.from, before.tokens.length);
  const phrase = actorOfSentence(before, last);
  return phrase ? { phrase, cue: '' } : undefined;
}

/**
 * '“…,” Obama said in his speech. Palestinian Authority President Mahmoud Abbas “has put
 * aside efforts …. Prime Minister Netanyahu has released …”': words of more than one
 * sentence quoted about someone go on with the speech reported just before, whose speaker
 * has spoken; a few words quoted about them are still theirs ('NIST has “found …”').
 */
function speechGoingOn(
  found: Found,
  context: BlockContext,
  text: string,
  cast: Cast,
): Attribution | undefined {
  if (!endsASentenceInside(text)) return undefined;
  const sentence = sentenceAt(context, found.span.open);
  const previous = context.sentences[context.sentences.indexOf(sentence) - 1];
  const attribution = previous ? attributionOfSentence(context, previous) : undefined;
  if (!attribution) return undefined;
  const member = cast.resolve(
    attribution.phrase,
    positionOf(found.block, attribution.phrase.start),
  );
  return member?.spoke ? attribution : undefined;
}

/**
 * Words quoted in a sentence with no reporting verb go to its subject only when the cast
 * knows the subject as someone who speaks, holds a role or has a gender: "Rafsanjani
 * commemorated “the glories of …”", not "Six Apart … “intends to sell …”".
 */
function fragmentOfSubject(
  found: Found,
  context: BlockContext,
  text: string,
  cast: Cast,
): Attribution | undefined {
  if (found.span.open < 0) return undefined;
  const attribution = subjectOfFragment(context, found.span.open, found.span.close, text);
  if (!attribution) return undefined;
  const speech = speechGoingOn(found, context, text, cast);
  if (speech) return speech;
  const { phrase } = attribution;
  const member = cast.resolve(phrase, positionOf(found.block, phrase.start));
  // A body whose own predicate is quoted speaks: 'NIST has “found no evidence …”'.
  if (member?.kind === 'organization' && isPredicateFragment(context, found.span.open))
    return attribution;
  if (phrase.kind === null && member?.kind !== 'person') return undefined;
  // A gender (from "Mrs", "he", or a given name such as "George") shows a person too.
  const known =
    phrase.role !== null ||
    member?.spoke === true ||
    (member?.roles.length ?? 0) > 0 ||
    member?.gender !== undefined;
  return known ? attribution : undefined;
}

const MIN_SPOKEN_WORDS = 3;
/** A word of four letters or more in lower case: what a title or a name does not hold. */
const PLAIN_LONG_WORD = /(?:^|\s)\p{Ll}{4}/u;

/**
 * "Jobs left this farewell, “I have made some of the best friends …”": a sentence with no
 * reporting verb that introduces words with a comma gives them to the person it opens
 * with, as a colon does; but not a title ("the show, “The Passionate Eye”") or a name.
 */
function subjectBeforeComma(
  found: Found,
  context: BlockContext,
  text: string,
): Attribution | undefined {
  const { open } = found.span;
  if (open < 0 || text.split(/\s+/u).length < MIN_SPOKEN_WORDS || !PLAIN_LONG_WORD.test(text))
    return undefined;
  const sentence = sentenceAt(context, open);
  if (sentence.cues.length > 0) return undefined;
  return subjectBeforeColon(context, sentence.from, tokenIndexAt(context.tokens, open), ',');
}

/** A quote that is a sentence of its own, the speaker going on in the next: "“…” Bush also said …". */
function attributedInNextSentence(found: Found, context: BlockContext): Attribution | undefined {
  if (found.span.open < 0 || found.span.runsOn || found.parts.length > 0) return undefined;
  const sentence = sentenceAt(context, found.span.open);
  if (!onlyConnectiveBefore(context.masked.slice(sentence.start, found.span.open)))
    return undefined;
  if (context.masked.slice(found.span.close + 1, sentence.end).trim() !== '') return undefined;
  const next = context.sentences.find((range) => range.start >= sentence.end);
  return next ? speakerGoingOn(context, next) : undefined;
}

/** A quote that is a whole paragraph, attributed by the paragraph after it: "…" / "Fallon said." */
function attributedInNextParagraph(
  found: Found,
  contexts: Map<number, BlockContext>,
  blocks: readonly Block[],
): Attribution | undefined {
  const last = found.parts[found.parts.length - 1] ?? { block: found.block, span: found.span };
  const text = blocks[last.block]?.text ?? '';
  const opens = opensParagraph(blocks[found.block]?.text ?? '', found.span);
  if (!opens || text.slice(last.span.close + 1).replace(/[\s.]/gu, '') !== '') return undefined;
  const next = contexts.get(last.block + 1);
  if (!next) return undefined;
  const signed = signatureOpening(next);
  if (signed) return signed;
  // "“… for the summit,”" / "Roh said in a speech on Monday.": a comma before the closing
  // mark leaves the sentence open for the paragraph after it to finish.
  const leftOpen = text.charAt(last.span.close - 1) === ',';
  const attribution = bareAttributionOpening(next, leftOpen);
  // The next paragraph must open with the attribution, not with a quote of its own.
  return attribution && next.masked.trimStart().startsWith(attribution.phrase.text)
    ? attribution
    : undefined;
}

/**
 * 'This so-called “bridge” financing', 'has called the “Save Italy Decree”', 'a process known
 * as “wireless mesh networking”': words the writer holds at a distance, and names of
 * things (capitalised words in running text that no one coins there; any words after "known
 * as", "calling itself" or "a poem called"), are no one's speech.
 */
function isNotSpeech(context: BlockContext, span: MarkedSpan, text: string): boolean {
  const { open } = span;
  if (open < 0) return false;
  // 'class “B” shares', 'coffee “C” contracts', 'an “A” rating': a letter is a grade.
  if (LETTER_GRADE.test(text.trim())) return true;
  const { tokens } = context;
  const at = tokenIndexAt(tokens, open);
  const before = tokens[at - 1]?.lower;
  // "a process known as “wireless mesh networking”": a name the thing goes by.
  const knownAs = before === 'as' && tokens[at - 2]?.lower === 'known';
  // "a militant group calling itself “The Army of Islam”": the name it goes by.
  const callingItself =
    (before === 'itself' || before === 'themselves') &&
    /^call(?:s|ed|ing)?$/u.test(tokens[at - 2]?.lower ?? '');
  // "the more inclusive phrase, “Happy Holidays.”": what a phrase or slogan is, quoted.
  const termAt = before === ',' ? at - 2 : at - 1;
  // "positive for the long term, “But we still …”": a span of time, not a term.
  const termNoun =
    !TERM_SPANS.has(tokens[termAt - 1]?.lower ?? '') && TERM_NOUNS.has(tokens[termAt]?.lower ?? '');
  return (
    knownAs ||
    callingItself ||
    termNoun ||
    namedThing(tokens, at) ||
    (!span.runsOn && isNickname(tokens, at, tokenIndexAt(tokens, span.close), text)) ||
    soCalledBefore(tokens, at) ||
    capitalisedTerm(tokens, at, text) ||
    titleOfWork(tokens, at, text) ||
    titleBeforeItsNoun(tokens, tokenIndexAt(tokens, span.close), text)
  );
}

/** Verbs that coin a name for something: "dubbed the movement “Cedar Revolution”". */
const COINING_VERBS = new Set([
  'dubbed',
  'branded',
  'called',
  'named',
  'labelled',
  'labeled',
  'nicknamed',
  'termed',
]);
const MAX_COINED_OBJECT_TOKENS = 2;

/** "referred to Rice as “Mrs Condolences”", "Rudd was a “Nothing Man”": a name coined here. */
function coinedHere(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.lower ?? '';
  if (before === 'as' || before === 'a' || before === 'an') return true;
  for (let i = at - 1; i >= Math.max(0, at - 1 - MAX_COINED_OBJECT_TOKENS); i--)
    if (COINING_VERBS.has(tokens[i]?.lower ?? '')) return !namedByNoOne(tokens, i, at);
  return false;
}

/**
 * "a police action dubbed “Mountain Storm”", "was dubbed “Operation Tarnished Eagle”": a
 * name the thing goes by, right after the verb and a noun or an auxiliary before it; no one
 * in the sentence coins it (unlike "what Bush called …", "he dubbed …").
 */
function namedByNoOne(tokens: readonly Token[], verb: number, at: number): boolean {
  const before = tokens[verb - 1];
  return (
    verb === at - 1 &&
    before !== undefined &&
    LOWER_CASE_WORD.test(before.text) &&
    !PRONOUNS.has(before.lower) &&
    before.lower !== 'who'
  );
}

/**
 * "the “Help to Buy” scheme", "accused 'Enemy Combatant' Jose Padilla", "stores using
 * 'Happy Holidays'": capitalised words in running text, after "the", "its" or any word in
 * lower case, are a name or a title, not speech; but a name the sentence's subject coins
 * there ("dubbed the movement “Cedar Revolution”") is their word, and stays theirs.
 */
function capitalisedTerm(tokens: readonly Token[], at: number, text: string): boolean {
  // "the Ukrainian “Orange Revolution”": a nationality qualifies the name, as "the" does.
  const qualified = isNationality(tokens[at - 1]) ? at - 1 : at;
  const before = tokens[qualified - 1];
  if (!before || !TITLE_WORDS.test(text.trim())) return false;
  // 'told NBC Television's “Meet the Press”': an owner's name is as good as "the".
  if (before.lower === 'the' || POSSESSIVE_DETERMINERS.has(before.lower) || isPossessive(before))
    return true;
  return LOWER_CASE_WORD.test(before.text) && !coinedHere(tokens, qualified);
}

const MAX_WORDS_AFTER_SO_CALLED = 2;

/**
 * "the so-called “surge”", "the so-called European–Chinese “bra wars”": a name the
 * writer distances themselves from, a few describing words after "so-called" at most.
 */
function soCalledBefore(tokens: readonly Token[], at: number): boolean {
  let words = 0;
  for (let i = at - 1; i >= 0 && words <= MAX_WORDS_AFTER_SO_CALLED; i--) {
    const token = tokens[i];
    if (!token || QUOTE_MARK.test(token.text)) return false;
    if (token.lower === 'so-called') return true;
    // "European–Chinese" is one describing word, its dash no word.
    if (!DASHES.has(token.text)) words++;
  }
  return false;
}

/** One capital letter, perhaps with a digit or a sign: a class or a grade, never words. */
const LETTER_GRADE = /^\p{Lu}\d?[+-]?[.,]?$/u;

/** Nouns for words quoted as words: "the phrase “Merry Christmas”", "the slogan, “…”". */
const TERM_NOUNS = new Set([
  'phrase',
  'term',
  'slogan',
  'motto',
  'greeting',
  'expression',
  'catchphrase',
  'nickname',
  'label',
]);

/** Words that make "term" a span of time: "in the long term". */
const TERM_SPANS = new Set(['long', 'short', 'medium', 'near']);

/** Nouns for works whose titles are quoted: "her 1983 memoir, “Ashes to Gold,”". */
const WORK_NOUNS = new Set([
  'memoir',
  'memoirs',
  'autobiography',
  'biography',
  'book',
  'novel',
  'film',
  'movie',
  'documentary',
  'song',
  'single',
  'album',
  'poem',
  'play',
  'opera',
  'musical',
  'painting',
  'exhibition',
  // "two major summer motion pictures, “Beverly Hills Cop II,” … and “The Untouchables”".
  'picture',
  'pictures',
  'films',
  'movies',
  'books',
  'novels',
  'songs',
  'albums',
]);

/** A capitalised title right after the noun for a work, or after it and a comma. */
function titleOfWork(tokens: readonly Token[], at: number, text: string): boolean {
  const noun = tokens[at - 1]?.text === ',' ? tokens[at - 2] : tokens[at - 1];
  return noun !== undefined && WORK_NOUNS.has(noun.text) && /^\p{Lu}/u.test(text.trim());
}

/** Nouns that follow the title of a broadcast or a publication: 'NBC's “Today” program'. */
const TITLED_NOUNS = new Set([
  'program',
  'programme',
  'show',
  'series',
  'broadcast',
  'blog',
  'column',
  'newspaper',
  'magazine',
]);

/** 'on NBC's “Today” program', 'the “Food for Work” program': a capitalised title. */
function titleBeforeItsNoun(tokens: readonly Token[], close: number, text: string): boolean {
  return /^\p{Lu}/u.test(text.trim()) && TITLED_NOUNS.has(tokens[close + 1]?.lower ?? '');
}

/** One to three capitalised words. */
const NICKNAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u;

/** 'Lewis "Scooter" Libby': a nickname between a given name and a surname. */
function isNickname(tokens: readonly Token[], at: number, close: number, text: string): boolean {
  if (!isNameToken(tokens[at - 1]) || !NICKNAME.test(text.trim())) return false;
  const after = tokens[close + 1];
  return after !== undefined && isNameToken(after) && /^\p{Lu}/u.test(after.text);
}

const NAMING_WORDS = new Set(['called', 'named', 'titled', 'entitled']);

/**
 * "a poem called the “martyrs of jihad”", "a song titled “…”": the name of something the
 * text brings in with "a", whatever its case.
 */
function namedThing(tokens: readonly Token[], at: number): boolean {
  let naming = at - 1;
  if (tokens[naming]?.lower === 'the') naming--;
  const noun = tokens[naming - 1];
  const article = tokens[naming - 2]?.lower;
  return (
    NAMING_WORDS.has(tokens[naming]?.lower ?? '') &&
    noun !== undefined &&
    noun.text === noun.lower &&
    (article === 'a' || article === 'an')
  );
}

/**
 * "Save Italy Decree", "We Are One", "Help to Buy": two or more words, each capitalised
 * but for small words between them; or a number and a capitalised word ("60 Minutes").
 */
const TITLE_WORDS =
  /^(?:\d+\s+\p{Lu}[\p{L}'’-]*|\p{Lu}[\p{L}'’&-]*(?:\s+(?:(?:of|to|the|and|for|in|on|a|an|at|by)\s+)*\p{Lu}[\p{L}'’&-]*)+)[.,!?]?$/u;

/**
 * The most quotes an article is given. News stories hold far fewer (29 at most in 3,000
 * Wikinews articles, 20 in the wire copy); a file of stray marks can hold hundreds of
 * thousands, each one attributed here and drawn as a highlight by the reader.
 */
export const MAX_QUOTES = 1_000;

export function extractQuotes(reading: ArticleReading, warn: (message: string) => void): Quote[] {
  const { blocks, spans: spansByBlock, contexts, cast } = reading;
  const quotes: Quote[] = [];
  const seenIds = new Map<string, number>();
  const lede = blocks.findIndex((block) => block.kind === 'paragraph');
  const speakerOf = (attribution: Attribution, block: number): Speaker | null => {
    const context = contexts.get(block);
    const offset = context ? lookupOffset(context, attribution.phrase) : attribution.phrase.start;
    const at = positionOf(block, offset);
    const member =
      cast.resolve(attribution.phrase, at) ??
      cast.namedNext(attribution.phrase, at, block === lede);
    return toSpeaker(attribution.phrase, member);
  };
  const stitched = stitch(blocks, spansByBlock, warn);
  if (stitched.length > MAX_QUOTES)
    warn(
      `the article holds ${stitched.length.toLocaleString('en')} quotes; only the first ${MAX_QUOTES.toLocaleString('en')} are marked`,
    );
  for (const found of stitched.slice(0, MAX_QUOTES)) {
    const context = contexts.get(found.block);
    if (!context) continue;
    const text = joinedText(blocks, found);
    const notSpeech = isNotSpeech(context, found.span, text);
    const attribution = notSpeech
      ? undefined
      : (attribute(found, contexts) ??
        attributedInNextParagraph(found, contexts, blocks) ??
        attributedInNextSentence(found, context) ??
        (found.span.open < 0 ? undefined : ownersWordsBefore(context, found.span.open)) ??
        fragmentOfSubject(found, context, text, cast) ??
        subjectBeforeComma(found, context, text));
    let speaker = attribution ? speakerOf(attribution, found.block) : null;
    let cue = attribution?.cue ?? null;
    const previous = quotes[quotes.length - 1];
    // "…,” she said" where no woman has been named stays unattributed rather than
    // borrowing a man from around it; "the spokesperson said" and "they said" may borrow.
    const ownPronoun = attribution?.phrase.form === 'pronoun' ? attribution.phrase.head : null;
    // A name or a term borrows no one's voice from the quotes or sentences around it.
    const borrows = !notSpeech && pronounGender(ownPronoun) === undefined;
    // "…,” said the demonstrator": someone the text describes, not whoever spoke before;
    // but "the spokesman said" after "The ministry said …" speaks for the ministry.
    const ownDescription =
      attribution?.phrase.form === 'description' &&
      attribution.phrase.kind === 'person' &&
      !SPEAKS_FOR_BODY_ROLES.has(attribution.phrase.head ?? '');
    const borrowsBefore = borrows && !ownDescription;
    if (!speaker && borrows && continuesInParagraph(found, context, previous) && previous) {
      speaker = previous.speaker;
      cue = previous.cue;
    }
    // The sentence before: reported speech ("Smith said the plan would fail."), else a
    // person and what they did ("Gita Deane was a plaintiff in the case.").
    const reported = !speaker && borrowsBefore ? reportedJustBefore(found, context) : undefined;
    if (reported) {
      speaker = speakerOf(reported, found.block);
      cue = reported.cue;
    }
    const actor =
      !speaker && borrowsBefore ? actorJustBefore(found, context, text, cast) : undefined;
    if (actor) {
      speaker = speakerOf(actor, found.block);
      cue = actor.cue;
    }
    if (!speaker && borrows) {
      const carried = carriedOver(found, contexts, blocks, previous);
      if (carried?.from === 'quote') {
        speaker = carried.quote.speaker;
        cue = carried.quote.cue;
      } else if (carried?.from === 'attribution') {
        speaker = speakerOf(carried.attribution, found.block - 1);
        cue = carried.attribution.cue;
      }
    }
    const base = hashText(text);
    const repeat = (seenIds.get(base) ?? 0) + 1;
    seenIds.set(base, repeat);
    const continuation: Span[] = found.parts.map(({ block, span }) => ({
      block,
      start: span.start,
      end: span.end,
    }));
    quotes.push({
      id: repeat === 1 ? base : `${base}-${repeat}`,
      text,
      block: found.block,
      start: found.span.start,
      end: found.span.end,
      continuation,
      kind: kindOf(text, context, found.span, speaker !== null),
      speaker,
      // Words quoted where no verb reports them have a speaker but no cue.
      cue: speaker && cue !== '' ? cue : null,
    });
  }
  return withHeadlineSpeakers(quotes, blocks);
}
