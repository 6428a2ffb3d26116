/**
 * One pass over an article, in reading order, that builds its cast: every named
 * person and organisation, their roles, where each is mentioned, and which of them
 * issued statements that a later "the note said" can point back to.
 */
import { lookupOffset, type BlockContext } from './blockContext.ts';
import { cueSubjects, subjectJustBefore } from './cueSubjects.ts';
import {
  DOCUMENT_NOUNS,
  ISSUING_VERBS,
  OPENING_SUBORDINATORS,
  ORGANISATION_NOUNS,
  PLACE_PREPOSITIONS,
  PREPOSITIONS,
} from './lexicon.ts';
import { isPastTense, phraseAfter, phraseBefore, phrasesIn } from './nounPhrase.ts';
import { endsWithOwner, interpretPhrase, type SpeakerPhrase } from './phraseMeaning.ts';
import { genderOfGivenName } from './givenNames.ts';
import { Cast, isAnonymousWitness, positionOf, pronounGender, type CastMember } from './people.ts';
import {
  AUXILIARIES,
  DETERMINERS,
  isNameToken,
  isPossessive,
  isRoleNoun,
  LOWER_CASE_WORD,
  MAX_NICKNAME_TOKENS,
  NAME_COMPLEMENT_WORDS,
  POSSESSIVE_DETERMINERS,
} from './phraseWords.ts';
import { QUOTE_MARK_TOKEN, tokenIndexAt, type Token } from './tokens.ts';

const DOCUMENT_LOOKAHEAD = 6;
/** "who spoke on condition of anonymity", "asked not to be named": a speaker kept unnamed. */
const ANONYMITY =
  /\b(?:on condition (?:of anonymity|that (?:he|she|they) (?:not be|remain) (?:named|identified|anonymous))|(?:asked|declined|refused) (?:not )?to be (?:named|identified)|not (?:want|wish) to be (?:named|identified))\b/iu;
const OPENING_PREPOSITIONS = new Set([
  'upon',
  'after',
  'following',
  'before',
  'on',
  'in',
  'during',
]);

const MAX_OPENING_PHRASE_TOKENS = 4;

/**
 * Where "the" and a role open a sentence's subject: at its start, or after an opening
 * phrase ("During questioning the Prime Minister sought …", "On Monday, the minister
 * met …"); -1 when neither does.
 */
function describedSubjectAt(tokens: readonly Token[], from: number): number {
  const roleAfter = (at: number): boolean =>
    tokens[at]?.lower === 'the' && (isRoleNoun(tokens[at + 1]) || isRoleNoun(tokens[at + 2]));
  if (roleAfter(from)) return from;
  if (!OPENING_PREPOSITIONS.has(tokens[from]?.lower ?? '')) return -1;
  for (let at = from + 2; at <= from + MAX_OPENING_PHRASE_TOKENS; at++) {
    const token = tokens[at - 1];
    if (token === undefined || DETERMINERS.has(token.lower)) return -1;
    if (roleAfter(at)) return at;
  }
  return -1;
}

function nameWords(phrase: SpeakerPhrase): number {
  return phrase.name?.split(/\s+/u).length ?? 0;
}

function isPlace(tokens: readonly Token[], phrase: SpeakerPhrase): boolean {
  const index = tokenIndexAt(tokens, phrase.start);
  if (!PLACE_PREPOSITIONS.has(tokens[index - 1]?.lower ?? '')) return false;
  // "The government of Daniel Ortega": a common given name opens a person's name, not a place's.
  const words = phrase.name?.split(/\s+/u) ?? [];
  if (phrase.kind === 'person') return genderOfGivenName(words) === undefined;
  // "a decision of the European Union": a body by its noun, not a place; but not "the
  // Senate and Joyce", where a run through "and" may join two.
  const body =
    phrase.kind === 'organization' &&
    !words.includes('and') &&
    words.some((word) => /^\p{Lu}/u.test(word) && ORGANISATION_NOUNS.has(word.toLowerCase()));
  return !body;
}

