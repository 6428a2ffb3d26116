/**
 * Words quoted inside a sentence that reports none ("Rafsanjani commemorated “the glories
 * of …”"): whose words they are, when they are words and not a name or a term.
 */
import { CUE_VERBS, DOCUMENT_NOUNS, OPINION_VERBS, PREPOSITIONS, WORDS_NOUNS } from './lexicon.ts';
import { phraseAfter, phraseBefore, phrasesIn } from './nounPhrase.ts';
import {
  nameIfKnown,
  possessorPhrase,
  withoutOwnersS,
  type SpeakerPhrase,
} from './phraseMeaning.ts';
import { AUXILIARIES, isPossessive, LOWER_CASE_WORD } from './phraseWords.ts';
import { opensInLowerCase, QUOTE_MARK, tokenIndexAt, type Token } from './tokens.ts';
import {
  RELATIVE_PRONOUNS,
  sentenceAt,
  type Attribution,
  type BlockContext,
} from './blockContext.ts';
import { sentenceSubject } from './cueSubjects.ts';

/** Words that open a clause inside another: its subject is not the sentence's speaker. */
const CLAUSE_COMPLEMENTS = new Set(['that', 'which', 'who', 'whether', 'if', 'because']);
const MIN_FRAGMENT_WORDS = 3;
/** What stands between a speaker and their quoted words: "Dan Halutz, that “…”". */
const REPORTED_LINKS = new Set([',', 'that', 'as']);

/** "Declaring", "Warning": a verb of speaking that opens a sentence before its subject. */
const OPENING_SPEECH_PARTICIPLES = new Set<string>(
  CUE_VERBS.filter((verb) => verb.endsWith('ing') && !verb.includes(' ')),
);

/**
 * "Declaring “the maritime soul of the Marine Corps” is at stake, Defense Secretary Robert
 * Gates has ordered a review …": the sentence is the subject's speech, whose name follows
 * the opening phrase's comma.
 */
function speechParticipleOpening(
  context: BlockContext,
  from: number,
  to: number,
): Attribution | undefined {
  const { masked, tokens } = context;
  const opener = tokens[from];
  if (!opener || opener.text === opener.lower || !OPENING_SPEECH_PARTICIPLES.has(opener.lower))
    return undefined;
  for (let i = from + 1; i < to - 1; i++) {
    if (tokens[i]?.text !== ',') continue;
    const subject = phraseAfter(masked, tokens, i + 1, to - 1);
    const person =
      (subject?.form === 'name' && subject.kind === 'person') ||
      (subject?.form === 'pronoun' && (subject.head === 'he' || subject.head === 'she'));
    return subject && person ? { phrase: subject, cue: opener.lower } : undefined;
  }
  return undefined;
}

/** Words someone said, not a name or a term: in lower case, and more than a couple. */
function isQuotedWords(text: string): boolean {
  return opensInLowerCase(text) && text.split(/\s+/u).length >= MIN_FRAGMENT_WORDS;
}

/** '“beginning net asset value” (BNAV)': a term the text goes on to abbreviate. */
function isAbbreviatedTerm(masked: string, close: number): boolean {
  return /^\s*\(\p{Lu}{2,}\)/u.test(masked.slice(close + 1, close + 16));
}

/** Words before a quote that make it a name or a term: "known as “…”", "the “…” list". */
const NAMES_NEXT = new Set([
  'as',
  'called',
  'named',
  'titled',
  'entitled',
  'dubbed',
  'nicknamed',
  'the',
  'a',
  'an',
  'of',
  'word',
  'words',
  'phrase',
  'so-called',
  'term',
  'slogan',
  'slogans',
  'reading',
  'headline',
  'label',
]);
/** Verbs that judge something as what the quote says: "hailed the progress as “…”". */
const JUDGING_VERBS = new Set([
  'hailed',
  'praised',
  'welcomed',
  'described',
  'branded',
  'denounced',
  'condemned',
  'dismissed',
  'criticised',
  'criticized',
  'characterised',
  'characterized',
  'labelled',
  'labeled',
  'slammed',
]);
const MAX_JUDGED_OBJECT_TOKENS = 6;

