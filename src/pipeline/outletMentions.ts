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

/** "told Channel 4 News", "In an article in The Washington Times". */
const AFTER_CITING_WORDS = new RegExp(
  String.raw`\b(?:told|interview with|interviewed by|speaking to|spoke to|talking to|article in|report in|writing in|wrote in|published in|quoted by|quoted in|appearing on|appeared on)\s+(?:the\s+)?${NAME}`,
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
  /newspaper|daily|weekly|magazine|tabloid|broadcaster|news |radio |television |TV |told|interview|speaking to|spoke to|talking to|article in|report in|writing in|wrote in|published in|quoted|appear/;

export function findOutletMentions(text: string): OutletMention[] {
  const found: OutletMention[] = [];
  if (!ANY_CUE_WORD.test(text)) return found;
  const add = (match: RegExpExecArray): void => {
    const run = match[1] ?? '';
    // "the Iranian newspaper Hamshari's announcement"; "told Britain's The Times".
    const name = withoutDates(run)
      .replace(/['’]s$/u, '')
      .replace(/^\S+['’]s\s+/u, '');
    if (namesSomeoneElse(name)) return;
    if (OWNED_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index))) return;
    const start = match.index + match[0].length - run.length + run.indexOf(name);
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
    const name = withoutDates(match[1] ?? '');
    if (readsLikeOutlet(name) || newsOrganisationNamed(name) !== undefined) add(match);
  }
  return found;
}
