/**
 * Everyone and everything an article cites for its information, with the sentences
 * that cite them: subjects of reporting verbs ("The agency Reuters reported",
 * "the Interior Ministry reported in a statement"), news organisations in a citing
 * sentence ("told Radio Free Europe"), institutions in a speaker's role ("State
 * Department spokesman"), unnamed sources ("a representative of … told"), and the
 * credits line. The publisher is not a source of itself.
 */
import type { Quote, Source, SourceCitation, SourceKind, Speaker } from './article.ts';
import {
  endsInDocumentNoun,
  GOVERNMENT_NAMES,
  ORGANISATION_NOUNS,
  OFFICIAL_ROLE,
  OUTLET_NOUNS,
  PARTY_MEMBERS,
  ROLE_NOUNS,
  STATES_AND_PROVINCES,
  THREAT_CUES,
} from './lexicon.ts';
import {
  findNewsOrganisations,
  isBroadcasterName,
  isPaperName,
  newsOrganisationInName,
  newsOrganisationNamed,
} from './newsOrganisations.ts';
import { findOutletMentions } from './outletMentions.ts';
import { isPluralGroup, positionOf, type Cast, type CastMember } from './people.ts';
import { isBrandName, isNationalityWord, WEB_ADDRESS } from './phraseWords.ts';
import type { SpeakerPhrase } from './phraseMeaning.ts';
import type { ArticleReading } from './reading.ts';
import { lookupOffset, sentenceAt } from './blockContext.ts';
import { cueSubjects } from './cueSubjects.ts';
import { isPassiveWithAgent } from './cues.ts';
import { slugify } from './slug.ts';
import { QUOTE_MARK, singleSpaced } from './tokens.ts';

// Runs of capitalised words (with "of", "for", "and" inside) in a role: "State Department", "University of Amsterdam".
/** Capitalised runs in a role, dotted initials included: "U.S. State Department spokesman". */
const CAPITALISED_RUN = /\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|for|and|the)\s+)*\p{Lu}[\p{L}.'’-]*)*/gu;
const GOVERNMENT_WORDS =
  /\b(?:Ministry|Department|Government|Office|Cabinet|Parliament|Congress|Senate|Kremlin|White House|Pentagon|Embassy|Police|Army|Navy|Presidency|Council|Commission|Court|Authority|Federal Reserve|Reserve Bank|Central Bank)\b/u;
// "A representative of one of the protesting groups told …", "officials said", "sources close to …".
const ANONYMOUS =
  /^(?:an?|one|two|three|several|some|other|many|unnamed|anonymous)?\s*(?:[\p{L}-]+\s+){0,5}?(?:officials?|sources?|representatives?|spokes(?:man|woman|person)|diplomats?|officers?|aides?|insiders?|witnesses|residents|people familiar|person familiar|doctors|analysts|critics|experts|investigators|authorities|friends|relatives|neighbou?rs|colleagues)\b/iu;

/** Words a clause may open with that are no part of whom it describes. */
const CLAUSE_LINKS = /^(?:but|and|yet|so|however|while|though|although|according to)\s+/iu;
/** Clauses about someone else: "Who American analysts had …", "Of federal investigators' …". */
const NOT_A_GROUP = /^(?:who|which|that|this|he|she|it|they|was|were|of|to|in|on|at)\b/iu;

/** Words between a group and its verb: "Several residents have said", "Officials also said". */
const BEFORE_VERB =
  // eslint-disable-next-line redos/no-vulnerable -- each try starts at a space, and a clause lies in one sentence of at most MAX_SENTENCE_TOKENS words
  /(?:\s+(?:have|has|had|also|now|reportedly|initially|were|are|was|is|would|will|could|not|yet|never|and|but))+$/iu;
/** Longer than this, the words are a clause about the group, not only its name. */
const MAX_GROUP_WORDS = 8;

/** A group and nothing more: "local residents", not "her spokesman Jonathan Todd". */
const ANONYMOUS_ALONE = new RegExp(`${ANONYMOUS.source}$`, 'iu');

/** "Reports say", "Some media reports said": reports no one is named for, as the subject. */
const REPORTS =
  /^(?:(?:some|other|many|most|several|media|news|press|initial|early|earlier|recent|latest|local|unconfirmed|conflicting)\s+){0,2}reports$/iu;

/**
 * "Their lawyers said", "Muslim leaders in the region have demanded", "Opposition leaders
 * said": a group named by what its members are, the clause nothing but the group.
 */
const UNNAMED_PLURALS =
  /^(?:[\p{L}'’-]+\s+){0,3}(?:lawyers|attorneys|leaders)(?:\s+(?:in|of|from|for)(?:\s+[\p{L}'’-]+){1,4})?$/iu;
