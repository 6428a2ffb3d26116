/**
 * News agencies and outlets by canonical name, with the forms articles use for them.
 * Aliases are matched case-sensitively on word boundaries ("AP", never "ap").
 */
import type { SourceKind } from './article.ts';
import { isGivenName } from './givenNames.ts';
import { LEGAL_SUFFIX, PAPER_NAME_ENDINGS } from './lexicon.ts';

export interface NewsOrganisation {
  name: string;
  kind: Extract<SourceKind, 'news agency' | 'outlet'>;
  aliases: readonly string[];
}

export const NEWS_ORGANISATIONS: readonly NewsOrganisation[] = [
  { name: 'Associated Press', kind: 'news agency', aliases: ['Associated Press', 'AP'] },
  {
    name: 'Agence France-Presse',
    kind: 'news agency',
    aliases: ['Agence France-Presse', 'Agence France Presse', 'France-Presse', 'AFP'],
  },
  { name: 'Reuters', kind: 'news agency', aliases: ['Thomson Reuters', 'Reuters'] },
  { name: 'Tass', kind: 'news agency', aliases: ['ITAR-TASS', 'TASS', 'Tass'] },
  { name: 'RIA Novosti', kind: 'news agency', aliases: ['RIA Novosti', 'RIA'] },
  { name: 'Interfax', kind: 'news agency', aliases: ['Interfax'] },
  { name: 'Xinhua', kind: 'news agency', aliases: ['Xinhua News Agency', 'Xinhua'] },
  { name: 'EFE', kind: 'news agency', aliases: ['Agencia EFE', 'EFE'] },
  {
    name: 'Deutsche Presse-Agentur',
    kind: 'news agency',
    aliases: ['Deutsche Presse-Agentur', 'dpa', 'DPA'],
  },
  { name: 'ANSA', kind: 'news agency', aliases: ['ANSA'] },
  { name: 'Kyodo News', kind: 'news agency', aliases: ['Kyodo News', 'Kyodo'] },
  { name: 'Yonhap', kind: 'news agency', aliases: ['Yonhap News Agency', 'Yonhap'] },
  { name: 'Anadolu Agency', kind: 'news agency', aliases: ['Anadolu Agency', 'Anadolu'] },
  { name: 'Press Trust of India', kind: 'news agency', aliases: ['Press Trust of India', 'PTI'] },
  {
    name: 'United Press International',
    kind: 'news agency',
    aliases: ['United Press International', 'UPI'],
  },
  {
    name: 'Korean Central News Agency',
    kind: 'news agency',
    aliases: ['Korean Central News Agency', 'KCNA'],
  },
  {
    name: 'Islamic Republic News Agency',
    kind: 'news agency',
    aliases: ['Islamic Republic News Agency', 'IRNA'],
  },
  {
    name: 'Canadian Press',
    kind: 'news agency',
    aliases: ['The Canadian Press', 'Canadian Press'],
  },
  {
    name: 'Australian Associated Press',
    kind: 'news agency',
    aliases: ['Australian Associated Press', 'AAP'],
  },
  { name: 'Europa Press', kind: 'news agency', aliases: ['Europa Press'] },
  { name: 'Bloomberg', kind: 'news agency', aliases: ['Bloomberg News', 'Bloomberg'] },
  {
    name: 'Voice of America',
    kind: 'outlet',
    aliases: ['Voice of America', 'la Voz de América', 'Voz de América', 'VOA'],
  },
  {
    name: 'Radio Free Europe/Radio Liberty',
    kind: 'outlet',
    aliases: [
      'Radio Free Europe/Radio Liberty',
      'Radio Free Europe / Radio Liberty',
      'Radio Free Europe / Radio Libertad',
      'Radio Free Europe/Radio Libertad',
      'Radio Free Europe',
      'Radio Liberty',
      'RFE/RL',
    ],
  },
  { name: 'BBC', kind: 'outlet', aliases: ['British Broadcasting Corporation', 'BBC News', 'BBC'] },
  { name: 'CNN', kind: 'outlet', aliases: ['CNN'] },
  { name: 'The New York Times', kind: 'outlet', aliases: ['The New York Times', 'New York Times'] },
  {
    name: 'The Washington Post',
    kind: 'outlet',
    aliases: ['The Washington Post', 'Washington Post'],
  },
  {
    name: 'The Wall Street Journal',
    kind: 'outlet',
    aliases: ['The Wall Street Journal', 'Wall Street Journal'],
  },
  { name: 'The Guardian', kind: 'outlet', aliases: ['The Guardian', 'Guardian'] },
  { name: 'Financial Times', kind: 'outlet', aliases: ['Financial Times'] },
  { name: 'The Economist', kind: 'outlet', aliases: ['The Economist'] },
  { name: 'Al Jazeera', kind: 'outlet', aliases: ['Al Jazeera', 'Al-Jazeera', 'Aljazeera'] },
  { name: 'NPR', kind: 'outlet', aliases: ['National Public Radio', 'NPR'] },
  { name: 'Fox News', kind: 'outlet', aliases: ['Fox News'] },
  { name: 'NBC News', kind: 'outlet', aliases: ['NBC News', 'NBC'] },
  { name: 'CBS News', kind: 'outlet', aliases: ['CBS News', 'CBS'] },
  { name: 'ABC News', kind: 'outlet', aliases: ['ABC News'] },
  { name: 'Los Angeles Times', kind: 'outlet', aliases: ['Los Angeles Times', 'LA Times'] },
  { name: 'USA Today', kind: 'outlet', aliases: ['USA Today'] },
  { name: 'Politico', kind: 'outlet', aliases: ['Politico'] },
  { name: 'Deutsche Welle', kind: 'outlet', aliases: ['Deutsche Welle'] },
  { name: 'France 24', kind: 'outlet', aliases: ['France 24'] },
  { name: 'Euronews', kind: 'outlet', aliases: ['Euronews'] },
  { name: 'RT', kind: 'outlet', aliases: ['Russia Today', 'RT'] },
  { name: 'Sky News', kind: 'outlet', aliases: ['Sky News'] },
  { name: 'The Times', kind: 'outlet', aliases: ['The Times of London', 'The Times'] },
  { name: 'The Independent', kind: 'outlet', aliases: ['The Independent'] },
  {
    name: 'The Daily Telegraph',
    kind: 'outlet',
    aliases: ['The Daily Telegraph', 'Daily Telegraph', 'The Telegraph'],
  },
  { name: 'Le Monde', kind: 'outlet', aliases: ['Le Monde'] },
  { name: 'El País', kind: 'outlet', aliases: ['El País', 'El Pais'] },
  { name: 'Der Spiegel', kind: 'outlet', aliases: ['Der Spiegel', 'Spiegel'] },
  { name: 'Haaretz', kind: 'outlet', aliases: ['Haaretz'] },
  { name: 'China Daily', kind: 'outlet', aliases: ['China Daily'] },
  {
    name: 'CBC News',
    kind: 'outlet',
    aliases: ['Canadian Broadcasting Corporation', 'CBC News', 'CBC'],
  },
  { name: 'Kommersant', kind: 'outlet', aliases: ['Kommersant'] },
  { name: 'Wikinews', kind: 'outlet', aliases: ['Wikinews'] },
];

