/**
 * Who said one quote, from the words around it in its sentence. A sieve of rules,
 * most specific first; each returns the speaker phrase and the cue that ties it:
 *   1. right after the quote, a cue then a name:  “…,” added Price
 *   2. right after the quote, a name then a cue:  “…,” the note said
 *   3. the nearest cue before the quote, and its subject:  Blinken reiterated “…”,
 *      whom he described as “…”, added Price, noting that … a “partner”
 *   4. a cue later in the sentence, and its subject:  “Stupid” is how Tokayev described it
 */
import { onlyAsidesBetween } from './asides.ts';
import {
  AGENT_PASSIVES,
  cueAt,
  isPassiveWithAgent,
  PASSIVE_AUXILIARIES,
  type Cue,
} from './cues.ts';
import { nameAfterDescription } from './describedName.ts';
import {
  DOCUMENT_NOUNS,
  IRREGULAR_PAST_VERBS,
  ISSUING_VERBS,
  PLACE_PREPOSITIONS,
  WORDS_NOUNS,
} from './lexicon.ts';
import { isOutletName } from './newsOrganisations.ts';
import { opensWithParticiple, phraseAfter, phraseBefore } from './nounPhrase.ts';
import {
  endsWithOwner,
  nameIfKnown,
  possessorPhrase,
  widened,
  type SpeakerPhrase,
} from './phraseMeaning.ts';
import type { Range } from './sentences.ts';
import {
  AUXILIARIES,
  isAdverbInLy,
  isNameToken,
  isRoleNoun,
  MAX_APPOSITIVE_TOKENS,
} from './phraseWords.ts';
import { QUOTE_MARK, QUOTE_MARK_TOKEN, tokenIndexAt, type Token } from './tokens.ts';

/** A sentence of a block: its text range, its tokens [from, to), and its reporting cues. */
export interface Sentence extends Range {
  from: number;
  to: number;
  cues: Cue[];
}

export interface BlockContext {
  block: number;
  /** The block's text with every quote's words masked, so rules only read the frame. */
  masked: string;
  tokens: Token[];
  sentences: Sentence[];
  headline: boolean;
}

export interface Attribution {
  phrase: SpeakerPhrase;
  cue: string;
}

const MAX_GAP_TO_CUE = 24;
const JOINERS = new Set([',', '—', '–', '-', ':']);

export function sentenceAt(context: BlockContext, offset: number): Sentence {
  return (
    context.sentences.find((range) => offset >= range.start && offset < range.end) ??
    context.sentences[context.sentences.length - 1] ?? {
      start: 0,
      end: context.masked.length,
      from: 0,
      to: context.tokens.length,
      cues: [],
    }
  );
}

const subjectsBySentence = new WeakMap<Sentence, (SpeakerPhrase | undefined)[]>();

/**
 * The subject of each of a sentence's cues, worked out once: the cast, the sources and
 * the quotes all ask for them.
 */
export function cueSubjects(
  context: BlockContext,
  sentence: Sentence,
): readonly (SpeakerPhrase | undefined)[] {
  let subjects = subjectsBySentence.get(sentence);
  if (subjects === undefined) {
    subjects = sentence.cues.map((_, k) =>
      subjectOfCue(context, sentence.cues, k, sentence.from, sentence.to - 1),
    );
    subjectsBySentence.set(sentence, subjects);
  }
  return subjects;
}

/** Verbs whose object is the one quoted: "Radio New Zealand quoted Tong as saying". */
const QUOTING_VERBS = new Set([
  'quoted',
  'quotes',
  'quoting',
  'cited',
  'cites',
  'citing',
  // "Laura Arenschield reported spokesman Tom McCollum as saying"
  'reported',
  'reports',
]);

/** "Radio New Zealand quoted Tong as saying": the one quoted speaks, not the one quoting. */
function quotedAsSaying(
  context: BlockContext,
  cueIndex: number,
  floor: number,
): SpeakerPhrase | undefined {
  const { masked, tokens } = context;
  if (tokens[cueIndex - 1]?.lower !== 'as') return undefined;
  const phrase = phraseBefore(masked, tokens, cueIndex - 1, floor);
  if (!phrase) return undefined;
  const verb = tokens[tokenIndexAt(tokens, phrase.start) - 1];
  return verb && QUOTING_VERBS.has(verb.lower) ? phrase : undefined;
}

/** "“…,” Laura Arenschield reported spokesman Tom McCollum as saying": the one reported speaks. */
function quotedLater(context: BlockContext, from: number, end: number): SpeakerPhrase | undefined {
  const { masked, tokens } = context;
  for (let i = from + 1; i < end; i++) {
    if (tokens[i]?.lower === 'saying' && tokens[i - 1]?.lower === 'as')
      return phraseAfter(masked, tokens, from, i - 2);
  }
  return undefined;
}

const MAX_QUOTED_BY_TOKENS = 8;

/**
 * "Manda was quoted by Reuters as saying", "Bush was quoted saying", "Mofaz was quoted:":
 * the one quoted is the subject before "was", not the outlet after "by".
 */
function quotedInPassive(
  context: BlockContext,
  cueIndex: number,
  floor: number,
): SpeakerPhrase | undefined {
  const { masked, tokens } = context;
  // "Mofaz was quoted: “…”".
  if (
    tokens[cueIndex]?.lower === 'quoted' &&
    PASSIVE_AUXILIARIES.has(tokens[cueIndex - 1]?.lower ?? '')
  )
    return phraseBefore(masked, tokens, cueIndex - 1, floor);
  if (tokens[cueIndex]?.lower !== 'saying') return undefined;
  let quoted = -1;
  for (let j = cueIndex - 1; j >= Math.max(floor, cueIndex - MAX_QUOTED_BY_TOKENS); j--) {
    if (tokens[j]?.lower === 'quoted') {
      quoted = j;
      break;
    }
  }
  const next = tokens[quoted + 1]?.lower;
  const shaped = quoted + 1 === cueIndex || next === 'by' || next === 'as';
  if (quoted === -1 || !shaped || !PASSIVE_AUXILIARIES.has(tokens[quoted - 1]?.lower ?? ''))
    return undefined;
  return phraseBefore(masked, tokens, quoted - 1, floor);
}

/** Verbs that make their object speak: "has led industry analyst Peter Linder to call …". */
const CAUSING_VERBS = new Set([
  'led',
  'prompted',
  'caused',
  'forced',
  'moved',
  'inspired',
  'spurred',
]);

const MAX_MODIFIERS_BEFORE_NAME = 2;

