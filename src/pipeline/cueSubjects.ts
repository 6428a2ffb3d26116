/**
 * The subject of a reporting verb: before it ("Price said"), after it when inverted
 * ("said Price"), the sentence's subject for a participle ("…, adding"), the one quoted
 * ("quoted X as saying"), the agent of a passive, the issuer of a document.
 */
import { onlyAsidesBetween } from './asides.ts';
import {
  cueAt,
  isPassiveWithAgent,
  PASSIVE_AUXILIARIES,
  PERFECT_AUXILIARIES,
  type Cue,
} from './cues.ts';
import { nameAfterDescription } from './describedName.ts';
import {
  DOCUMENT_NOUNS,
  ISSUING_VERBS,
  MONTH,
  ORGANISATION_NOUNS,
  PLACE_PREPOSITIONS,
  WEEKDAY,
  withoutContraction,
  WORDS_NOUNS,
} from './lexicon.ts';
import { isPastTense, opensWithParticiple, phraseAfter, phraseBefore } from './nounPhrase.ts';
import {
  endsWithOwner,
  interpretPhrase,
  nameIfKnown,
  possessorPhrase,
  RELATIONAL_ROLES,
  widened,
  type SpeakerPhrase,
} from './phraseMeaning.ts';
import {
  AUXILIARIES,
  DETERMINERS,
  isAdverbInLy,
  isNameToken,
  isPossessive,
  isRoleNoun,
  isSentenceAdverb,
  LOWER_CASE_WORD,
  MAX_NICKNAME_TOKENS,
  NAME_COMPLEMENT_WORDS,
} from './phraseWords.ts';
import { isWordToken, QUOTE_MARK_TOKEN, tokenIndexAt, type Token } from './tokens.ts';
import {
  JOINERS,
  JOINING_WORDS,
  PAST_VERB,
  TIME_WORDS,
  type Attribution,
  type BlockContext,
  type Sentence,
} from './blockContext.ts';

/**
 * The subject of each of a sentence's cues, worked out once: the cast, the sources and
 * the quotes all ask for them.
 */
