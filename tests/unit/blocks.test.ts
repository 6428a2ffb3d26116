import { describe, expect, it } from 'vitest';
import { splitText } from '../../src/pipeline/blocks.ts';

describe('splitText', () => {
  it('should take the first non-empty line as the title and blank-line-separated paragraphs', () => {
    expect(splitText('\n\nTitle\n\n\nOne.\n\nTwo.')).toEqual({
      title: 'Title',
      paragraphs: ['One.', 'Two.'],
    });
  });

  it('should read single newlines as paragraph breaks when the file has no blank lines', () => {
    expect(splitText('Title\nOne.\nTwo.')).toEqual({
      title: 'Title',
      paragraphs: ['One.', 'Two.'],
    });
  });

  it('should join a hard-wrapped paragraph', () => {
    expect(
      splitText('Title\n\nThe minister said on\nMonday that prices would\nfall.\n\nNext.'),
    ).toEqual({
      title: 'Title',
      paragraphs: ['The minister said on Monday that prices would fall.', 'Next.'],
    });
  });

  it('should return no title for a whitespace-only text', () => {
    expect(splitText(' \n \n')).toEqual({ title: '', paragraphs: [] });
  });
});
