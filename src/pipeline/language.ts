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

const LOOKUP = new Map<string, Set<string>>(
  Object.entries(STOP_WORDS).map(([language, words]) => [language, new Set(words)]),
);

/** ISO 639-1 code of the most likely language; English when there is too little to tell. */
export function detectLanguage(text: string): string {
  const words =
    text
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.slice(0, 2000) ?? [];
  let best = 'en';
  let bestScore = 0;
  for (const [language, stopWords] of LOOKUP) {
    const score = words.filter((word) => stopWords.has(word)).length;
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  return bestScore >= 3 ? best : 'en';
}