export function cueSubjects(
  context: BlockContext,
  sentence: Sentence,
): readonly (SpeakerPhrase | undefined)[] {
  sentence.subjects ??= sentence.cues.map((_, k) =>
    subjectOfCue(context, sentence.cues, k, sentence.from, sentence.to - 1),
  );
  return sentence.subjects;
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
export function quotedAsSaying(
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
export function quotedLater(
  context: BlockContext,
  from: number,
  end: number,
): SpeakerPhrase | undefined {
  const { masked, tokens } = context;
  for (let i = from + 1; i < end; i++) {
    if (tokens[i]?.lower === 'saying' && tokens[i - 1]?.lower === 'as')
      return phraseAfter(masked, tokens, from, i - 2);
  }
  return undefined;
}

const MAX_QUOTED_BY_TOKENS = 8;
const QUOTED_AS_VERBS = new Set(['saying', 'telling']);

/**
 * "Manda was quoted by Reuters as saying", "Bush was quoted saying", "Mofaz was quoted:",
 * "Reynolds was quoted in a New York Times article as saying", "… as telling reporters":
 * the one quoted is the subject before "was", not the outlet after "by".
 */
export function quotedInPassive(
  context: BlockContext,
  cueIndex: number,
  floor: number,
): SpeakerPhrase | undefined {
  const { tokens } = context;
  // "Mofaz was quoted: “…”".
  if (
    tokens[cueIndex]?.lower === 'quoted' &&
    PASSIVE_AUXILIARIES.has(tokens[cueIndex - 1]?.lower ?? '')
  )
    return subjectOfPassive(context, cueIndex - 1, floor);
  if (!QUOTED_AS_VERBS.has(tokens[cueIndex]?.lower ?? '')) return undefined;
  let quoted = -1;
  for (let j = cueIndex - 1; j >= Math.max(floor, cueIndex - MAX_QUOTED_BY_TOKENS); j--) {
    if (tokens[j]?.lower === 'quoted') {
      quoted = j;
      break;
    }
  }
  const next = tokens[quoted + 1]?.lower;
  // "Reynolds was quoted in a New York Times article as saying" too.
  const shaped = quoted + 1 === cueIndex || next === 'by' || next === 'as' || next === 'in';
  if (quoted === -1 || !shaped || !PASSIVE_AUXILIARIES.has(tokens[quoted - 1]?.lower ?? ''))
    return undefined;
  return subjectOfPassive(context, quoted - 1, floor);
}

/**
 * The subject before the auxiliary at `auxiliary`; past initials in brackets to the person
 * named before them: "Myint Thein of the National League for Democracy (NLD) was quoted".
 */
function subjectOfPassive(
  context: BlockContext,
  auxiliary: number,
  floor: number,
): SpeakerPhrase | undefined {
  const { masked, tokens } = context;
  const phrase = phraseBefore(masked, tokens, auxiliary, floor);
  const open = phrase ? tokenIndexAt(tokens, phrase.start) - 1 : -1;
  const bracketed =
    tokens[open]?.text === '(' && tokens[tokenIndexAt(tokens, phrase?.end ?? 0)]?.text === ')';
  const named = bracketed ? phraseBefore(masked, tokens, open, floor) : undefined;
  return named?.kind === 'person' ? named : phrase;
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
export const NAMING_VERBS = new Set([
  'called',
  'dubbed',
  'labeled',
  'labelled',
  'branded',
  'termed',
]);

/** The subject of a cue: before it, after it when inverted, or the clause's earlier subject for "…, adding". */
/** "close to", "familiar with": what ties an unnamed source to what it knows. */
const SOURCE_TIES = new Map([
  ['close', 'to'],
  ['familiar', 'with'],
  ['briefed', 'on'],
]);
const MAX_SOURCE_TIE_TOKENS = 8;

/**
 * "A source close to the investigation told VOA", "a person familiar with the matter
 * said": an unnamed source, described by what it is close to, speaks.
 */
function unnamedSourceBefore(
  context: BlockContext,
  cue: number,
  floor: number,
): SpeakerPhrase | undefined {
  const { masked, tokens } = context;
  for (let j = cue - 2; j > floor && j >= cue - MAX_SOURCE_TIE_TOKENS; j--) {
    const word = tokens[j];
    if (!word || word.text === ',' || QUOTE_MARK_TOKEN.test(word.text)) return undefined;
    if (SOURCE_TIES.get(word.lower) !== tokens[j + 1]?.lower) continue;
    const noun = tokens[j - 1];
    if (!noun || !/^(?:sources?|person|people|officials?|aides?|diplomats?)$/u.test(noun.lower))
      return undefined;
    const source = phraseBefore(masked, tokens, j, floor);
    if (source?.kind !== 'person' || source.form !== 'description') return undefined;
    const end = tokens[cue - 1]?.end ?? source.end;
    return widened(
      source,
      { text: masked.slice(source.start, end), start: source.start, end },
      source.role,
    );
  }
  return undefined;
}

const OWNED_WRITINGS = new Set(['article', 'column', 'essay', 'book', 'blog', 'op-ed']);
/** Spoken words that speak for their owner: "Migiro's remarks calling the situation “…”". */
const OWNED_WORDS = new Set(['remarks', 'remark', 'comments', 'words', 'speech', 'address']);

/** Adverbs that may stand between a subject and its verb: "his speech further criticised". */
const ADVERBS_BEFORE_VERB = new Set(['further', 'also', 'later', 'then', 'again']);

const MAX_RELATIVE_CLAUSE_TOKENS = 12;

/** The comma of ", which tried to … by saying" before `cue`, or -1. */
function clauseBefore(tokens: readonly Token[], cue: number, floor: number): number {
  for (let j = cue - 2; j > Math.max(floor, cue - MAX_RELATIVE_CLAUSE_TOKENS); j--) {
    const token = tokens[j];
    if (!token || token.text === ',') return -1;
    if ((token.lower === 'which' || token.lower === 'who') && tokens[j - 1]?.text === ',')
      return j - 1;
  }
  return -1;
}

const MAX_LONG_ASIDE_TOKENS = 40;

/**
 * "Kansas City Fed President Thomas M. Hoenig, the Fed's longest-serving policymaker and one
 * of 10 people who decides what rates borrowers pay on mortgages, loans and other credit
 * products, said": a person named at the start of the sentence, then a description of them
 * (opening on "the", "a" or an owner) too long or too full of commas to read as one
 * appositive, then the verb.
 */
function nameBeforeLongAside(
  context: BlockContext,
  floor: number,
  cue: number,
): SpeakerPhrase | undefined {
  const { masked, tokens } = context;
  if (cue - floor > MAX_LONG_ASIDE_TOKENS) return undefined;
  const phrase = phraseAfter(masked, tokens, floor, cue - 2);
  if (phrase?.form !== 'name' || phrase.kind !== 'person') return undefined;
  const comma = tokenIndexAt(tokens, phrase.end);
  // "Doug Wankel, a former Drug Enforcement Administration official who is point man for
  // … in Kabul, says": the name read with its appositive, which a relative clause goes on.
  if (phrase.text.includes(','))
    return tokens[comma]?.lower === 'who' && tokens[cue - 1]?.text === ',' ? phrase : undefined;
  const opener = tokens[comma + 1];
  const describes = opener !== undefined && (DETERMINERS.has(opener.lower) || isPossessive(opener));
  return tokens[comma]?.text === ',' && describes ? phrase : undefined;
}

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
  // "Noting the nosediving New York Stock Exchange, Rep David Obey, …, said": the subject
  // comes after the comma that closes an opening participle's clause, never inside it.
  if (tokens[floor]?.lower !== 'according' && opensWithParticiple(tokens, floor)) {
    let comma = floor + 1;
    while (comma < cue.index - 1 && tokens[comma]?.text !== ',') comma++;
    if (comma < cue.index - 1) return subjectOfCue(context, cues, k, comma + 1, ceiling);
  }
  const after = cue.index + cue.length;
  if (cue.text.toLowerCase().startsWith('according') || isPassiveWithAgent(cue))
    return roleThenName(context, after, ceiling) ?? phraseAfter(masked, tokens, after, ceiling);
  const quoted =
    quotedAsSaying(context, cue.index, floor) ?? quotedInPassive(context, cue.index, floor);
  if (quoted) return quoted;
  // "has led analyst Peter Linder to call …", "Hamad was cautious not to describe …".
  if (tokens[cue.index - 1]?.lower === 'to')
    return ledToSay(context, cue.index, floor) ?? sentenceSubject(context, floor, cue.index - 1);
  const previous = tokens[cue.index - 1];
  // "The hotel will not change in its design says Savarino.": an inversion that ends the
  // sentence needs no comma before it.
  const closing = closingInversion(context, cue, ceiling);
  if (closing) return closing;
  // "Jobs broke off negotiations, having told one executive, “…”": as for "…, telling".
  if (previous?.lower === 'having') return sentenceSubject(context, floor, cue.index - 2);
  const reported = cue.participle && k > 0 ? reportedClauseSubject(context, cues, k) : undefined;
  if (reported) return reported;
  // "Netanyahu's Likud party, which tried to rally support by saying": the clause's antecedent.
  const clause =
    cue.participle && previous?.lower === 'by' ? clauseBefore(tokens, cue.index, floor) : -1;
  if (clause !== -1) return phraseBefore(masked, tokens, clause, floor);
  const sourceClose = unnamedSourceBefore(context, cue.index, floor);
  if (sourceClose) return sourceClose;
  // "His article stated that …": what someone wrote speaks for them when it is theirs
  // (but "the article said" is a newspaper's).
  // "Thomson's speech further criticised": past an adverb between the noun and its verb.
  let noun = cue.index - 1;
  while (noun > floor && ADVERBS_BEFORE_VERB.has(tokens[noun]?.lower ?? '')) noun--;
  const nounWord = tokens[noun]?.lower ?? '';
  const writing = OWNED_WRITINGS.has(nounWord) ? tokens[noun - 1] : undefined;
  const writer = writing ? possessorPhrase(writing) : undefined;
  if (writer) return writer;
  const ownedWords =
    (OWNED_WORDS.has(nounWord) || WORDS_NOUNS.has(nounWord)) && isPossessive(tokens[noun - 1])
      ? phraseBefore(masked, tokens, noun, floor)
      : undefined;
  if (ownedWords?.form === 'name') return ownedWords;
  const before =
    phraseBefore(masked, tokens, cue.index, floor) ?? documentBeforeWhen(context, cue.index, floor);
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
      ofPhraseBeforeAnd(context, before, floor) ??
      relativeOfNamed(context, before, floor) ??
      personBeforeBody(context, before, cue, floor) ??
      memberNamedBefore(context, before, floor) ??
      onBehalfOf(context, before, floor) ??
      nameBeforeUnclosedAppositive(context, before, floor) ??
      personBeforeSecondRole(context, before, floor) ??
      ownersDocument(tokens, before) ??
      issuerAfterDocument(context, before, cue.index) ??
      before
    );
  if (cue.participle && previous?.text === ',' && k > 0)
    return subjectOfCue(context, cues, k - 1, floor, ceiling);
  const opening =
    !cue.participle && previous?.text === ','
      ? nameBeforeLongAside(context, floor, cue.index)
      : undefined;
  if (opening) return opening;
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
  // "… and today expressed", "… and directly said", "… but has said".
  while (
    j > floor &&
    (TIME_WORDS.has(tokens[j]?.lower ?? '') ||
      PERFECT_AUXILIARIES.has(tokens[j]?.lower ?? '') ||
      isAdverbInLy(tokens, j))
  )
    j--;
  if (JOINING_WORDS.has(tokens[j]?.lower ?? '')) {
    // "Abu Qatada, described by the UK government as …, be released and said": a passive's
    // agent, inside an aside, is not the subject the second verb shares.
    // "he acknowledges that many Tibetans have criticized his policy, and says": not a verb
    // inside an earlier verb's "that" clause.
    const shared = cues
      .slice(0, k)
      .findLastIndex(
        (earlier, e) => !isPassiveWithAgent(earlier) && !insideThatClause(tokens, cues, e, floor),
      );
    return (
      (shared >= 0 ? subjectOfCue(context, cues, shared, floor, ceiling) : undefined) ??
      actingSubject(context, sentenceSubject(context, floor, j - 1), j - 1)
    );
  }
  // "Rep. Henry A. Waxman (D-Calif.) said": the sentence's subject, past asides only; but
  // "A representative of one of the protesting groups told" is one description, read whole
  // by the sources.
  const subject = sentenceSubject(context, floor, cue.index - 1);
  const gap = subject ? tokenIndexAt(tokens, subject.end) : -1;
  if (!subject || (subject.form === 'description' && tokens[gap]?.lower === 'of'))
    return nameBeforeUnclosedClause(context, floor, cue.index);
  return onlyAsidesBetween(tokens, gap, cue.index)
    ? subject
    : nameBeforeUnclosedClause(context, floor, cue.index);
}

const MIN_CLAUSE_WORDS = 2;
/** Words that open an aside after a comma: "…, in an effort to calm the public told". */
const ASIDE_OPENERS = new Set(['in', 'during', 'after', 'while', 'when', 'following']);

/** Where a relative clause or an aside opens between `floor` and the cue, or -1. */
function clauseOpening(tokens: readonly Token[], floor: number, cueIndex: number): number {
  for (let i = floor + 1; i < cueIndex; i++) {
    const word = tokens[i]?.lower ?? '';
    if (word === 'who' || (ASIDE_OPENERS.has(word) && tokens[i - 1]?.text === ',')) return i;
  }
  return -1;
}

/**
 * "Hanako Ikeno, who helped co-ordinate the event said that …", "Rep. Charles Rangel
 * (Democrats) who represents a New York City neighborhood which Chavez recently visited
 * said", "Egyptian Minister of Tourism, Ahmed al-Maghrabi, in an effort to calm the public
 * told": a person who opens the sentence, then a relative clause or an aside no comma
 * closes; the verb after it is theirs.
 */
function nameBeforeUnclosedClause(
  context: BlockContext,
  floor: number,
  cueIndex: number,
): SpeakerPhrase | undefined {
  const { tokens } = context;
  const opening = clauseOpening(tokens, floor, cueIndex);
  if (opening === -1 || cueIndex - opening <= MIN_CLAUSE_WORDS) return undefined;
  for (let i = opening + 1; i < cueIndex; i++) if (!isWordToken(tokens[i])) return undefined;
  let end = opening;
  if (tokens[end - 1]?.text === ',') end--;
  // "Rep. Charles Rangel (Democrats) who": past a short aside in brackets.
  if (tokens[end - 1]?.text === ')') {
    while (end > floor && tokens[end - 1]?.text !== '(') end--;
    end--;
  }
  const name = sentenceSubject(context, floor, end - 1);
  const whole = name !== undefined && name.end === tokens[end - 1]?.end;
  return whole && name.form === 'name' && name.kind === 'person' ? name : undefined;
}

/**
 * "Microsoft has not released details … but has said": a lone word that opens the
 * sentence and is followed by a verb acts, so it is a name, as it would be right before
 * "said", though the cast may not know it; "Response to the plan was slow" stays none.
 */
function actingSubject(
  context: BlockContext,
  subject: SpeakerPhrase | undefined,
  ceiling: number,
): SpeakerPhrase | undefined {
  if (subject?.form !== 'name' || subject.kind !== null) return subject;
  const { masked, tokens } = context;
  const verb = tokens[tokenIndexAt(tokens, subject.end)];
  const acts = verb !== undefined && (isPastTense(verb) || AUXILIARIES.has(verb.text));
  if (!acts) return subject;
  return phraseAfter(masked, tokens, tokenIndexAt(tokens, subject.start), ceiling) ?? subject;
}

/** An "of" with words after it and no comma after them: "the President of the Liberal Democrats". */
function ofAfterLastComma(text: string): boolean {
  return /\sof\s[^,]/u.test(text.slice(text.lastIndexOf(',') + 1));
}

/**
 * "Bruce Lazier of Prescott Ball and Turben said", "Representatives of Google and
 * Microsoft said": the name after "and" is the second of what "of" governs, and the one
 * speaking is who the phrase before "and" names.
 */
export function ofPhraseBeforeAnd(
  context: BlockContext,
  before: SpeakerPhrase,
  floor: number,
): SpeakerPhrase | undefined {
  const { masked, tokens } = context;
  const and = tokenIndexAt(tokens, before.start) - 1;
  if (before.form !== 'name' || (tokens[and]?.lower !== 'and' && tokens[and]?.text !== '&'))
    return undefined;
  const first = phraseBefore(masked, tokens, and, floor);
  // Not "Simon Hughes, the President of the Liberal Democrats, and deputy leader Vincent
  // Cable": an "of" inside an aside governs no "and" after it.
  if (!first || tokens[and - 1]?.text === ',' || !ofAfterLastComma(first.text)) return undefined;
  const person = first.kind === 'person' && (first.form === 'name' || first.form === 'description');
  return person ? first : undefined;
}

const MAX_WORDS_DESCRIBING_THE_NAMED = 3;

/**
 * "Son of slain Chechen rebel Maskhadov vows": the name read before the verb is the one a
 * kin's or a spokesman's role before it points at; the one speaking goes unnamed.
 */
function relativeOfNamed(
  context: BlockContext,
  before: SpeakerPhrase,
  floor: number,
): SpeakerPhrase | undefined {
  if (before.form !== 'name' || before.kind !== 'person') return undefined;
  const { masked, tokens } = context;
  const named = tokenIndexAt(tokens, before.start);
  let i = named - 1;
  // "slain", "late": a word or two in lower case describing the one named.
  const describing = (token: Token | undefined): boolean =>
    LOWER_CASE_WORD.test(token?.text ?? '') && token?.lower !== 'of' && token?.lower !== 'for';
  while (i > floor && i >= named - MAX_WORDS_DESCRIBING_THE_NAMED && describing(tokens[i])) i--;
  const joint = tokens[i]?.lower;
  const holder = tokens[i - 1];
  if ((joint !== 'of' && joint !== 'for') || !holder || !RELATIONAL_ROLES.has(holder.lower))
    return undefined;
  const start = DETERMINERS.has(tokens[i - 2]?.lower ?? '') ? i - 2 : i - 1;
  const words = tokens.slice(start, tokenIndexAt(tokens, before.end));
  return interpretPhrase(masked, words);
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

const MAX_TAG_TOKENS = 8;

/**
 * "Representative Henry Waxman (D-CA), the ranking minority member of the House
 * Committee on Government Reform, said": a body read after a role with "of", in an
 * appositive, is where the person named before the comma sits; a bracketed tag may
 * follow the name.
 */
function memberNamedBefore(
  context: BlockContext,
  before: SpeakerPhrase,
  floor: number,
): SpeakerPhrase | undefined {
  const { masked, tokens } = context;
  if (before.form !== 'name' || before.kind !== 'organization') return undefined;
  if (!/\sof\s/u.test(`${before.role ?? ''} `)) return undefined;
  const comma = tokenIndexAt(tokens, before.start) - 1;
  if (tokens[comma]?.text !== ',') return undefined;
  let end = comma;
  if (tokens[end - 1]?.text === ')') {
    const open = tokens
      .slice(Math.max(floor, end - MAX_TAG_TOKENS), end - 1)
      .findLastIndex((token) => token.text === '(');
    if (open === -1) return undefined;
    end = Math.max(floor, end - MAX_TAG_TOKENS) + open;
  }
  const named = phraseBefore(masked, tokens, end, floor);
  return named?.form === 'name' && named.kind === 'person' ? named : undefined;
}

const REPORTING_VERBS = new Set(['reported', 'reports', 'wrote', 'writes']);

/**
 * "The CanWest News Service reported that another Martin spokesperson, Melanie Gruer, played
 * down the reports by saying": a participle after a reported clause whose own subject acts
 * is that subject's, not the sentence's.
 */
function reportedClauseSubject(
  context: BlockContext,
  cues: readonly Cue[],
  k: number,
): SpeakerPhrase | undefined {
  const { masked, tokens } = context;
  const reporting = cues[k - 1];
  const cue = cues[k];
  if (!reporting || !cue) return undefined;
  // Only after a report ("Ajc.com reported that"): after "said that" the words may still be
  // the sayer's ("Cardinal Tarcisio said that the Pope apologized …, saying “the Holy Father
  // is very sorry”").
  if (!REPORTING_VERBS.has(reporting.text.toLowerCase())) return undefined;
  const that = reporting.index + reporting.length;
  if (tokens[that]?.lower !== 'that') return undefined;
  const subject = phraseAfter(masked, tokens, that + 1, cue.index - 1);
  const next = subject ? tokenIndexAt(tokens, subject.end) : -1;
  // "…, Melanie Gruer, played down": past the comma that closes an appositive.
  const verb = tokens[tokens[next]?.text === ',' ? next + 1 : next];
  const acts = verb !== undefined && verb.text === verb.lower && isPastTense(verb);
  return subject?.kind === 'person' && acts ? subject : undefined;
}

/**
 * The name that opens the sentence, when its appositive runs on to the verb with no comma to
 * close it: "Dawn News, a private television station in Pakistan had stated" (an indefinite
 * description after the name), "Del Borgsdorf, the city manager of San Jose, California
 * announced" (the state after a town's comma, where the appositive ends on a place).
 */
function nameBeforeUnclosedAppositive(
  context: BlockContext,
  before: SpeakerPhrase,
  floor: number,
): SpeakerPhrase | undefined {
  const { masked, tokens } = context;
  const start = tokenIndexAt(tokens, before.start);
  if (tokens[start - 1]?.text !== ',') return undefined;
  const opener = tokens[start]?.lower;
  if (before.form === 'description' && (opener === 'a' || opener === 'an')) {
    const named = phraseBefore(masked, tokens, start - 1, floor);
    return named?.form === 'name' && named.start === tokens[floor]?.start ? named : undefined;
  }
  const oneWord = before.form === 'name' && before.role === null && !/\s/u.test(before.text);
  if (!oneWord) return undefined;
  // "When asked …, Chantal Woodhull, a middle school teacher in Tyler, Texas told": the
  // phrase that ends at the comma, if the sentence does not open with it.
  const fromOpening = phraseAfter(masked, tokens, floor, start - 2);
  const opening =
    fromOpening && tokenIndexAt(tokens, fromOpening.end) === start - 1
      ? fromOpening
      : phraseBefore(masked, tokens, start - 1, floor);
  const withRole = opening?.form === 'name' && opening.kind === 'person' && opening.role !== null;
  const endsOnPlace = /\b(?:of|in|from|at)(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u.test(
    opening?.text ?? '',
  );
  return withRole && endsOnPlace && tokenIndexAt(tokens, opening.end) === start - 1
    ? opening
    : undefined;
}

/**
 * "Will Tanous, speaking on behalf of Warner Music group said": the one who speaks for the
 * body, named before the participle, whose phrase no comma closes.
 */
function onBehalfOf(
  context: BlockContext,
  before: SpeakerPhrase,
  floor: number,
): SpeakerPhrase | undefined {
  const { masked, tokens } = context;
  const start = tokenIndexAt(tokens, before.start);
  const words = [tokens[start - 3], tokens[start - 2], tokens[start - 1]].map((t) => t?.lower);
  if (words.join(' ') !== 'on behalf of') return undefined;
  let last = start - 4;
  if (/^\p{Ll}+ing$/u.test(tokens[last]?.text ?? '')) last--;
  if (tokens[last]?.text === ',') last--;
  const speaker = phraseBefore(masked, tokens, last + 1, floor);
  return speaker?.form === 'name' && speaker.kind === 'person' ? speaker : undefined;
}

/**
 * "Professor Bob Gregory of the Australian National University and leading economist said":
 * a role with no article after "and" is a second title of the person before it, not
 * someone else; another speaker would have one ("and a leading economist said").
 */
function personBeforeSecondRole(
  context: BlockContext,
  before: SpeakerPhrase,
  floor: number,
): SpeakerPhrase | undefined {
  const { tokens } = context;
  const head = before.head ?? '';
  const singular = !head.endsWith('s') || head.endsWith('ss');
  if (before.form !== 'description' || before.kind !== 'person' || !singular) return undefined;
  // "and leading economist": a word or two of description may come before the role.
  let start = tokenIndexAt(tokens, before.start);
  while (start > floor && start > tokenIndexAt(tokens, before.start) - 3) {
    const word = tokens[start - 1];
    if (!word || !/^\p{Ll}+$/u.test(word.text) || word.lower === 'and') break;
    start--;
  }
  if (DETERMINERS.has(tokens[start]?.lower ?? '') || tokens[start - 1]?.lower !== 'and')
    return undefined;
  const subject = sentenceSubject(context, floor, start - 1);
  return subject?.form === 'name' && subject.kind === 'person' && subject.end < before.start
    ? subject
    : undefined;
}

/**
 * The cue at `e` is reported by a verb before it ("acknowledges that … have criticized"):
 * a "that" stands between the sentence's start, or an earlier cue, and it, after a verb;
 * and it reports no words of its own.
 */
function insideThatClause(
  tokens: readonly Token[],
  cues: readonly Cue[],
  e: number,
  floor: number,
): boolean {
  const cue = cues[e];
  if (!cue) return false;
  // "The BBC reported that Jones said that “…,” and added": a verb that reports words
  // itself is the one the next verb goes on from.
  const next = tokens[cue.index + cue.length];
  if (
    next &&
    (next.lower === 'that' ||
      next.text === ':' ||
      next.text === ',' ||
      QUOTE_MARK_TOKEN.test(next.text))
  )
    return false;
  const earlier = cues[e - 1];
  const from = earlier ? earlier.index + earlier.length : floor;
  for (let i = cue.index - 1; i >= from; i--) {
    if (tokens[i]?.lower !== 'that') continue;
    const before = tokens[i - 1];
    if (earlier && i === from) return true;
    if (before && (isPastTense(before) || /^\p{Ll}+s$/u.test(before.text))) return true;
  }
  return false;
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
    if (!verb || !isPastTense(verb)) continue;
    const person = phraseBefore(masked, tokens, i, floor);
    if (person?.form !== 'name' || person.kind !== 'person') continue;
    // "the crew of the RAAF Hercules refused", "the MP for Arundel and South Downs was
    // recorded": a name after a preposition or "and" belongs to another noun.
    const before = tokens[tokenIndexAt(tokens, person.start) - 1]?.lower ?? '';
    return NAME_COMPLEMENT_WORDS.has(before) ? undefined : person;
  }
  return undefined;
}

/** Verbs an inversion ends a sentence with ("… says Savarino."); not "told ABC Radio.". */
const INVERTING_CUES = new Set(['says', 'said', 'adds', 'added', 'explained', 'writes', 'wrote']);

/** A name right after a cue that ends its sentence: "… says Savarino." */
export function closingInversion(
  context: BlockContext,
  cue: Cue,
  ceiling: number,
): SpeakerPhrase | undefined {
  if (!INVERTING_CUES.has(cue.text.toLowerCase())) return undefined;
  const { masked, tokens } = context;
  const after = cue.index + cue.length;
  // "… under new management said spokesman Mark Langton.": a role may open it.
  if (!isNameToken(tokens[after]) && !isRoleNoun(tokens[after])) return undefined;
  const phrase = phraseAfter(masked, tokens, after, ceiling);
  if (phrase?.form !== 'name' || WEEKDAY.test(phrase.text) || MONTH.test(phrase.text))
    return undefined;
  const next = tokens[tokenIndexAt(tokens, phrase.end)];
  return next === undefined || /^[.!?]$/u.test(next.text) ? phrase : undefined;
}

/** Words that say when: "on Monday", "last week", "late on Tuesday". */
const WHEN_WORD =
  /^(?:on|in|at|last|this|late|early|yesterday|today|overnight|week|month|year|weekend|morning|afternoon|evening|night|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\p{N}+)$/u;
const MAX_WHEN_WORDS = 4;

/**
 * "the Ministry statement issued on Monday said", "A report released last week said": the
 * document before a participle that only says when it came out is the verb's subject.
 */
function documentBeforeWhen(
  context: BlockContext,
  cue: number,
  floor: number,
): SpeakerPhrase | undefined {
  const { masked, tokens } = context;
  let i = cue - 1;
  while (i > floor && cue - 1 - i < MAX_WHEN_WORDS && WHEN_WORD.test(tokens[i]?.text ?? '')) i--;
  if (i === cue - 1 || !ISSUING_VERBS.has(tokens[i]?.lower ?? '')) return undefined;
  const document = phraseBefore(masked, tokens, i, floor);
  // "The Ministry statement" reads as the body that issued it.
  const noun = tokens[i - 1]?.lower ?? '';
  return document?.kind === 'document' || DOCUMENT_NOUNS.has(noun) ? document : undefined;
}

/** "from", "by", "on": what joins a document to who issued it. */
const ISSUER_PREPOSITIONS = new Set(['from', 'by', 'on']);

/**
 * "A statement from the Foreign Ministry said", "A media release on the Sizzler website states",
 * "A statement released by the MoD reads": the body named after the document issued it.
 */
function issuerAfterDocument(
  context: BlockContext,
  document: SpeakerPhrase,
  cue: number,
): SpeakerPhrase | undefined {
  if (document.kind !== 'document' || document.form !== 'description') return undefined;
  const { masked, tokens } = context;
  let i = tokenIndexAt(tokens, document.end);
  if (ISSUING_VERBS.has(tokens[i]?.lower ?? '')) i++;
  if (!ISSUER_PREPOSITIONS.has(tokens[i]?.lower ?? '')) return undefined;
  const issuer = phraseAfter(masked, tokens, i + 1, cue - 1);
  return issuer?.form === 'name' ? issuer : undefined;
}

/** "Her suit alleges …", "his statement said": the owner of the document speaks. */
function ownersDocument(
  tokens: readonly Token[],
  phrase: SpeakerPhrase,
): SpeakerPhrase | undefined {
  if (phrase.kind !== 'document' || phrase.form !== 'description') return undefined;
  const owner = tokens[tokenIndexAt(tokens, phrase.start) - 1];
  return owner ? possessorPhrase(owner) : undefined;
}

/** The index of "Frazier" in 'John “Bud” Frazier', when a nickname follows a given name. */
function surnameAfterNickname(
  tokens: readonly Token[],
  given: number,
  ceiling: number,
): number | undefined {
  if (!isNameToken(tokens[given]) || !QUOTE_MARK_TOKEN.test(tokens[given + 1]?.text ?? ''))
    return undefined;
  for (let close = given + 3; close <= given + 2 + MAX_NICKNAME_TOKENS; close++) {
    if (!QUOTE_MARK_TOKEN.test(tokens[close]?.text ?? '')) continue;
    const surname = close + 1;
    return surname < ceiling && isNameToken(tokens[surname]) ? surname : undefined;
  }
  return undefined;
}

/**
 * Who speaks after an inverted cue; "said the head of the Center for …, Professor Meg
 * Satterthwaite": the person named at the end of a description, if any.
 */
export function invertedSubject(
  masked: string,
  tokens: readonly Token[],
  first: number,
  ceiling: number,
): SpeakerPhrase | undefined {
  // "“…” said by Moses Yen, Director of …": the agent of a bare passive (not "described by
  // the UK government as “…”", in an aside).
  if (tokens[first]?.lower === 'by' && tokens[first - 1]?.lower === 'said')
    return invertedSubject(masked, tokens, first + 1, ceiling);
  // "said said Thomas McKiernan": a verb typed twice.
  if (first < ceiling && tokens[first]?.lower === tokens[first - 1]?.lower)
    return invertedSubject(masked, tokens, first + 1, ceiling);
  // 'said John “Bud” Frazier, grain analyst': the surname after the nickname, which the
  // cast knows in full.
  const surname = surnameAfterNickname(tokens, first, ceiling);
  if (surname !== undefined) return invertedSubject(masked, tokens, surname, ceiling);
  const read = phraseAfter(masked, tokens, first, ceiling);
  // "said the Marines have become …": the subject of what was said, not who said it (but
  // "said Nevzat Bayhan, a member of one of the families whose sheep were …" is a speaker).
  const next = read ? tokens[tokenIndexAt(tokens, read.end)] : undefined;
  const bare = read !== undefined && read.form !== 'pronoun' && !read.text.includes(',');
  if (bare && next && AUXILIARIES.has(next.lower)) return undefined;
  // Not "President of Labatt USA, Glen Walter,": a name after "of" is where the role is;
  // nor "Democratic Senator for Vermont, Patrick J. Leahy" or "Republican Senator from
  // South Carolina, Lindsey O. Graham".
  const cleanPerson =
    read?.form === 'name' &&
    read.kind === 'person' &&
    !/['’]s\b/u.test(read.text) &&
    !/\s(?:of|for)$/u.test(read.role ?? '') &&
    !/\s(?:of|for|from)\s/u.test(read.text) &&
    !ROLE_PREPOSITIONS.has(next?.lower ?? '');
  if (!cleanPerson && read?.form !== 'pronoun') {
    const named = personNamedLast(masked, tokens, first, ceiling);
    if (named) return named;
  }
  if (read?.form === 'name' || read?.form === 'pronoun') return read;
  return (
    nameAfterAdjective(masked, tokens, first, ceiling) ??
    nameAfterOccupation(masked, tokens, first, ceiling) ??
    nameAfterDescription(masked, tokens, first, ceiling) ??
    read
  );
}

/** A lower-case word in "-ist": what someone does, as "analyst" and "economist" say. */
const OCCUPATION_IN_IST = /^\p{Ll}{4,}ist$/u;

/**
 * "said chartist Leslie Keefe of Technical Data Corp": right after the verb, a word that
 * names an occupation no list of roles holds, then a person's name. Only here: before a
 * name elsewhere such words are as often a party's or a creed's ("socialist PASOK").
 */
function nameAfterOccupation(
  masked: string,
  tokens: readonly Token[],
  first: number,
  ceiling: number,
): SpeakerPhrase | undefined {
  const occupation = tokens[first];
  if (!occupation || !OCCUPATION_IN_IST.test(occupation.text)) return undefined;
  const person = phraseAfter(masked, tokens, first + 1, ceiling);
  if (person?.form !== 'name' || person.kind !== 'person') return undefined;
  return widened(
    person,
    { text: masked.slice(occupation.start, person.end), start: occupation.start, end: person.end },
    person.role ?? occupation.text,
  );
}

/** Words by which a role goes on to say where or whose it is. */
const ROLE_PREPOSITIONS = new Set(['of', 'for', 'from']);

const MAX_DESCRIPTION_BEFORE_LAST_NAME = 20;

/**
 * "said a produce worker who works at D&R Market located in Lafayette, Tad Ritchie.",
 * "said the president of operator Airports of Thailand, Saererat Prasutanond, speaking …":
 * a person named in full after the first comma, closing the sentence or followed by
 * another comma, is the one the words before describe.
 */
function personNamedLast(
  masked: string,
  tokens: readonly Token[],
  first: number,
  ceiling: number,
): SpeakerPhrase | undefined {
  // "said, telecommunications expert, Paul Budde,": a stray comma after the verb.
  const from = tokens[first]?.text === ',' ? first + 1 : first;
  const last = Math.min(ceiling, from + MAX_DESCRIPTION_BEFORE_LAST_NAME);
  let comma = -1;
  for (let i = from + 1; i <= last && comma === -1; i++) {
    const token = tokens[i];
    if (!token || QUOTE_MARK_TOKEN.test(token.text) || cueAt(tokens, i)) return undefined;
    if (token.text === ',') comma = i;
  }
  if (comma === -1) return undefined;
  const person = phraseAfter(masked, tokens, comma + 1, ceiling);
  if (person?.form !== 'name' || person.kind !== 'person' || person.role !== null) return undefined;
  if ((person.name?.split(/\s+/u).length ?? 0) < 2) return undefined;
  const after = tokens[tokenIndexAt(tokens, person.end)];
  if (after !== undefined && !/^[.!?,]$/u.test(after.text)) return undefined;
  const start = tokens[from]?.start ?? person.start;
  const description = masked
    .slice(start, tokens[comma]?.start ?? start)
    .replace(/^(?:the|a|an)\s+/iu, '');
  return widened(
    person,
    { text: masked.slice(start, person.end), start, end: person.end },
    description,
  );
}

/**
 * "According to the head of BBC Workplace, Chris Kane, “…”": a role, then the person
 * holding it between commas. Not "According to police, John Smith, 45, was …", where no
 * role is named and the name opens the clause.
 */
function roleThenName(
  context: BlockContext,
  first: number,
  ceiling: number,
): SpeakerPhrase | undefined {
  const { masked, tokens } = context;
  const read = phraseAfter(masked, tokens, first, ceiling);
  if (read?.form !== 'description' && !(read?.form === 'name' && read.kind !== 'person'))
    return undefined;
  const comma = tokenIndexAt(tokens, read.end);
  if (tokens[comma]?.text !== ',') return undefined;
  const words = tokens.slice(first, comma);
  if (!words.some((token) => isRoleNoun(token))) return undefined;
  const named = personNamedLast(masked, tokens, first, ceiling);
  return named && tokenIndexAt(tokens, named.start) === first ? named : undefined;
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
  // "denied having links to JI or any other terrorist organisation saying": no one in
  // particular speaks.
  if (quantifiedByNone(tokens, index)) return true;
  // "held a rally at Morningstar Baptist Church asking …": a thing, and where it was; the
  // name after its preposition is no subject.
  if (isThingWithPlace(tokens, index)) return true;
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

/** Words that make a phrase no one in particular: "any other group", "no militant group". */
const NO_ONE_IN_PARTICULAR = new Set(['any', 'no']);
const MAX_WORDS_AFTER_QUANTIFIER = 3;

/** "any other terrorist organisation": "any" or "no", then lower-case words, before `index`. */
function quantifiedByNone(tokens: readonly Token[], index: number): boolean {
  for (let i = index - 1; i >= Math.max(0, index - 1 - MAX_WORDS_AFTER_QUANTIFIER); i--) {
    const token = tokens[i];
    if (!token || !LOWER_CASE_WORD.test(token.text)) return false;
    if (NO_ONE_IN_PARTICULAR.has(token.lower)) return true;
  }
  return false;
}

/** "a rally at …", "the march through …": an article, a common noun, a preposition of place. */
function isThingWithPlace(tokens: readonly Token[], index: number): boolean {
  const noun = tokens[index + 1];
  return (
    DETERMINERS.has(tokens[index]?.lower ?? '') &&
    noun !== undefined &&
    LOWER_CASE_WORD.test(noun.text) &&
    !isRoleNoun(noun) &&
    !ORGANISATION_NOUNS.has(noun.lower) &&
    !DOCUMENT_NOUNS.has(noun.lower) &&
    PLACE_PREPOSITIONS.has(tokens[index + 2]?.lower ?? '')
  );
}

/** Verbs by which a body's vote makes a document its own: "passed a resolution". */
const ADOPTING_VERBS = new Set(['passed', 'adopted', 'approved']);

/** "The UAW issued a statement saying …", "X sent a message which read": a document's words are its issuer's. */
function issuerOf(
  context: BlockContext,
  phrase: SpeakerPhrase,
  floor: number,
): SpeakerPhrase | undefined {
  if (phrase.kind !== 'document') return undefined;
  const { masked, tokens } = context;
  const verb = tokenIndexAt(tokens, phrase.start) - 1;
  const verbWord = tokens[verb]?.lower ?? '';
  // "The U.S. Senate has passed a resolution expressing …", "The General Assembly adopted
  // the resolution, which stated": a body's vote makes the document its own, named or not.
  const adopted = ADOPTING_VERBS.has(verbWord);
  if ((!ISSUING_VERBS.has(verbWord) || phrase.definite) && !adopted) return undefined;
  // "… denied that al-Masri was dead, posting a message …": the sentence's subject posted it.
  return (
    phraseBefore(masked, tokens, verb, floor) ??
    (verbWord.endsWith('ing')
      ? sentenceSubject(context, floor, verb - 1)
      : subjectJustBefore(context, verb, floor))
  );
}

/**
 * The subject that opens the sentence, when it ends right before `verb` but for one plain
 * word that phraseBefore cannot read: "The G8 leaders issued", "The SSP executive has issued".
 */
export function subjectJustBefore(
  context: BlockContext,
  verb: number,
  floor: number,
): SpeakerPhrase | undefined {
  const { tokens } = context;
  const last = PERFECT_AUXILIARIES.has(tokens[verb - 1]?.lower ?? '') ? verb - 2 : verb - 1;
  const subject = sentenceSubject(context, floor, last);
  const gap = subject ? last - (tokenIndexAt(tokens, subject.end) - 1) : Infinity;
  return gap <= 1 ? subject : undefined;
}

const MAX_OPENING_PHRASE_TOKENS = 12;
const OPENING_CONJUNCTIONS = new Set(['but', 'and', 'yet']);
const MAX_OPENING_WORDS_BEFORE_PRONOUN = 5;
const OPENING_SUBJECT_PRONOUNS = new Set(['he', 'she', 'they']);

function isOpeningPronoun(token: Token | undefined): boolean {
  return OPENING_SUBJECT_PRONOUNS.has(withoutContraction(token?.lower ?? ''));
}

/** Past participles that open a sentence with a question put to its subject. */
const QUESTIONED = new Set(['asked', 'pressed', 'questioned', 'quizzed']);
const MAX_QUESTION_TOKENS = 20;

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
  // "But U.S. Ambassador to Iraq Ryan Crocker's response …": a conjunction first.
  if (start < ceiling && OPENING_CONJUNCTIONS.has(tokens[start]?.lower ?? '')) start++;
  while (start < ceiling && TIME_WORDS.has(tokens[start]?.lower ?? '')) start++;
  // "Reportedly Tamogami in the essay justifies …", "Concurrently, the Foreign Secretary …".
  if (start < ceiling && isSentenceAdverb(tokens[start]))
    start += tokens[start + 1]?.text === ',' ? 2 : 1;
  // "Asked how he felt, the prince, who is here on a visit, replied": the question put to
  // the subject comes first, and may hold a pronoun of its own.
  if (QUESTIONED.has(tokens[start]?.lower ?? '')) {
    const comma = tokens.findIndex((token, i) => i > start && i < ceiling && token.text === ',');
    if (comma !== -1 && comma - start <= MAX_QUESTION_TOKENS) start = comma + 1;
  }
  // Neither "Wearing Iraqi flags, demonstrators …" nor "According to Democracy Now, …"
  // opens with the subject.
  const opening =
    opensWithParticiple(tokens, start) ||
    (tokens[start]?.lower === 'according' && tokens[start + 1]?.lower === 'to');
  const first = opening ? undefined : phraseAfter(masked, tokens, start, ceiling);
  if (first) return nameIfKnown(first);
  // "On Friday he made a speech …, saying": a pronoun after a short opening phrase.
  for (let i = start + 1; i < Math.min(ceiling, start + MAX_OPENING_WORDS_BEFORE_PRONOUN); i++) {
    if (isOpeningPronoun(tokens[i])) return phraseAfter(masked, tokens, i, i);
    // "In particular, he was bothered …": the opening phrase may close with a comma.
    if (tokens[i]?.text === ',') {
      const next = i + 1;
      if (isOpeningPronoun(tokens[next]) && next < ceiling)
        return phraseAfter(masked, tokens, next, next);
      break;
    }
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
