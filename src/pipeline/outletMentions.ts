/**
 * Outlets a sentence cites by the words around their names, with or without a verb of
 * saying: after the noun that says what they are ("the German news magazine Der Spiegel"),
 * or as those told or quoted when the name reads like an outlet's or is a listed one
 * ("told Channel 4 News", "interviewed by Radio-Canada"). Most are outlets the list in
 * newsOrganisations.ts does not know.
 */
import { genderOfGivenName } from './givenNames.ts';
import { MONTH, ROLE_NOUNS, WEEKDAY } from './lexicon.ts';
import type { SourceKind } from './article.ts';
import { isPaperName, newsOrganisationNamed } from './newsOrganisations.ts';
import { isNationalityWord } from './phraseWords.ts';

export interface OutletMention {
  name: string;
  kind: Extract<SourceKind, 'news agency' | 'outlet'>;
  start: number;
  end: number;
}

/** The rest of a word of a name, which may be a web address ("Burundi.news.free.fr"). */
const WORD = String.raw`[\p{L}\p{N}'’&-]*(?:\.[\p{L}\p{N}]+)*`;
/**
 * A capitalised run of up to four words, which may open on a paper's article ("Der") and
 * take a particle inside ("Folha de São Paulo").
 */
const NAME = String.raw`((?:(?:The|Le|La|Les|Der|Die|Das|El|Il)\s+)?\p{Lu}${WORD}(?:\s+(?:(?:de|da|do|del|della|di|du|des)\s+)?(?:\p{Lu}|\p{N})${WORD}){0,3})`;

/**
 * "the news website Euractive", "the daily Kommersant", "broadcaster RTL"; not a bare
 * "website", more often what the story is about ("Video hosting website Stage6").
 */
const AFTER_OUTLET_NOUN = new RegExp(
  String.raw`\b(?:newspaper|daily|weekly|magazine|tabloid|broadcaster|news (?:website|channel|network|site|portal|service)|(?:radio|television|TV) (?:station|channel|network))\s+${NAME}`,
  'gu',
);

/**
 * "told Channel 4 News", "In an article in The Washington Times", and capitalised when they
 * open the sentence: "Speaking to The Australian newspaper, …".
 */
const AFTER_CITING_WORDS = new RegExp(
  String.raw`\b(?:[Tt]old|[Ii]nterview with|[Ii]nterviewed by|[Ss]peaking to|[Ss]poke to|[Tt]alking to|article in|report in|[Ww]riting in|[Ww]rote in|[Pp]ublished in|[Qq]uoted by|[Qq]uoted in|[Aa]ppearing on|[Aa]ppeared on)\s+(?:the\s+)?${NAME}`,
  'gu',
);

/**
 * "The Australian newspaper": the noun after a name that says it is an outlet's; not one
 * that a name follows ("the Brazilian newspaper Folha de São Paulo").
 */
const OUTLET_NOUNS_NEXT = /^(?:\s+(?:newspaper|daily|weekly|magazine|tabloid|broadcaster)\b)+/u;

function outletNounsNext(rest: string): boolean {
  const nouns = OUTLET_NOUNS_NEXT.exec(rest);
  return nouns !== null && !/^\s+\p{Lu}/u.test(rest.slice(nouns[0].length));
}

/**
 * "According to state television", "Cyprus state radio reported", "said on the state TV
 * that": a state's broadcaster cited without its name.
 */
const STATE_MEDIA = new RegExp(
  String.raw`\b(?:(?:[Aa]ccording to|said on|told) (?:the (?:country's )?)?(state(?:-run)? (?:television|TV|radio|media))\b|(state(?:-run)? (?:television|TV|radio|media)) (?:reported|said|announced|showed|quoted|says|reports))`,
  'gu',
);

/** Words that make a name an outlet's: a paper's ending, or radio or television in it. */
function readsLikeOutlet(name: string): boolean {
  const words = name.split(/\s+/u);
  return (
    isPaperName(name) ||
    words.some((word) => /^(?:Radio|TV|Television)(?:-|$)/u.test(word)) ||
    // "Channel 4", "France 2": a channel's number.
    /^Channel \p{N}/u.test(name) ||
    (words.length === 2 && /^\p{N}{1,2}$/u.test(words[1] ?? ''))
  );
}

/** "his campaign website", "its newspaper": a noun someone owns names no outlet after it. */
const OWNED_BEFORE = /\b(?:his|her|their|its|our|my)\s+(?:\S+\s+){0,2}$/u;