const MAX_LEAD_TOKENS = 3;
const MAX_LEAD_BEFORE_COMMA_TOKENS = 8;
const MAX_OPENING_CLAUSE_TOKENS = 16;

/** "caretaker", "embattled": a word in lower case that is no preposition or verb in the past. */
function isPlainModifier(token: Token): boolean {
  return (
    LOWER_CASE_WORD.test(token.text) &&
    !PLACE_PREPOSITIONS.has(token.lower) &&
    !NAME_COMPLEMENT_WORDS.has(token.lower) &&
    !PREPOSITIONS.has(token.lower) &&
    !isPastTense(token)
  );
}

/** The phrase opens its sentence, perhaps after an opening phrase: "On Thursday, Mr. Annan …". */
function opensSentence(
  tokens: readonly Token[],
  sentenceStart: number,
  phrase: SpeakerPhrase,
): boolean {
  const index = tokenIndexAt(tokens, phrase.start);
  if (index === sentenceStart) return true;
  // "When Regent chairman George Pearsons took his position in May, he said …": the subject
  // of an opening clause is who "he" is after it.
  if (
    index === sentenceStart + 1 &&
    OPENING_SUBORDINATORS.has(tokens[sentenceStart]?.lower ?? '') &&
    actsNext(tokens, phrase)
  )
    return true;
  // "Upon Khatami's return to Iran, he denied …": the owner in an opening phrase is its subject.
  if (
    index === sentenceStart + 1 &&
    OPENING_PREPOSITIONS.has(tokens[sentenceStart]?.lower ?? '') &&
    endsWithOwner(phrase)
  )
    return true;
  // "The caretaker prime minister of Belgium, Guy Verhofstadt, reappeared", "His son Anzor
  // Maskhadov, aged 29, has …": an article or an owner, and a word or two of description,
  // before the phrase.
  const lead = tokens.slice(sentenceStart, index);
  if (
    lead.length <= MAX_LEAD_TOKENS &&
    (DETERMINERS.has(lead[0]?.lower ?? '') || POSSESSIVE_DETERMINERS.has(lead[0]?.lower ?? '')) &&
    lead.slice(1).every((token) => isPlainModifier(token))
  )
    return true;
  const comma = lead.findLastIndex((token) => token.text === ',');
  if (comma === -1 || sentenceStart + comma !== index - 1) return false;
  if (index - sentenceStart <= MAX_LEAD_BEFORE_COMMA_TOKENS) return true;
  // "When campaigning for the United States Senate in 2006, Steele had been …": a longer
  // opening clause, when a verb shows the name acting (not "The consultation … in
  // Avonmouth, Bristol, United Kingdom closed", a list of places).
  const opener = tokens[sentenceStart]?.lower ?? '';
  return (
    index - sentenceStart <= MAX_OPENING_CLAUSE_TOKENS &&
    (OPENING_PREPOSITIONS.has(opener) || OPENING_SUBORDINATORS.has(opener)) &&
    actsNext(tokens, phrase)
  );
}

/** A verb in the past or an auxiliary right after the phrase: "Steele had been", "Pearsons took". */
function actsNext(tokens: readonly Token[], phrase: SpeakerPhrase): boolean {
  const verb = tokens[tokenIndexAt(tokens, phrase.end)];
  return verb !== undefined && (isPastTense(verb) || AUXILIARIES.has(verb.text));
}

function isWorthRegistering(tokens: readonly Token[], phrase: SpeakerPhrase): boolean {
  // "the life of the president of Afghanistan, Hamid Karzai" names a person, not a place;
  // "a conference in Wyoming, the bank chief," names a place.
  const roleFirst = phrase.role !== null && !phrase.text.startsWith(phrase.name ?? '');
  // "the role of Rene Oswin, spokesperson for HUD": a role after the name with no article
  // is a person's title, where "Wyoming, the bank chief" is someone beside a place.
  const titledAfter =
    phrase.role !== null && !roleFirst && !/,\s+(?:the|a|an)\s/iu.test(phrase.text);
  if (phrase.form !== 'name' || (!roleFirst && !titledAfter && isPlace(tokens, phrase)))
    return false;
  return phrase.kind === 'organization' || phrase.role !== null || nameWords(phrase) >= 2;
}

