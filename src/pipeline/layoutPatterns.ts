/**
 * The regular expressions that recognise the parts of a news page that are not its
 * reading text. One table, each with the reason it exists (after Mozilla
 * Readability's REGEXPS), so a new publisher's quirk is a new row, not a new branch.
 */

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';

interface Pattern {
  test(text: string): boolean;
}

/**
 * A pattern that can match anywhere in a block and opens with `\b` and a case-insensitive
 * alternation is tried at every position: ~10 ns a character here. `needs` is a plain
 * case-insensitive word every match contains, which the engine finds far faster, so the
 * full pattern runs only on the few blocks that hold it.
 */
function withWord(needs: RegExp, pattern: RegExp): Pattern {
  return { test: (text) => needs.test(text) && pattern.test(text) };
}

/** A wire story's dateline: a place in capitals, perhaps a date, the agency in brackets, a dash. */
export const DATELINE = /^\p{Lu}{2}[^()\n]{0,60}\(([^()]{2,40})\)\s*(?:[—–]|-{1,2})/u;

export const LAYOUT_PATTERNS = {
  /**
   * Wire credits: "[Con información de AP, AFP y Reuters]", "(With reporting from AP)",
   * "Com informações da Reuters", "Avec AFP", "Reporting by …; Editing by …".
   */
  credits: [
    /^[[(]?\s*(?:with|con|com|avec)\s+(?:additional\s+)?(?:reporting|information|informaci[oó]n|informa[cç](?:[aã]o|[oõ]es)|(?:des\s+)?informations?|(?:l')?information)\s+(?:from|by|de|da|do|das|dos|des|du|of)\b/iu,
    /^[[(]?\s*(?:avec|with|con|com)\s+(?:AFP|AP|Reuters|EFE|dpa|agencies|agencias|agências|agences)\b/iu,
    /^[[(]?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|compilado|redacci[oó]n|reportagem)\s+(?:by|por|par)\b/iu,
    /^[[(]?\s*(?:fuentes?|sources?|fontes?)\s*:/iu,
    withWord(
      /contribu/i,
      /\b(?:contributed\s+to\s+this\s+(?:report|story|article)|contribuy[oó]\s+(?:a|con)\s+(?:este|esta)|contribuiu\s+para\s+(?:esta|este)|a\s+contribu[ée]\s+[àa]\s+cet)\b/iu,
    ),
  ],
  /**
   * Publisher footers and page furniture: never reading text, wherever they stand.
   * Matched against a whole block, so a sentence that merely mentions Facebook is safe.
   */
  boilerplate: [
    /^comments? (?:are|is) closed\.?$/iu,
    /^(?:advertisement|advertising|publicidad|publicité|publicidade|sponsored(?: content)?)$/iu,
    /^(?:connect with|follow us on|follow|s[ií]guenos en|suivez-nous|subscribe to|sign up for|suscr[ií]bete|inscreva-se)\b.*\b(?:facebook|twitter|instagram|youtube|newsletter|channel|canal|social (?:networks|media)|redes sociales|notifications)\b/iu,
    /^(?:copyright|©|\(c\))\s*.{0,120}$/iu,
    /^all rights reserved\.?$/iu,
    /^(?:share|share this|compartir|partager)(?: (?:this|on|article|story))?:?$/iu,
    /^(?:related|read more|see also|more on this|lea también|leia também|lire aussi)\s*:.{0,200}$/iu,
    /^(?:click here|download (?:our|the) app)\b.{0,200}$/iu,
    /^(?:this (?:article|story) (?:was|is) (?:originally )?(?:published|produced|republished))\b.{0,300}$/iu,
    /^(?:the views expressed|las opiniones expresadas)\b.{0,300}$/iu,
  ],
  /**
   * Photo captions: a photo credit ("(AP Photo/…)", "REUTERS/…", "Photo: …"), or a
   * single sentence that ends on a full date, as wire captions do:
   * "Riot police block protesters … in downtown Alma Ata, Kazakhstan, on January 5, 2022."
   */
  captionCredit: [
    // eslint-disable-next-line redos/no-vulnerable -- each try ends within its bounded repeats, about 110 characters on
    /\((?:AP|AFP|Reuters|EPA|Getty|Xinhua)[^)]{0,40}(?:Photo|Images?|via)[^)]{0,60}\)\s*$/iu,
    // A paragraph is trimmed, its spaces single: no "\s*" before the end, whose overlap
    // with the name's spaces the ReDoS check's fuzzing flagged on some runs, not others.
    /\b(?:REUTERS|AFP|EPA|AP Photo|Getty Images)\s*\/\s*\p{Lu}[\p{L}. -]{1,60}$/u,
    /^(?:photo|image|pictured|file photo|foto|imagen|picture)\s*(?::|—|-|by\b)/iu,
    withWord(
      /photo|picture|image/i,
      /\b(?:in this (?:file )?(?:photo|picture|image)|file photo)\b/iu,
    ),
  ],
  captionDate: new RegExp(
    `(?:,|\\bon|\\bin)\\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4})\\.?$`,
    'u',
  ),
} as const;