function ledToSay(
  context: BlockContext,
  cueIndex: number,
  floor: number,
): SpeakerPhrase | undefined {
  const { masked, tokens } = context;
  const phrase = phraseBefore(masked, tokens, cueIndex - 1, floor);
  if (!phrase) return undefined;
  // "led industry analyst Peter Linder": a plain word or two may stand before the phrase.
  let verb = tokenIndexAt(tokens, phrase.start) - 1;
  for (let k = 0; k < MAX_MODIFIERS_BEFORE_NAME; k++) {
    const word = tokens[verb];
    if (!word || CAUSING_VERBS.has(word.lower) || !/^\p{Ll}+$/u.test(word.text)) break;
    verb--;
  }
  return CAUSING_VERBS.has(tokens[verb]?.lower ?? '') ? phrase : undefined;
}

/** "…, dubbed WorkChoices": after these verbs comes what is named, never who speaks. */
const NAMING_VERBS = new Set(['called', 'dubbed', 'labeled', 'labelled', 'branded', 'termed']);

/** The subject of a cue: before it, after it when inverted, or the clause's earlier subject for "…, adding". */
export function subjectOfCue(
  context: BlockContext,
  cues: readonly Cue[],
  k: number,
  floor: number,
  ceiling: number,
): SpeakerPhrase | undefined {
  const cue = cues[k];
  if (!cue) return undefined;
  const { masked, tokens } = context;
  const after = cue.index + cue.length;
  if (cue.text.toLowerCase().startsWith('according') || isPassiveWithAgent(cue))
    return phraseAfter(masked, tokens, after, ceiling);
  const quoted =
    quotedAsSaying(context, cue.index, floor) ?? quotedInPassive(context, cue.index, floor);
  if (quoted) return quoted;
  // "has led analyst Peter Linder to call …", "Hamad was cautious not to describe …".
  if (tokens[cue.index - 1]?.lower === 'to')
    return ledToSay(context, cue.index, floor) ?? sentenceSubject(context, floor, cue.index - 1);
  const previous = tokens[cue.index - 1];
  // "The hotel will not change in its design says Savarino.": an inversion that ends the
  // sentence needs no comma before it.
  const closing = INVERTING_CUES.has(cue.text.toLowerCase())
    ? nameClosingSentence(context, after, ceiling)
    : undefined;
  if (closing) return closing;
  // "Jobs broke off negotiations, having told one executive, “…”": as for "…, telling".
  if (previous?.lower === 'having') return sentenceSubject(context, floor, cue.index - 2);
  const before = phraseBefore(masked, tokens, cue.index, floor);
  const issuer = before ? issuerOf(context, before, floor) : undefined;
  if (issuer) return issuer;
  // "Sadr condemned attacks against the Iraqi government stating": an object is not the subject.
  if (before && cue.participle && isObject(tokens, before, cue))
    // A document said to say it ("released a statement saying") speaks if no one else does.
    return (
      sentenceSubject(context, floor, cue.index - 1) ??
      (before.kind === 'document' ? before : undefined)
    );
  if (before)
    return (
      personBeforeBody(context, before, cue, floor) ?? ownersDocument(tokens, before) ?? before
    );
  if (cue.participle && previous?.text === ',' && k > 0)
    return subjectOfCue(context, cues, k - 1, floor, ceiling);
  const inverted = !previous || JOINERS.has(previous.text) || QUOTE_MARK_TOKEN.test(previous.text);
  if (inverted && !cue.participle && !NAMING_VERBS.has(cue.text.toLowerCase())) {
    const phrase = invertedSubject(masked, tokens, after, ceiling);
    // "…, said her progress has been “encouraging”": an object pronoun never speaks.
    if (phrase && !OBJECT_PRONOUNS.has(phrase.head ?? '')) return phrase;
  }
  // "… said Carolyn Sauvage-Mar. Also adding, “…”": a participle that opens its sentence
  // goes on from the sentence before.
  if (cue.participle && onlyLinkWordsBefore(tokens, floor, cue.index))
    return subjectOfSentenceBefore(context, floor);
  // "Bush followed this by saying …": a participle's subject is the sentence's; or, when
  // that names no one, the person acting in the clause the participle follows: "Such fears
  // evaporated when wine expert Robert Parker rated it at 91, describing it as “…”".
  if (cue.participle) {
    const subject = sentenceSubject(context, floor, cue.index - 1);
    const named = subject?.form === 'name' || subject?.form === 'pronoun';
    return named ? subject : (personActingBefore(context, floor, cue.index) ?? subject);
  }
  // "Koizumi laid a wreath … and today expressed “deep remorse”", "did not deny …, but
  // insisted": a second verb shares the subject of the first.
  let j = cue.index - 1;
  // "… and today expressed", "… and directly said".
  while (j > floor && (TIME_WORDS.has(tokens[j]?.lower ?? '') || isAdverbInLy(tokens, j))) j--;
  if (JOINING_WORDS.has(tokens[j]?.lower ?? '')) {
    // "Abu Qatada, described by the UK government as …, be released and said": a passive's
    // agent, inside an aside, is not the subject the second verb shares.
    const shared = cues.slice(0, k).findLastIndex((earlier) => !isPassiveWithAgent(earlier));
    return (
      (shared >= 0 ? subjectOfCue(context, cues, shared, floor, ceiling) : undefined) ??
      sentenceSubject(context, floor, j - 1)
    );
  }
  // "Rep. Henry A. Waxman (D-Calif.) said": the sentence's subject, past asides only; but
  // "A representative of one of the protesting groups told" is one description, read whole
  // by the sources.
  const subject = sentenceSubject(context, floor, cue.index - 1);
  const gap = subject ? tokenIndexAt(tokens, subject.end) : -1;
  if (!subject || (subject.form === 'description' && tokens[gap]?.lower === 'of')) return undefined;
  return onlyAsidesBetween(tokens, gap, cue.index) ? subject : undefined;
}

/**
 * "Executive director Joel Simon of the Committee to Protect Journalists (CPJ) has stated":
 * a body in brackets before the cue belongs to the person the sentence opens with.
 */
function personBeforeBody(
  context: BlockContext,
  before: SpeakerPhrase,
  cue: Cue,
  floor: number,
): SpeakerPhrase | undefined {
  const { tokens } = context;
  const bracketed = tokens[tokenIndexAt(tokens, before.end)]?.text === ')';
  if (before.kind !== 'organization' || !bracketed) return undefined;
  const subject = sentenceSubject(context, floor, cue.index - 1);
  if (subject?.form !== 'name' || subject.kind !== 'person') return undefined;
  return onlyAsidesBetween(tokens, tokenIndexAt(tokens, subject.end), cue.index)
    ? subject
    : undefined;
}