/** The person named after the "of" or "for" of a described role, if any. */
function pointedAt(
  masked: string,
  tokens: readonly Token[],
  phrase: SpeakerPhrase,
  to: number,
): SpeakerPhrase | undefined {
  if (phrase.form !== 'description' || phrase.kind !== 'person') return undefined;
  const first = tokenIndexAt(tokens, phrase.start);
  const last = tokenIndexAt(tokens, phrase.end) - 1;
  for (let i = last; i > first; i--) {
    const word = tokens[i]?.lower;
    if (word !== 'of' && word !== 'for') continue;
    const named = phraseAfter(masked, tokens, i + 1, Math.min(last, to - 1));
    return named?.form === 'name' && named.kind === 'person' ? named : undefined;
  }
  return undefined;
}

const SPEECH_MAKING_VERBS = new Set(['making', 'giving', 'delivering', 'issuing']);
const SPEECHES = new Set(['statement', 'speech', 'address', 'announcement', 'remarks']);

/**
 * "with minister Hilary Benn making a statement to the house … He said": the one making a
 * speech is the subject of its clause, and has spoken.
 */
function makesSpeech(tokens: readonly Token[], phrase: SpeakerPhrase): boolean {
  const next = tokenIndexAt(tokens, phrase.end);
  if (!SPEECH_MAKING_VERBS.has(tokens[next]?.lower ?? '')) return false;
  const determiner = DETERMINERS.has(tokens[next + 1]?.lower ?? '') ? 1 : 0;
  return SPEECHES.has(tokens[next + 1 + determiner]?.lower ?? '');
}

/**
 * "Randy “Duke” Cunningham": the given name, and any initials, before a nickname in quote
 * marks, when the phrase is the one name after them, so that "Cunningham" is known in full.
 */
function givenNameBeforeNickname(
  tokens: readonly Token[],
  phrase: SpeakerPhrase,
): string | undefined {
  const first = tokenIndexAt(tokens, phrase.start);
  // The mark first: it turns nearly every phrase away before its words are counted.
  if (!QUOTE_MARK_TOKEN.test(tokens[first - 1]?.text ?? '') || nameWords(phrase) !== 1)
    return undefined;
  for (let open = first - 2; open >= first - 1 - MAX_NICKNAME_TOKENS; open--) {
    if (!QUOTE_MARK_TOKEN.test(tokens[open]?.text ?? '')) continue;
    const given = tokens[open - 1];
    // Any name word: one a nickname follows is a given name, though no list knows it
    // ("Lewis", more often a surname).
    if (!given || !isNameToken(given) || isRoleNoun(given)) return undefined;
    // "I. Lewis “Scooter” Libby": initials before the given name are the name's too.
    let initials = open - 1;
    while (INITIAL_TOKEN.test(tokens[initials - 1]?.text ?? '')) initials--;
    return tokens
      .slice(initials, open)
      .map((token) => token.text)
      .join(' ');
  }
  return undefined;
}

const INITIAL_TOKEN = /^\p{Lu}\.$/u;

/**
 * "said in a statement", "wrote in a letter on Friday", "Toyota, in a statement posted on
 * their website, said": the subject issued a document, named in the tokens from `from`
 * before `to`.
 */
function issuesDocument(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (tokens[i]?.lower !== 'in') continue;
    for (let j = i + 1; j < i + 4; j++) {
      if (DOCUMENT_NOUNS.has(tokens[j]?.lower ?? '')) return true;
    }
  }
  return false;
}

/**
 * "the report by X", "a statement issued by X", "a letter from X", "The report of the
 * Public Sector Divestment Committee": the document X wrote.
 */
