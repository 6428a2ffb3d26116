/**
 * Who said one quote, from the words around it in its sentence. A sieve of rules,
 * most specific first; each returns the speaker phrase and the cue that ties it:
 *   1. right after the quote, a cue then a name:  “…,” added Price
 *   2. right after the quote, a name then a cue:  “…,” the note said
 *   3. the nearest cue before the quote, and its subject:  Blinken reiterated “…”,
 *      whom he described as “…”, added Price, noting that … a “partner”
 *   4. a cue later in the sentence, and its subject:  “Stupid” is how Tokayev described it
 * The subject of a cue is cueSubjects.ts's to find, words quoted in a sentence that reports
 * none fragments.ts's, and speakers from the sentences around sentenceSpeakers.ts's.
 */
import { onlyAsidesBetween } from './asides.ts';
import {
  AGENT_PASSIVES,
  cueAt,
  isPassiveWithAgent,
  PASSIVE_AUXILIARIES,
  type Cue,
} from './cues.ts';
import {
  DOCUMENT_NOUNS,
  ISSUING_VERBS,
  OPENING_SUBORDINATORS,
  PRONOUNS,
  WORDS_NOUNS,
} from './lexicon.ts';
import { isOutletName } from './newsOrganisations.ts';
import { phraseAfter, phraseBefore } from './nounPhrase.ts';
import { endsWithOwner, withoutOwnersS, type SpeakerPhrase } from './phraseMeaning.ts';
import { DETERMINERS, isNameToken, lower, LOWER_CASE_WORD } from './phraseWords.ts';
import { isWordToken, QUOTE_MARK, QUOTE_MARK_TOKEN, tokenIndexAt, type Token } from './tokens.ts';
import {
  DASHES,
  JOINING_WORDS,
  PAST_VERB,
  RELATIVE_PRONOUNS,
  sentenceAt,
  skipJoiners,
  type Attribution,
  type BlockContext,
  type Sentence,
} from './blockContext.ts';
import {
  closingInversion,
  invertedSubject,
  NAMING_VERBS,
  ofPhraseBeforeAnd,
  quotedAsSaying,
  quotedInPassive,
  quotedLater,
  sentenceSubject,
  subjectOfCue,
} from './cueSubjects.ts';
import { contrastedSubject } from './fragments.ts';

const MAX_GAP_TO_CUE = 24;
const MAX_GLOSS_TOKENS = 6;

/** "“… a mild CVA,” (stroke) said Dr. Yuval Weiss": past a short gloss in brackets. */
function pastGloss(tokens: readonly Token[], index: number, end: number): number {
  if (tokens[index]?.text !== '(') return index;
  for (let j = index + 1; j < Math.min(end, index + MAX_GLOSS_TOKENS); j++)
    if (tokens[j]?.text === ')') return skipJoiners(tokens, j + 1, end);
  return index;
}

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

/** Only words from token `from` up to `to`: no punctuation, no quote mark. */
function onlyWordsBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWordToken(tokens[i])) return false;
  return true;
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
    // "“…,” the Dominican Today news agency quoted the Italian News Agency as saying": the
    // quoting clause follows the quote though its subject is read short ("news agency").
    if (quoted && !startsAtQuote && onlyWordsBetween(tokens, first, quotingVerb))
      return { phrase: quoted, cue: 'quoted as saying' };
    // "“…,” Bruce Lazier of Prescott Ball and Turben said".
    const coordinated =
      phrase && !startsAtQuote ? ofPhraseBeforeAnd(context, phrase, first) : undefined;
    if (coordinated && coordinated.start === tokens[first]?.start)
      return { phrase: coordinated, cue: cue.text };
    if (!startsAtQuote)
      return (
        (pastAsides ? subjectPastAsides(context, first, k, cue) : undefined) ??
        speakerAfterTail(context, k, cue, end)
      );
    if (quoted) return { phrase: quoted, cue: 'quoted as saying' };
    // "“…,” Laura Arenschield reported spokesman Tom McCollum as saying".
    const reported = quotedLater(context, k + cue.length, end);
    return reported ? { phrase: reported, cue: 'quoted as saying' } : { phrase, cue: cue.text };
  }
  return undefined;
}

/** Plain verbs of saying that put the speaker after them ("said the spokesman"). */
const TAIL_CUES = new Set(['said', 'says', 'added', 'adds', 'stated', 'explained']);