/** `text` as a regex source that matches it literally (with or without the `u` flag). */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const BY_ALIAS = new Map<string, NewsOrganisation>(
  NEWS_ORGANISATIONS.flatMap((organisation) =>
    organisation.aliases.map((alias) => [alias.replace(/\s+/gu, ' '), organisation] as const),
  ),
);

interface TrieNode {
  next: Map<string, TrieNode>;
  isAlias: boolean;
}

/**
 * The aliases as one regex shaped like a trie ("A(?:P|FP|gence …)|R(?:euters|…)"): the
 * regex engine then picks a branch by the next character instead of trying every alias
 * at every position, twice as fast as a flat alternation. Where one alias extends
 * another, the longer is tried first: "Radio Free Europe/Radio Liberty", not "Radio Free Europe".
 */
function trieSource(aliases: readonly string[]): string {
  const root: TrieNode = { next: new Map(), isAlias: false };
  for (const alias of aliases) {
    let node = root;
    for (const character of alias) {
      let child = node.next.get(character);
      if (!child) {
        child = { next: new Map(), isAlias: false };
        node.next.set(character, child);
      }
      node = child;
    }
    node.isAlias = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.next].map(
      ([character, child]) => (character === ' ' ? '\\s+' : escapeRegExp(character)) + emit(child),
    );
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
    return node.isAlias ? `(?:${body})?` : body;
  };
  return emit(root);
}