/**
 * A name that is no outlet's: a person's after the noun ("Cleo magazine Sharri Markson"),
 * or a clause's subject run on after it ("“The Australian” newspaper Australian Prime
 * Minister John Howard …").
 */
function namesSomeoneElse(name: string): boolean {
  const words = name.split(/\s+/u);
  return (
    genderOfGivenName(words) !== undefined ||
    words.some((word) => ROLE_NOUNS.has(word.toLowerCase()))
  );
}

/** A verb after a name, which makes the name a subject: "confirmed", "says". */
const VERB_NEXT = /^(?:\p{Ll}+ed|said|says|told|tells|wrote|writes)$/u;

/** The name without a day or month the run took in after it: "Der Spiegel Monday". */
function withoutDates(name: string): string {
  const words = name.split(/\s+/u);
  while (words.length > 1 && (WEEKDAY.test(words.at(-1) ?? '') || MONTH.test(words.at(-1) ?? '')))
    words.pop();
  return words.join(' ');
}

/**
 * Words one of the patterns above needs, as one plain pattern: most sentences have none,
 * and the two patterns with their Unicode classes cost several times more to run.
 */
const ANY_CUE_WORD =
  /newspaper|daily|weekly|magazine|tabloid|broadcaster|news |radio |television |TV |[Tt]old|[Ii]nterview|[Ss]peaking to|[Ss]poke to|[Tt]alking to|article in|report in|[Ww]riting in|[Ww]rote in|[Pp]ublished in|[Qq]uoted|[Aa]ppear/;

/** The longest opening of a run of words that reads as an outlet's name, if any. */
function outletOpening(run: string): string | undefined {
  const words = run.split(/\s+/u);
  for (let end = words.length; end > 0; end--) {
    const name = words.slice(0, end).join(' ');
    if (readsLikeOutlet(name) || newsOrganisationNamed(name) !== undefined) return name;
  }
  return undefined;
}

export function findOutletMentions(text: string): OutletMention[] {
  const found: OutletMention[] = [];
  if (text.includes('state ') || text.includes('state-')) {
    for (const match of text.matchAll(STATE_MEDIA)) {
      const words = match[1] ?? match[2] ?? '';
      const start = match.index + match[0].indexOf(words);
      const name = words.charAt(0).toUpperCase() + words.slice(1);
      found.push({ name, kind: 'outlet', start, end: start + words.length });
    }
  }
  if (!ANY_CUE_WORD.test(text)) return found;
  // `run` is the match's captured name, or an opening of it.
  const add = (match: RegExpExecArray, run = match[1] ?? ''): void => {
    // "the Iranian newspaper Hamshari's announcement"; "told Britain's The Times".
    const name = withoutDates(run)
      .replace(/['’]s$/u, '')
      .replace(/^\S+['’]s\s+/u, '');
    if (namesSomeoneElse(name)) return;
    if (OWNED_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index))) return;
    const runStart = match.index + match[0].length - (match[1] ?? '').length;
    const start = runStart + run.indexOf(name);
    // A listed outlet goes by its canonical name ("Der Spiegel", "The New York Times").
    const listed =
      newsOrganisationNamed(name.replace(/^The\s+/u, '')) ?? newsOrganisationNamed(name);
    found.push({
      name: listed?.name ?? name,
      kind: listed?.kind ?? 'outlet',
      start,
      end: start + name.length,
    });
  };
  for (const match of text.matchAll(AFTER_OUTLET_NOUN)) {
    // "Cleo magazine Sharri Markson confirmed": the name is the verb's subject, which the
    // cue's own reading cites (as "the newspaper Le Monde reported" is cited there too).
    const next = /^\s+(\p{Ll}+)/u.exec(text.slice(match.index + match[0].length))?.[1] ?? '';
    if (!VERB_NEXT.test(next)) add(match);
  }
  for (const match of text.matchAll(AFTER_CITING_WORDS)) {
    const run = withoutDates(match[1] ?? '');
    // Not "told the British newspaper that": a lone nationality is the paper's country.
    const nounNext =
      outletNounsNext(text.slice(match.index + match[0].length)) && !isNationalityWord(run);
    // "told the Sunday Telegraph British troops …": the outlet's name, then the next clause.
    const name = nounNext ? run : outletOpening(run);
    if (name !== undefined) add(match, name);
  }
  return found;
}