function documentWritten(tokens: readonly Token[], phrase: SpeakerPhrase): string | undefined {
  const index = tokenIndexAt(tokens, phrase.start);
  const preposition = tokens[index - 1]?.lower;
  if (preposition !== 'by' && preposition !== 'from' && preposition !== 'of') return undefined;
  const issued = ISSUING_VERBS.has(tokens[index - 2]?.lower ?? '') ? 1 : 0;
  const noun = tokens[index - 2 - issued]?.lower ?? '';
  return DOCUMENT_NOUNS.has(noun) ? noun : undefined;
}

/**
 * "the release of the Tower Commission report": a document called by the name of whoever
 * wrote it. The reading keeps the noun in the mention and leaves it out of the name.
 */
function documentNamedFor(tokens: readonly Token[], phrase: SpeakerPhrase): string | undefined {
  const last = tokens[tokenIndexAt(tokens, phrase.end) - 1];
  const opensWithThe = tokens[tokenIndexAt(tokens, phrase.start)]?.lower === 'the';
  return phrase.form === 'name' &&
    opensWithThe &&
    last?.text === last?.lower &&
    DOCUMENT_NOUNS.has(last?.lower ?? '')
    ? last?.lower
    : undefined;
}

/** Verbs by which someone puts out a document of their own: "issued a statement". */
const PUTTING_OUT_VERBS = new Set([
  'issued',
  'released',
  'published',
  'posted',
  'submitted',
  'filed',
  'sent',
  'delivered',
  // "Zuckerman introduced a resolution …. The resolution says": a member's own measure.
  'introduced',
  'tabled',
]);
/** "released a 40-page report", "submitted a sentencing memo": words between verb and noun. */
const MAX_WORDS_BEFORE_DOCUMENT = 3;

/** "issued a statement", "has released its annual report": the document's noun. */
function documentPutOutAt(tokens: readonly Token[], verb: number, to: number): string | undefined {
  if (!PUTTING_OUT_VERBS.has(tokens[verb]?.lower ?? '')) return undefined;
  if (
    !DETERMINERS.has(tokens[verb + 1]?.lower ?? '') &&
    !POSSESSIVE_DETERMINERS.has(tokens[verb + 1]?.lower ?? '')
  )
    return undefined;
  for (let i = verb + 2; i < Math.min(to, verb + 2 + MAX_WORDS_BEFORE_DOCUMENT); i++) {
    const token = tokens[i];
    if (!token || !LOWER_CASE_WORD.test(token.text)) return undefined;
    if (DOCUMENT_NOUNS.has(token.lower)) return token.lower;
  }
  return undefined;
}

/**
 * "The G8 leaders issued a statement expressing …. The statement said …": who put out a
 * document, so that a later "the statement" is theirs.
 */
function documentsPutOut(
  context: BlockContext,
  from: number,
  to: number,
): { issuer: SpeakerPhrase; noun: string }[] {
  const { masked, tokens } = context;
  const found: { issuer: SpeakerPhrase; noun: string }[] = [];
  for (let verb = from + 1; verb < to; verb++) {
    const noun = documentPutOutAt(tokens, verb, to);
    if (!noun) continue;
    const issuer =
      phraseBefore(masked, tokens, verb, from) ?? subjectJustBefore(context, verb, from);
    // "Justices Arijit Pasayat and L.S Panta issued a notice": theirs, not the last one's.
    const joined = issuer && tokens[tokenIndexAt(tokens, issuer.start) - 1]?.lower === 'and';
    if (issuer && !joined) found.push({ issuer, noun });
  }
  return found;
}

/**
 * "the last two years of George W. Bush's presidency": the person who owns what the phrase
 * names, so that a later "Bush" is known by his full name. Only a name whose first word is
 * a common given name: "Shawn Graham's Liberals" is a party, and "Microsoft's" no person.
 */
function personOwning(
  text: string,
  tokens: readonly Token[],
  phrase: SpeakerPhrase,
): SpeakerPhrase | undefined {
  const first = tokenIndexAt(tokens, phrase.start);
  const last = tokenIndexAt(tokens, phrase.end) - 1;
  const owned = tokens.slice(first, last).findIndex((token) => isPossessive(token));
  if (owned < 1) return undefined;
  const words = tokens.slice(first, first + owned + 1);
  if (!words.every((token) => isNameToken(token))) return undefined;
  const owner = interpretPhrase(text, words);
  const name = owner?.name?.split(/\s+/u) ?? [];
  return owner?.form === 'name' && owner.kind === 'person' && genderOfGivenName(name) !== undefined
    ? owner
    : undefined;
}

