/**
 * The noun phrase that names a speaker, read outwards from a reporting verb:
 * "State Department spokesman Ned Price | told", "said | the minister, a veteran of …".
 * Handles pronouns, relative clauses, appositives and place complements.
 */
import {
  CONNECTIVES,
  CUE_VERBS,
  IRREGULAR_PAST_VERBS,
  ISSUING_VERBS,
  ORGANISATION_NOUNS,
  PLACE_PREPOSITIONS,
  POST_NOMINALS,
  PREPOSITIONS,
  PRONOUNS,
  STATES_AND_PROVINCES,
  WEEKDAY,
} from './lexicon.ts';
import { isSaidVerbAt } from './cues.ts';
import { findNewsOrganisations } from './newsOrganisations.ts';
import { genderOfGivenName } from './givenNames.ts';
import {
  interpretPhrase,
  isRoleWord,
  PERSONAL_TITLES,
  organisationNamed,
  widened,
  type SpeakerPhrase,
} from './phraseMeaning.ts';
import { join, walkBack, walkForward } from './phraseWalk.ts';
import {
  ACRONYM,
  APPOSITIVE_ENDS,
  AUXILIARIES,
  DETERMINERS,
  isAdverbBeforeCue,
  isDescriptor,
  isPossessive,
  isNameToken,
  isPhraseWord,
  isRoleNoun,
  lower,
  MAX_APPOSITIVE_TOKENS,
  POSSESSIVE_DETERMINERS,
} from './phraseWords.ts';
import {
  isCapitalised,
  isWordToken,
  QUOTE_MARK_TOKEN,
  tokenIndexAt,
  type Token,
} from './tokens.ts';

const MAX_RELATIVE_CLAUSE_TOKENS = 40;
/** "a spokesman for …", "the head of …", "Ambassador to the U.N.": what may follow a role word inside the role. */
const ROLE_COMPLEMENTS = new Set(['for', 'of', 'at', 'to']);

/**
 * Where "who" opens a relative clause that runs, with no comma and no name in it, up to
 * `end`: "Blair, the former Prime Minister who was instrumental in restarting devolution".
 */
function relativeAntecedent(
  tokens: readonly Token[],
  end: number,
  floor: number,
): number | undefined {
  for (let j = end; j >= Math.max(floor + 1, end - MAX_RELATIVE_CLAUSE_TOKENS); j--) {
    const token = tokens[j];
    if (!token || token.text === ',' || QUOTE_MARK_TOKEN.test(token.text)) return undefined;
    if (token.lower === 'who') {
      const clause = tokens.slice(j + 1, end + 1);
      // "his wife who was wearing a T-shirt that said": a clause inside the clause speaks.
      const plain =
        clause.length >= 2 &&
        /^\p{Ll}/u.test(clause[0]?.text ?? '') &&
        !clause.some((word) => word.lower === 'that' || word.lower === 'which');
      return plain && tokens[j - 1]?.text !== ',' ? j : undefined;
    }
  }
  return undefined;
}

/** The comma before ", whose …" that runs up to `end` with a verb of its own. */
function whoseClauseBefore(
  tokens: readonly Token[],
  end: number,
  floor: number,
): number | undefined {
  let verb = false;
  for (let j = end; j >= Math.max(floor + 1, end - MAX_RELATIVE_CLAUSE_TOKENS); j--) {
    const token = tokens[j];
    if (!token || token.text === ',' || QUOTE_MARK_TOKEN.test(token.text)) return undefined;
    if (FINITE_VERBS.has(token.lower)) verb = true;
    if (token.lower === 'whose') return verb && tokens[j - 1]?.text === ',' ? j - 1 : undefined;
  }
  return undefined;
}

/** The comma that opens ", who …," or ", which …," ending at `comma`, as a token index. */
function relativeClauseBefore(
  tokens: readonly Token[],
  comma: number,
  floor: number,
): number | undefined {
  for (let j = comma - 1; j >= Math.max(floor + 1, comma - MAX_RELATIVE_CLAUSE_TOKENS); j--) {
    const word = lower(tokens[j]);
    if ((word === 'who' || word === 'which') && tokens[j - 1]?.text === ',') return j - 1;
  }
  return undefined;
}