/** "hailed the progress as “…”": "as" after a judging verb and its object, not "known as". */
function judgedAs(tokens: readonly Token[], openToken: number): boolean {
  if (tokens[openToken - 1]?.lower !== 'as') return false;
  for (let i = openToken - 2; i >= Math.max(0, openToken - 2 - MAX_JUDGED_OBJECT_TOKENS); i--) {
    if (JUDGING_VERBS.has(tokens[i]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * "Ayatollah Rafsanjani commemorated “the glories of the Islamic Revolution”": words quoted
 * inside a sentence that reports none are the words of the person the sentence opens with,
 * when they are words and not a name or a term.
 */
export function subjectOfFragment(
  context: BlockContext,
  open: number,
  close: number,
  text: string,
): Attribution | undefined {
  if (isAbbreviatedTerm(context.masked, close)) return undefined;
  const opinion = opensInLowerCase(text) ? opinionHolder(context, open) : undefined;
  if (opinion) return opinion;
  if (!isQuotedWords(text))
    return opensInLowerCase(text) ? speechActSubject(context, open) : undefined;
  const { tokens } = context;
  const sentence = sentenceAt(context, open);
  const openToken = tokenIndexAt(tokens, open);
  const mark = tokens[openToken];
  if (!mark || openToken <= sentence.from || sentence.cues.length > 0) return undefined;
  // "condemned the rebels in the “...strongest possible terms,”": an ellipsis marks words
  // cut from speech, never a name or a term.
  const excerpt = /^(?:\.\.\.|…)/u.test(text.trim());
  if (
    !excerpt &&
    NAMES_NEXT.has(tokens[openToken - 1]?.lower ?? '') &&
    !judgedAs(tokens, openToken)
  )
    return undefined;
  const viewpoint = viewpointOpening(tokens, sentence.from);
  if (viewpoint) return { phrase: viewpoint, cue: '' };
  const declaring = speechParticipleOpening(context, sentence.from, sentence.to);
  if (declaring) return declaring;
  const author = authorBeforeQuote(context, sentence.from, openToken);
  if (author) return author;
  // 'NIST has “found …”', '… and the FDIC will “retain …”': the subject right before the
  // auxiliary whose predicate is quoted.
  // Not in a reported clause: "a court found that he is “…”" gives the court's words.
  const predicate =
    isPredicateFragment(context, open) &&
    !RELATIVE_PRONOUNS.has(tokens[openToken - 2]?.lower ?? '');
  const beforeAuxiliary = predicate
    ? phraseBefore(context.masked, tokens, openToken - 1, sentence.from)
    : undefined;
  const opener = beforeAuxiliary
    ? tokens[tokenIndexAt(tokens, beforeAuxiliary.start) - 1]?.lower
    : undefined;
  const ownClause = !CLAUSE_COMPLEMENTS.has(opener ?? '');
  if (ownClause && (beforeAuxiliary?.form === 'name' || beforeAuxiliary?.form === 'pronoun'))
    return { phrase: nameIfKnown(beforeAuxiliary), cue: '' };
  const phrase =
    contrastedSubject(context, sentence.from, openToken) ??
    sentenceSubject(context, sentence.from, openToken - 1);
  if (!phrase || phrase.start >= mark.start) return undefined;
  // A lone word ("Arthur feels that “…”") has no kind of its own: the cast decides.
  const person =
    (phrase.form === 'pronoun' && (phrase.head === 'he' || phrase.head === 'she')) ||
    (phrase.form === 'name' && (phrase.kind === 'person' || phrase.kind === null));
  const body =
    phrase.form === 'name' &&
    phrase.kind === 'organization' &&
    isBodysOwnClause(context, phrase, openToken);
  return person || body ? { phrase, cue: '' } : undefined;
}

const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * "Saying many will be surprised, he believes GE has … a “unique ability” to buy a major
 * business": words quoted in what a named person or "he" or "she" believes are theirs,
 * though an article before them would make them a name anywhere else.
 */
function opinionHolder(context: BlockContext, open: number): Attribution | undefined {
  const { masked, tokens } = context;
  const openToken = tokenIndexAt(tokens, open);
  // "land under the “reform program”": after a preposition, the name of a thing.
  if (
    !ARTICLES.has(tokens[openToken - 1]?.lower ?? '') ||
    PREPOSITIONS.has(tokens[openToken - 2]?.lower ?? '')
  )
    return undefined;
  const { from, cues } = sentenceAt(context, open);
  if (cues.length > 0) return undefined;
  for (let i = openToken - 2; i > from; i--) {
    const verb = tokens[i];
    if (!verb || !OPINION_VERBS.has(verb.lower)) continue;
    const holder = phraseBefore(masked, tokens, i, from);
    if (holder?.form === 'name' && holder.kind === 'person')
      return { phrase: holder, cue: verb.lower };
    const pronoun = holder?.form === 'pronoun' && (holder.head === 'he' || holder.head === 'she');
    return pronoun ? { phrase: holder, cue: verb.lower } : undefined;
  }
  return undefined;
}

/** Verbs of a speech act that are no verbs of saying: what their subject calls a thing is theirs. */
const SPEECH_ACT_VERBS = new Set([
  'proposed',
  'proposes',
  'confessed',
  'confesses',
  'mourned',
  'mourns',
  'apologised',
  'apologized',
  // Headlines' present tense: "Pope Benedict apologizes for “sounding offensive”".
  'apologises',
  'apologizes',
  'lamented',
  'laments',
]);
const MAX_SPEECH_ACT_REACH = 6;

/**
 * "McGill proposed “energy interdependence”", "Bob Stewart mourned the loss of the “old
 * school” attitude": a word or two quoted after a named person's speech act, in a sentence
 * with no verb of saying.
 */
function speechActSubject(context: BlockContext, open: number): Attribution | undefined {
  const { masked, tokens } = context;
  const sentence = sentenceAt(context, open);
  const openToken = tokenIndexAt(tokens, open);
  if (sentence.cues.length > 0) return undefined;
  for (
    let i = openToken - 1;
    i > Math.max(sentence.from, openToken - 1 - MAX_SPEECH_ACT_REACH);
    i--
  ) {
    const token = tokens[i];
    if (!token || !LOWER_CASE_WORD.test(token.text)) return undefined;
    if (!SPEECH_ACT_VERBS.has(token.lower)) continue;
    const subject = phraseBefore(masked, tokens, i, sentence.from);
    const opens = subject !== undefined && subject.start === tokens[sentence.from]?.start;
    return opens && subject.form === 'name' ? { phrase: subject, cue: token.lower } : undefined;
  }
  return undefined;
}

/**
 * "The Wisconsin State Department of Revenue call this behavior “…”": a body the sentence
 * opens with speaks the words it quotes, unless they belong to someone named after it
 * ("declarations such as the one made by … Lt Gen Dan Halutz, that “…”") or stand in a
 * list after a colon or semicolon. A body is cited for more terms than a person is, so
 * it needs the clause to itself.
 */
function isBodysOwnClause(context: BlockContext, body: SpeakerPhrase, openToken: number): boolean {
  const { masked, tokens } = context;
  const from = tokenIndexAt(tokens, body.end);
  for (let i = from; i < openToken; i++) {
    const text = tokens[i]?.text;
    if (text === ':' || text === ';') return false;
  }
  return !phrasesIn(masked, tokens, from, openToken).some((other) => {
    if (other.kind !== 'person') return false;
    const after = tokenIndexAt(tokens, other.end);
    return tokens.slice(after, openToken).every((token) => REPORTED_LINKS.has(token.lower));
  });
}

/** 'NIST has “found no evidence of a blast”': the quoted words are the subject's own predicate. */
export function isPredicateFragment(context: BlockContext, open: number): boolean {
  const { tokens } = context;
  return AUXILIARIES.has(tokens[tokenIndexAt(tokens, open) - 1]?.lower ?? '');
}

/** Words that open a second clause with a subject of its own: "…, while Calderon thought …". */
const CONTRAST_WORDS = new Set(['while', 'whereas', 'whilst']);

/**
 * "Fox compared the fence with the Berlin Wall, while Felipe Calderon thought that “…”":
 * words quoted in the second clause are its subject's, a name followed by its verb.
 */
export function contrastedSubject(
  context: BlockContext,
  from: number,
  openToken: number,
): SpeakerPhrase | undefined {
  const { masked, tokens } = context;
  for (let i = openToken - 1; i > from; i--) {
    if (!CONTRAST_WORDS.has(tokens[i]?.lower ?? '') || tokens[i - 1]?.text !== ',') continue;
    const phrase = phraseAfter(masked, tokens, i + 1, openToken - 1);
    const verb = tokens[phrase ? tokenIndexAt(tokens, phrase.end) : -1];
    return phrase?.form === 'name' && verb && /^\p{Ll}/u.test(verb.text) ? phrase : undefined;
  }
  return undefined;
}

/**
 * "He found worrisome a statement by Presidential candidate Rudy Giuliani that “…”": the
 * words belong to the one whose statement, remarks or letter they are, not to the subject.
 */
function authorBeforeQuote(
  context: BlockContext,
  from: number,
  openToken: number,
): Attribution | undefined {
  const { masked, tokens } = context;
  for (let i = openToken - 1; i > from; i--) {
    if (tokens[i]?.lower !== 'by') continue;
    if (!spokenNounBefore(tokens, i, from)) return undefined;
    const phrase = phraseAfter(masked, tokens, i + 1, openToken - 1);
    // "claims on the weekend by the Prime Minister that he did not expect …": an office
    // the cast may know the holder of.
    const office = phrase?.form === 'description' && phrase.kind === 'person' && phrase.definite;
    return phrase?.form === 'name' || office ? { phrase, cue: '' } : undefined;
  }
  return undefined;
}

const MAX_WORDS_BETWEEN_NOUN_AND_BY = 3;

/**
 * "a statement by", "claims on the weekend by": a noun for what was said, a few lower-case
 * words before "by".
 */
function spokenNounBefore(tokens: readonly Token[], by: number, from: number): boolean {
  for (let i = by - 1; i > Math.max(from, by - 2 - MAX_WORDS_BETWEEN_NOUN_AND_BY); i--) {
    const token = tokens[i];
    if (!token || !LOWER_CASE_WORD.test(token.text)) return false;
    const noun = token.lower;
    if (DOCUMENT_NOUNS.has(noun) || WORDS_NOUNS.has(noun) || SPEECH_NOUNS.has(noun)) return true;
    if (noun === 'remarks') return true;
  }
  return false;
}

const VIEWPOINT_NOUNS = new Set(['opinion', 'view', 'words', 'eyes', 'estimation']);

/** "In his opinion, doctors … “are going to be missing …”": the words are his. */
function viewpointOpening(tokens: readonly Token[], from: number): SpeakerPhrase | undefined {
  const owner = tokens[from + 1];
  if (tokens[from]?.lower !== 'in' || !owner || !VIEWPOINT_NOUNS.has(tokens[from + 2]?.lower ?? ''))
    return undefined;
  return possessorPhrase(owner);
}

/** Nouns for what someone said, whose owner said the words a "that" after them gives. */
const SPEECH_NOUNS = new Set([
  'announcement',
  'statement',
  'claim',
  'claims',
  'assertion',
  'warning',
  'declaration',
  'promise',
  'pledge',
  'insistence',
  'suggestion',
  'admission',
  'argument',
  'threat',
  'vow',
  'acknowledgement',
  'acknowledgment',
  'allegation',
  'accusation',
  'contention',
  'assurance',
  'complaint',
  'prediction',
  'observation',
  'boast',
  'denial',
  'comment',
  'remark',
  'plea',
  'appeal',
  'call',
  'request',
  'demand',
]);

const MAX_SPEECH_NOUN_REACH = 16;

/** "ETA's", "his": a word that owns the noun after it. */
function isOwner(token: Token | undefined): boolean {
  return token !== undefined && (isPossessive(token) || possessorPhrase(token) !== undefined);
}

/**
 * "following ETA's announcement in a statement Tuesday that it was ready to resume attacks
 * “on all fronts.”": words quoted in a "that" clause after someone's announcement are theirs.
 */
export function ownersWordsBefore(
  context: BlockContext,
  openMark: number,
): Attribution | undefined {
  const { masked, tokens } = context;
  const sentence = sentenceAt(context, openMark);
  const open = tokenIndexAt(tokens, openMark);
  if (sentence.cues.some((cue) => cue.index < open)) return undefined;
  let that = false;
  for (let i = open - 1; i > Math.max(sentence.from, open - MAX_SPEECH_NOUN_REACH); i--) {
    const token = tokens[i];
    if (!token || QUOTE_MARK.test(token.text)) return undefined;
    if (token.lower === 'that') that = true;
    if (!SPEECH_NOUNS.has(token.lower)) continue;
    // "his earlier statement that …": a word of description between owner and noun.
    const described = !isOwner(tokens[i - 1]) && LOWER_CASE_WORD.test(tokens[i - 1]?.text ?? '');
    const owner = tokens[described ? i - 2 : i - 1];
    if (!isOwner(owner)) continue;
    if (!that) return undefined;
    const phrase =
      (owner && possessorPhrase(owner)) ??
      phraseBefore(masked, tokens, described ? i - 1 : i, sentence.from);
    return phrase ? { phrase: withoutOwnersS(phrase), cue: '' } : undefined;
  }
  return undefined;
}