/** The nearest person named before `end` and followed by a verb in the past. */
function personActingBefore(
  context: BlockContext,
  floor: number,
  end: number,
): SpeakerPhrase | undefined {
  const { masked, tokens } = context;
  for (let i = end - 1; i > floor; i--) {
    const verb = tokens[i];
    if (!verb || !(PAST_VERB.test(verb.text) || IRREGULAR_PAST_VERBS.has(verb.text))) continue;
    const person = phraseBefore(masked, tokens, i, floor);
    if (person?.form !== 'name' || person.kind !== 'person') continue;
    // "the crew of the RAAF Hercules refused", "the MP for Arundel and South Downs was
    // recorded": a name after a preposition or "and" belongs to another noun.
    const before = tokens[tokenIndexAt(tokens, person.start) - 1]?.lower ?? '';
    return COMPLEMENT_WORDS.has(before) ? undefined : person;
  }
  return undefined;
}

const COMPLEMENT_WORDS = new Set([
  'of',
  'for',
  'at',
  'in',
  'on',
  'from',
  'to',
  'with',
  'by',
  'and',
]);

/** Verbs an inversion ends a sentence with ("… says Savarino."); not "told ABC Radio.". */
const INVERTING_CUES = new Set(['says', 'said', 'adds', 'added', 'explained', 'writes', 'wrote']);

/** A name right after a cue that ends its sentence: "… says Savarino." */
function nameClosingSentence(
  context: BlockContext,
  after: number,
  ceiling: number,
): SpeakerPhrase | undefined {
  const { masked, tokens } = context;
  if (!isNameToken(tokens[after])) return undefined;
  const phrase = phraseAfter(masked, tokens, after, ceiling);
  if (phrase?.form !== 'name' || TIME_NAMES.test(phrase.text)) return undefined;
  const next = tokens[tokenIndexAt(tokens, phrase.end)];
  return next === undefined || /^[.!?]$/u.test(next.text) ? phrase : undefined;
}

const TIME_NAMES =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/** "Her suit alleges …", "his statement said": the owner of the document speaks. */
function ownersDocument(
  tokens: readonly Token[],
  phrase: SpeakerPhrase,
): SpeakerPhrase | undefined {
  if (phrase.kind !== 'document' || phrase.form !== 'description') return undefined;
  const owner = tokens[tokenIndexAt(tokens, phrase.start) - 1];
  return owner ? possessorPhrase(owner) : undefined;
}

/**
 * Who speaks after an inverted cue; "said the head of the Center for …, Professor Meg
 * Satterthwaite": the person named at the end of a description, if any.
 */
function invertedSubject(
  masked: string,
  tokens: readonly Token[],
  first: number,
  ceiling: number,
): SpeakerPhrase | undefined {
  // "“…” said by Moses Yen, Director of …": the agent of a bare passive (not "described by
  // the UK government as “…”", in an aside).
  if (tokens[first]?.lower === 'by' && tokens[first - 1]?.lower === 'said')
    return invertedSubject(masked, tokens, first + 1, ceiling);
  const read = phraseAfter(masked, tokens, first, ceiling);
  if (read?.form === 'name' || read?.form === 'pronoun') return read;
  return (
    nameAfterAdjective(masked, tokens, first, ceiling) ??
    nameAfterDescription(masked, tokens, first, ceiling) ??
    read
  );
}

const UNNAMED = new Set(['unnamed', 'anonymous', 'unidentified']);

/** "said a smiling Hillary Clinton", "stated an enthusiastic Clinton": a person named after one adjective. */
function nameAfterAdjective(
  masked: string,
  tokens: readonly Token[],
  first: number,
  ceiling: number,
): SpeakerPhrase | undefined {
  const article = tokens[first]?.lower;
  const adjective = tokens[first + 1];
  if (article !== 'a' && article !== 'an') return undefined;
  if (!adjective || !/^\p{Ll}+$/u.test(adjective.text) || isRoleNoun(adjective)) return undefined;
  // "said an unnamed European diplomat": no one named.
  if (UNNAMED.has(adjective.lower)) return undefined;
  const person = phraseAfter(masked, tokens, first + 2, ceiling);
  if (person?.form !== 'name' || person.kind !== 'person') return undefined;
  const start = tokens[first]?.start ?? person.start;
  return widened(
    person,
    { text: masked.slice(start, person.end), start, end: person.end },
    person.role,
  );
}

/** Words that join a second verb to the first one's subject: "… and today expressed". */
const JOINING_WORDS = new Set(['and', 'but']);

const TIME_WORDS = new Set([
  'today',
  'yesterday',
  'also',
  'later',
  'then',
  'again',
  'earlier',
  'recently',
]);

/** Words that may stand before a verb that opens a sentence: "Also adding", "And then, noting". */
const SENTENCE_LINKS = new Set(['also', 'and', 'then', 'later', 'further', 'finally', ',']);

function onlyLinkWordsBefore(tokens: readonly Token[], from: number, index: number): boolean {
  for (let i = from; i < index; i++) if (!SENTENCE_LINKS.has(tokens[i]?.lower ?? '')) return false;
  return true;
}

function subjectOfSentenceBefore(context: BlockContext, from: number): SpeakerPhrase | undefined {
  const previous = context.sentences.findLast((sentence) => sentence.to <= from);
  return previous ? attributionOfSentence(context, previous)?.phrase : undefined;
}

// Not "with" or "by": "with spokesman Kong Quan saying", "comments made by Shaul Mofaz,
// stating" name the participle's subject.
const OBJECT_PREPOSITIONS = new Set(['against', 'to', 'for', 'about', 'over', 'on', 'as']);
const OBJECT_PRONOUNS = new Set(['her', 'him', 'them', 'us', 'me']);

function isObject(tokens: readonly Token[], phrase: SpeakerPhrase, cue: Cue): boolean {
  // "…ambassador to the UN, Han Sang-ryol, saying": the preposition governs the role.
  if (phrase.text.includes(',') && !phrase.text.startsWith(phrase.name ?? '')) return false;
  const index = tokenIndexAt(tokens, phrase.start);
  const word = tokens[index - 1]?.lower ?? '';
  if (OBJECT_PREPOSITIONS.has(word) || PLACE_PREPOSITIONS.has(word)) return true;
  // "they plan to take the decision to court saying": what an infinitive acts on.
  if (tokens[index - 2]?.lower === 'to' && tokens[index - 1]?.text === word) return true;
  // "Tibi condemned the ruling saying": the object of a verb in the past tense; but the one
  // a paper "cited" or "quoted" speaks, and so does a document that is "announcing" or
  // "calling for" ("reported an Interior Ministry statement announcing").
  const document =
    phrase.kind === 'document' ||
    phrase.text.split(/\s+/u).some((word) => DOCUMENT_NOUNS.has(word.toLowerCase()));
  const documentSpeaks = document && cue.text !== 'saying';
  return PAST_VERB.test(word) && !QUOTING_VERBS.has(word) && !documentSpeaks;
}