/**
 * The token of "one" in "one trader said" or a sentence's "One said": a speaker the text
 * picks out of a group and does not name.
 */
function oneOfManyBefore(tokens: readonly Token[], cue: number, from: number): number | undefined {
  const before = tokens[cue - 1];
  if (before?.lower === 'one' && cue - 1 === from) return cue - 1;
  const noun = /^\p{Ll}+$/u.test(before?.text ?? '');
  return noun && tokens[cue - 2]?.lower === 'one' ? cue - 2 : undefined;
}

/**
 * Words that open a clause of time, cause or condition inside another: "which was shelved
 * when the Soviet leader insisted". Not a relative "that": in "a charge that Correa
 * quickly denied. “…,” he said", Correa is who speaks next.
 */
const SUBORDINATORS = new Set([
  'when',
  'because',
  'after',
  'before',
  'if',
  'while',
  'although',
  'though',
  'since',
  'until',
  'unless',
  'whereas',
]);

/**
 * A speaker right after a word that opens a clause inside another is no subject of the
 * sentence: "he" after it still means the sentence's own subject ("He said the draft
 * followed the formula …, which was shelved when the Soviet leader insisted …").
 */
function inSubordinateClause(tokens: readonly Token[], subject: SpeakerPhrase): boolean {
  return SUBORDINATORS.has(tokens[tokenIndexAt(tokens, subject.start) - 1]?.lower ?? '');
}

/** What "it" may stand for besides a body: a document, or an article written about one. */
const WRITINGS = new Set([...DOCUMENT_NOUNS, 'article']);

/**
 * The words an article writes in lower case. None when a sentence opens in lower case:
 * copy that lost its capitals ("president jaime lusinchi defended …") writes names so too.
 */
function commonWordsOf(contexts: ReadonlyMap<number, BlockContext>): Set<string> {
  const words = new Set<string>();
  for (const { tokens, sentences } of contexts.values()) {
    for (const { from } of sentences) {
      const first = tokens[from];
      if (first && /^\p{Ll}/u.test(first.text)) return new Set();
    }
    for (const token of tokens) if (token.text === token.lower) words.add(token.text);
  }
  return words;
}

/** "The Iraqi government": an article, a nationality, then the word for its government. */
const NATIONS_GOVERNMENT = /^[Tt]he\s+\p{Lu}\S*\s+government$/u;

