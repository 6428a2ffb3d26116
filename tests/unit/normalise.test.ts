import { describe, expect, it } from 'vitest';
import { normaliseParagraph, normaliseText } from '../../src/pipeline/normalise.ts';

describe('normaliseText', () => {
  it('should turn CRLF and CR into LF', () => {
    expect(normaliseText('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('should turn non-breaking and other odd spaces into plain spaces and drop invisible ones', () => {
    expect(normaliseText('a\u00a0b\u2009c\u200bd\u00ade')).toBe('a b cde');
  });

  it('should compose accents (NFC)', () => {
    expect(normaliseText('informacio\u0301n')).toBe('información');
  });
});

describe('normaliseParagraph', () => {
  it('should drop the stray " ." the seed ends its first paragraph with', () => {
    expect(normaliseParagraph('in that former Soviet republic. .')).toBe(
      'in that former Soviet republic.',
    );
  });

  it('should remove spaces before commas and full stops', () => {
    expect(normaliseParagraph('Hello , world .')).toBe('Hello, world.');
  });

  it('should keep an ellipsis', () => {
    expect(normaliseParagraph('Wait... what')).toBe('Wait... what');
  });

  it('should move a misplaced space from before a closing curly quote to after it', () => {
    expect(normaliseParagraph('completely eliminated, ”the note said.')).toBe(
      'completely eliminated,” the note said.',
    );
  });

  it('should collapse runs of whitespace, including line breaks', () => {
    expect(normaliseParagraph('  a \n  b  ')).toBe('a b');
  });

  it('should turn a lone line separator or no-break space inside a paragraph into a plain space', () => {
    expect(normaliseParagraph('a\u2028b , c\u00a0d')).toBe('a b, c d');
  });
});