/**
 * "“… the aggravation of the health” of Diogo Freitas do Amaral, said the spokesman":
 * words that finish the quoted phrase, then a comma, the verb and its speaker.
 */
function speakerAfterTail(
  context: BlockContext,
  cueIndex: number,
  cue: Cue,
  end: number,
): Attribution | undefined {
  const { masked, tokens } = context;
  if (tokens[cueIndex - 1]?.text !== ',' || !TAIL_CUES.has(cue.text.toLowerCase()))
    return undefined;
  const speaker = invertedSubject(masked, tokens, cueIndex + cue.length, end - 1);
  return speaker ? { phrase: speaker, cue: cue.text } : undefined;
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
  // "was called “…”", "was described as “…”", "was described as a “…”", "was labeled a “…”".
  let at = openToken - 1;
  if (DETERMINERS_BEFORE_TERM.has(tokens[at]?.lower ?? '')) at--;
  if (tokens[at]?.lower === 'as') at--;
  const verb = tokens[at];
  if (!verb || (!AGENT_PASSIVES.has(verb.lower) && !NAMING_VERBS.has(verb.lower))) return undefined;
  const by = skipJoiners(tokens, closeToken + 1, to);
  if (tokens[by]?.lower !== 'by') return undefined;
  const phrase = phraseAfter(masked, tokens, by + 1, to - 1);
  // "Hamas, … and labeled as a “…” by the United States": with no auxiliary, a verb that
  // names is a passive one when a name follows "by" and no subject comes before it
  // ("Lamont said “…” by Britain" is Lamont's).
  const before = tokens[at - 1];
  const passive =
    PASSIVE_AUXILIARIES.has(before?.lower ?? '') ||
    (phrase?.form === 'name' &&
      NAMING_VERBS.has(verb.lower) &&
      before !== undefined &&
      (before.text === ',' || LOWER_CASE_WORD.test(before.text)) &&
      !PRONOUNS.has(before.lower));
  return phrase && passive ? { phrase, cue: `${verb.text} by` } : undefined;
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

const REACTING = /^(?:respond|react)(?:s|ed|ing)?$/u;

/** "responded to its cease-fire", "reacted to the news": a verb of reacting and its object. */
function reactsTo(tokens: readonly Token[], cue: Cue): boolean {
  return REACTING.test(cue.text.toLowerCase()) && tokens[cue.index + cue.length]?.lower === 'to';
}

/**
 * "After the Supreme Court ruled in Rasul v. Bush that detainees …, the Defence Department
 * set up a tribunal to review whether they were “enemy combatants”": a cue in the clause
 * that opens the sentence does not reach words quoted after the comma that closes it, when
 * a new subject follows that comma. Not "When asked, Rakhimov said no, that “…”".
 */
function insideOpeningClause(
  tokens: readonly Token[],
  from: number,
  cue: Cue,
  openToken: number,
): boolean {
  if (!OPENING_SUBORDINATORS.has(tokens[from]?.lower ?? '')) return false;
  let comma = from + 1;
  while (comma < openToken && tokens[comma]?.text !== ',') comma++;
  if (comma <= cue.index || comma >= openToken - 1) return false;
  const next = tokens[comma + 1];
  return next !== undefined && (DETERMINERS.has(next.lower) || isNameToken(next));
}

/**
 * "Gore called the wiretapping program, which the White House insists is vital …, “…”":
 * a verb inside a relative clause that a comma closes before the quote speaks for its
 * own subject, not the quote's.
 */
function insideClosedRelativeClause(
  tokens: readonly Token[],
  from: number,
  cue: Cue,
  openToken: number,
): boolean {
  let opening = cue.index - 1;
  while (opening > from && tokens[opening]?.text !== ',') opening--;
  const relative = tokens[opening + 1]?.lower ?? '';
  if (opening <= from || (relative !== 'which' && relative !== 'whom')) return false;
  // The clause has a subject of its own ("which the White House insists"), not the
  // antecedent's ("Rae, who spoke of …, “…”").
  const subject = tokens[opening + 2];
  if (!subject || (!DETERMINERS.has(subject.lower) && !isNameToken(subject))) return false;
  for (let i = cue.index + cue.length; i < openToken; i++) if (tokens[i]?.text === ',') return true;
  return false;
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
  // "'…truck,' said": a straight single mark can close inside the masked word's token.
  const markInWord = (tokens[tokenIndexAt(tokens, close) - 1]?.end ?? 0) > close;
  const closeToken = tokenIndexAt(tokens, close) - (markInWord ? 1 : 0);
  const right = closeToken < to ? attributionRightAfter(context, closeToken, to) : undefined;
  // "Muhammad said, “…,” according to Reuters": the agency reported the words; the
  // speaker is the one before the quote. Without one, "according to" names the speaker.
  if (right && !right.cue.toLowerCase().startsWith('according')) return right;
  const agent = agentAroundQuote(context, openToken, closeToken, to);
  if (agent) return agent;
  const before = cues.filter((cue) => cue.index < openToken);
  // "Fox has compared the fence with the Berlin Wall, while Calderon thought it was a
  // “grave mistake”": a clause with its own subject stands between the cue and the quote.
  const contrast = contrastedSubject(context, from, openToken);
  const lastCue = before[before.length - 1];
  if (contrast && lastCue && tokenIndexAt(tokens, contrast.start) > lastCue.index) {
    const verb = tokens[tokenIndexAt(tokens, contrast.end)];
    return { phrase: contrast, cue: verb?.text ?? '' };
  }
  for (let k = before.length - 1; k >= 0; k--) {
    const cue = cues[k];
    // "ETA said, adding that the government responded to its cease-fire “with arrests …”":
    // a reaction to something, after another verb of saying, is no speech of its own.
    if (k > 0 && cue && reactsTo(tokens, cue)) continue;
    if (cue && insideOpeningClause(tokens, from, cue, openToken)) continue;
    if (cue && insideClosedRelativeClause(tokens, from, cue, openToken)) continue;
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
    // "Having to evict fellow Jews is “traumatic” for the soldiers said IDF Capt. Yael
    // Harman.": a name that ends the sentence after the verb is its subject, comma or not.
    const inversion = closingInversion(context, cue, to - 1);
    if (inversion) return { phrase: inversion, cue: cue.text };
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
    ownersWords(context, from, openToken) ??
    issuedBeforeQuote(context, from, openToken)
  );
}

const INTRODUCING_MARKS = new Set([',', ':', ';']);

/** "Paisley's reaction to choosing his successor was, “…”": the owner of the words speaks. */
function ownersWords(
  context: BlockContext,
  from: number,
  openToken: number,
): Attribution | undefined {
  const { masked, tokens } = context;
  // "Kimmitt's response was; “…”" too.
  const introduced = INTRODUCING_MARKS.has(tokens[openToken - 1]?.text ?? '');
  const verb = tokens[introduced ? openToken - 2 : openToken - 1]?.lower;
  if (verb !== 'was' && verb !== 'is') return undefined;
  const phrase = phraseAfter(masked, tokens, from, openToken - 1);
  if (!phrase || phrase.form !== 'name' || !endsWithOwner(phrase)) return undefined;
  const noun = tokens[tokenIndexAt(tokens, phrase.end)]?.lower ?? '';
  return WORDS_NOUNS.has(noun) ? { phrase: withoutOwnersS(phrase), cue: noun } : undefined;
}

const MAX_ISSUED_TAIL = 6;

/**
 * "Ban Ki-moon issued the following statement through a spokesperson, “…”": a document
 * issued right before the quote, whose words it is; its issuer speaks.
 */
function issuedBeforeQuote(
  context: BlockContext,
  from: number,
  openToken: number,
): Attribution | undefined {
  const { masked, tokens } = context;
  const introduced = tokens[openToken - 1]?.text === ',' || tokens[openToken - 1]?.text === ':';
  if (!introduced) return undefined;
  for (let i = openToken - 2; i > from && i >= openToken - 2 - MAX_ISSUED_TAIL; i--) {
    if (!DOCUMENT_NOUNS.has(tokens[i]?.lower ?? '')) continue;
    for (let j = i - 1; j > from && j >= i - 3; j--) {
      const verb = tokens[j];
      if (!verb || !ISSUING_VERBS.has(verb.lower)) continue;
      const phrase = phraseBefore(masked, tokens, j, from);
      return phrase?.form === 'name' ? { phrase, cue: verb.text } : undefined;
    }
    return undefined;
  }
  return undefined;
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

/** "“…,” reporters were told by …": the few words for those told, before the passive. */
const MAX_TOLD_TOKENS = 4;

/**
 * "Murtha, who had served in Vietnam, angrily denounced the rhetoric with sarcasm: “…”":
 * a sentence with no reporting verb that introduces a quote with a colon (or `mark`:
 * quotes.ts asks for a comma) gives it to the person it opens with.
 */
export function subjectBeforeColon(
  context: BlockContext,
  from: number,
  openToken: number,
  mark = ':',
): Attribution | undefined {
  if (context.tokens[openToken - 1]?.text !== mark) return undefined;
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
  // "Venezuela: opposition denounces “persecution”": the words after the colon report
  // someone else's, so what comes before it is a place or a topic.
  const sentence = sentenceAt(context, context.tokens[colon]?.start ?? 0);
  if (sentence.cues.some((cue) => cue.index > colon && cue.index < openToken)) return undefined;
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
export function bareAttributionOpening(
  context: BlockContext,
  finishesSentence = false,
): Attribution | undefined {
  const first = context.sentences[0];
  if (!first) return undefined;
  // Finishing the quote's sentence, it may go on to quote more: "Thompson said, “we …”".
  if (!finishesSentence && QUOTE_MARK.test(context.masked.slice(first.start, first.end)))
    return undefined;
  return bareAttribution(
    context,
    first,
    finishesSentence ? MAX_BARE_ATTRIBUTION_TAIL : MAX_OPENING_ATTRIBUTION_TAIL,
  );
}

/**
 * "— TYLER MCCLOSKEY, a 13-year-old pitcher for …": a paragraph that signs the quote
 * before it with a dash and a name, as a quote of the day or a pull quote is signed.
 */
export function signatureOpening(context: BlockContext): Attribution | undefined {
  const { masked, tokens } = context;
  const first = context.sentences[0];
  if (!first || !DASHES.has(tokens[first.from]?.text ?? '')) return undefined;
  const doubled = tokens[first.from + 1]?.text === '-' ? 1 : 0;
  const phrase = phraseAfter(masked, tokens, first.from + 1 + doubled, first.to - 1);
  return phrase?.form === 'name' ? { phrase, cue: '' } : undefined;
}

/** "William Fallon said today." may end with a word or two; "… criticised the minister over …" not. */
const MAX_OPENING_ATTRIBUTION_TAIL = 2;

/** Verbs that name or describe something, whose quote is what they call it. */
const NAMING_CUES = new Set([
  'called',
  'calls',
  'described',
  'describes',
  'branded',
  'termed',
  'dubbed',
]);

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
  // "According to Rae, the conversation was “…”", "Chris Magezi … called the agreement
  // “…”": a source, or a judgement, for words of its own.
  const own = context.masked.slice(sentence.start, sentence.end);
  const cueWord = attribution.cue.toLowerCase();
  const ownWords = cueWord.startsWith('according') || NAMING_CUES.has(cueWord);
  if (ownWords && QUOTE_MARK.test(own)) return undefined;
  const inverted = attribution.phrase.start > (tokens[from]?.start ?? 0);
  // "John Murtha (D-PA), one of the most decorated veterans said during …": the tail
  // starts at the cue, past asides between the name and it.
  const phraseEnd = tokenIndexAt(tokens, attribution.phrase.end);
  const cueParts = attribution.cue.split(' ');
  const firstCueWord = cueParts[0]?.toLowerCase();
  const cueIndex = inverted
    ? phraseEnd
    : tokens.findIndex((token, i) => i >= phraseEnd && i < to && token.lower === firstCueWord);
  const rest = tokens.slice(cueIndex === -1 ? phraseEnd : cueIndex, to);
  const tail = rest.filter((token) => isWordToken(token));
  const cueWords = cueParts.length;
  // "Mitchell Pally said, commenting on the state's budget plan …": what follows a comma
  // after the cue is about the words, not new words of its own, so a "that" in it opens
  // no reported speech ("Ivanov said, referring to the province that borders …").
  const afterCue = inverted ? 0 : cueWords;
  const commaAfterCue = rest[afterCue]?.text === ',';
  const reports = commaAfterCue
    ? lower(rest[afterCue + 1]) === 'that'
    : tail.some((token) => token.text === 'that');
  // "… calls for Cheney to be impeached", "… asked for a recount": a demand, not the words.
  if (reports || tail[cueWords]?.lower === 'for') return undefined;
  return tail.length - cueWords <= maxTail || commaAfterCue ? attribution : undefined;
}
