/**
 * The noun phrase that names a speaker, read outwards from a reporting verb:
 * "State Department spokesman Ned Price | told", "said | the minister, a veteran of …".
 * It returns what the words say (a name, a role, a pronoun, a description); `people.ts`
 * decides who they refer to.
 */
import type { SpeakerKind } from './article.ts';
import {
  DOCUMENT_NOUNS,
  GOVERNMENT_NAMES,
  NOT_NAME_WORDS,
  ORGANISATION_NOUNS,
  PLACE_PREPOSITIONS,
  PRONOUNS,
  ROLE_NOUNS,
} from './lexicon.ts';
import { findNewsOrganisations, newsOrganisationNamed } from './newsOrganisations.ts';
import { isCapitalised, tokenIndexAt, type Token } from './tokens.ts';

export type PhraseForm = 'pronoun' | 'name' | 'description';

export interface SpeakerPhrase {
  form: PhraseForm;
  /** The words as written, e.g. "State Department spokesman Ned Price", "he", "the note". */
  text: string;
  start: number;
  end: number;
  /** For names: the name alone, e.g. "Ned Price". */
  name: string | null;
  role: string | null;
  /** null for pronouns, whose kind comes from what they refer to. */
  kind: SpeakerKind | null;
  /** For descriptions and pronouns: the head word, lower-cased ("president", "note", "he"). */
  head: string | null;
  /** "a spokesman" describes someone unnamed; "the spokesman" points back at someone named. */
  definite: boolean;
}

const DETERMINERS = new Set(['the', 'a', 'an']);
const CONNECTORS = new Set([
  'of',
  'for',
  'de',
  'del',
  'da',
  'do',
  'dos',
  'das',
  'van',
  'von',
  'der',
  'den',
  'al',
  'el',
  'bin',
  'ibn',
  'la',
  'le',
  'du',
  'on',
]);
// Lower-case words that belong in a role or organisation phrase: "foreign minister", "news agency".
const MODIFIERS = new Set([
  'foreign',
  'interior',
  'deputy',
  'senior',
  'former',
  'acting',
  'top',
  'press',
  'news',
  'state',
  'government',
  'party',
  'opposition',
  'local',
  'regional',
  'federal',
  'national',
  'military',
  'security',
  'defense',
  'defence',
  'health',
  'finance',
  'economy',
  'justice',
  'prime',
  'vice',
  'chief',
  'foreign-affairs',
  'public',
  'senior',
  'junior',
  'assistant',
  'associate',
  'executive',
  'managing',
  'general',
  'district',
  'county',
  'city',
  'provincial',
  'municipal',
  'presidential',
  'white',
  'house',
  'embassy',
  'ministry',
  'department',
  'international',
  'independent',
  'official',
]);
// Words after "of" in a title that are still the title: "Secretary of State", "Minister of Foreign Affairs".
const TITLE_DOMAINS = new Set([
  'state',
  'foreign',
  'affairs',
  'defense',
  'defence',
  'interior',
  'justice',
  'health',
  'education',
  'finance',
  'economy',
  'commerce',
  'energy',
  'agriculture',
  'transport',
  'labor',
  'labour',
  'homeland',
  'security',
  'treasury',
  'information',
  'trade',
  'industry',
  'culture',
  'environment',
  'the',
  'staff',
  'police',
  'army',
  'navy',
  'communications',
  'planning',
  'tourism',
  'housing',
]);
const ADVERBS_BEFORE_CUE = new Set([
  'also',
  'later',
  'then',
  'further',
  'again',
  'previously',
  'recently',
  'separately',
  'earlier',
  'quickly',
  'flatly',
  'simply',
  'repeatedly',
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'would',
  'will',
  'had',
  'once',
  'reportedly',
  'publicly',
  'privately',
  'angrily',
  'told',
  'just',
  'only',
  'bluntly',
  'openly',
  'firmly',
  'calmly',
  'subsequently',
  'himself',
  'herself',
  'itself',
]);
const MAX_APPOSITIVE_TOKENS = 14;
const ORGANISATION_LINKS = new Set(['and', 'in', '&']);
// Words that end an appositive and start the rest of the clause: "X, the top leader of Iran | during …".
const APPOSITIVE_ENDS = new Set([
  'during',
  'while',
  'when',
  'after',
  'before',
  'who',
  'which',
  'that',
  'and',
  'but',
  'as',
  'in',
  'on',
  'at',
  'told',
  'said',
  'says',
  'adding',
  'noting',
  'because',
  'since',
  'if',
  'to',
  'with',
]);