const PAST_VERB = /^\p{Ll}{3,}ed$/u;

/** "The UAW issued a statement saying …", "X sent a message which read": a document's words are its issuer's. */
function issuerOf(
  context: BlockContext,
  phrase: SpeakerPhrase,
  floor: number,
): SpeakerPhrase | undefined {
  if (phrase.kind !== 'document' || phrase.definite) return undefined;
  const { masked, tokens } = context;
  const verb = tokenIndexAt(tokens, phrase.start) - 1;
  const verbWord = tokens[verb]?.lower ?? '';
  if (!ISSUING_VERBS.has(verbWord)) return undefined;
  // "… denied that al-Masri was dead, posting a message …": the sentence's subject posted it.
  return (
    phraseBefore(masked, tokens, verb, floor) ??
    (verbWord.endsWith('ing') ? sentenceSubject(context, floor, verb - 1) : undefined)
  );
}

const MAX_OPENING_PHRASE_TOKENS = 12;
const MAX_OPENING_WORDS_BEFORE_PRONOUN = 5;
const OPENING_SUBJECT_PRONOUNS = new Set(['he', 'she', 'they']);

/**
 * The phrase that opens a sentence, after an opening phrase if there is one:
 * "On Wednesday, November 30, Swan opened the House …, stating".
 */
export function sentenceSubject(
  context: BlockContext,
  from: number,
  ceiling: number,
): SpeakerPhrase | undefined {
  const { masked, tokens } = context;
  // "Yesterday Japanese Prime Minister Junichiro Koizumi laid …": a time word first.
  let start = from;
  while (start < ceiling && TIME_WORDS.has(tokens[start]?.lower ?? '')) start++;
  // Neither "Wearing Iraqi flags, demonstrators …" nor "According to Democracy Now, …"
  // opens with the subject.
  const opening =
    opensWithParticiple(tokens, start) ||
    (tokens[start]?.lower === 'according' && tokens[start + 1]?.lower === 'to');
  const first = opening ? undefined : phraseAfter(masked, tokens, start, ceiling);
  if (first) return nameIfKnown(first);
  // "On Friday he made a speech …, saying": a pronoun after a short opening phrase.
  for (let i = start + 1; i < Math.min(ceiling, start + MAX_OPENING_WORDS_BEFORE_PRONOUN); i++) {
    if (OPENING_SUBJECT_PRONOUNS.has(tokens[i]?.lower ?? ''))
      return phraseAfter(masked, tokens, i, i);
    if (tokens[i]?.text === ',') break;
  }
  const limit = Math.min(ceiling, from + MAX_OPENING_PHRASE_TOKENS);
  for (let i = from + 1; i < limit; i++) {
    if (tokens[i]?.text !== ',') continue;
    const phrase = phraseAfter(masked, tokens, i + 1, ceiling);
    // "…, China's state-controlled Xinhua": an owner is not the subject; nor one of a list
    // ("3 women from the United States, Canada, and Britain were …"), nor "a Quiznos".
    if (phrase?.form !== 'name' || endsWithOwner(phrase) || /^an?\s/u.test(phrase.text)) continue;
    const at = tokenIndexAt(tokens, phrase.end);
    const next = tokens[tokens[at]?.text === ',' ? at + 1 : at]?.lower;
    // "David Blunkett, former British Home Secretary and a leading light …": a role goes on.
    if ((next === 'and' || next === 'or') && !phrase.text.includes(',')) continue;
    return phrase;
  }
  return undefined;
}

function skipJoiners(tokens: readonly Token[], index: number, end: number): number {
  let i = index;
  while (i < end && JOINERS.has(tokens[i]?.text ?? '')) i++;
  return i;
}

const MAX_GLOSS_TOKENS = 6;

/** "“… a mild CVA,” (stroke) said Dr. Yuval Weiss": past a short gloss in brackets. */
function pastGloss(tokens: readonly Token[], index: number, end: number): number {
  if (tokens[index]?.text !== '(') return index;
  for (let j = index + 1; j < Math.min(end, index + MAX_GLOSS_TOKENS); j++)
    if (tokens[j]?.text === ')') return skipJoiners(tokens, j + 1, end);
  return index;
}

const DASHES = new Set(['-', '–', '—']);

/** "“…,” Mehr News Agency quoted Khamenei.": the one quoted speaks, the outlet reports. */
function quotedPerson(context: BlockContext, first: number, end: number): Attribution | undefined {
  const { masked, tokens } = context;
  let verb = first + 1;
  while (verb < end && tokens[verb]?.lower !== 'quoted' && tokens[verb]?.lower !== 'cited') verb++;
  const verbWord = tokens[verb]?.lower;
  if (verb >= end || verbWord === undefined) return undefined;
  const outlet = phraseAfter(masked, tokens, first, end - 1);
  const outletEnds = outlet ? tokenIndexAt(tokens, outlet.end) : -1;
  if (outlet?.start !== tokens[first]?.start || outletEnds !== verb) return undefined;
  const person = phraseAfter(masked, tokens, verb + 1, end - 1);
  if (person?.form !== 'name') return undefined;
  const next = tokens[tokenIndexAt(tokens, person.end)];
  return next === undefined || /^[.!?]$/u.test(next.text)
    ? { phrase: person, cue: verbWord }
    : undefined;
}

/**
 * "“My life is between the house and the mosque.” - Mohamed Reyad, a former plumber.": a
 * dash and a person's name, with at most a description after a comma, sign the words.
 */
function signedWithDash(
  context: BlockContext,
  closeToken: number,
  end: number,
): Attribution | undefined {
  const { masked, tokens } = context;
  const dash = tokens[closeToken + 1];
  if (!dash || !DASHES.has(dash.text)) return undefined;
  const phrase = phraseAfter(masked, tokens, closeToken + 2, end - 1);
  if (phrase?.form !== 'name' || phrase.kind !== 'person') return undefined;
  const after = tokenIndexAt(tokens, phrase.end);
  const signs =
    after >= end || /^[.!?]$/u.test(tokens[after]?.text ?? '') || tokens[after]?.text === ',';
  return signs && !sentenceHasCueAfter(context, after, end)
    ? { phrase, cue: dash.text }
    : undefined;
}

