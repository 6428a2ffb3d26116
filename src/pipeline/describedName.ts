/**
 * After an inverted cue, a description too long or too loose for the phrase reader,
 * ending in the speaker's name:
 *   "said expedition leader and deputy speaker of the Russian parliament Artur Chilingarov"
 *   "said, telecommunications expert, Paul Budde,"
 * The name is the first person's name of two words or more that closes the phrase (a
 * comma, the sentence's end, or where and when it was said follows), after words that
 * hold a role and no verb.
 */
import { cueAt } from './cues.ts';
import { ROLE_NOUNS } from './lexicon.ts';
import { phraseAfter } from './nounPhrase.ts';
import { widened, type SpeakerPhrase } from './phraseMeaning.ts';
import { isNameToken, isRoleNoun, NAME_COMPLEMENT_WORDS } from './phraseWords.ts';
import { tokenIndexAt, type Token } from './tokens.ts';

const MAX_DESCRIPTION_TOKENS = 16;
/** What may follow the name: "…, who", "… in an interview", "… on Friday". */
const AFTER_NAME = /^(?:[,.;:!?)]|who|in|on|at|during|after|before|when|while|to)$/u;
/**
 * Words after which a name belongs to a body or a place, not to the speaker: "the Center
 * for Human Rights and Global Justice", "the ministry … for S. Korea", "at Solaris Asset
 * Management".
 */
const INSIDE_A_BODY = new Set([...NAME_COMPLEMENT_WORDS, 'or', 'the', 'a', 'an']);
/** "…, echoing previous statements from …": a participle opens a clause. */
const PARTICIPLE = /^\p{Ll}+ing$/u;
/** Words that make the description a clause of its own. */
const CLAUSE_WORDS = new Set(['that', 'who', 'which', 'whose', 'said', 'says', 'told']);

export function nameAfterDescription(
  text: string,
  tokens: readonly Token[],
  first: number,
  ceiling: number,
): SpeakerPhrase | undefined {
  const start = tokens[first]?.text === ',' ? first + 1 : first;
  let role = false;
  const last = Math.min(ceiling, start + MAX_DESCRIPTION_TOKENS);
  for (let k = start; k <= last; k++) {
    const token = tokens[k];
    if (!token || CLAUSE_WORDS.has(token.lower) || PARTICIPLE.test(token.text) || cueAt(tokens, k))
      return undefined;
    const before = tokens[k - 1];
    const opensName =
      k > start &&
      isNameToken(token) &&
      !isNameToken(before) &&
      !INSIDE_A_BODY.has(before?.lower ?? '');
    const person = opensName && role ? personClosingPhrase(text, tokens, k, ceiling) : undefined;
    if (person) {
      const from = tokens[start]?.start ?? person.start;
      const description = text
        .slice(from, person.start)
        .replace(/(?<![\s,])[\s,]+$/u, '')
        .replace(/^(?:the|a|an)\s+/iu, '');
      const mention = { text: text.slice(from, person.end), start: from, end: person.end };
      return widened(person, mention, description);
    }
    // "said one of the leaders of the front, Rafaa al-Issawi": a role in the plural too.
    if (isRoleNoun(token) || isPluralRole(token)) role = true;
  }
  return undefined;
}

function isPluralRole(token: Token): boolean {
  return (
    token.text === token.lower &&
    token.lower.endsWith('s') &&
    ROLE_NOUNS.has(token.lower.slice(0, -1))
  );
}

/** A person's name of two words or more at `k` that closes the phrase, if there is one. */
function personClosingPhrase(
  text: string,
  tokens: readonly Token[],
  k: number,
  ceiling: number,
): SpeakerPhrase | undefined {
  const person = phraseAfter(text, tokens, k, ceiling);
  const words = person?.name?.split(/\s+/u).length ?? 0;
  if (person?.form !== 'name' || person.kind !== 'person' || words < 2) return undefined;
  const next = tokens[tokenIndexAt(tokens, person.end)];
  return next === undefined || AFTER_NAME.test(next.lower) ? person : undefined;
}
