/**
 * The subject of a reporting verb that stands apart from it, separated only by asides:
 *   "Rep. Henry A. Waxman (D-Calif.) said"
 *   "Jeffrey Citron in a recent letter to Qwest's chairman, wrote"
 *   "Damian Green, the Conservative Party's spokesman on immigration said"
 *   "Stephen Schork, an oil industry analyst and editor of the “Schork Report,” said"
 * A gap that holds anything else (another verb, a new subject) is not an aside, and the
 * sentence's subject is then not the cue's.
 */
import { cueAt } from './cues.ts';
import { isAdverbBeforeCue, isRoleNoun } from './phraseWords.ts';
import type { Token } from './tokens.ts';

const DESCRIPTION_OPENERS = new Set(['the', 'a', 'an', 'one', 'his', 'her', 'its', 'their']);

const MAX_ASIDES_TOKENS = 40;

/** Words that open a phrase that says where, when, how or to whom, never what was done. */
const PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'from',
  'with',
  'to',
  'for',
  'of',
  'via',
  'through',
  'over',
  'under',
  'since',
  'following',
  'amid',
  'inside',
  'outside',
]);

/** Words that stand between a subject and its verb without making a clause. */
const ADVERBS = new Set([
  'also',
  'then',
  'later',
  'today',
  'yesterday',
  'again',
  'previously',
  'recently',
  'earlier',
  'once',
  'too',
  'further',
  'however',
]);

function isAdverb(token: Token): boolean {
  return ADVERBS.has(token.lower) || /^\p{Ll}{3,}ly$/u.test(token.text);
}

/** Where the group opened at `i` ends (the index after its closing token), or -1. */
function closeOfGroup(tokens: readonly Token[], i: number, end: number): number {
  const open = tokens[i]?.text;
  if (open === '(') {
    for (let j = i + 1; j < end; j++) if (tokens[j]?.text === ')') return j + 1;
    return -1;
  }
  // A comma opens a description that closes at the next comma, or runs to the verb if it
  // reads as one: "…, the Conservative Party's spokesman on immigration said".
  if (open === ',') {
    // "… (MFAT), said": the comma that closes the subject's description.
    if (i + 1 === end) return end;
    for (let j = i + 1; j < end; j++) if (tokens[j]?.text === ',') return j + 1;
    const first = tokens[i + 1];
    return first && (DESCRIPTION_OPENERS.has(first.lower) || isRoleNoun(first)) ? end : -1;
  }
  // A prepositional phrase runs to a comma or to the verb.
  for (let j = i + 1; j < end; j++) if (tokens[j]?.text === ',') return j + 1;
  return end;
}

/**
 * Whether tokens [from, to) hold nothing but asides: brackets, descriptions between
 * commas, prepositional phrases and adverbs, with no reporting verb and no "that".
 */
export function onlyAsidesBetween(tokens: readonly Token[], from: number, to: number): boolean {
  // "… (CPJ) has stated", "… also said": what phraseBefore also reads past before a cue.
  let end = to;
  while (end > from && isAdverbBeforeCue(tokens, end - 1)) end--;
  return asidesOnly(tokens, from, end);
}

function asidesOnly(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > MAX_ASIDES_TOKENS) return false;
  for (let j = from; j < to; j++) {
    const token = tokens[j];
    if (!token || token.lower === 'that' || cueAt(tokens, j)) return false;
  }
  let i = from;
  while (i < to) {
    const token = tokens[i];
    if (!token) return false;
    if (isAdverb(token)) {
      i++;
      continue;
    }
    // "Stephen Schork, an oil industry analyst and editor of …, said": a second role.
    const secondRole = token.lower === 'and' && isRoleNoun(tokens[i + 1]);
    const opensGroup =
      token.text === '(' || token.text === ',' || PREPOSITIONS.has(token.lower) || secondRole;
    if (!opensGroup) return false;
    const close = closeOfGroup(tokens, i, to);
    if (close === -1) return false;
    i = close;
  }
  return true;
}