function sentenceHasCueAfter(context: BlockContext, from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (cueAt(context.tokens, i, context.headline)) return true;
  return false;
}

/** Rules 1 and 2: attribution that directly follows the closing mark. */
function attributionRightAfter(
  context: BlockContext,
  closeToken: number,
  end: number,
): Attribution | undefined {
  const { masked, tokens, headline } = context;
  const first = pastGloss(tokens, skipJoiners(tokens, closeToken + 1, end), end);
  const inverted = cueAt(tokens, first, headline);
  // "… a delay “until later this year”, telling Bloomberg, “…”": whom a participle tells
  // is no speaker; the sentence's subject is found before the quote.
  if (inverted?.participle) return undefined;
  if (inverted) {
    const phrase = invertedSubject(masked, tokens, first + inverted.length, end - 1);
    return phrase ? { phrase, cue: inverted.text } : undefined;
  }
  const signed = signedWithDash(context, closeToken, end) ?? quotedPerson(context, first, end);
  if (signed) return signed;
  for (let k = first; k < Math.min(end, first + MAX_GAP_TO_CUE); k++) {
    if (QUOTE_MARK_TOKEN.test(tokens[k]?.text ?? '')) return undefined;
    const cue = cueAt(tokens, k, headline);
    if (!cue) continue;
    // "“…,” reporters were told by Larry Springer": the agent speaks, if the one told
    // follows the quote (not "“…,” a claim which has been denied by the rebels").
    if (isPassiveWithAgent(cue)) {
      const told = tokens.slice(first, k);
      const agent = phraseAfter(masked, tokens, k + cue.length, end - 1);
      const plain =
        told.length <= MAX_TOLD_TOKENS && !told.some((token) => RELATIVE_PRONOUNS.has(token.lower));
      return agent && plain ? { phrase: agent, cue: cue.text } : undefined;
    }
    // "“…,” Manda was quoted by Reuters as saying".
    const passive = quotedInPassive(context, k, first);
    if (passive) {
      const atQuote = passive.start === tokens[first]?.start;
      return atQuote ? { phrase: passive, cue: 'quoted as saying' } : undefined;
    }
    // "“…,” the BBC quoted Tong as saying": the one quoted speaks, if the quoting
    // clause follows the quote.
    const quoted = quotedAsSaying(context, k, first);
    const quotingVerb = quoted ? tokenIndexAt(tokens, quoted.start) - 1 : k;
    const phrase = phraseBefore(masked, tokens, quotingVerb, first);
    const startsAtQuote = phrase !== undefined && phrase.start === tokens[first]?.start;
    // "“…,” Gemalto's Head of Mobile Business (Facebook), Henri Moissinac, said": a name
    // before the cue stands; past asides only when there is none.
    // Nor a body that ends a person's role: "“…,” Helen Tunnah, a spokeswoman for the
    // Ministry of Foreign Affairs (MFAT), said".
    const pastAsides = !quoted && (phrase?.form !== 'name' || phrase.kind === 'organization');
    if (!startsAtQuote) return pastAsides ? subjectPastAsides(context, first, k, cue) : undefined;
    if (quoted) return { phrase: quoted, cue: 'quoted as saying' };
    // "“…,” Laura Arenschield reported spokesman Tom McCollum as saying".
    const reported = quotedLater(context, k + cue.length, end);
    return reported ? { phrase: reported, cue: 'quoted as saying' } : { phrase, cue: cue.text };
  }
  return undefined;
}

/**
 * "“…” House Representative John Murtha (-PA), one of the most decorated veterans said":
 * the phrase right after the quote, then asides, then the cue.
 */
function subjectPastAsides(
  context: BlockContext,
  first: number,
  cueIndex: number,
  cue: Cue,
): Attribution | undefined {
  const { masked, tokens } = context;
  const subject = phraseAfter(masked, tokens, first, cueIndex - 1);
  if (!subject || subject.start !== tokens[first]?.start) return undefined;
  return onlyAsidesBetween(tokens, tokenIndexAt(tokens, subject.end), cueIndex)
    ? { phrase: subject, cue: cue.text }
    : undefined;
}

const DETERMINERS_BEFORE_TERM = new Set(['a', 'an', 'the']);

/**
 * "In what was called “…the heaviest loss of life …” by AU spokesperson Noureddine
 * Mezni": a passive verb of saying before the quote and its agent after it.
 */
function agentAroundQuote(
  context: BlockContext,
  openToken: number,
  closeToken: number,
  to: number,
): Attribution | undefined {
  const { masked, tokens } = context;
  // "was called “…”", "was described as “…”", "was described as a “…”".
  let at = openToken - 1;
  if (DETERMINERS_BEFORE_TERM.has(tokens[at]?.lower ?? '') && tokens[at - 1]?.lower === 'as') at--;
  if (tokens[at]?.lower === 'as') at--;
  const verb = tokens[at];
  if (!verb || !PASSIVE_AUXILIARIES.has(tokens[at - 1]?.lower ?? '')) return undefined;
  if (!AGENT_PASSIVES.has(verb.lower) && !NAMING_VERBS.has(verb.lower)) return undefined;
  const by = skipJoiners(tokens, closeToken + 1, to);
  if (tokens[by]?.lower !== 'by') return undefined;
  const phrase = phraseAfter(masked, tokens, by + 1, to - 1);
  return phrase ? { phrase, cue: `${verb.text} by` } : undefined;
}

/** "a statement they posted", "the letter he wrote": a pronoun right after a document. */
function describesDocument(tokens: readonly Token[], phrase: SpeakerPhrase): boolean {
  if (phrase.form !== 'pronoun') return false;
  return DOCUMENT_NOUNS.has(tokens[tokenIndexAt(tokens, phrase.start) - 1]?.lower ?? '');
}

/**
 * "Tehran Times also reported that Khamenei glorified the “religious democracy”": an
 * outlet reports what someone did with words; the words are that person's.
 */
function personAnOutletReports(
  context: BlockContext,
  outlet: SpeakerPhrase,
  cue: Cue,
  openToken: number,
): Attribution | undefined {
  const { masked, tokens } = context;
  if (outlet.kind !== 'organization' || !isOutletName(outlet.name ?? outlet.text)) return undefined;
  const that = cue.index + cue.length;
  if (tokens[that]?.lower !== 'that') return undefined;
  const person = phraseAfter(masked, tokens, that + 1, openToken - 1);
  const verb = tokens[person ? tokenIndexAt(tokens, person.end) : -1];
  if (person?.form !== 'name' || person.kind !== 'person' || !verb) return undefined;
  return PAST_VERB.test(verb.text) ? { phrase: person, cue: verb.text } : undefined;
}