const ALIASES = new RegExp(`${trieSource([...BY_ALIAS.keys()])}(?![\\p{L}\\p{N}/]|-\\p{L})`, 'gu');
/** An alias starts a word: no letter, digit, slash or hyphen just before it. */
const JOINED_BEFORE = /[\p{L}\p{N}/-]$/u;

export interface OrganisationMention {
  organisation: NewsOrganisation;
  start: number;
  end: number;
}

/** Every non-overlapping mention of a known news organisation in `text`, in order. */
export function findNewsOrganisations(text: string): readonly OrganisationMention[] {
  const found: OrganisationMention[] = [];
  ALIASES.lastIndex = 0;
  for (let match = ALIASES.exec(text); match; match = ALIASES.exec(text)) {
    // Checked here rather than as a lookbehind, which the engine would run at every position.
    if (
      match.index > 0 &&
      JOINED_BEFORE.test(text.slice(Math.max(0, match.index - 2), match.index))
    ) {
      ALIASES.lastIndex = match.index + 1;
      continue;
    }
    const organisation = BY_ALIAS.get(match[0].replace(/\s+/gu, ' '));
    if (organisation)
      found.push({ organisation, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/**
 * The news organisation a name mentions ("Russia’s Tass news agency" -> Tass), but not a
 * person who shares its name: "Michael Bloomberg", a given name before it.
 */
export function newsOrganisationInName(name: string): NewsOrganisation | undefined {
  const [found] = findNewsOrganisations(name);
  const wordBefore = /(?<!\S)(\S+)\s*$/u.exec(name.slice(0, found?.start ?? 0))?.[1] ?? '';
  // "The New York Times Co": the firm that owns the paper, not the paper.
  const wordAfter = /^\s*(\S+)/u.exec(name.slice(found?.end ?? 0))?.[1] ?? '';
  return found && !isGivenName(wordBefore) && !LEGAL_SUFFIX.test(wordAfter)
    ? found.organisation
    : undefined;
}

/** The organisation a whole name is an alias of: "AP" -> Associated Press. */
export function newsOrganisationNamed(name: string): NewsOrganisation | undefined {
  return BY_ALIAS.get(name);
}

/** "Tehran Times", "Sydney Morning Herald": named like a paper, listed here or not. */
export function isPaperName(name: string): boolean {
  return PAPER_NAME_ENDINGS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
}

/** Words that open or end a broadcaster's name. */
const BROADCAST_WORDS = new Set(['Radio', 'Television', 'TV']);

/** "Tehran Radio", "Radio Havana", "Kabul Television": a broadcaster by its name's words. */
export function isBroadcasterName(words: readonly string[]): boolean {
  return (
    words.length > 1 &&
    [words[0], words[words.length - 1]].some((word) => BROADCAST_WORDS.has(word ?? ''))
  );
}

/** A news agency or outlet: a listed one, or a name like a paper's. */
export function isOutletName(name: string): boolean {
  return findNewsOrganisations(name).length > 0 || isPaperName(name);
}