export function readCast(contexts: ReadonlyMap<number, BlockContext>): Cast {
  const cast = new Cast();
  cast.commonWords = commonWordsOf(contexts);
  const note = (
    block: number,
    phrase: SpeakerPhrase,
    member: CastMember | undefined,
    subject: boolean,
    opening = false,
  ): void => {
    if (member) cast.noteMention(positionOf(block, phrase.start), member, subject, opening);
  };
  for (const context of contexts.values()) {
    const { block, masked, tokens, sentences } = context;
    const writing = tokens.find((token) => token.text === token.lower && WRITINGS.has(token.lower));
    if (writing) cast.noteWriting(positionOf(block, writing.start));
    cast.readingHeadline = context.headline;
    cast.readingTitleCase = context.inTitleCase;
    for (const sentence of sentences) {
      const { from, to } = sentence;
      for (const phrase of phrasesIn(masked, tokens, from, to)) {
        const owner = personOwning(masked, tokens, phrase);
        if (owner) note(block, owner, cast.register(owner), false);
        // "The report by the Staysafe committee found …": a later "the report" is theirs.
        const written = documentWritten(tokens, phrase);
        if (written) {
          const author = cast.register(phrase) ?? cast.registerDescribed(phrase);
          if (author) cast.noteDocument(positionOf(block, phrase.start), author, written);
        }
        // Only someone already named: "The King's proclamation" brings in no body "King";
        // nor is the author the document itself, as a headline read in title case names it
        // ("Markets React To G-7 Communique").
        const namedFor = documentNamedFor(tokens, phrase);
        const namedAuthor = namedFor
          ? cast.resolve(phrase, positionOf(block, phrase.start))
          : undefined;
        if (
          namedFor &&
          namedAuthor &&
          !namedAuthor.name.toLowerCase().split(' ').includes(namedFor)
        )
          cast.noteDocument(positionOf(block, phrase.start), namedAuthor, namedFor);
        // "the United Auto Workers union": a body named in capitals, though its head is
        // common, so that a later "the UAW" is known by its full name.
        // Two capitals past the first word, which may only open the sentence ("Past Israeli").
        // "The Iraqi government disputed the figures": a nation's government, so that a
        // later "the government said" is known by it.
        if (
          phrase.form === 'description' &&
          (/\s\p{Lu}\S*\s+\p{Lu}/u.test(phrase.role ?? '') || NATIONS_GOVERNMENT.test(phrase.text))
        ) {
          const body = cast.registerDescribed(phrase);
          if (body) note(block, phrase, body, false);
        }
        // "the daughter of Norwegian MP Olav Gunnar Ballo": the one the role points at is
        // someone the article names, who may speak later ("said Olav").
        const other = pointedAt(masked, tokens, phrase, to);
        if (other) note(block, other, cast.register(other), false);
        if (phrase.form !== 'name') continue;
        // "(OSCE)", and "(FCA US)" for "Fiat Chrysler Automobiles US".
        const acronym = /^\s*\((\p{Lu}[\p{Lu}\p{N}&.-]{1,9}(?: \p{Lu}{2,3})?)\)/u.exec(
          masked.slice(phrase.end),
        )?.[1];
        // A body the text gives initials to is one it will speak of again, wherever it
        // stands: "The leaders of the Group of Eight (G8) nations".
        const worth =
          isWorthRegistering(tokens, phrase) ||
          (phrase.kind === 'organization' && acronym !== undefined);
        if (!worth && phrase.kind === 'person' && phrase.name !== null && nameWords(phrase) >= 2)
          cast.notePossibleFullName(phrase.name);
        const given = phrase.name === null ? undefined : givenNameBeforeNickname(tokens, phrase);
        if (given) cast.notePossibleFullName(`${given} ${phrase.name ?? ''}`);
        const member = worth
          ? cast.register(phrase)
          : cast.resolve(phrase, positionOf(block, phrase.start));
        const speaking = makesSpeech(tokens, phrase);
        if (member && speaking) member.spoke = true;
        const opening = tokenIndexAt(tokens, phrase.start) === from;
        note(block, phrase, member, speaking || opensSentence(tokens, from, phrase), opening);
        if (member && acronym) {
          cast.alias(acronym, member);
          // A body goes by initials; a person the text shows as one ("Mr", a role, a
          // given name) does not.
          const shownAsPerson =
            member.roles.length > 0 ||
            member.gender !== undefined ||
            genderOfGivenName(member.name.split(' ')) !== undefined;
          if (member.kind === 'person' && !shownAsPerson) member.kind = 'organization';
        }
      }
      for (const { issuer, noun } of documentsPutOut(context, from, to)) {
        const at = positionOf(block, issuer.start);
        const member = cast.resolve(issuer, at);
        if (member) cast.noteDocument(at, member, noun);
      }
      // "The pope also met relatives … “…,” he said": a described subject is who "he" is
      // next; so is one after a short opening phrase ("During questioning the Prime
      // Minister sought …").
      const describedRole = isRoleNoun(tokens[from + 1]) || isRoleNoun(tokens[from + 2]);
      const described = describedSubjectAt(tokens, from);
      if (described !== -1) {
        const opening = phraseAfter(masked, tokens, described, to - 1);
        if (opening?.form === 'description' && opening.kind === 'person') {
          const at = positionOf(block, opening.start);
          const member = cast.resolve(opening, at);
          if (member) note(block, opening, member, true);
          // Only a role in a body the text names ("The Head of HREOC"); a description such
          // as "The Australian leader" is likelier someone named whom the cast missed.
          else if (/\bof (?:the )?\p{Lu}/u.test(opening.text)) cast.noteUnnamedSubject(at);
        }
      }
      // "A Nepali official aimed to justify the restriction. “…,” he said": someone the
      // text brings in unnamed, doing something, is who "he" is next, not the last person
      // named (but not "An interim leader has yet to be named").
      const article = tokens[from]?.lower;
      if ((article === 'a' || article === 'an') && describedRole) {
        const opening = phraseAfter(masked, tokens, from, to - 1);
        const verb = opening ? tokens[tokenIndexAt(tokens, opening.end)] : undefined;
        const acts = verb !== undefined && verb.text === verb.lower && isPastTense(verb);
        if (opening?.form === 'description' && opening.kind === 'person' && acts)
          cast.noteUnnamedSubject(positionOf(block, opening.start));
      }
      const subjects = cueSubjects(context, sentence);
      // "In a statement issued …, the French said": the sentence may open with one of its
      // subject's own (not "In that study, …, according to X", someone else's).
      const opensWithOwnDocument =
        (tokens[from + 1]?.lower === 'a' || tokens[from + 1]?.lower === 'an') &&
        issuesDocument(tokens, from, from + 1);
      sentence.cues.forEach((cue, k) => {
        const subject = subjects[k];
        // Not one who asks ("One student asked about … She said"), whom the one named answers.
        const asks = cue.text.toLowerCase() === 'asked';
        if (!subject) {
          // "“…” one trader said. “…” he added", "One said …": someone the reading cannot
          // describe, but one of many, is who "he" is next.
          const one = asks ? undefined : oneOfManyBefore(tokens, cue.index, from);
          if (one !== undefined) cast.noteUnnamedSubject(positionOf(block, one));
          return;
        }
        const at = positionOf(block, subject.start);
        // A name of no kind of its own ("Sellers told CNN") is whoever the article named so.
        const member =
          subject.form === 'name'
            ? (cast.register(subject) ?? cast.resolve(subject, at))
            : (cast.resolve(subject, positionOf(block, lookupOffset(context, subject))) ??
              cast.registerDescribed(subject));
        if (member) {
          member.spoke = true;
          // "…, she said" resolved to Jody Williams: later "he" will not point at her.
          if (subject.form === 'pronoun') member.gender ??= pronounGender(subject.head);
        }
        note(block, subject, member, !inSubordinateClause(tokens, subject));
        // "A Chinese newspaper said": a body or document no later "it" can mean another past.
        if (!member && (subject.kind === 'organization' || subject.kind === 'document'))
          cast.noteUnknownSpeaker(at);
        // "One resident said … “…,” he said": a witness the article never names has
        // spoken, and "he" after is them; so has anyone who "spoke on condition that he not
        // be named".
        const unnamed =
          !member &&
          ((isAnonymousWitness(subject) && !asks) ||
            (subject.form === 'description' &&
              ANONYMITY.test(masked.slice(sentence.start, sentence.end))));
        if (unnamed) cast.noteUnnamedSubject(at);
        const afterCue = cue.index + cue.length;
        const inDocument =
          issuesDocument(tokens, afterCue, afterCue + DOCUMENT_LOOKAHEAD) ||
          issuesDocument(tokens, tokenIndexAt(tokens, subject.start) + 1, cue.index) ||
          opensWithOwnDocument;
        if (member && inDocument) cast.noteDocument(at, member, '');
        // "But the U.S. Embassy report says …", and each "the report says" after: a later
        // "the report" is still the embassy's, however far on.
        const noun = subject.text.slice(subject.text.lastIndexOf(' ') + 1).toLowerCase();
        if (member && subject.definite && DOCUMENT_NOUNS.has(noun))
          cast.noteDocument(at, member, noun);
        else if (member && subject.form === 'pronoun' && subject.head === 'it')
          cast.noteDocumentGoingOn(at, member);
      });
    }
  }
  cast.settleKinds();
  return cast;
}
