/**
 * A small stop-word vote, enough to tell the languages wire stories arrive in.
 * Only the language code is inferred here; nothing is translated.
 */
const STOP_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'that', 'is', 'was', 'for', 'with', 'said', 'on'],
  es: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'las', 'del', 'por', 'una', 'dijo'],
  pt: ['o', 'a', 'de', 'que', 'e', 'do', 'da', 'em', 'os', 'não', 'uma', 'disse'],
  fr: ['le', 'la', 'les', 'de', 'et', 'des', 'du', 'en', 'un', 'une', 'est', 'que'],
  de: ['der', 'die', 'und', 'das', 'den', 'nicht', 'mit', 'ist', 'sich', 'auf', 'dem', 'sagte'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'una', 'del', 'della', 'non', 'sono', 'ha'],
};

/** Each stop word and the languages it votes for. */
const VOTES = new Map<string, string[]>();
for (const [language, words] of Object.entries(STOP_WORDS)) {
  for (const word of words) VOTES.set(word, [...(VOTES.get(word) ?? []), language]);
}

const SAMPLE_LENGTH = 3000;
const LONGEST_STOP_WORD = Math.max(...[...VOTES.keys()].map((word) => word.length));

/**
 * An ASCII word of up to six letters as a number (base 128, lower case), so most words
 * are looked up without cutting a string out of the text.
 */
function asciiKey(word: string): number {
  let key = 0;
  for (let i = 0; i < word.length; i++) key = key * 128 + (word.charCodeAt(i) | 32);
  return key;
}

const VOTES_BY_KEY = new Map(
  [...VOTES].filter(([word]) => /^[a-z]+$/u.test(word)).map(([word, v]) => [asciiKey(word), v]),
);

function isLetter(code: number): boolean {
  if (code < 0x80) return (code | 32) >= 97 && (code | 32) <= 122;
  return /\p{L}/u.test(String.fromCharCode(code));
}

/** ISO 639-1 code of the most likely language; English when there is too little to tell. */
export function detectLanguage(text: string): string {
  // The first few thousand characters tell the language as well as the whole text.
  // A character loop: splitting the sample with a regex cost more than the rest of the
  // article's layout.
  const sample = text.slice(0, SAMPLE_LENGTH);
  const scores = new Map<string, number>();
  let wordStart = -1;
  let key = 0;
  let ascii = true;
  for (let i = 0; i <= sample.length; i++) {
    const code = i < sample.length ? sample.charCodeAt(i) : 32;
    if (isLetter(code)) {
      if (wordStart === -1) {
        wordStart = i;
        key = 0;
        ascii = true;
      }
      key = key * 128 + (code | 32);
      ascii &&= code < 0x80;
      continue;
    }
    if (wordStart !== -1 && i - wordStart <= LONGEST_STOP_WORD) {
      const votes = ascii
        ? VOTES_BY_KEY.get(key)
        : VOTES.get(sample.slice(wordStart, i).toLowerCase());
      for (const language of votes ?? []) scores.set(language, (scores.get(language) ?? 0) + 1);
    }
    wordStart = -1;
  }
  let best = 'en';
  let bestScore = 0;
  for (const [language, score] of scores) {
    if (score > bestScore || (score === bestScore && language === 'en')) {
      best = language;
      bestScore = score;
    }
  }
  return bestScore >= 3 ? best : 'en';
}