const RELATIVES = new Set(['who', 'that']);
const ASIDES = new Set(['however', 'meanwhile', 'though', 'too', 'also', 'therefore', 'instead']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
/** Words that open a clause, never an appositive: "…, but the country denies it, saying". */
const CLAUSE_OPENERS = new Set(['but', 'while', 'although', 'though', 'because']);
/** "and"/"or" open a clause only with a verb after them ("and the ministry denounced it"). */
const COORDINATORS = new Set(['and', 'or']);
const PAST_TENSE = /^\p{Ll}+ed$/u;

/** A verb in the past: "announced", or one of the irregular ones ("sent", "told"). */
export function isPastTense(token: Token): boolean {
  return PAST_TENSE.test(token.text) || IRREGULAR_PAST_VERBS.has(token.text);
}
const PARTICIPLE = /^\p{Ll}+ing$/u;
/** What follows "speaking", "writing", "commenting" in a participle's phrase (not "managing director"). */
const AFTER_PARTICIPLE = new Set([
  'at',
  'on',
  'in',
  'to',
  'for',
  'after',
  'before',
  'from',
  'with',
]);

function opensParticipialPhrase(words: readonly Token[]): boolean {
  return PARTICIPLE.test(words[0]?.text ?? '') && AFTER_PARTICIPLE.has(lower(words[1]));
}

/** A name followed by a verb in the past tense: "Swan opened the House" (not ", Jr. defended"). */
function namesThenActs(words: readonly Token[]): boolean {
  if (POST_NOMINALS.has(words[0]?.text ?? '')) return false;
  // "Umberto Bossi from the Lega Nord party attacked the plans, claiming": a name, where it
  // is from, and its verb (not "a man convicted of …", which opens on no name).
  const opensOnName = isNameToken(words[0]);
  return words.some(
    (word, i) =>
      i > 0 &&
      isPastTense(word) &&
      (isNameToken(words[i - 1]) || (opensOnName && ORGANISATION_NOUNS.has(lower(words[i - 1])))),
  );
}

/**
 * "Alexis Tsipras, of the Coalition of the Radical Left, opposed the budget cuts, saying",
 * "Huh Kyung-rak, organising committee official, suggested that …, adding": a verb in the
 * past and its object or clause, between commas before a participle, are the sentence's
 * predicate and not an aside about the body before them.
 */
function isPredicateBeforeParticiple(words: readonly Token[], cue: Token | undefined): boolean {
  const object = lower(words[1]);
  // "…, disagreed, saying": a verb alone is a predicate too.
  return (
    PARTICIPLE.test(cue?.text ?? '') &&
    words[0] !== undefined &&
    isPastTense(words[0]) &&
    (words.length === 1 ||
      DETERMINERS.has(object) ||
      POSSESSIVE_DETERMINERS.has(object) ||
      object === 'that' ||
      (object === 'for' && ASKED_FOR.has(lower(words[0]))))
  );
}

/**
 * "Louise Ellman, Labour MP for Liverpool Riverside, called for the release of Ms Gibbons,
 * stating": verbs that ask for something with "for", which no passive reads so.
 */
const ASKED_FOR = new Set(['called', 'asked', 'appealed', 'pressed', 'pushed', 'lobbied']);

function opensClause(words: readonly Token[]): boolean {
  if (CLAUSE_OPENERS.has(lower(words[0]))) return true;
  return COORDINATORS.has(lower(words[0])) && words.some((word) => isPastTense(word));
}

/**
 * An appositive between a name and its verb may run long ("a national security expert at
 * Boston University and a graduate of the U.S. Military Academy at West Point"): both its
 * commas bound it.
 */
const MAX_APPOSITIVE_BEFORE_CUE_TOKENS = 24;

/**
 * The appositive closed by the comma before a reporting verb: "Andrew Bacevich, a national
 * security expert at Boston University and a graduate of …, said". Long only when it is a
 * description and nothing else, and only before a finite verb ("…, saying" may close a clause).
 */
function appositiveBeforeVerb(
  tokens: readonly Token[],
  cue: number,
  comma: number,
  floor: number,
): ReturnType<typeof appositiveBefore> {
  const short = appositiveBefore(tokens, comma, floor);
  if (short || PARTICIPLE.test(tokens[cue]?.text ?? '')) return short;
  const long = appositiveBefore(tokens, comma, floor, MAX_APPOSITIVE_BEFORE_CUE_TOKENS);
  return long && isLongDescription(long.words) ? long : undefined;
}

/**
 * Words between a person's name and the body or place they are from: "Chris Hansen of
 * the ACLU", "a magistrate in Brikima".
 */
const BODY_OF_PERSON = new Set(['of', 'from', 'in']);

/** A long appositive is a person's description and nothing else: "a …" or "the …", a role, no verb. */
function isLongDescription(words: readonly Token[]): boolean {
  const opener = lower(words[0]);
  return (
    (opener === 'a' || opener === 'an' || opener === 'the') &&
    words.some((word) => isRoleNoun(word)) &&
    !words.some(
      (word) =>
        isPastTense(word) ||
        AUXILIARIES.has(word.lower) ||
        RELATIVES.has(word.lower) ||
        word.lower === 'which' ||
        word.lower === 'where',
    )
  );
}

/**
 * The words between the comma before `comma` and `comma`: an appositive ("Ned Price,
 * the spokesman,"), or a clause when they open with "but", "and"… (`clause` is then
 * set). A gloss in brackets is left out: "leader of the Democrats of the Left (DS) party".
 */
function appositiveBefore(
  tokens: readonly Token[],
  comma: number,
  floor: number,
  reach = MAX_APPOSITIVE_TOKENS,
): { words: Token[]; openingComma: number; clause: boolean } | undefined {
  const words: Token[] = [];
  for (let j = comma - 1; j >= Math.max(floor, comma - reach); j--) {
    const token = tokens[j];
    if (token?.text === ',' && isTownBeforeState(tokens, j, words)) continue;
    if (token?.text === ',') {
      const clause = opensClause(words);
      // "to President Bush, and NNSA employees,": a list, not an appositive.
      if (!clause && COORDINATORS.has(lower(words[0]))) return undefined;
      return { words, openingComma: j, clause };
    }
    if (token?.text === ')') {
      while (j > floor && tokens[j]?.text !== '(') j--;
      continue;
    }
    // "R-Ky.": a dot that closes an abbreviation is part of the word.
    const abbreviation = token?.text === '.' && tokens[j - 1]?.end === token.start;
    if (abbreviation) continue;
    if (!token || !/^[\p{L}\p{N}'’-]/u.test(token.text)) return undefined;
    words.unshift(token);
  }
  return undefined;
}

/** A town's name, before its state's comma, is short: "East Haddam", "Fort Worth". */
const MAX_TOWN_WORDS = 3;

/**
 * "in Philadelphia, Pennsylvania" at the comma `comma`, with `after` the words after it:
 * one place, which may go on ("Philadelphia, Pennsylvania for PNC Capital Advisors"). Only
 * after a preposition of place, and with nothing but a preposition after the state: not
 * "He Weiling, Washington representative of …".
 */
function isTownBeforeState(
  tokens: readonly Token[],
  comma: number,
  after: readonly Token[],
): boolean {
  let town = comma - 1;
  while (town > comma - 1 - MAX_TOWN_WORDS && /^\p{Lu}\p{Ll}/u.test(tokens[town]?.text ?? ''))
    town--;
  if (town === comma - 1 || !PLACE_PREPOSITIONS.has(tokens[town]?.text ?? '')) return false;
  const names = after.findIndex((word) => !/^\p{Lu}/u.test(word.text));
  const state = after.slice(0, names === -1 ? after.length : names);
  const next = after[state.length];
  return (
    (next === undefined || PREPOSITIONS.has(next.text)) &&
    STATES_AND_PROVINCES.has(state.map((word) => word.text).join(' '))
  );
}

/** "a Republican", "R-Ky.": an appositive short enough to be one before "…, who". */
const MAX_ASIDE_BEFORE_CLAUSE = 5;
const MAX_PLACE_ASIDE_BEFORE_CLAUSE = 8;
const ASIDE_PREPOSITIONS = new Set(['of', 'from']);

/** ", 34," at the comma `comma`: a person's age between commas, as AP writes it. */
function isAgeAfter(tokens: readonly Token[], comma: number): boolean {
  return (
    tokens[comma]?.text === ',' &&
    /^\d{1,3}$/u.test(tokens[comma + 1]?.text ?? '') &&
    tokens[comma + 2]?.text === ','
  );
}

/** "Maria Gonzalez, 34, a federal employee from Virginia, said": an age is no appositive. */
function withoutAge<T extends { openingComma: number }>(
  tokens: readonly Token[],
  appositive: T | undefined,
): T | undefined {
  if (!appositive) return undefined;
  const { openingComma } = appositive;
  return isAgeAfter(tokens, openingComma - 2)
    ? { ...appositive, openingComma: openingComma - 2 }
    : appositive;
}

const MAX_COMPLEMENT_TOKENS = 12;

/** A comma, but not one inside a number ("3,000"). */
function isClauseComma(token: Token, index: number, tokens: readonly Token[]): boolean {
  if (token.text !== ',') return false;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  const inNumber =
    before?.end === token.start && after?.start === token.end && /^\d/u.test(after.text);
  return !inNumber;
}

/** The name at `floor`, if only a complement without commas lies between it and `last`. */
function nameOpeningClause(
  text: string,
  tokens: readonly Token[],
  floor: number,
  last: number,
): SpeakerPhrase | undefined {
  const words = walkForward(tokens, floor, last);
  const gap = tokens.slice(floor + words.length, last + 1);
  if (words.length === 0 || gap.length > MAX_COMPLEMENT_TOKENS) return undefined;
  if (!PLACE_PREPOSITIONS.has(lower(gap[0])) || gap.some(isClauseComma)) return undefined;
  const phrase = interpretPhrase(text, words);
  return phrase?.form === 'name' && phrase.kind === 'person' ? phrase : undefined;
}

const MAX_COMPLEMENT_WORDS = 4;

/**
 * "A media release on the Sizzler website states": a document or a body, then a
 * complement in words that name no one, ending at `last`.
 */
function documentBeforeComplement(
  text: string,
  tokens: readonly Token[],
  last: number,
  floor: number,
): SpeakerPhrase | undefined {
  for (let j = last - 1; j >= Math.max(floor + 1, last - MAX_COMPLEMENT_WORDS); j--) {
    const token = tokens[j];
    if (!token || !isWordToken(token)) return undefined;
    if (!PLACE_PREPOSITIONS.has(token.lower) && token.lower !== 'on') continue;
    const subject = walkBack(tokens, j - 1, floor);
    const phrase = subject.length > 0 ? interpretPhrase(text, subject) : undefined;
    return phrase?.form === 'description' && phrase.kind === 'document' ? phrase : undefined;
  }
  return undefined;
}

/** "Mr Lex Lasry, QC," and "Neil Flewitt QC claimed": letters after a name, with or without a comma. */
function isPostNominal(tokens: readonly Token[], index: number): boolean {
  if (!POST_NOMINALS.has(tokens[index]?.text ?? '')) return false;
  const before = tokens[index - 1];
  if (before?.text === ',') return true;
  // Without the comma only capitals after a full name: "Robert L. Ehrlich Jr." keeps its
  // "Jr.", and "a NSW MP" is a description.
  return (
    /^[A-Z]+$/.test(tokens[index]?.text ?? '') &&
    isNameToken(before) &&
    isNameToken(tokens[index - 2])
  );
}

const MAX_BRACKET_TOKENS = 6;

const MAX_ASIDE_AFTER_AUXILIARY_TOKENS = 6;

/**
 * "had, in September, agreed" with `comma` the comma before the verb: the index of the
 * auxiliary before the aside's opening comma, when the aside holds no verb of its own.
 */
function asideAfterAuxiliary(
  tokens: readonly Token[],
  comma: number,
  floor: number,
): number | undefined {
  if (tokens[comma]?.text !== ',') return undefined;
  const reach = Math.max(floor, comma - 1 - MAX_ASIDE_AFTER_AUXILIARY_TOKENS);
  for (let j = comma - 1; j > reach; j--) {
    const token = tokens[j];
    if (!token || isPastTense(token) || FINITE_VERBS.has(token.lower)) return undefined;
    if (token.text !== ',') continue;
    return AUXILIARIES.has(lower(tokens[j - 1])) && j - 1 < comma - 2 ? j - 1 : undefined;
  }
  return undefined;
}

/**
 * The speaker phrase that ends just before token `cue` (its subject), looking no
 * further left than token `floor`. Handles "he", "X, who", and "X, the Y of Z,".
 */
export function phraseBefore(
  text: string,
  tokens: readonly Token[],
  cue: number,
  floor: number,
): SpeakerPhrase | undefined {
  let last = cue - 1;
  while (last >= floor && isAdverbBeforeCue(tokens, last)) last--;
  // "the Attorney General had, in September, agreed": an aside after the auxiliary.
  const aside = asideAfterAuxiliary(tokens, last, floor);
  if (aside !== undefined) {
    last = aside;
    while (last >= floor && isAdverbBeforeCue(tokens, last)) last--;
  }
  // "Joo Jei-jun, general coordinator of …, on Monday told reporters": when, before the verb.
  const day = WEEKDAY.test(tokens[last]?.text ?? '') && lower(tokens[last - 1]) === 'on';
  if (day && tokens[last - 2]?.text === ',') last -= 2;
  const token = tokens[last];
  if (!token || last < floor) return undefined;
  if (PRONOUNS.has(lower(token))) return interpretPhrase(text, [token]);
  // "the Organization for Security and Cooperation in Europe (OSCE) said", "Henry A.
  // Waxman (D-Calif.) said": a short aside in brackets after the name.
  if (token.text === ')') {
    const reach = Math.max(floor, last - MAX_BRACKET_TOKENS);
    const open = tokens.slice(reach, last).findLastIndex((candidate) => candidate.text === '(');
    const opening = open === -1 ? -1 : reach + open;
    if (opening <= floor) return undefined;
    // An acronym in brackets names the body as the article goes on to call it ("…
    // Cooperation in Europe (OSCE) said"), which the cast knows by its full name; the
    // words before the brackets would be read only in part ("Cooperation").
    const inside = tokens.slice(opening + 1, last);
    const acronym = inside.length === 1 && ACRONYM.test(inside[0]?.text ?? '');
    return acronym
      ? phraseBefore(text, tokens, last, last - 1)
      : phraseBefore(text, tokens, opening, floor);
  }
  // "Mr Lex Lasry, QC, … told": the letters after a name are not a name.
  if (isPostNominal(tokens, last)) {
    const nameEnd = tokens[last - 1]?.text === ',' ? last - 1 : last;
    return phraseBefore(text, tokens, nameEnd, floor);
  }
  if ((lower(token) === 'who' || lower(token) === 'which') && tokens[last - 1]?.text === ',') {
    // "William Patey, its ambassador to Baghdad, who predicted": read the role between
    // commas too, when it is one (a role noun, no verb).
    const withRole = phraseBefore(text, tokens, last, floor);
    const roleWords = withRole?.role?.split(/\s+/u) ?? [];
    const isRole =
      withRole?.form === 'name' &&
      withRole.kind === 'person' &&
      roleWords.some((word) => isRoleWord(word.toLowerCase())) &&
      !roleWords.some((word) => /^\p{Ll}+(?:ed|ing)$/u.test(word) || FINITE_VERBS.has(word));
    if (isRole) return withRole;
    const before = phraseBefore(text, tokens, last - 1, floor);
    // "students from Tehran University, who chanted": the clause is about the students.
    const preposition = before ? tokenIndexAt(tokens, before.start) - 1 : -1;
    const complement =
      before?.kind !== 'person' && COMPLEMENT_PREPOSITIONS.has(lower(tokens[preposition]));
    return preposition > floor && complement
      ? phraseBefore(text, tokens, preposition, floor)
      : before;
  }
  // "released a press statement that said they …": a document's own clause; the document
  // speaks, and its issuer for it.
  if (lower(token) === 'that' || lower(token) === 'which') {
    const document = phraseBefore(text, tokens, last, floor);
    const issued =
      document && ISSUING_VERBS.has(lower(tokens[tokenIndexAt(tokens, document.start) - 1]));
    if (document?.kind === 'document' && issued) return document;
  }
  // "condemning words by Chávez who called …": the one the clause is about speaks.
  if (lower(token) === 'who') {
    const antecedent = phraseBefore(text, tokens, last, floor);
    return (antecedent && copulaSubject(text, tokens, antecedent, floor)) ?? antecedent;
  }
  if (token.text === ',') {
    // "Jody Williams, who was awarded the Nobel Peace Prize in 1997 …, says": skip the clause.
    const relative = relativeClauseBefore(tokens, last, floor);
    // "Sen. Rand Paul, a Republican, who opposed it, said", "…, R-Ky., who opposed it,":
    // an appositive before the clause is read with its commas, as if the clause were not there.
    const aside = relative === undefined ? undefined : appositiveBefore(tokens, relative, floor);
    // "Nancy Pollina, of Don Apparel at 1119 Elmwood, who …": where someone is from may
    // run longer.
    const maxAside = ASIDE_PREPOSITIONS.has(lower(aside?.words[0]))
      ? MAX_PLACE_ASIDE_BEFORE_CLAUSE
      : MAX_ASIDE_BEFORE_CLAUSE;
    const asideBefore =
      aside !== undefined &&
      aside.words.length <= maxAside &&
      !aside.words.some((word) => word.lower === 'that' || isPastTense(word));
    if (relative !== undefined)
      return phraseBefore(text, tokens, asideBefore ? relative + 1 : relative, floor);
    const appositive = withoutAge(tokens, appositiveBeforeVerb(tokens, cue, last, floor));
    if (!appositive) {
      // "MP Mark Garnier, told the BBC: “…”": a stray comma after the subject.
      const stray =
        tokens[last - 1]?.text === ',' ? undefined : phraseBefore(text, tokens, last, floor);
      // A lone word opening the sentence is no such subject: "Maybe, said Goh".
      const named = stray?.form === 'name' && stray.kind === 'person' && /\s/u.test(stray.text);
      return named && stray.start === tokens[floor]?.start ? stray : undefined;
    }
    if (appositive.words.length === 0) return undefined;
    // "Another official, however, called": an aside between commas, not an appositive.
    if (appositive.words.length === 1 && ASIDES.has(lower(appositive.words[0])))
      return phraseBefore(text, tokens, appositive.openingComma, floor);
    // "Upon Khatami's return to Iran, he denied the handshake ever occurred, saying": a
    // clause with its own subject, never an appositive.
    const opener = appositive.words[0];
    if (opener && SUBJECT_PRONOUNS.has(opener.lower) && appositive.words.length > 1)
      return interpretPhrase(text, [opener]);
    // "…, and the Interior Ministry denounced the rally, stating": the clause's subject.
    if (appositive.clause) return phraseAfter(text, tokens, appositive.openingComma + 2, last - 1);
    // "On Wednesday, Swan opened the House …, stating": a name and its verb, a clause too.
    if (isPredicateBeforeParticiple(appositive.words, tokens[cue])) return undefined;
    if (namesThenActs(appositive.words))
      return phraseAfter(text, tokens, appositive.openingComma + 1, last - 1);
    const head = walkBack(tokens, appositive.openingComma - 1, floor);
    // "President Bush, speaking at a press conference alongside Paulson, said": a
    // participle's phrase describes the subject before it and names no one itself.
    // The subject is read as if the participle's phrase were not there, so its own
    // appositive still counts: "Pascal Lamy, Director-General of the WTO, speaking at …, said".
    if (opensParticipialPhrase(appositive.words))
      return phraseBefore(text, tokens, appositive.openingComma, floor);
    const alone = interpretPhrase(text, appositive.words);
    const headPhrase = head.length > 0 ? interpretPhrase(text, head) : undefined;
    // "the Australian National University, Doctor Michael McKinley,": the person speaks,
    // one the words show as a person: a title, a given name or a full name (not "a
    // Spanish company, Repsol,").
    const shownAsPerson =
      alone?.role !== null ||
      appositive.words.length > 1 ||
      genderOfGivenName(appositive.words.map((word) => word.text)) !== undefined;
    if (
      alone?.form === 'name' &&
      alone.kind === 'person' &&
      headPhrase?.kind === 'organization' &&
      shownAsPerson
    ) {
      const role = [alone.role, headPhrase.text].filter(Boolean).join(', ');
      const mention = text.slice(headPhrase.start, alone.end);
      return widened(alone, { text: mention, start: headPhrase.start, end: alone.end }, role);
    }
    // "Mary Steiner, head of the Outdoor Circle, an environmental group …, said": two
    // appositives; the name stands before the first.
    const headStart = appositive.openingComma - head.length;
    // "The leading supplier of uniforms in the United Kingdom, Lancashire-based manufacturer
    // Trutex, has announced": the head is the object of a preposition; the name speaks.
    // Not "a resident of Chicago, Illinois": a lone word and its state are one place.
    // But "One executive at Boeing, Dinesh Keskar," names a person after the one word: a
    // known given name, or a full name after where someone works.
    const personNamed =
      alone?.kind === 'person' &&
      (genderOfGivenName(appositive.words.map((word) => word.text)) !== undefined ||
        lower(tokens[headStart - 1]) === 'at');
    const placeAndState = (head.length === 1 && !personNamed) || appositive.words.length === 1;
    // The appositive is a name, or a role and a name; not a clause ending in one ("a
    // micronation located in Nevada").
    const wholeName =
      !appositive.words.some((word) => HEAD_OBJECT_PREPOSITIONS.has(word.lower)) &&
      (alone?.role !== null || appositive.words.every((word) => isNameToken(word)));
    if (
      alone?.form === 'name' &&
      wholeName &&
      !placeAndState &&
      HEAD_OBJECT_PREPOSITIONS.has(lower(tokens[headStart - 1]))
    )
      return alone;
    // "The Israeli ambassador to Switzerland in Bern, Aviv Shir-On,": a full name after a
    // role held in a one-word place, though no known given name opens it.
    if (
      alone?.form === 'name' &&
      alone.kind === 'person' &&
      wholeName &&
      appositive.words.length > 1 &&
      HEAD_OBJECT_PREPOSITIONS.has(lower(tokens[headStart - 1]))
    ) {
      const holder = phraseBefore(text, tokens, headStart - 1, floor);
      if (holder?.form === 'description' && holder.kind === 'person') return alone;
    }
    // Not "… returns to Liberia, Binyah Kesselly, chairman of …, told": a name, not a role.
    const personNamedAlone =
      headPhrase?.form === 'name' && headPhrase.kind === 'person' && headPhrase.role === null;
    // "Giorgio Sacerdoti, Chairman, WTO Appellate Body, said": a body's name after a lone
    // role is where the role is held, and the name before the role speaks.
    const bodyOfRole =
      alone?.form === 'name' && alone.kind === 'organization' && headPhrase?.form === 'description';
    if (
      headPhrase &&
      !personNamedAlone &&
      (alone?.form !== 'name' || bodyOfRole) &&
      tokens[headStart - 1]?.text === ','
    ) {
      const named = walkBack(tokens, headStart - 2, floor);
      const person = named.length > 0 ? interpretPhrase(text, named) : undefined;
      if (person?.form === 'name' && person.kind === 'person') {
        const mention = text.slice(person.start, headPhrase.end);
        return widened(
          person,
          { text: mention, start: person.start, end: headPhrase.end },
          headPhrase.text,
        );
      }
    }
    // "President Mugabe's party, Zanu-PF, called": the appositive names the owner's body.
    // So it does when the walk back stops at the body's noun ("The European consumer's
    // organisation, BEUC", "Their organisation, BEUC"), and when the appositive is a
    // body's name ("France's state-owned railway operator, SNCF").
    // And "a Spanish company, Repsol,": a body described with an article, then a name that
    // no given name opens.
    const ownedBody = head[head.length - 1];
    const describedBody =
      (DETERMINERS.has(lower(head[0])) || DETERMINERS.has(lower(tokens[headStart - 1]))) &&
      genderOfGivenName(appositive.words.map((word) => word.text)) === undefined;
    if (
      alone?.form === 'name' &&
      ownedBody !== undefined &&
      ownedBody.text === ownedBody.lower &&
      ORGANISATION_NOUNS.has(ownedBody.lower) &&
      (head.length === 1 ||
        isPossessive(head[head.length - 2]) ||
        alone.kind === 'organization' ||
        describedBody)
    )
      return widened(alone, alone, alone.role, 'organization');
    // "Chris Hansen of the ACLU, the plaintiffs, said": the body is where the person before
    // it is from; the whole is read as if the appositive were not there.
    const link = lower(tokens[headStart - 1]);
    if (BODY_OF_PERSON.has(link)) {
      const person = phraseBefore(text, tokens, appositive.openingComma, floor);
      // "based in Philadelphia, Pennsylvania": a place after "in" is where someone is, when
      // a given name shows them a person (not "Al-Qaeda in Iraq").
      const shownAsPerson =
        link !== 'in' || genderOfGivenName(person?.name?.split(/\s+/u) ?? []) !== undefined;
      if (person?.form === 'name' && person.kind === 'person' && shownAsPerson) return person;
    }
    if (head.length > 0) return interpretPhrase(text, head, appositive.words);
    // "A spokesman for the Council (CDRM), Major General X, said": the head is out of
    // reach, but the appositive alone names the speaker.
    return alone?.form === 'name' ? alone : undefined;
  }
  let words = walkBack(tokens, last, floor);
  // "Turner, whose term as CIA director was during the administration of Jimmy Carter
  // said": a "whose" clause with a verb of its own, its closing comma left out.
  const owner = whoseClauseBefore(tokens, last - words.length, floor);
  if (owner !== undefined) return phraseBefore(text, tokens, owner, floor);
  // "Tony Blair, the former British Prime Minister who was instrumental in restarting
  // devolution said", "Mahdi Abdel Hadi who heads the research group PASSIA says": a
  // relative clause without commas ends right before the verb; its antecedent speaks.
  const antecedent = relativeAntecedent(tokens, last - words.length, floor);
  // Not past a person named just before the verb: "by Chávez who called".
  const named =
    antecedent !== undefined && words.length > 0 ? interpretPhrase(text, words) : undefined;
  if (antecedent !== undefined && !(named?.form === 'name' && named.kind === 'person'))
    return phraseBefore(text, tokens, antecedent, floor);
  if (words.length === 0) return documentBeforeComplement(text, tokens, last, floor);
  // "One father who lost a son said": the object of a relative clause; its subject speaks.
  const verb = last - words.length;
  if (/^\p{Ll}+$/u.test(tokens[verb]?.text ?? '') && RELATIVES.has(lower(tokens[verb - 1])))
    // "Dr. Blanchard, who treated Whittington explained": the clause's comma goes too.
    return phraseBefore(text, tokens, tokens[verb - 2]?.text === ',' ? verb - 2 : verb - 1, floor);
  // "The mayor, Sandy Cyr, of nearby Westville said": where the person is from, after
  // the comma that closes their name.
  const from = placeOfOrigin(tokens, last - words.length, floor);
  if (from !== undefined && words.length > 0) {
    const person = phraseBefore(text, tokens, from, floor);
    if (person?.form === 'name' && person.kind === 'person') return person;
  }
  // "Police in downtown Alma Ata reported": the place is a complement; the subject is before it.
  let before = last - words.length;
  if (words.length > 0 && PLACE_PREPOSITIONS.has(lower(tokens[before]))) {
    while (before >= floor && PLACE_PREPOSITIONS.has(lower(tokens[before]))) before--;
    const subject = walkBack(tokens, before, floor);
    if (subject.length > 0) {
      words = subject;
      before -= subject.length;
    } else {
      // "Mahmoud Ahmadinejad in a speech to 3,000 students in Tehran said": the place
      // ends a longer complement; the subject is the name that opens the sentence.
      const opening = nameOpeningClause(text, tokens, floor, before);
      if (opening) return opening;
      // "One resident of the Syrian town of Abu Kamal said": the name is the town's.
      // The one from there may be the subject: "One resident".
      if (SETTLEMENT_NOUNS.has(lower(tokens[before]))) {
        const resident = phraseAfter(text, tokens, floor, before);
        return resident?.form === 'description' && resident.kind === 'person'
          ? resident
          : undefined;
      }
      // A lone word after "in" is a place or a time, never the subject: "a poll conducted
      // in May concluded" (but "in a statement Mr Narev said" names Mr Narev).
      if (words.length === 1) return undefined;
      // "A letter found inside the house referred to": a described place after a participle
      // and its preposition is where the subject was found, not the subject.
      // The participle follows the noun it describes: "letter found", not "Turkey said".
      const participle = tokens[before];
      const described = tokens[before - 1];
      if (
        participle !== undefined &&
        isPastTense(participle) &&
        described !== undefined &&
        /^\p{Ll}+$/u.test(described.text) &&
        !PRONOUNS.has(described.lower) &&
        interpretPhrase(text, words)?.form === 'description'
      )
        return undefined;
    }
  }
  if (words.length === 0) return undefined;
  // "John Sifton, researcher at Human Rights Watch said": an appositive missing its closing comma.
  if (tokens[before]?.text === ',') {
    const named =
      withNameBeforeComma(text, tokens, before, last, floor) ??
      personBeforeRoleAndBody(text, tokens, before, words, floor);
    if (named) return named;
  }
  // "Mark Durkan, the leader of the nationalist Social Democratic and Labour Party noted":
  // the body ends a role that opened after the name's comma and never closed.
  const opening = openRoleComma(tokens, before, floor, words);
  if (opening !== undefined) {
    const named = withNameBeforeComma(text, tokens, opening, last, floor);
    if (named) return named;
  }
  return interpretPhrase(text, words);
}

/**
 * "Whitey MacDonald, chairperson of Local 1520, Canadian Auto Workers union said": an
 * organisation after a role between commas is the person's, and the person speaks.
 */
function personBeforeRoleAndBody(
  text: string,
  tokens: readonly Token[],
  comma: number,
  words: readonly Token[],
  floor: number,
): SpeakerPhrase | undefined {
  const body = interpretPhrase(text, words);
  if (body?.kind !== 'organization') return undefined;
  const appositive = appositiveBefore(tokens, comma, floor);
  if (!appositive || appositive.clause || !appositive.words.some((word) => isRoleNoun(word)))
    return undefined;
  const head = walkBack(tokens, appositive.openingComma - 1, floor);
  const person = head.length > 0 ? interpretPhrase(text, head) : undefined;
  if (person?.form !== 'name' || person.kind !== 'person') return undefined;
  const role = `${join(text, appositive.words)}, ${body.text}`;
  return widened(
    person,
    { text: text.slice(person.start, body.end), start: person.start, end: body.end },
    role,
  );
}

/**
 * "Singapore Foreign Minister George Yeo": a role word, then a name of two words or more,
 * not a role's complement ("spokesman for President Mahmoud Abbas").
 */
function endsInFullName(words: readonly Token[]): boolean {
  if (words.some((word) => ROLE_COMPLEMENTS.has(word.lower) || word.lower === 'in')) return false;
  const lastRole = words.findLastIndex((word) => isRoleNoun(word));
  const name = words.slice(lastRole + 1);
  return lastRole !== -1 && name.length >= 2 && name.every((word) => isNameToken(word));
}

function withNameBeforeComma(
  text: string,
  tokens: readonly Token[],
  comma: number,
  last: number,
  floor: number,
): SpeakerPhrase | undefined {
  const role = tokens.slice(comma + 1, last + 1);
  // "In Aba, Sichuan, one witness reported": one of many, never a role of the name before.
  if (lower(role[0]) === 'one' || !role.some((token) => isRoleNoun(token))) return undefined;
  // "…from his counterpart Alexander Downer, Singapore Foreign Minister George Yeo said":
  // the words after the comma name their own speaker.
  if (endsInFullName(role)) return undefined;
  const head = walkBack(tokens, comma - 1, floor);
  const headStart = comma - head.length;
  if (head.length === 0) return undefined;
  // "Eventually, a legislative candidate named Feng Mei": an adverb, not a name; nor "Several
  // days after Ridge's announcement, Secretary …": a thing someone owns.
  if (head.length === 1 && /ly$/u.test(head[0]?.text ?? '')) return undefined;
  if (head.slice(0, -1).some((token) => isPossessive(token))) return undefined;
  // "Backing Mr Howard, Catholic Archbishop of Brisbane John Bathersby said": what a
  // participle opening the sentence acts on.
  if (headStart === floor && opensWithParticiple(tokens, floor)) return undefined;
  // "According to The Weekend Australian, a source said": the head is an object.
  const beforeHead = lower(tokens[headStart - 1]);
  if (PLACE_PREPOSITIONS.has(beforeHead) || beforeHead === 'to') return undefined;
  // "with sailors aboard the destroyer USS Higgins, the Pentagon chief said": a definite
  // description after a preposition's object is a new subject ("a spokesman" may be an
  // appositive that lost its closing comma).
  if (lower(role[0]) === 'the' && isObjectOfPreposition(tokens, headStart, floor)) return undefined;
  const named = interpretPhrase(text, head, role);
  return named?.form === 'name' && named.kind === 'person' ? named : undefined;
}

const HEAD_OBJECT_PREPOSITIONS = new Set(['in', 'of', 'from', 'at']);
const MAX_WORDS_BEFORE_OBJECT = 3;

/**
 * "aboard the destroyer USS Higgins", "with John Smith": the name a preposition governs.
 * Not "according to X", whose appositive is the rule.
 */
function isObjectOfPreposition(tokens: readonly Token[], start: number, floor: number): boolean {
  for (let i = start - 1; i >= Math.max(floor, start - 1 - MAX_WORDS_BEFORE_OBJECT); i--) {
    const word = lower(tokens[i]);
    if (PLACE_PREPOSITIONS.has(word) || OBJECT_PREPOSITIONS.has(word)) return true;
    if (!/^\p{Ll}+$/u.test(tokens[i]?.text ?? '')) return false;
  }
  return false;
}

/** Prepositions whose object a name can be, which then speaks for no role after it. */
const OBJECT_PREPOSITIONS = new Set([
  'with',
  'aboard',
  'alongside',
  'against',
  'among',
  'by',
  'for',
]);
const MAX_OPEN_ROLE_TOKENS = 8;
const FINITE_VERBS = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'will']);

/**
 * The comma of ", the leader of the nationalist …" ending at `end`: a determiner, a role,
 * plain words. The role noun may be in the lower-case words after `end` that the walk
 * back read as the subject: ", senior research analyst at the Texas Research League said".
 */
function openRoleComma(
  tokens: readonly Token[],
  end: number,
  floor: number,
  subject: readonly Token[],
): number | undefined {
  const describedBy = subject.every((word) => /^\p{Ll}/u.test(word.text)) ? subject : [];
  for (let j = end; j >= Math.max(floor + 1, end - MAX_OPEN_ROLE_TOKENS); j--) {
    const token = tokens[j];
    if (!token || !/^[\p{L}\p{N},'’-]/u.test(token.text)) return undefined;
    if (token.text !== ',') continue;
    const role = tokens.slice(j + 1, end + 1);
    // "…, assistant dean of political science at Baghdad University said": or a bare role.
    // "…, South Korean trade minister said": or a role led by where it is held, whose
    // noun is the word the walk back stopped at.
    const heldWhere = isCapitalised(role[0]?.text ?? '') && isRoleNoun(tokens[end + 1]);
    const opens =
      (DETERMINERS.has(lower(role[0])) && lower(role[0]) !== 'one') ||
      isDescriptor(role[0]) ||
      heldWhere;
    // "…, the Republican senator from Pennsylvania has directly challenged": a clause.
    const clause = role.some((word) => isPastTense(word) || FINITE_VERBS.has(word.lower));
    const roleNoun = [...role, ...describedBy].some((word) => isRoleNoun(word));
    return opens && !clause && (heldWhere || roleNoun) ? j : undefined;
  }
  return undefined;
}

const COPULAS = new Set(['was', 'is', 'became']);

/**
 * "John Gunther Dean, who was U.S. ambassador to Cambodia": a name whose relative clause
 * gives its role, so a later "he" can point at someone the article describes.
 */
function roleInRelativeClause(
  text: string,
  tokens: readonly Token[],
  words: readonly Token[],
  after: number,
  ceiling: number,
): SpeakerPhrase | undefined {
  if (tokens[after]?.text !== ',' || lower(tokens[after + 1]) !== 'who') return undefined;
  if (!COPULAS.has(lower(tokens[after + 2]))) return undefined;
  const clause = walkForward(tokens, after + 3, ceiling);
  const role = clause.filter((word, i) => !(i === 0 && DETERMINERS.has(lower(word))));
  if (!role.some((word) => isRoleNoun(word))) return undefined;
  const named = interpretPhrase(text, words);
  if (named?.form !== 'name' || named.kind !== 'person' || named.role !== null) return undefined;
  return widened(named, named, join(text, role));
}

function namesPerson(text: string, words: readonly Token[]): boolean {
  const phrase = interpretPhrase(text, words);
  return phrase?.form === 'name' && phrase.kind === 'person';
}

const PLURAL_HEAD = /[^s]s$/u;

const MAX_PLAIN_COMPLEMENT = 10;

const MAX_GROUP_TOKENS = 12;

/**
 * "one of those lawyers present during the hearing, Bradford Berenson", "one of the report's
 * authors Martin Ravallion": one of a group, then named in full.
 */
function memberNamed(
  text: string,
  tokens: readonly Token[],
  first: number,
  ceiling: number,
): SpeakerPhrase | undefined {
  const reach = Math.min(ceiling, first + MAX_GROUP_TOKENS);
  for (let j = first + 2; j <= reach; j++) {
    const token = tokens[j];
    if (!token || /^[.;:!?]$/u.test(token.text) || QUOTE_MARK_TOKEN.test(token.text))
      return undefined;
    const previous = tokens[j - 1];
    const opens = previous?.text === ',' || PLURAL_HEAD.test(lower(previous));
    if (!isNameToken(token) || !opens) continue;
    const person = phraseAfter(text, tokens, j, ceiling);
    if (person?.form !== 'name' || person.kind !== 'person' || !/\s/u.test(person.name ?? ''))
      return undefined;
    const start = tokens[first]?.start ?? person.start;
    const role = text.slice(start, previous?.text === ',' ? previous.start : token.start).trim();
    return widened(person, { text: text.slice(start, person.end), start, end: person.end }, role);
  }
  return undefined;
}

/**
 * How many tokens from `first` name the body a role is of, through further places and
 * bodies: "the Center for Human Rights and Global Justice at NYU Law School".
 */
function complementLength(tokens: readonly Token[], first: number, ceiling: number): number {
  let length = walkForward(tokens, first, ceiling).length;
  while (length > 0 && ROLE_COMPLEMENTS.has(lower(tokens[first + length]))) {
    const more = walkForward(tokens, first + length + 1, ceiling).length;
    if (more === 0) break;
    length += 1 + more;
  }
  return length;
}

/** How many lower-case words from `first` run up to a comma: "surgery" in "Chief of surgery,". */
function plainWordsBeforeComma(tokens: readonly Token[], first: number, ceiling: number): number {
  for (let j = first; j <= Math.min(ceiling, first + MAX_PLAIN_COMPLEMENT); j++) {
    const token = tokens[j];
    if (token?.text === ',') return j - first;
    // "vice president of research at the Foundation for Defense of Democracies,": plain
    // words, and the body they lead to.
    if (!token || !(/^\p{Ll}+$/u.test(token.text) || (j > first && isNameToken(token)))) return 0;
  }
  return 0;
}

const MAX_OUTLET_NAME = 60;

/**
 * "said a statement issued by the Interior Ministry", "according to a statement by the
 * Syrian government": a document's words are its issuer's.
 */
function documentIssuer(
  text: string,
  tokens: readonly Token[],
  words: readonly Token[],
  after: number,
  ceiling: number,
): SpeakerPhrase | undefined {
  // "a report last year by …", "a statement on Monday by …": when, before who.
  const dated = pastTimePhrase(tokens, after);
  const by = ISSUING_VERBS.has(lower(tokens[dated])) ? dated + 1 : dated;
  // "said a statement from the ministry" too.
  const preposition = lower(tokens[by]);
  if ((preposition !== 'by' && preposition !== 'from') || by + 1 > ceiling) return undefined;
  const document = interpretPhrase(text, words);
  if (document?.form !== 'description' || document.kind !== 'document') return undefined;
  const outlet = newsOrganisationAt(text, tokens, by + 1);
  if (outlet) return outlet;
  const issuer = phraseAfter(text, tokens, by + 1, ceiling);
  return issuer && issuer.kind !== 'document' ? issuer : undefined;
}

/** The token after a short phrase of when at `index` ("last year", "on Monday"), or `index`. */
function pastTimePhrase(tokens: readonly Token[], index: number): number {
  const word = lower(tokens[index]);
  const next = tokens[index + 1];
  if (word === 'yesterday' || word === 'today' || word === 'earlier') return index + 1;
  if ((word === 'last' || word === 'this') && TIME_UNITS.has(lower(next))) return index + 2;
  if (word === 'on' && WEEKDAY.test(next?.text ?? '')) return index + 2;
  return index;
}

const TIME_UNITS = new Set(['year', 'week', 'month']);

/** A news organisation whose name starts at token `first`: "USA Today", whose "Today" is no name word. */
function newsOrganisationAt(
  text: string,
  tokens: readonly Token[],
  first: number,
): SpeakerPhrase | undefined {
  const start = tokens[first]?.start ?? -1;
  const [found] = findNewsOrganisations(text.slice(start, start + MAX_OUTLET_NAME));
  if (!found || (found.start !== 0 && !/^the\s+$/iu.test(text.slice(start, start + found.start))))
    return undefined;
  const end = start + found.end;
  return organisationNamed({ text: text.slice(start, end), start, end }, found.organisation.name);
}

/** The speaker phrase starting at token `first`: "said | the minister", "according to | X". */
export function phraseAfter(
  text: string,
  tokens: readonly Token[],
  first: number,
  ceiling: number,
): SpeakerPhrase | undefined {
  const token = tokens[first];
  if (!token) return undefined;
  // "Her father thanked …": "her" before a noun is an owner, and names no one here.
  if (lower(token) === 'her' && /^\p{Ll}/u.test(tokens[first + 1]?.text ?? '')) return undefined;
  if (PRONOUNS.has(lower(token))) return interpretPhrase(text, [token]);
  if (lower(token) === 'one' && lower(tokens[first + 1]) === 'of') {
    const member = memberNamed(text, tokens, first, ceiling);
    if (member) return member;
  }
  const words = walkForward(tokens, first, ceiling);
  // "According to RFE/RL, …": a news organisation's name that the walk cuts short at a
  // slash ("RFE"), when nothing more follows it.
  const walked = words[words.length - 1]?.end ?? -1;
  const outlet = text[walked] === '/' ? newsOrganisationAt(text, tokens, first) : undefined;
  if (outlet && outlet.end > walked) {
    const next = tokens[tokenIndexAt(tokens, outlet.end)];
    if (!isNameToken(next) && !isRoleNoun(next)) return outlet;
  }
  if (words.length === 0) return undefined;
  let after = first + words.length;
  const described = roleInRelativeClause(text, tokens, words, after, ceiling);
  if (described) return described;
  const issuer = documentIssuer(text, tokens, words, after, ceiling);
  if (issuer) return issuer;
  // "said a spokesman for the National Security Council, Gordon Johndroe": the
  // complement is part of the role, and the name follows it.
  let roleWords = words;
  if (isRoleNoun(words[words.length - 1]) && ROLE_COMPLEMENTS.has(lower(tokens[after]))) {
    const named = complementLength(tokens, after + 1, ceiling);
    // "said Chief of surgery, Dr. Michel Pellerin": a complement in plain words.
    const complement = named > 0 ? named : plainWordsBeforeComma(tokens, after + 1, ceiling);
    if (complement > 0 && tokens[after + 1 + complement]?.text === ',') {
      roleWords = tokens.slice(first, after + 1 + complement);
      after += 1 + complement;
    }
  }
  // "said Olena Kovalenko, 63, a retired teacher": an age before the appositive.
  if (isAgeAfter(tokens, after) && DETERMINERS.has(lower(tokens[after + 3]))) after += 2;
  // "after Ridge's announcement, Secretary of Health …": a thing someone owns takes no
  // description of a person after its comma.
  const last = words[words.length - 1];
  const ownedThing =
    words.length >= 2 &&
    isPossessive(words[words.length - 2]) &&
    last !== undefined &&
    last.text === last.lower &&
    !isRoleNoun(last) &&
    !ORGANISATION_NOUNS.has(last.lower);
  if (tokens[after]?.text === ',' && !ownedThing) {
    const appositive: Token[] = [];
    for (let j = after + 1; j <= Math.min(ceiling, after + MAX_APPOSITIVE_TOKENS); j++) {
      const next = tokens[j];
      // "the Ministry of Foreign Affairs and Trade": "and" inside a body's name goes on.
      const withinBody =
        lower(next) === 'and' &&
        isNameToken(tokens[j + 1]) &&
        isNameToken(appositive[appositive.length - 1]) &&
        appositive.some((word) => ORGANISATION_NOUNS.has(word.lower) && word.text !== word.lower);
      if (!next || !/^[\p{L}\p{N}'’-]/u.test(next.text)) break;
      if (APPOSITIVE_ENDS.has(lower(next)) && !withinBody) break;
      // "George W. Bush, the President of the United States delivered a speech": a verb.
      // "Lazar Comanescu, the Romanian Foreign Affairs minister visited …": after "the"
      // and a role too (not "According to ANSTO, a worker received …", a new clause).
      const afterRole = isRoleNoun(tokens[j - 1]) && lower(appositive[0]) === 'the';
      if (isPastTense(next) && (isNameToken(tokens[j - 1]) || afterRole)) break;
      // "Australia, a sentiment echoed by Prime Minister Helen Clark": a clause whose agent
      // is someone else, not a description of the name before the comma.
      if (isPastTense(next) && lower(tokens[j + 1]) === 'by') break;
      appositive.push(next);
    }
    // "According to the text released by the press office, Pope Francis prays for “…”": an
    // appositive ends where the phrase does, not at a quote its own verb introduces.
    const closing = tokens[after + 1 + appositive.length];
    if (closing && QUOTE_MARK_TOKEN.test(closing.text)) appositive.length = 0;
    // "with sailors aboard the destroyer USS Higgins, the Pentagon chief said": words that
    // run on into a verb after a preposition's object are the subject of their own clause.
    const runsIntoVerb =
      lower(appositive[0]) === 'the' && closing !== undefined && isPastTense(closing);
    if (runsIntoVerb && isObjectOfPreposition(tokens, first, 0)) appositive.length = 0;
    // "said the minister, Ana Pérez.", "said Chief of surgery, Dr. Michel Pellerin": a
    // description naming no one, then the (titled) name.
    const bareName = appositive.length > 0 && appositive.every((word) => isNameToken(word));
    // "In Aba, Sichuan, one witness reported": "one" opens a new subject, not a role.
    const opener = lower(appositive[0]);
    const opensDescription =
      (DETERMINERS.has(opener) && opener !== 'one') || isDescriptor(appositive[0]);
    if (
      opensDescription &&
      appositive.some((word) => isRoleNoun(word)) &&
      !(bareName && namesPerson(text, appositive)) &&
      !personAfterBody(text, words, appositive)
    ) {
      return interpretPhrase(text, words, appositive);
    }
    const description = bareName ? interpretPhrase(text, words) : undefined;
    const role = roleWords.filter((word, i) => !(i === 0 && DETERMINERS.has(lower(word))));
    // A person's role ("a spokesman for …", "Chairman of the Iberia board"), not a group's:
    // "According to local sources, Lollipops was a popular restaurant".
    const personsRole =
      (description?.kind === 'person' || isRoleNoun(role[0])) &&
      !PLURAL_HEAD.test(description?.head ?? '');
    // "said Korean Railroad President, Lee Chul": a role word ending the words is a role,
    // not a surname ("John Major"), when a person's name stands beside them.
    const nameRun = appositive.findIndex((word) => !isNameToken(word));
    const named = nameRun === -1 ? appositive : appositive.slice(0, nameRun);
    const nameBeside =
      isRoleNoun(last) &&
      named.length >= 2 &&
      (description ?? interpretPhrase(text, words))?.form === 'name'
        ? interpretPhrase(text, named)
        : undefined;
    const person =
      nameBeside?.kind === 'person'
        ? nameBeside
        : description?.form === 'description' && personsRole
          ? interpretPhrase(text, appositive)
          : undefined;
    const roleStart = role[0]?.start;
    const roleEnd = role[role.length - 1]?.end;
    if (person?.form === 'name' && person.kind === 'person' && roleStart !== undefined) {
      const mention = text.slice(token.start, person.end);
      return widened(
        person,
        { text: mention, start: token.start, end: person.end },
        text.slice(roleStart, roleEnd),
      );
    }
  }
  return interpretPhrase(text, words);
}

/**
 * "Hugo Chavez is another head of state who has labeled …": a description after "is" is
 * what the named subject is, and the subject is who the clause is about.
 */
function copulaSubject(
  text: string,
  tokens: readonly Token[],
  predicate: SpeakerPhrase,
  floor: number,
): SpeakerPhrase | undefined {
  const copula = tokenIndexAt(tokens, predicate.start) - 1;
  if (predicate.form !== 'description' || !COPULAS.has(lower(tokens[copula]))) return undefined;
  const subject = phraseBefore(text, tokens, copula, floor);
  return subject?.form === 'name' && subject.kind === 'person' ? subject : undefined;
}

/**
 * "According to the United States military, a U.S. soldier, an Iraqi soldier … were
 * wounded": someone described after a body ("a soldier") is no description of it, but the
 * next clause's subject; a body may be described as one ("the ACF, a lobby group").
 */
function personAfterBody(
  text: string,
  words: readonly Token[],
  appositive: readonly Token[],
): boolean {
  const head = appositive[appositive.length - 1];
  const indefinite = lower(appositive[0]) === 'a' || lower(appositive[0]) === 'an';
  if (!indefinite || !isRoleNoun(head) || ORGANISATION_NOUNS.has(lower(head))) return false;
  return interpretPhrase(text, words)?.kind === 'organization';
}

/**
 * Every name-like phrase in tokens [from, to): the raw material for an article's cast.
 * Roles given beside a name are joined to it: "the president of Kazakhstan, Kassym-Jomart
 * Tokayev," and "Maria Lopez, the mayor,".
 */
/** Index of "of" or "from" in ", of (nearby) Westville", the place ending at token `place`. */
function placeOfOrigin(tokens: readonly Token[], place: number, floor: number): number | undefined {
  // "of Digby, Nova Scotia said": a town, then its province or state.
  let before = place;
  if (tokens[before]?.text === ',' && isNameToken(tokens[before - 1])) {
    before--;
    while (before > floor && isNameToken(tokens[before])) before--;
  }
  const adjective =
    /^\p{Ll}+$/u.test(tokens[before]?.text ?? '') && !ORIGINS.has(lower(tokens[before]));
  const word = adjective ? before - 1 : before;
  const comma = tokens[word - 1]?.text === ',';
  return ORIGINS.has(lower(tokens[word])) && comma && word - 1 > floor ? word : undefined;
}

const ORIGINS = new Set(['of', 'from']);

/** Words after which a name is what the noun before them belongs to: "students from …". */
const COMPLEMENT_PREPOSITIONS = new Set(['from', 'of', 'at']);

const OPENING_PARTICIPLES = new Set<string>([
  ...CUE_VERBS.filter((verb) => verb.endsWith('ing')),
  // "Wearing Iraqi flags, demonstrators marched …": what a crowd carries, not a name.
  'wearing',
  'carrying',
  'holding',
  'waving',
  'brandishing',
  // "Replacing Freitas do Amaral … will be Luís Amado": what is done to someone named next.
  'replacing',
  'succeeding',
  'including',
  'joining',
  'defeating',
  'beating',
  'meeting',
  'visiting',
  'welcoming',
  'accompanying',
  'representing',
  'challenging',
  'opposing',
  'supporting',
  'backing',
  'endorsing',
  'criticising',
  'criticizing',
  'praising',
  'thanking',
  'honouring',
  'honoring',
  'remembering',
  'blaming',
  'accusing',
  'naming',
  'appointing',
  'nominating',
  'interviewing',
  // "Buying Yahoo out of the business leaves Monster …", "Regarding Castro, …": what is
  // done with, or said about, the one named next.
  'buying',
  'selling',
  'purchasing',
  'acquiring',
  'following',
  'regarding',
  'concerning',
  'addressing',
  'excluding',
  'echoing',
  'quoting',
  'paraphrasing',
]);

/** "Calling Thaksin “unusually rich,” the committee said": a participle opens the sentence. */
export function opensWithParticiple(tokens: readonly Token[], from: number): boolean {
  if (OPENING_PARTICIPLES.has(lower(tokens[from]))) return true;
  // "Campaigning in Nova Scotia, …": any participle before a preposition or an article;
  // not "Irving said" or "Manning, the …".
  // "Backing Mr Howard, …": or before a title, which a name never follows.
  const word = lower(tokens[from]);
  const next = lower(tokens[from + 1]);
  return (
    word.length > 5 &&
    word.endsWith('ing') &&
    (AFTER_OPENING_PARTICIPLE.has(next) || PERSONAL_TITLES.has(next))
  );
}

const AFTER_OPENING_PARTICIPLE = new Set([
  'in',
  'at',
  'on',
  'for',
  'to',
  'with',
  'from',
  'about',
  'after',
  'before',
  'through',
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
]);

/** Nouns for a place whose name follows "of": "the town of Abu Kamal". */
const SETTLEMENT_NOUNS = new Set([
  'town',
  'city',
  'village',
  'province',
  'district',
  'region',
  'county',
  'suburb',
  'island',
  'port',
]);

const PREPOSITIONS_BEFORE_BODY = new Set(['for', 'of', 'at', 'from', 'with', 'to', 'by', 'in']);

const MAX_BODY_DESCRIPTION_TOKENS = 6;
const SAYING_VERBS = new Set<string>(CUE_VERBS);
/** Body nouns that may name someone's trade: "Scott, a Quiznos sandwich maker,". */
const TRADES = new Set(['maker', 'producer', 'operator', 'guard']);

/**
 * "Nokia, the Finnish telecommunications firm,": a body's description after a name that no
 * given name opens shows the name a body's, so that "the company" later means it. The
 * description ends on the body's noun, then a comma or the verb.
 */
function describedAsBody(
  tokens: readonly Token[],
  phrase: SpeakerPhrase,
  to: number,
): Token | undefined {
  const comma = tokenIndexAt(tokens, phrase.end);
  if (phrase.form !== 'name' || phrase.role !== null || tokens[comma]?.text !== ',')
    return undefined;
  if (!DETERMINERS.has(lower(tokens[comma + 1]))) return undefined;
  if (genderOfGivenName(phrase.name?.split(/\s+/u) ?? []) !== undefined) return undefined;
  // "Although Russia has supported sanctions against Iran, the Russian government says":
  // an object, then the next clause's subject.
  if (PREPOSITIONS.has(lower(tokens[tokenIndexAt(tokens, phrase.start) - 1]))) return undefined;
  // "Further, the magazine claims": a connective, not a name.
  const lone = phrase.text.toLowerCase();
  if (CONNECTIVES.has(lone) || /^\p{L}+ly$/u.test(lone)) return undefined;
  const last = Math.min(to - 1, comma + 1 + MAX_BODY_DESCRIPTION_TOKENS);
  for (let k = comma + 2; k <= last; k++) {
    const word = tokens[k];
    // "Faye Turney, the only female in the group,": the head comes before a preposition.
    if (!word || !isWordToken(word) || PREPOSITIONS.has(word.text)) return undefined;
    const after = tokens[k + 1];
    // "…, CC-Bank, the bank said": a verb of saying makes the description its subject.
    const ends =
      after === undefined ||
      after.text === ',' ||
      (/^\p{Ll}+$/u.test(after.text) && !SAYING_VERBS.has(after.text));
    const bodyNoun = ORGANISATION_NOUNS.has(word.text) && !TRADES.has(word.text);
    if (bodyNoun && ends) return word;
  }
  return undefined;
}

export function phrasesIn(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): SpeakerPhrase[] {
  const phrases: SpeakerPhrase[] = [];
  for (let i = from; i < to; i++) {
    if (!isNameToken(tokens[i]) || isPostNominal(tokens, i)) continue;
    if (i === from && opensWithParticiple(tokens, i)) continue;
    // "“…,” Said Christine van Nieuwenhuyse": the verb, capitalised, after a quote.
    if (isSaidVerbAt(tokens, i)) continue;
    // Start where the phrase starts: "former U.N. secretary-general Kofi Annan".
    let start = i;
    while (start > from && isPhraseWord(tokens[start - 1]) && !isNameToken(tokens[start - 1]))
      start--;
    // "the president of Brazil, Luiz Inácio Lula da Silva,": a role in lower case, then "of".
    if (start - 2 >= from && lower(tokens[start - 1]) === 'of' && isRoleNoun(tokens[start - 2])) {
      start -= 2;
      while (start > from && isPhraseWord(tokens[start - 1]) && !isNameToken(tokens[start - 1]))
        start--;
    }
    if (start > from && DETERMINERS.has(lower(tokens[start - 1]))) start--;
    const phrase = phraseAfter(text, tokens, start, to - 1);
    if (!phrase) continue;
    const next = tokenIndexAt(tokens, phrase.end);
    const previous = phrases[phrases.length - 1];
    const betweenCommas =
      previous?.form === 'description' &&
      phrase.form === 'name' &&
      tokens[start - 1]?.text === ',' &&
      tokens[next]?.text === ',';
    // "The UN mission in the country, Monuc, has …": a body's name beside its description,
    // unless a given name shows a person ("the embassy, John Smith, …").
    const namesBody =
      betweenCommas &&
      previous.kind === 'organization' &&
      previous.definite &&
      // Not the body a person speaks for: "a spokesman for the Chinese parliament, Li Zhaoxing,".
      !PREPOSITIONS_BEFORE_BODY.has(lower(tokens[tokenIndexAt(tokens, previous.start) - 1])) &&
      genderOfGivenName(phrase.name?.split(/\s+/u) ?? []) === undefined;
    const noun = describedAsBody(tokens, phrase, to);
    if (betweenCommas && (previous.kind === 'person' || namesBody)) {
      const mention = text.slice(previous.start, phrase.end);
      phrases[phrases.length - 1] = widened(
        phrase,
        { text: mention, start: previous.start, end: phrase.end },
        previous.role,
        previous.kind,
      );
    } else if (noun) {
      const opening = tokens[next + 1]?.start ?? noun.start;
      const mention = {
        text: text.slice(phrase.start, noun.end),
        start: phrase.start,
        end: noun.end,
      };
      phrases.push(widened(phrase, mention, text.slice(opening, noun.end), 'organization'));
      i = Math.max(i, tokenIndexAt(tokens, noun.end) - 1);
      continue;
    } else {
      phrases.push(phrase);
    }
    i = Math.max(i, next - 1);
  }
  return phrases;
}