/** "Both leaders", "the two leaders": ones the text has named. */
const NUMBERED = /^(?:both|two|three|four|five|the|with)\b/iu;

/**
 * "But several residents have said": the group a clause before a cue names, if any; or,
 * `after` "according to", the group the words after it name, when they name nothing else.
 */
function anonymousGroup(clause: string, after = false): string | undefined {
  const words = clause.replace(CLAUSE_LINKS, '').replace(BEFORE_VERB, '');
  if (NOT_A_GROUP.test(words)) return undefined;
  if (after) return ANONYMOUS_ALONE.test(words) ? words : undefined;
  if (REPORTS.test(words) || (UNNAMED_PLURALS.test(words) && !NUMBERED.test(words))) return words;
  // A long clause goes on past its group: name the group alone ("A law enforcement official").
  const short = words.split(/\s+/u).length <= MAX_GROUP_WORDS;
  return short ? (ANONYMOUS.test(words) ? words : undefined) : ANONYMOUS.exec(words)?.[0];
}

const AWARD = /\b(?:Nobel|Prize|Award|Awards|Medal|Trophy|Cup)\b/u;

interface Draft {
  name: string;
  kind: SourceKind;
  evidence: SourceCitation[];
  /** Where each citation's sentence starts, by block: one sentence is evidence once. */
  cited: Set<string>;
}

/**
 * "Officials say", "Railway officials said": a group with no article, capitalised only
 * because it opens the sentence, is no one in particular.
 */
function barePlural(phrase: SpeakerPhrase): boolean {
  // Plural: "officials", "witnesses"; not "princess".
  return !/^the\s/iu.test(phrase.text) && /[^s]s$/u.test(phrase.head ?? '');
}

/**
 * "the Japanese Nikkei newspaper": a body described as an outlet, by a name inside the
 * description (its nationality and the outlet's noun left out).
 */