/** Attribution of the quote whose marks are at `open` (-1 if inferred) and `close`, within its sentence. */
export function attributeInSentence(
  context: BlockContext,
  open: number,
  close: number,
): Attribution | undefined {
  const { tokens } = context;
  const sentence = sentenceAt(context, Math.max(open, 0));
  const { from, to, cues } = sentence;
  const openToken = open < 0 ? from : tokenIndexAt(tokens, open);
  const closeToken = tokenIndexAt(tokens, close);
  const right = closeToken < to ? attributionRightAfter(context, closeToken, to) : undefined;
  // "Muhammad said, “…,” according to Reuters": the agency reported the words; the
  // speaker is the one before the quote. Without one, "according to" names the speaker.
  if (right && !right.cue.toLowerCase().startsWith('according')) return right;
  const agent = agentAroundQuote(context, openToken, closeToken, to);
  if (agent) return agent;
  const before = cues.filter((cue) => cue.index < openToken);
  for (let k = before.length - 1; k >= 0; k--) {
    const cue = cues[k];
    const phrase = subjectOfCue(context, cues, k, from, openToken - 1);
    // "claimed in a statement they posted on a website:": a clause about the document.
    if (phrase && describesDocument(context.tokens, phrase)) continue;
    const reported =
      cue && phrase ? personAnOutletReports(context, phrase, cue, openToken) : undefined;
    if (reported) return reported;
    if (phrase && cue) return { phrase, cue: cue.text };
  }
  if (right) return right;
  // "The EU condemned the attack as a “…” and the United States said it was …": the subject
  // of a new clause after the quote is not its speaker.
  const joinerAt = skipJoiners(tokens, closeToken + 1, to);
  const joiner = tokens[joinerAt]?.lower;
  const newClauseStart =
    openToken > from && (joiner === 'and' || joiner === 'but')
      ? tokens[joinerAt + 1]?.start
      : undefined;
  // Later in the sentence only a subject before its verb counts ("“Stupid” is how Tokayev
  // described it"), not an inversion: "…, called a National Intelligence Estimate".
  for (let k = before.length; k < cues.length; k++) {
    const cue = cues[k];
    if (!cue || cue.index <= closeToken) continue;
    const phrase = phraseBefore(context.masked, tokens, cue.index, closeToken + 1);
    if (phrase && phrase.start !== newClauseStart) return { phrase, cue: cue.text };
    // "Topol agrees that guidelines “should be …”, and adds that …": a verb joined by
    // "and" shares the subject the sentence opened with, before the quote.
    const shared =
      before.length === 0 ? subjectOfJoinedVerb(context, cues, k, from, to) : undefined;
    if (shared && shared.end <= open) return { phrase: shared, cue: cue.text };
    // But an inversion or "according to" that ends the sentence attributes all of it:
    // 'The missile used a “kinetic impact” to destroy the satellite, said Johndroe.'
    const closing = closingAttribution(context, cue, to);
    if (closing) return { phrase: closing, cue: cue.text };
  }
  return (
    (closeToken + 1 >= to ? bareAttributionAfter(context, sentence) : undefined) ??
    namedBeforeColon(context, from, openToken) ??
    subjectBeforeColon(context, from, openToken) ??
    ownersWords(context, from, openToken)
  );
}

/** "Paisley's reaction to choosing his successor was, “…”": the owner of the words speaks. */
function ownersWords(
  context: BlockContext,
  from: number,
  openToken: number,
): Attribution | undefined {
  const { masked, tokens } = context;
  const introduced = tokens[openToken - 1]?.text === ',' || tokens[openToken - 1]?.text === ':';
  const verb = tokens[introduced ? openToken - 2 : openToken - 1]?.lower;
  if (verb !== 'was' && verb !== 'is') return undefined;
  const phrase = phraseAfter(masked, tokens, from, openToken - 1);
  if (!phrase || phrase.form !== 'name' || !endsWithOwner(phrase)) return undefined;
  const noun = tokens[tokenIndexAt(tokens, phrase.end)]?.lower ?? '';
  return WORDS_NOUNS.has(noun) ? { phrase, cue: noun } : undefined;
}

/**
 * "Topol agrees that guidelines “should be …”, and adds that …": a verb joined by "and"
 * shares the subject the sentence opened with, unless a relative clause owns the verb
 * ("students, who chanted “…” and called for …").
 */
