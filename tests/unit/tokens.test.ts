/**
 * The tokenizer is a hand-written scanner for speed; this regex is what it means, and
 * the two must agree on any text, including astral letters and lone surrogates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceRanges } from '../../src/pipeline/sentences.ts';
import { DOTTED, RUN_IN_TITLES, tokenize } from '../../src/pipeline/tokens.ts';

const DEFINITION = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’-]|\.(?=\p{L}))*\.?|[^\s\p{L}\p{N}]/gu;

/** The regex's matches, a trailing dot split off unless the word is an initial or dotted. */
function wordsByDefinition(text: string): string[] {
  return [...text.matchAll(DEFINITION)].flatMap(([word]): string[] => {
    // "Mr.Bush": a title, then a capitalised word run into it, read as if a space were there.
    const [, title = '', rest = ''] = /^(\p{L}{2,4}\.)(\p{Lu}.*)$/su.exec(word) ?? [];
    if (RUN_IN_TITLES.has(title.toLowerCase())) return [title, ...wordsByDefinition(rest)];
    const dotted = word.length > 1 && word.endsWith('.');
    // The tokenizer's list of abbreviations is part of what it means: "Co." keeps its dot.
    const keepsDot =
      DOTTED.has(word.toLowerCase()) || /^\p{Lu}\.$/u.test(word) || /\p{L}\.\p{L}/u.test(word);
    return dotted && !keepsDot ? [word.slice(0, -1), '.'] : [word];
  });
}

const PIECES = [
  'Mr.',
  'Mr.Bush',
  'Dr.É',
  'mrs.j.',
  'U.S.',
  'co',
  'Co.',
  'sgt',
  'J.',
  'dr.',
  'end.',
  'e.g.',
  '...',
  "don't",
  'Jang Dae-hyun',
  'naïve',
  'é',
  '\u0301',
  '𝐀𝐁',
  '😀',
  '\ud800',
  '\udc00',
  '3.5',
  '“',
  '”',
  ',',
  '—',
  ' ',
  '\u00a0',
  '\n',
  '\u2028',
  'Москва',
  '北京',
];

describe('tokenize', () => {
  it('splits a sentence into words and punctuation, keeping abbreviations whole', () => {
    expect(tokenize('Mr. Price told the U.S. press, “No.”').map((token) => token.text)).toEqual([
      'Mr.',
      'Price',
      'told',
      'the',
      'U.S.',
      'press',
      ',',
      '“',
      'No',
      '.',
      '”',
    ]);
  });

  it('reads a title run into the name after it as two words ("Mr.Bush")', () => {
    expect(tokenize('Mr.Bush and Dr.Smith-Jones met U.S.Army men').map((t) => t.text)).toEqual([
      'Mr.',
      'Bush',
      'and',
      'Dr.',
      'Smith-Jones',
      'met',
      'U.S.Army',
      'men',
    ]);
  });

  it('gives offsets that slice out each token', () => {
    const text = 'Kassym-Jomart Tokayev’s “stupid” 😀 remark.';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('agrees with its regex definition on any text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary' })), {
          maxLength: 30,
        }),
        (pieces) => {
          const text = pieces.join('');
          const tokens = tokenize(text);
          expect(tokens.map((token) => token.text)).toEqual(wordsByDefinition(text));
          for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('abbreviations the tokenizer keeps a dot on', () => {
  // "said Ald. Madeleine King." was two sentences while the tokenizer read "Ald." as one
  // word: the two lists must agree.
  it('should never end a sentence at their dot', () => {
    for (const abbreviation of DOTTED) {
      const written = abbreviation.charAt(0).toUpperCase() + abbreviation.slice(1);
      const text = `The plan was announced by ${written} Madeleine King on Monday.`;
      expect(sentenceRanges(text), written).toHaveLength(1);
    }
  });
});