function outletNamedIn(description: string): string | undefined {
  const words = description.split(/\s+/u);
  // The noun in lower case: "China Daily" and "Nine Network" are names whole.
  if (!OUTLET_NOUNS.has(words.at(-1) ?? '')) return undefined;
  const name = words
    .slice(0, -1)
    .filter((word) => !isNationalityWord(word) && !/^(?:the|a|an)$/iu.test(word));
  const named =
    name.length > 0 &&
    name.every((word) => /^\p{Lu}/u.test(word) && !/['’]s$/u.test(word)) &&
    !name.some((word) => /^(?:TV|Radio|Television)$/u.test(word));
  return named ? name.join(' ') : undefined;
}

/** "AITA spokeswoman": a role with a body's initials spelt out as the cast knows them. */
function withInitialsSpelt(role: string, cast: Cast): string {
  if (!/\p{Lu}\p{Lu}/u.test(role)) return role;
  return role.replace(/\b\p{Lu}{2,}\b/gu, (initials) => cast.aliasOf(initials)?.name ?? initials);
}

/** "Microsoft's chief executive": a description owned by a name. */
const OWNED_DESCRIPTION = /^\p{Lu}[\p{L}.-]*['’]s\s/u;

/**
 * The kind of source someone described but not named is: an official when the description
 * says whose office it is by a state's name or nationality before the role ("Syria's
 * foreign minister", "The Israeli Chief of Staff", "the Danish Prime Minister"; not "the
 * official", nor "the Prime Minister" alone); anonymous when a name owns the description
 * ("Microsoft's chief executive"); none otherwise. `owned` is the words the owner is
 * looked for in, the description itself unless given.
 */
function kindOfDescribed(text: string, role: string, owned = text): SourceKind | undefined {
  if (officialDescribed(text, role)) return 'official';
  return OWNED_DESCRIPTION.test(owned) ? 'anonymous' : undefined;
}

function officialDescribed(text: string, role: string): boolean {
  const first = text.replace(/^the\s+/iu, '').split(/\s+/u)[0] ?? '';
  const owner = first.replace(/['’]s$/u, '');
  // Not "US President George W. Bush's daughter": an office-holder's relative.
  if (/\S['’]s\s/u.test(text.slice(first.length))) return false;
  // "Iran's supreme leader", "Israel's army chief": whatever a state has is an office;
  // "the Danish Prime Minister" and "the U.S. official", but not "the Iraqi doctor".
  const states = owner !== first && GOVERNMENT_NAMES.has(owner);
  const ofState = isNationalityWord(first) || GOVERNMENT_NAMES.has(first);
  return states || (ofState && OFFICIAL_ROLE.test(role));
}

function kindOfMember(member: CastMember, cast: Cast): SourceKind {
  const organisation = newsOrganisationInName(member.name);
  if (organisation) return organisation.kind;
  // "the newspaper Reforma", "Notimex news agency": called an outlet where it is named.
  if (member.kind === 'organization') {
    const roleWords = member.roles.flatMap((role) => role.toLowerCase().split(/\s+/u));
    if (member.roles.some((role) => /\bnews agency$/iu.test(role))) return 'news agency';
    if (roleWords.some((word) => OUTLET_NOUNS.has(word))) return 'outlet';
  }
  if (member.kind === 'organization') return kindOfInstitution(member.name);
  if (member.kind === 'document') return 'document';
  // "Democrats said", "Iraqis say": a group the article names no one of.
  if (isPluralGroup(member.name)) return 'anonymous';
  // "spokesman for Poultry Partners", "General Secretary of BEST's workers union": an
  // office in a body outside government is no official's; but any office in a state's
  // body is ("director of Fair Trading for the Commerce Commission").
  // A candidate holds no office yet ("Greens Senate candidate Scott Ludlam").
  return member.roles.some((role) => {
    const spelt = withInitialsSpelt(role, cast);
    // An elected member or a party's leader holds public office, whatever the party's name.
    if (ELECTED_ROLE.test(role) && !CANDIDATE.test(role)) return true;
    return (
      (OFFICIAL_ROLE.test(role) || GOVERNMENT_WORDS.test(spelt)) &&
      !NON_GOVERNMENT_BODY.test(spelt) &&
      !CANDIDATE.test(role)
    );
  })
    ? 'official'
    : 'person';
}

/**
 * Words that make a body a private one: a union, a firm, a charity, a university. "union"
 * only in lower case: the European Union and India's Union ministers are governments.
 */
const NON_GOVERNMENT_BODY =
  /\b(?:unions?|[Aa]ssociations?|[Cc]ompany|Inc|Corp|Ltd|[Ff]und|[Ff]oundation|[Ii]nstitute|[Uu]niversity|[Cc]ollege|[Cc]hurch|[Cc]lub|[Ss]ociety|[Pp]artners|[Ff]ederation|[Ll]eague|[Aa]lliance|[Tt]rust|[Ff]orum|[Cc]harity|Red Cross|Red Crescent|[Aa]irlines?|[Aa]irways|Air Lines)\b/u;

/**
 * Elected office and party leadership: "Labor MP", "member of parliament", "Opposition
 * leader", "the leader of the Liberal Democrats", "National leader", "shadow treasurer".
 */
const ELECTED_ROLE =
  /\b(?:MPs?|MLAs?|MSPs?|MEPs?|[Mm]embers? of (?:the )?(?:[Pp]arliament|[Ll]egislative [Aa]ssembly|[Ee]uropean [Pp]arliament|[Kk]nesset|[Bb]undestag|[Dd]uma)|[Aa]ssembly ?(?:wo)?man|[Cc]ouncill?or|[Aa]lderman|[Ll]eader of (?:the )?[Oo]pposition|[Oo]pposition [Ll]eader|[Pp]arty [Ll]eader|[Ss]hadow \p{L}+|(?:Labou?r|Liberal|Conservative|Tory|Democratic|Republican|Greens?|National|Socialist|Nationalist) (?:[Pp]arty )?[Ll]eader|[Ll]eader of (?:the )?(?:[\p{Lu}][\p{L}'’-]* ){0,5}(?:Party|Democrats|Conservatives|Greens|Liberals|Labou?r))\b/u;
const CANDIDATE = /\b(?:candidate|nominee|hopeful)s?\b/iu;

function kindOfInstitution(name: string): SourceKind {
  const organisation = newsOrganisationInName(name);
  if (organisation) return organisation.kind;
  // "Tehran Times", "Sydney Morning Herald": papers the list of outlets does not know.
  if (isPaperName(name) || isBroadcasterName(name.split(/\s+/u))) return 'outlet';
  return GOVERNMENT_WORDS.test(name) || GOVERNMENT_NAMES.has(name) || STATE_BODY_NOUNS.test(name)
    ? 'government body'
    : 'organization';
}

/** Bodies of a state, named by what they are: "police", "the Israeli military". */
const STATE_BODY_NOUNS =
  /\b(?:police|military|army|navy|air force|armed forces|coast guard|border guard|national guard|government|ministry|cabinet|parliament|senate|congress|embassy|presidency|court)$/iu;

/**
 * "director of the non-profit Documentation Center Cambodia" is not Cambodia, nor "ING
 * Romania" Romania: words before a known body's name that hold a body's noun or initials
 * name another body, where "Former FDA" and "Co-CEO of RIM" name the FDA and RIM.
 */
function namesOtherBody(institution: string, known: string): boolean {
  if (known.length >= institution.length || !institution.endsWith(known)) return false;
  const before = institution.slice(0, institution.length - known.length).split(/\s+/u);
  // "Team Canada and Phoenix Coyotes": two bodies, the known one last.
  if (before.includes('and')) return false;
  return before.some(
    (word) => ORGANISATION_NOUNS.has(word.toLowerCase()) || /^\p{Lu}{2,}$/u.test(word),
  );
}

/** "Minister", and "Director-General", whose parts are roles. */
function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return ROLE_NOUNS.has(lower) || lower.split('-').some((part) => ROLE_NOUNS.has(part));
}

/**
 * The end of a title whose portfolio follows: "minister for the ", "Secretary for "; not
 * "general secretary of the", whose body follows.
 */
const PORTFOLIO_BEFORE = /\b(?:minister\s+(?:for|of)|secretary\s+for)\s+(?:the\s+)?$/iu;

/**
 * "Pennsylvania for PNC Capital Advisors", from "based in Philadelphia, Pennsylvania for PNC
 * Capital Advisors": the state ends where someone is; the body they work for follows.
 */
function withoutLeadingState(run: string): string {
  const link = /(?<!\s)\s+(?:for|of)\s+/u.exec(run);
  return link && STATES_AND_PROVINCES.has(run.slice(0, link.index))
    ? run.slice(link.index + link[0].length)
    : run;
}

/**
 * "U.S. Commerce department spokesman": a department or ministry named in capitals but
 * for its noun, which is part of its name.
 */
function withDepartmentAfter(role: string, match: RegExpMatchArray): string {
  const [run] = match;
  const noun = /^ (department|ministry)\b/u.exec(role.slice((match.index ?? 0) + run.length));
  const word = noun?.[1];
  return word ? `${run} ${word.charAt(0).toUpperCase()}${word.slice(1)}` : run;
}

/**
 * The institutions a speaker's role names: "State Department" in "State Department
 * spokesman", "Human Rights Watch" in "researcher at Human Rights Watch". Titles such as
 * "Secretary of State" are not institutions, nor are lone adjectives such as "Kazakh".
 */
function institutionsInRoles(roles: readonly string[]): string[] {
  const found: string[] = [];
  for (const role of roles) {
    for (const match of role.matchAll(CAPITALISED_RUN)) {
      const run = withDepartmentAfter(role, match);
      const name = withoutLeadingState(run.replace(/['’]s$/u, '').replace(/^\S+['’]s\s+/u, ''));
      const words = name.split(/\s+/u);
      // "president of Kazakhstan" cites a president, not the country; "a blogger from
      // Brooklyn, New York" cites no one.
      const isPlace =
        (GOVERNMENT_NAMES.has(name) && !GOVERNMENT_WORDS.test(name)) ||
        STATES_AND_PROVINCES.has(name);
      // "Democrat of New York", "Maryland Democrat": a party member and their seat, not an
      // institution.
      const party =
        (PARTY_MEMBERS.has(words[0]?.toLowerCase() ?? '') && words[1] === 'of') ||
        PARTY_MEMBERS.has(words.at(-1)?.toLowerCase() ?? '');
      // "Nobel Peace Prize laureate Jody Williams" won a prize; no prize is a source.
      const award = AWARD.test(name);
      // "minister for Education and Training": the portfolio a title names, no body.
      const portfolio =
        PORTFOLIO_BEFORE.test(role.slice(0, role.indexOf(run))) && !GOVERNMENT_WORDS.test(name);
      if (words.some(isRoleWord) || isPlace || party || award || portfolio) continue;
      const institutional =
        words.length > 1 || GOVERNMENT_WORDS.test(name) || findNewsOrganisations(name).length > 0;
      // "AP writer Erin McClam" cites the Associated Press, as "AP" does elsewhere.
      const canonical = newsOrganisationNamed(name)?.name ?? name;
      if (institutional && !found.includes(canonical)) found.push(canonical);
    }
  }
  return found;
}

class Sources {
  private readonly drafts = new Map<string, Draft>();
  private readonly publisher: string | null;

  constructor(publisher: string | null) {
    this.publisher = publisher;
  }

  cite(name: string, kind: SourceKind, citation: SourceCitation): void {
    const bare = singleSpaced(name)
      .replace(/^the\s+/iu, '')
      .trim();
    // "www.abarundi.org" and "eBay" keep their lower case; other names open with a capital.
    const clean =
      WEB_ADDRESS.test(bare) || isBrandName(bare)
        ? bare
        : bare.charAt(0).toUpperCase() + bare.slice(1);
    if (
      clean === '' ||
      (this.publisher !== null && clean.toLowerCase() === this.publisher.toLowerCase())
    )
      return;
    const id = slugify(clean);
    const draft = this.drafts.get(id) ?? { name: clean, kind, evidence: [], cited: new Set() };
    const where = `${citation.block}:${citation.start}`;
    if (!draft.cited.has(where)) {
      draft.cited.add(where);
      draft.evidence.push(citation);
    }
    this.drafts.set(id, draft);
  }

  list(): Source[] {
    return [...this.drafts.entries()]
      .map(([id, { name, kind, evidence }]) => ({
        id,
        name,
        kind,
        evidence: evidence.sort((a, b) => a.block - b.block || a.start - b.start),
      }))
      .sort(
        (a, b) =>
          (a.evidence[0]?.block ?? 0) - (b.evidence[0]?.block ?? 0) ||
          (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0),
      );
  }
}

/**
 * "DUN/BRADSTREET <DB> SAYS BUSINESS FAILURES UP", read in title case, made "Business
 * Failures Up" a person who speaks: a headline in capitals runs words into names. What
 * only such a headline cites, in words the body (its other blocks, in lower case) never
 * writes, is no source.
 */
function onlyInHeadline(source: Source, headline: number, body: readonly string[]): boolean {
  if (source.evidence.some((citation) => citation.block !== headline)) return false;
  // The body may write it as the headline does ("U.S. URGES …", then "U.S. officials").
  const forms = [source.name, ...source.evidence.map((citation) => citation.mention)].map((form) =>
    form.toLowerCase(),
  );
  return !body.some((text) => forms.some((form) => text.includes(form)));
}

/**
 * The kind of source a quote's speaker is, as the cast knows them; or, for someone only
 * described, an official of a state ("The senior U.S. official") or someone a name owns
 * ("Schiavo's lawyer"). Not a bare "Official" or "The source", cited where described.
 */
function kindOfSpeaker(speaker: Speaker, cast: Cast): SourceKind | undefined {
  const member = cast.memberNamed(speaker.name);
  if (member) return kindOfMember(member, cast);
  if (speaker.kind !== 'person') return undefined;
  return kindOfDescribed(speaker.mention, speaker.role ?? speaker.name, speaker.name);
}

/**
 * Everyone the article quotes is a source, however the quote was tied to them (a colon,
 * the paragraph before, a fragment's subject), not only those a reporting verb names.
 */
function citeSpeakers(sources: Sources, reading: ArticleReading, quotes: readonly Quote[]): void {
  for (const quote of quotes) {
    const { speaker } = quote;
    if (!speaker) continue;
    const kind = kindOfSpeaker(speaker, reading.cast);
    if (!kind) continue;
    const context = reading.contexts.get(quote.block);
    const sentence = context ? sentenceAt(context, quote.start) : undefined;
    sources.cite(speaker.name, kind, {
      block: quote.block,
      start: sentence?.start ?? quote.start,
      end: sentence?.end ?? quote.end,
      mention: speaker.mention,
    });
  }
}

export function extractSources(
  reading: ArticleReading,
  publisher: string | null,
  quotes: readonly Quote[],
): Source[] {
  const sources = new Sources(publisher);
  const { blocks, contexts, cast } = reading;

  blocks.forEach((block, index) => {
    if (block.kind !== 'credits') return;
    for (const { organisation, start, end } of findNewsOrganisations(block.text)) {
      sources.cite(organisation.name, organisation.kind, {
        block: index,
        start: 0,
        end: block.text.length,
        mention: block.text.slice(start, end),
      });
    }
  });

  // "WASHINGTON (AP) — …": the agency in a wire story's dateline is cited like a credits line.
  const { dateline } = reading;
  if (dateline) {
    for (const { organisation, start, end } of findNewsOrganisations(dateline.agency)) {
      sources.cite(organisation.name, organisation.kind, {
        block: dateline.block,
        start: 0,
        end: dateline.length,
        mention: dateline.agency.slice(start, end),
      });
    }
  }

  for (const context of contexts.values()) {
    const { block, masked, tokens } = context;
    const text = blocks[block]?.text ?? '';
    for (const sentence of context.sentences) {
      const { cues } = sentence;
      const citation = (mention: string): SourceCitation => ({
        block,
        start: sentence.start,
        end: sentence.end,
        mention,
      });
      const sentenceText = text.slice(sentence.start, sentence.end);
      // "In an interview with the German news magazine Der Spiegel, …": the words that
      // name the outlet cite it, with or without a verb of saying; after the speakers,
      // whose kind goes first ("Cleo magazine Sharri Markson confirmed").
      const citeOutlets = (): void => {
        for (const { name, kind, start, end } of findOutletMentions(sentenceText))
          sources.cite(name, kind, citation(sentenceText.slice(start, end)));
      };
      if (cues.length === 0) {
        citeOutlets();
        continue;
      }
      const subjects = cueSubjects(context, sentence);

      cues.forEach((cue, k) => {
        const threat = THREAT_CUES.has(cue.text.toLowerCase());
        if (threat && !QUOTE_MARK.test(masked.slice(sentence.start, sentence.end))) return;
        const subject = subjects[k];
        const member =
          subject && cast.resolve(subject, positionOf(block, lookupOffset(context, subject)));
        // "Residents said": a lone word the cast does not know as a name is read as a clause.
        if (!subject || (subject.kind === null && subject.form === 'name' && !member)) {
          // Before a passive ("… than being acknowledged by") stand those told, and before
          // an infinitive ("Asking officer Tarek Mokdad to describe") those asked: no source.
          if (isPassiveWithAgent(cue) || tokens[cue.index - 1]?.lower === 'to') return;
          // "According to witnesses, …": the group comes after the cue, up to the comma.
          const according = cue.text.toLowerCase().startsWith('according');
          const clause = according
            ? (masked
                .slice(tokens[cue.index + cue.length]?.start ?? sentence.end, sentence.end)
                .split(/[,;:.]/u)[0]
                ?.trim() ?? '')
            : (masked
                .slice(sentence.start, tokens[cue.index]?.start ?? sentence.start)
                .split(/[,;:]\s*/u)
                .pop()
                ?.trim() ?? '');
          // A clause holding a quote is not a description of anyone (and its words are masked).
          const group = /["“”«»„]/u.test(clause) ? undefined : anonymousGroup(clause, according);
          if (group)
            sources.cite(
              group.charAt(0).toUpperCase() + group.slice(1),
              'anonymous',
              citation(group),
            );
          return;
        }
        if (member) {
          const outlet = member.kind === 'organization' ? outletNamedIn(member.name) : undefined;
          if (outlet) sources.cite(outlet, 'outlet', citation(subject.text));
          else sources.cite(member.name, kindOfMember(member, cast), citation(subject.text));
          // A person's role names where they work; an organisation's ("US bank") only what it is.
          const roles = member.kind === 'person' ? member.roles : [];
          for (const institution of institutionsInRoles(roles)) {
            const known = cast.byName(institution, 'organization');
            const name =
              known && !namesOtherBody(institution, known.name) ? known.name : institution;
            sources.cite(name, kindOfInstitution(name), citation(subject.text));
          }
        } else if ((!subject.definite || barePlural(subject)) && subject.kind === 'person') {
          sources.cite(
            subject.text.charAt(0).toUpperCase() + subject.text.slice(1),
            'anonymous',
            citation(subject.text),
          );
        } else if (subject.kind === 'person' && subject.form === 'description') {
          // "Syria's foreign minister said", "The Israeli Chief of Staff said": an office
          // the text names by whose it is, though not who holds it; and "Microsoft's chief
          // executive", someone it does not name but says whose they are.
          const kind = kindOfDescribed(subject.text, subject.role ?? '');
          if (kind)
            sources.cite(
              subject.text.charAt(0).toUpperCase() + subject.text.slice(1),
              kind,
              citation(subject.text),
            );
        } else if (subject.kind === 'document' || subject.kind === 'organization') {
          // "A cabinet statement said": an unnamed body's statement is cited as the document.
          const document = subject.kind === 'document' || endsInDocumentNoun(subject.text);
          sources.cite(
            subject.text,
            document ? 'document' : kindOfInstitution(subject.text),
            citation(subject.text),
          );
        }
      });

      citeOutlets();
      for (const { organisation, start, end } of findNewsOrganisations(sentenceText)) {
        sources.cite(
          organisation.name,
          organisation.kind,
          citation(text.slice(sentence.start + start, sentence.start + end)),
        );
      }
    }
  }
  citeSpeakers(sources, reading, quotes);
  const cited = sources.list();
  const headline = [...contexts.values()].find((context) => context.headline);
  if (!headline?.inTitleCase) return cited;
  const body = blocks
    .filter((_, index) => index !== headline.block)
    .map((block) => block.text.toLowerCase());
  return cited.filter((source) => !onlyInHeadline(source, headline.block, body));
}