function lower(token: Token | undefined): string {
  return token?.lower ?? '';
}

/** "spokesman", and compounds such as "secretary-general" or "vice-president". */
function isRoleNoun(token: Token | undefined): boolean {
  const word = lower(token);
  return (
    ROLE_NOUNS.has(word) ||
    (word.includes('-') && word.split('-').some((part) => ROLE_NOUNS.has(part)))
  );
}

// Lower-case particles that open Arabic names: "al-Sunnah", "el-Sisi".
const NAME_PARTICLE = /^(?:al|el|ad|ash|as|at|ibn|abu|bin)-\p{Lu}/u;

function isNameToken(token: Token | undefined): boolean {
  if (token && NAME_PARTICLE.test(token.text)) return true;
  if (!token || !isCapitalised(token.text)) return false;
  return !NOT_NAME_WORDS.has(token.lower.endsWith('.') ? token.lower.slice(0, -1) : token.lower);
}

function isPossessive(token: Token | undefined): boolean {
  return token !== undefined && /^\p{Lu}.*['’]s?$/u.test(token.text);
}

function isDescriptor(token: Token | undefined): boolean {
  const word = lower(token);
  return (
    isRoleNoun(token) ||
    ORGANISATION_NOUNS.has(word) ||
    DOCUMENT_NOUNS.has(word) ||
    MODIFIERS.has(word)
  );
}

function isPhraseWord(token: Token | undefined): boolean {
  return isNameToken(token) || isDescriptor(token) || isPossessive(token);
}

/** Tokens of the phrase ending at `last`, walking left no further than `floor`. */
function walkBack(tokens: readonly Token[], last: number, floor: number): Token[] {
  const parts: Token[] = [];
  let j = last;
  while (j >= floor) {
    const token = tokens[j];
    if (isPhraseWord(token) && token) {
      parts.unshift(token);
    } else if (
      token &&
      parts.length > 0 &&
      CONNECTORS.has(lower(token)) &&
      j - 1 >= floor &&
      isPhraseWord(tokens[j - 1])
    ) {
      parts.unshift(token);
    } else {
      if (token && parts.length > 0 && DETERMINERS.has(lower(token))) {
        parts.unshift(token);
        // "head of the Outdoor Circle", "spokesman for the ministry": the phrase goes on.
        if (CONNECTORS.has(lower(tokens[j - 1])) && j - 2 >= floor && isDescriptor(tokens[j - 2])) {
          j--;
          continue;
        }
      } else if (
        parts.some(
          (part) =>
            isRoleNoun(part) ||
            ORGANISATION_NOUNS.has(lower(part)) ||
            DOCUMENT_NOUNS.has(lower(part)),
        )
      ) {
        // "an unnamed Israeli government official", "the port operator": a few words between article and head.
        const article = adjectivesThenDeterminer(tokens, j, floor);
        if (article !== undefined) parts.unshift(...tokens.slice(article, j + 1));
      }
      break;
    }
    j--;
  }
  return parts;
}

const MAX_ADJECTIVES = 2;

/** Index of the article before up to two lower-case words ending at `last`, if there is one. */
function adjectivesThenDeterminer(
  tokens: readonly Token[],
  last: number,
  floor: number,
): number | undefined {
  for (let j = last; j >= Math.max(floor, last - MAX_ADJECTIVES); j--) {
    const word = tokens[j]?.text ?? '';
    if (DETERMINERS.has(word.toLowerCase())) return j < last ? j : undefined;
    if (!/^\p{Ll}[\p{L}-]*$/u.test(word) || CONNECTORS.has(word)) return undefined;
  }
  return undefined;
}

/** Tokens of the phrase starting at `first`, walking right no further than `ceiling`. */
function walkForward(tokens: readonly Token[], first: number, ceiling: number): Token[] {
  const parts: Token[] = [];
  let j = first;
  if (DETERMINERS.has(lower(tokens[j])) && j <= ceiling) {
    const determiner = tokens[j];
    if (determiner) parts.push(determiner);
    j++;
    // "an unnamed Israeli government official": adjectives count only if a role follows.
    for (let k = j; k <= Math.min(ceiling, j + MAX_ADJECTIVES); k++) {
      const word = tokens[k];
      if (isPhraseWord(word)) {
        if (tokens.slice(k, k + 4).some((next) => isRoleNoun(next))) {
          parts.push(...tokens.slice(j, k));
          j = k;
        }
        break;
      }
      if (!word || !/^\p{Ll}[\p{L}-]*$/u.test(word.text)) break;
    }
  }
  while (j <= ceiling) {
    const token = tokens[j];
    if (isPhraseWord(token) && token) {
      parts.push(token);
    } else if (
      token &&
      CONNECTORS.has(lower(token)) &&
      isPhraseWord(tokens[j + 1]) &&
      parts.length > 0
    ) {
      parts.push(token);
    } else if (
      token &&
      ORGANISATION_LINKS.has(lower(token)) &&
      isNameToken(tokens[j + 1]) &&
      parts.some((part) => ORGANISATION_NOUNS.has(lower(part)))
    ) {
      // "Organization for Security and Co-operation in Europe" is one name.
      parts.push(token);
    } else {
      break;
    }
    j++;
  }
  return parts.some((token) => !DETERMINERS.has(lower(token))) ? parts : [];
}

function join(text: string, parts: readonly Token[]): string {
  const first = parts[0];
  const last = parts[parts.length - 1];
  return first && last ? text.slice(first.start, last.end) : '';
}

/** "Secretary of State Antony Blinken" -> role "Secretary of State", name "Antony Blinken". */
function splitRole(parts: readonly Token[]): { role: Token[]; name: Token[] } {
  let roleEnd = -1;
  parts.forEach((token, i) => {
    // "John Major", "Larry King": a role word that ends a name is a surname.
    const surname =
      i === parts.length - 1 &&
      i > 0 &&
      isCapitalised(token.text) &&
      isNameToken(parts[i - 1]) &&
      !isDescriptor(parts[i - 1]);
    if (isRoleNoun(token) && !surname) roleEnd = i;
  });
  if (roleEnd === -1) return { role: [], name: [...parts] };
  let end = roleEnd;
  // "President of Savarino Construction": an organisation after "of" is all title, no name.
  if (lower(parts[end + 1]) === 'of' && ORGANISATION_NOUNS.has(lower(parts[parts.length - 1]))) {
    return { role: [...parts], name: [] };
  }
  if (lower(parts[end + 1]) === 'of') {
    end++;
    while (end + 1 < parts.length) {
      const next = parts[end + 1];
      const remaining = parts.length - (end + 1);
      // "President of Visa" (one word: the organisation), "Secretary of State Antony Blinken"
      // (a domain word, then a name), "Chairman of Gazprom Alexei Miller" (a name of two left).
      const firstAfterOf = end === roleEnd + 1;
      const inTitle =
        TITLE_DOMAINS.has(lower(next)) ||
        (next !== undefined && GOVERNMENT_NAMES.has(next.text)) ||
        remaining > 2 ||
        (firstAfterOf && remaining === 1);
      if (!inTitle) break;
      end++;
    }
  }
  return { role: parts.slice(0, end + 1), name: parts.slice(end + 1) };
}

/** A name starts and ends with a name word, never "of" or "the". */
function trimName(tokens: readonly Token[]): Token[] {
  let from = 0;
  let to = tokens.length;
  while (from < to && !isNameToken(tokens[from])) from++;
  while (to > from && !isNameToken(tokens[to - 1])) to--;
  return tokens.slice(from, to);
}

// Names of things and events, which never speak: "Australia Day", "Nobel Peace Prize".
const THING_NOUNS = new Set([
  'day',
  'prize',
  'award',
  'awards',
  'act',
  'bill',
  'tower',
  'street',
  'square',
  'river',
  'island',
  'islands',
  'mountain',
  'park',
  'bridge',
  'airport',
  'station',
  'cup',
  'games',
  'festival',
  'war',
  'treaty',
  'accord',
  'avenue',
  'road',
  'building',
  'hall',
  'stadium',
  'olympics',
  'championship',
  'summit',
  'conference',
  'week',
  'year',
  'month',
]);

// Plural common nouns that open a sentence look like names: "Campaigners say …".
const PLURAL_COMMON_NOUN = /(?:ers|ors|ists|ians|ents|ants|ives|ies|ees)$/u;

function kindOfName(
  name: string,
  parts: readonly Token[],
  before: readonly Token[],
): SpeakerKind | undefined {
  if (THING_NOUNS.has(lower(parts[parts.length - 1]))) return undefined;
  if (parts.length === 1 && PLURAL_COMMON_NOUN.test(lower(parts[0]))) return undefined;
  // "ADF", "OSCE": acronyms name organisations; so does a name right after "group" or "agency".
  if (parts.every((token) => /^\p{Lu}[\p{Lu}\p{N}&.-]+$/u.test(token.text))) return 'organization';
  if (ORGANISATION_NOUNS.has(lower(before[before.length - 1]))) return 'organization';
  if (parts.some((token) => ORGANISATION_NOUNS.has(lower(token)))) return 'organization';
  if (
    GOVERNMENT_NAMES.has(name) ||
    newsOrganisationNamed(name) !== undefined ||
    findNewsOrganisations(name).length > 0
  )
    return 'organization';
  return 'person';
}

/** What a phrase's words say about its speaker; an appositive may carry the role or the name. */
export function interpretPhrase(
  text: string,
  words: readonly Token[],
  appositive: readonly Token[] = [],
): SpeakerPhrase | undefined {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return undefined;
  const end = Math.max(last.end, appositive[appositive.length - 1]?.end ?? 0);
  const mention = { text: text.slice(first.start, end), start: first.start, end };
  const pronounKind = words.length === 1 ? PRONOUNS[lower(first)] : undefined;
  if (pronounKind) {
    return {
      ...mention,
      form: 'pronoun',
      name: null,
      role: null,
      kind: null,
      head: lower(first),
      definite: true,
    };
  }
  // "the spokesman" points back at someone; "a spokesman" and bare "officials" do not.
  // Headlines drop the article: "President of Kazakhstan orders …" is definite too.
  const definite =
    lower(first) === 'the' || (isCapitalised(first.text) && !DETERMINERS.has(lower(first)));
  const content = words.filter((token, i) => !(i === 0 && DETERMINERS.has(lower(token))));
  const { role, name } = splitRole(content);
  const appositiveSplit = splitRole(
    appositive.filter((token, i) => !(i === 0 && DETERMINERS.has(lower(token)))),
  );
  const roleText =
    role.length > 0
      ? join(text, role)
      : appositiveSplit.role.length > 0
        ? join(text, appositive)
        : null;
  const nameTokens = trimName(
    name.length > 0 ? name : appositiveSplit.role.length === 0 ? appositiveSplit.name : [],
  );
  if (nameTokens.length > 0 && nameTokens.some(isNameToken)) {
    const nameText = join(text, nameTokens);
    const kind = kindOfName(
      nameText,
      nameTokens,
      content.slice(0, content.indexOf(nameTokens[0] ?? first)),
    );
    if (!kind) return undefined;
    // "Premier Wen Jiabao of China": the person is "Wen Jiabao"; "of China" belongs to the role.
    const of = kind === 'person' ? nameTokens.findIndex((token) => lower(token) === 'of') : -1;
    if (of > 0) {
      const personal = nameTokens.slice(0, of);
      const affiliation = join(text, nameTokens.slice(of));
      return {
        ...mention,
        form: 'name',
        name: join(text, personal),
        role: roleText ? `${roleText} ${affiliation}` : affiliation,
        kind,
        head: null,
        definite: true,
      };
    }
    return {
      ...mention,
      form: 'name',
      name: nameText,
      role: roleText,
      kind,
      head: null,
      definite: true,
    };
  }
  // The head is the noun that says what the phrase is: "president" in "President of Kazakhstan".
  const nouns = content.map((token) => lower(token).replace(/['’]s$/u, ''));
  const head =
    nouns.findLast(
      (word) =>
        DOCUMENT_NOUNS.has(word) ||
        ORGANISATION_NOUNS.has(word) ||
        ROLE_NOUNS.has(word) ||
        ROLE_NOUNS.has(word.split('-').pop() ?? ''),
    ) ?? '';
  if (head === '') return undefined;
  const kind: SpeakerKind | null = DOCUMENT_NOUNS.has(head)
    ? 'document'
    : ORGANISATION_NOUNS.has(head)
      ? 'organization'
      : ROLE_NOUNS.has(head) || ROLE_NOUNS.has(head.split('-').pop() ?? '')
        ? 'person'
        : null;
  if (!kind) return undefined;
  return {
    ...mention,
    form: 'description',
    name: null,
    role: roleText ?? join(text, content),
    kind,
    head,
    definite,
  };
}

const MAX_RELATIVE_CLAUSE_TOKENS = 40;

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

function appositiveBefore(
  tokens: readonly Token[],
  comma: number,
  floor: number,
): { words: Token[]; openingComma: number } | undefined {
  for (let j = comma - 1; j >= Math.max(floor, comma - MAX_APPOSITIVE_TOKENS); j--) {
    if (tokens[j]?.text === ',') return { words: tokens.slice(j + 1, comma), openingComma: j };
    if (!/^[\p{L}\p{N}'’-]/u.test(tokens[j]?.text ?? '')) return undefined;
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
  while (last >= floor && ADVERBS_BEFORE_CUE.has(lower(tokens[last]))) last--;
  const token = tokens[last];
  if (!token || last < floor) return undefined;
  if (PRONOUNS[lower(token)] !== undefined) return interpretPhrase(text, [token]);
  if ((lower(token) === 'who' || lower(token) === 'which') && tokens[last - 1]?.text === ',') {
    return phraseBefore(text, tokens, last - 1, floor);
  }
  if (token.text === ',') {
    // "Jody Williams, who was awarded the Nobel Peace Prize in 1997 …, says": skip the clause.
    const relative = relativeClauseBefore(tokens, last, floor);
    if (relative !== undefined) return phraseBefore(text, tokens, relative, floor);
    const appositive = appositiveBefore(tokens, last, floor);
    if (!appositive || appositive.words.length === 0) return undefined;
    const head = walkBack(tokens, appositive.openingComma - 1, floor);
    const alone = interpretPhrase(text, appositive.words);
    const headPhrase = head.length > 0 ? interpretPhrase(text, head) : undefined;
    // "the Australian National University, Doctor Michael McKinley,": the person speaks.
    if (alone?.form === 'name' && alone.kind === 'person' && headPhrase?.kind === 'organization') {
      const role = [alone.role, headPhrase.text].filter(Boolean).join(', ');
      return {
        ...alone,
        role,
        text: text.slice(headPhrase.start, alone.end),
        start: headPhrase.start,
      };
    }
    // "Mary Steiner, head of the Outdoor Circle, an environmental group …, said": two
    // appositives; the name stands before the first.
    const headStart = appositive.openingComma - head.length;
    if (headPhrase && alone?.form !== 'name' && tokens[headStart - 1]?.text === ',') {
      const named = walkBack(tokens, headStart - 2, floor);
      const person = named.length > 0 ? interpretPhrase(text, named) : undefined;
      if (person?.form === 'name' && person.kind === 'person') {
        return {
          ...person,
          role: headPhrase.text,
          text: text.slice(person.start, headPhrase.end),
          end: headPhrase.end,
        };
      }
    }
    if (head.length > 0) return interpretPhrase(text, head, appositive.words);
    // "A spokesman for the Council (CDRM), Major General X, said": the head is out of
    // reach, but the appositive alone names the speaker.
    return alone?.form === 'name' ? alone : undefined;
  }
  let words = walkBack(tokens, last, floor);
  // "Police in downtown Alma Ata reported": the place is a complement; the subject is before it.
  let before = last - words.length;
  if (words.length > 0 && PLACE_PREPOSITIONS.has(lower(tokens[before]))) {
    while (before >= floor && PLACE_PREPOSITIONS.has(lower(tokens[before]))) before--;
    const subject = walkBack(tokens, before, floor);
    if (subject.length > 0) {
      words = subject;
      before -= subject.length;
    }
  }
  if (words.length === 0) return undefined;
  // "John Sifton, researcher at Human Rights Watch said": an appositive missing its closing comma.
  if (tokens[before]?.text === ',') {
    const named = withNameBeforeComma(text, tokens, before, last, floor);
    if (named) return named;
  }
  return interpretPhrase(text, words);
}

function withNameBeforeComma(
  text: string,
  tokens: readonly Token[],
  comma: number,
  last: number,
  floor: number,
): SpeakerPhrase | undefined {
  const role = tokens.slice(comma + 1, last + 1);
  if (!role.some((token) => isRoleNoun(token))) return undefined;
  const head = walkBack(tokens, comma - 1, floor);
  const headStart = comma - head.length;
  if (head.length === 0 || PLACE_PREPOSITIONS.has(lower(tokens[headStart - 1]))) return undefined;
  const named = interpretPhrase(text, head, role);
  return named?.form === 'name' && named.kind === 'person' ? named : undefined;
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
  if (PRONOUNS[lower(token)] !== undefined) return interpretPhrase(text, [token]);
  const words = walkForward(tokens, first, ceiling);
  if (words.length === 0) return undefined;
  const after = first + words.length;
  if (tokens[after]?.text === ',') {
    const appositive: Token[] = [];
    for (let j = after + 1; j <= Math.min(ceiling, after + MAX_APPOSITIVE_TOKENS); j++) {
      const next = tokens[j];
      if (!next || !/^[\p{L}\p{N}'’-]/u.test(next.text) || APPOSITIVE_ENDS.has(lower(next))) break;
      appositive.push(next);
    }
    const opensDescription = DETERMINERS.has(lower(appositive[0])) || isDescriptor(appositive[0]);
    if (opensDescription && appositive.some((word) => isRoleNoun(word))) {
      return interpretPhrase(text, words, appositive);
    }
  }
  return interpretPhrase(text, words);
}

/**
 * Every name-like phrase in tokens [from, to): the raw material for an article's cast.
 * Roles given beside a name are joined to it: "the president of Kazakhstan, Kassym-Jomart
 * Tokayev," and "Maria Lopez, the mayor,".
 */
export function phrasesIn(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): SpeakerPhrase[] {
  const phrases: SpeakerPhrase[] = [];
  for (let i = from; i < to; i++) {
    if (!isNameToken(tokens[i])) continue;
    // Start where the phrase starts: "former U.N. secretary-general Kofi Annan".
    let start = i;
    while (start > from && isPhraseWord(tokens[start - 1]) && !isNameToken(tokens[start - 1]))
      start--;
    if (start > from && DETERMINERS.has(lower(tokens[start - 1]))) start--;
    const phrase = phraseAfter(text, tokens, start, to - 1);
    if (!phrase) continue;
    const next = tokenIndexAt(tokens, phrase.end);
    const previous = phrases[phrases.length - 1];
    const joinsDescription =
      previous?.form === 'description' &&
      previous.kind === 'person' &&
      phrase.form === 'name' &&
      tokens[start - 1]?.text === ',' &&
      tokens[next]?.text === ',';
    if (joinsDescription) {
      phrases[phrases.length - 1] = {
        ...phrase,
        role: previous.role,
        text: text.slice(previous.start, phrase.end),
        start: previous.start,
      };
    } else {
      phrases.push(phrase);
    }
    i = Math.max(i, next - 1);
  }
  return phrases;
}
