/**
 * A small stop-word vote, enough to tell the languages wire stories arrive in.
 * Only the language code is inferred here; nothing is translated.
 */
import { isLetterUnit } from './tokens.ts';

const STOP_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'that', 'is', 'was', 'for', 'with', 'said', 'on'],
  es: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'las', 'del', 'por', 'una', 'dijo'],
  pt: ['o', 'a', 'de', 'que', 'e', 'do', 'da', 'em', 'os', 'não', 'uma', 'disse'],
  fr: ['le', 'la', 'les', 'de', 'et', 'des', 'du', 'en', 'un', 'une', 'est', 'que'],
  de: ['der', 'die', 'und', 'das', 'den', 'nicht', 'mit', 'ist', 'sich', 'auf', 'dem', 'sagte'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'una', 'del', 'della', 'non', 'sono', 'ha'],
};

const LANGUAGES = Object.keys(STOP_WORDS);

/** Each stop word and the languages it votes for, as indices into LANGUAGES. */
const VOTES = new Map<string, number[]>();
LANGUAGES.forEach((language, index) => {
  for (const word of STOP_WORDS[language] ?? [])
    VOTES.set(word, [...(VOTES.get(word) ?? []), index]);
});

const SAMPLE_LENGTH = 1000;
const LONGEST_STOP_WORD = Math.max(...[...VOTES.keys()].map((word) => word.length));

/**
 * An ASCII word of up to six letters as a small integer (five bits a letter, case
 * ignored), so most words are looked up without cutting a string out of the text.
 */
function asciiKey(word: string): number {
  let key = 0;
  for (let i = 0; i < word.length; i++) key = (key << 5) | ((word.charCodeAt(i) | 32) - 96);
  return key;
}

const VOTES_BY_KEY = new Map(
  [...VOTES].filter(([word]) => /^[a-z]+$/u.test(word)).map(([word, v]) => [asciiKey(word), v]),
);

/** ISO 639-1 code of the most likely language; English when there is too little to tell. */
export function detectLanguage(text: string): string {
  // The first few thousand characters tell the language as well as the whole text.
  // A character loop: splitting the sample with a regex cost more than the rest of the
  // article's layout.
  const sample = text.slice(0, SAMPLE_LENGTH);
  const scores = LANGUAGES.map(() => 0);
  // Ties go to the language that scored first, then to English.
  const firstScored: number[] = [];
  let wordStart = -1;
  let key = 0;
  let ascii = true;
  for (let i = 0; i <= sample.length; i++) {
    const code = i < sample.length ? sample.charCodeAt(i) : 32;
    if (isLetterUnit(code)) {
      if (wordStart === -1) {
        wordStart = i;
        key = 0;
        ascii = true;
      }
      key = (key << 5) | ((code | 32) - 96);
      ascii &&= code < 0x80;
      continue;
    }
    if (wordStart !== -1 && i - wordStart <= LONGEST_STOP_WORD) {
      const votes = ascii
        ? VOTES_BY_KEY.get(key)
        : VOTES.get(sample.slice(wordStart, i).toLowerCase());
      if (votes !== undefined) {
        for (const language of votes) {
          if (scores[language] === 0) firstScored.push(language);
          scores[language] = (scores[language] ?? 0) + 1;
        }
      }
    }
    wordStart = -1;
  }
  let best = 'en';
  let bestScore = 0;
  for (const index of firstScored) {
    const language = LANGUAGES[index] ?? 'en';
    const score = scores[index] ?? 0;
    if (score > bestScore || (score === bestScore && language === 'en')) {
      best = language;
      bestScore = score;
    }
  }
  return bestScore >= 3 ? best : 'en';
}