function subjectOfJoinedVerb(
  context: BlockContext,
  cues: readonly Cue[],
  k: number,
  from: number,
  to: number,
): SpeakerPhrase | undefined {
  const { tokens } = context;
  const cue = cues[k];
  const joined = cue ? tokens[cue.index - 1]?.lower : undefined;
  if (!cue || !JOINING_WORDS.has(joined ?? '')) return undefined;
  for (let i = from; i < cue.index; i++)
    if (RELATIVE_PRONOUNS.has(tokens[i]?.lower ?? '')) return undefined;
  return subjectOfCue(context, cues, k, from, to - 1);
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whom', 'whose']);
/** Words that open a clause inside another: its subject is not the sentence's speaker. */
const CLAUSE_COMPLEMENTS = new Set(['that', 'which', 'who', 'whether', 'if', 'because']);
/** "“…,” reporters were told by …": the few words for those told, before the passive. */
const MAX_TOLD_TOKENS = 4;

const MIN_FRAGMENT_WORDS = 3;

/** Words someone said, not a name or a term: in lower case, and more than a couple. */
function isQuotedWords(text: string): boolean {
  const first = /[\p{L}]/u.exec(text)?.[0] ?? '';
  return first !== first.toUpperCase() && text.split(/\s+/u).length >= MIN_FRAGMENT_WORDS;
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
/**
 * "Ayatollah Rafsanjani commemorated “the glories of the Islamic Revolution”": words quoted
 * inside a sentence that reports none are the words of the person the sentence opens with,
 * when they are words and not a name or a term.
 */
export function subjectOfFragment(
  context: BlockContext,
  open: number,
  text: string,
): Attribution | undefined {
  if (!isQuotedWords(text)) return undefined;
  const { tokens } = context;
  const sentence = sentenceAt(context, open);
  const openToken = tokenIndexAt(tokens, open);
  const mark = tokens[openToken];
  if (!mark || openToken <= sentence.from || sentence.cues.length > 0) return undefined;
  // "condemned the rebels in the “...strongest possible terms,”": an ellipsis marks words
  // cut from speech, never a name or a term.
  const excerpt = /^(?:\.\.\.|…)/u.test(text.trim());
  if (!excerpt && NAMES_NEXT.has(tokens[openToken - 1]?.lower ?? '')) return undefined;
  const viewpoint = viewpointOpening(tokens, sentence.from);
  if (viewpoint) return { phrase: viewpoint, cue: '' };
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
  return person ? { phrase, cue: '' } : undefined;
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
function contrastedSubject(
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
    const noun = tokens[i - 1]?.lower ?? '';
    if (!DOCUMENT_NOUNS.has(noun) && !WORDS_NOUNS.has(noun) && noun !== 'remarks') return undefined;
    const phrase = phraseAfter(masked, tokens, i + 1, openToken - 1);
    return phrase?.form === 'name' ? { phrase, cue: '' } : undefined;
  }
  return undefined;
}

const VIEWPOINT_NOUNS = new Set(['opinion', 'view', 'words', 'eyes', 'estimation']);

/** "In his opinion, doctors … “are going to be missing …”": the words are his. */
function viewpointOpening(tokens: readonly Token[], from: number): SpeakerPhrase | undefined {
  const owner = tokens[from + 1];
  if (tokens[from]?.lower !== 'in' || !owner || !VIEWPOINT_NOUNS.has(tokens[from + 2]?.lower ?? ''))
    return undefined;
  return possessorPhrase(owner);
}

/**
 * "Murtha, who had served in Vietnam, angrily denounced the rhetoric with sarcasm: “…”":
 * a sentence with no reporting verb that introduces a quote with a colon gives it to
 * the person it opens with.
 */
function subjectBeforeColon(
  context: BlockContext,
  from: number,
  openToken: number,
): Attribution | undefined {
  if (context.tokens[openToken - 1]?.text !== ':') return undefined;
  // A lone word ("Traditional marriage was defended …:") has no kind, and speaks only if
  // the article names that person elsewhere.
  const phrase = sentenceSubject(context, from, openToken - 2);
  if (!phrase) return undefined;
  if (endsWithOwner(phrase)) {
    // "Kholdi's response included the direct statement: “…”": the owner of the words.
    const owned = context.tokens[tokenIndexAt(context.tokens, phrase.end)]?.lower ?? '';
    const words = WORDS_NOUNS.has(owned) || DOCUMENT_NOUNS.has(owned);
    return words && phrase.form === 'name' ? { phrase, cue: ':' } : undefined;
  }
  return phrase.form === 'pronoun' || (phrase.form === 'name' && phrase.kind !== 'organization')
    ? { phrase, cue: ':' }
    : undefined;
}

/** The speaker after a cue that follows a comma and whose phrase runs to the sentence's end. */
function closingAttribution(
  context: BlockContext,
  cue: Cue,
  to: number,
): SpeakerPhrase | undefined {
  const { masked, tokens } = context;
  const according = cue.text.toLowerCase().startsWith('according');
  if (!according && (tokens[cue.index - 1]?.text !== ',' || cue.participle)) return undefined;
  if (!according && NAMING_VERBS.has(cue.text.toLowerCase())) return undefined;
  const phrase = phraseAfter(masked, tokens, cue.index + cue.length, to - 1);
  if (!phrase) return undefined;
  const rest = tokens.slice(tokenIndexAt(tokens, phrase.end), to);
  return rest.every((token) => /^[.!?]$/u.test(token.text)) ? phrase : undefined;
}

/** Headline style, "Blair: “Labour must be the party of change makers”": a name, a colon, the quote. */
/** Labels that open headlines with a colon and name no one: "Reports: …", "Update: …". */
const HEADLINE_LABELS = new Set([
  'reports',
  'report',
  'update',
  'analysis',
  'exclusive',
  'breaking',
  'opinion',
  'interview',
  'poll',
  'review',
  'sources',
]);

function namedBeforeColon(
  context: BlockContext,
  from: number,
  openToken: number,
): Attribution | undefined {
  // A headline may quote further on: "Syria: Lebanon pullout is “full and complete”".
  const colon = context.headline
    ? context.tokens.slice(from, openToken).findIndex((token) => token.text === ':') + from
    : openToken - 1;
  // "Brigadier Ed Butler, Commander of the British forces - “…”": a dash serves as well.
  const mark = context.tokens[colon]?.text ?? '';
  if (colon < from || (mark !== ':' && !(DASHES.has(mark) && !context.headline))) return undefined;
  if (HEADLINE_LABELS.has(context.tokens[from]?.lower ?? '')) return undefined;
  const phrase = phraseBefore(context.masked, context.tokens, colon, from);
  return phrase?.form === 'name' && phrase.start === context.tokens[from]?.start
    ? { phrase, cue: mark }
    : undefined;
}

const MAX_BARE_ATTRIBUTION_TAIL = 5;

/** “We will win.” Smith said. — a quote that ends its sentence, then a sentence that only attributes it. */
function bareAttributionAfter(context: BlockContext, sentence: Sentence): Attribution | undefined {
  const next = context.sentences.find((range) => range.start >= sentence.end);
  return next ? bareAttribution(context, next) : undefined;
}

/**
 * A paragraph that is one quote, then a paragraph that opens "William Fallon said." —
 * the attribution was put in a paragraph of its own.
 */
export function bareAttributionOpening(context: BlockContext): Attribution | undefined {
  const first = context.sentences[0];
  if (!first || QUOTE_MARK.test(context.masked.slice(first.start, first.end))) return undefined;
  return bareAttribution(context, first, MAX_OPENING_ATTRIBUTION_TAIL);
}

/** "William Fallon said today." may end with a word or two; "… criticised the minister over …" not. */
const MAX_OPENING_ATTRIBUTION_TAIL = 2;

/** A sentence that only attributes: "Smith said.", "said the minister on Friday." */
function bareAttribution(
  context: BlockContext,
  sentence: Sentence,
  maxTail = MAX_BARE_ATTRIBUTION_TAIL,
): Attribution | undefined {
  const { tokens } = context;
  const { from, to } = sentence;
  const attribution = attributionRightAfter(context, from - 1, to);
  if (!attribution) return undefined;
  const inverted = attribution.phrase.start > (tokens[from]?.start ?? 0);
  // "John Murtha (D-PA), one of the most decorated veterans said during …": the tail
  // starts at the cue, past asides between the name and it.
  const phraseEnd = tokenIndexAt(tokens, attribution.phrase.end);
  const cueParts = attribution.cue.split(' ');
  const cueWord = cueParts[0]?.toLowerCase();
  const cueIndex = inverted
    ? phraseEnd
    : tokens.findIndex((token, i) => i >= phraseEnd && i < to && token.lower === cueWord);
  const rest = tokens.slice(cueIndex === -1 ? phraseEnd : cueIndex, to);
  const tail = rest.filter((token) => /^[\p{L}\p{N}]/u.test(token.text));
  const cueWords = cueParts.length;
  // "… calls for Cheney to be impeached", "… asked for a recount": a demand, not the words.
  if (tail.some((token) => token.text === 'that') || tail[cueWords]?.lower === 'for')
    return undefined;
  // "Mitchell Pally said, commenting on the state's budget plan …": what follows a comma
  // after the cue is about the words, not new words of its own.
  const commaAfterCue = rest[inverted ? 0 : cueWords]?.text === ',';
  return tail.length - cueWords <= maxTail || commaAfterCue ? attribution : undefined;
}

/** Who the last sentence of a paragraph reports: "Price told reporters:", "Mr Putin said the move …". */
export function lastAttributionIn(context: BlockContext): Attribution | undefined {
  const last = context.sentences[context.sentences.length - 1];
  return last ? (attributionOfSentence(context, last) ?? labelParagraph(context)) : undefined;
}

/**
 * "Mitch Garber, Chief Executive Officer of PartyGaming:" or "UltimateBet:", a paragraph
 * that is only a name and a colon, labels the words of the paragraph after it.
 */
function labelParagraph(context: BlockContext): Attribution | undefined {
  const { masked, tokens, headline } = context;
  const colon = tokens.length - 1;
  if (headline || context.sentences.length !== 1 || tokens[colon]?.text !== ':') return undefined;
  const phrase = phraseAfter(masked, tokens, 0, colon - 1);
  if (phrase?.form !== 'name') return undefined;
  const whole = phrase.start === tokens[0]?.start && phrase.end === tokens[colon - 1]?.end;
  return whole ? { phrase, cue: ':' } : undefined;
}

/** Verbs of opinion: not reporting verbs, but a quote right after gives the opinion's words. */
const OPINION_VERBS = new Set(['thinks', 'believes', 'feels', 'agrees']);

/**
 * "Mulligan thinks that there is a reason for this. “You can download a song …”": the
 * person whose opinion a sentence gives, when it opens with them and the verb.
 */
export function opinionOfSentence(
  context: BlockContext,
  sentence: Sentence,
): Attribution | undefined {
  const { tokens } = context;
  const phrase = namedOpening(context, sentence);
  const verb = phrase ? tokens[tokenIndexAt(tokens, phrase.end)] : undefined;
  return phrase && verb && OPINION_VERBS.has(verb.lower) ? { phrase, cue: verb.text } : undefined;
}

/** The name a sentence opens with, if it is no organisation's. */
/**
 * "“I've got ample capital …” President Bush also said that Iraqis must choose …": a
 * sentence that opens with a named person who "also" reports, or who "added" or
 * "continued", goes on from the quote before it.
 */
export function speakerGoingOn(context: BlockContext, sentence: Sentence): Attribution | undefined {
  const { tokens } = context;
  const phrase = namedOpening(context, sentence);
  const cue = sentence.cues[0];
  if (!phrase || !cue || tokenIndexAt(tokens, phrase.start) !== sentence.from) return undefined;
  const after = tokenIndexAt(tokens, phrase.end);
  const also = tokens[after]?.lower === 'also' && cue.index === after + 1;
  const goesOn = cue.index === after && GOING_ON_CUES.has(cue.text.toLowerCase());
  return also || goesOn ? { phrase, cue: cue.text } : undefined;
}

const GOING_ON_CUES = new Set(['added', 'continued', 'went on']);

function namedOpening(context: BlockContext, sentence: Sentence): SpeakerPhrase | undefined {
  const phrase = sentenceSubject(context, sentence.from, sentence.to - 1);
  return phrase?.form === 'name' && phrase.kind !== 'organization' ? phrase : undefined;
}

/** Words after a subject that show it is not yet the verb: "Gita Deane of Maryland", "Smith and …". */
const NOT_A_VERB = new Set([
  'of',
  'and',
  'or',
  'in',
  'at',
  'for',
  'from',
  'with',
  'to',
  'the',
  'a',
  'an',
  'who',
  'which',
  'whose',
  'that',
]);

const GROUP_WORDS = /^the\s|\s(?:on|in|at|for)\s/iu;

/**
 * "Sadiq Khan, one of the MPs to sign the letter, condemns the Government's stance. “This
 * government has had …”": the person a sentence opens with, before its verb, whose words
 * a quote standing alone right after most likely gives. Only a person: what follows a
 * sentence about a company or a place is as often someone else's.
 */
export function actorOfSentence(
  context: BlockContext,
  sentence: Sentence,
): SpeakerPhrase | undefined {
  const { tokens } = context;
  const phrase = namedOpening(context, sentence);
  if (!phrase || phrase.kind === 'document' || endsWithOwner(phrase)) return undefined;
  // "The Wikipedia community is discussing …", "Users on YouTube also took …": a group.
  if (GROUP_WORDS.test(phrase.text)) return undefined;
  let next = tokenIndexAt(tokens, phrase.end);
  // "Her partner of 24 years, Gita Deane, was a plaintiff": the name closed the description.
  // "Sadiq Khan, one of the MPs …, condemns": past a description between commas.
  if (tokens[next]?.text === ',' && AUXILIARIES.has(tokens[next + 1]?.lower ?? '')) next++;
  else if (tokens[next]?.text === ',') {
    const close = tokens
      .slice(next + 1, Math.min(sentence.to, next + 1 + MAX_APPOSITIVE_TOKENS))
      .findIndex((token) => token.text === ',');
    if (close === -1) return undefined;
    next += close + 2;
  }
  const verb = tokens[next];
  return verb && /^\p{Ll}/u.test(verb.text) && !NOT_A_VERB.has(verb.lower) ? phrase : undefined;
}

/** The subject of the last reporting verb in a sentence. */
export function attributionOfSentence(
  context: BlockContext,
  sentence: Sentence,
): Attribution | undefined {
  const { cues } = sentence;
  const subjects = cueSubjects(context, sentence);
  for (let k = cues.length - 1; k >= 0; k--) {
    const phrase = subjects[k];
    const cue = cues[k];
    if (phrase && cue) return { phrase, cue: cue.text };
  }
  return undefined;
}
