/**
 * Speakers from the sentences around a quote: reported speech before it, a person and what
 * they did, a bare "X said." after it, a paragraph's introduction, a speaker going on.
 */
import { CONNECTIVES, OPINION_VERBS } from './lexicon.ts';
import { isPastTense, phraseAfter } from './nounPhrase.ts';
import { endsWithOwner, type SpeakerPhrase } from './phraseMeaning.ts';
import { AUXILIARIES, isRoleNoun, MAX_APPOSITIVE_TOKENS } from './phraseWords.ts';
import { isCapitalised, tokenIndexAt, type Token } from './tokens.ts';
import type { Sentence, BlockContext, Attribution } from './blockContext.ts';
import { attributionOfSentence, sentenceSubject } from './cueSubjects.ts';

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

/** The name a sentence opens with, if it is no organisation's. */
function namedOpening(context: BlockContext, sentence: Sentence): SpeakerPhrase | undefined {
  const phrase = sentenceSubject(context, sentence.from, sentence.to - 1);
  return phrase?.form === 'name' && phrase.kind !== 'organization' ? phrase : undefined;
}

/** "However, he defended …", "She also admitted …": a person's pronoun opening a sentence. */
function pronounOpening(context: BlockContext, sentence: Sentence): SpeakerPhrase | undefined {
  const { masked, tokens } = context;
  let at = sentence.from;
  if (CONNECTIVES.has(tokens[at]?.lower ?? '')) at += tokens[at + 1]?.text === ',' ? 2 : 1;
  const pronoun = tokens[at]?.lower;
  return pronoun === 'he' || pronoun === 'she' ? phraseAfter(masked, tokens, at, at) : undefined;
}

const TITLE_LINKS = new Set(['for', 'of', 'the', 'and']);

/** "Israeli Minister for Jerusalem Affairs offered": the verb after a capitalised title. */
function verbAfterTitle(window: readonly Token[]): number {
  const verb = window.findIndex(
    (token) => !isCapitalised(token.text) && !TITLE_LINKS.has(token.lower),
  );
  const title = window.slice(0, verb);
  const word = window[verb];
  return verb > 0 && word && isPastTense(word) && title.some(isRoleNoun) ? verb : -1;
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
  const phrase = namedOpening(context, sentence) ?? pronounOpening(context, sentence);
  if (!phrase || phrase.kind === 'document' || endsWithOwner(phrase)) return undefined;
  // "The Wikipedia community is discussing …", "Users on YouTube also took …": a group.
  // Not "Rafi Eitan, the Israeli Minister for Jerusalem Affairs": a role's own "for".
  if (GROUP_WORDS.test(phrase.text.split(',')[0] ?? '')) return undefined;
  let next = tokenIndexAt(tokens, phrase.end);
  // "Her partner of 24 years, Gita Deane, was a plaintiff": the name closed the description.
  // "Sadiq Khan, one of the MPs …, condemns": past a description between commas.
  // "Rafi Eitan, the Israeli Minister for Jerusalem Affairs, offered": the phrase holds
  // the description, and the comma closes it.
  const described = phrase.text.includes(',');
  if (tokens[next]?.text === ',' && (described || AUXILIARIES.has(tokens[next + 1]?.lower ?? '')))
    next++;
  else if (tokens[next]?.text === ',') {
    const window = tokens.slice(next + 1, Math.min(sentence.to, next + 1 + MAX_APPOSITIVE_TOKENS));
    const close = window.findIndex((token) => token.text === ',');
    // "Rafi Eitan, Israeli Minister for Jerusalem Affairs offered": a title no comma closes
    // runs to the verb.
    const verb = close === -1 ? verbAfterTitle(window) : -1;
    if (close === -1 && verb === -1) return undefined;
    next += (close === -1 ? verb : close + 1) + 1;
  }
  const verb = tokens[next];
  return verb && /^\p{Ll}/u.test(verb.text) && !NOT_A_VERB.has(verb.lower) ? phrase : undefined;
}
