import { describe, expect, it } from 'vitest';
import { assignSlugs, slugify } from '../../src/pipeline/slug.ts';

describe('slugify', () => {
  it('should make readable slugs from titles with quotes and accents', () => {
    expect(slugify('President of Kazakhstan orders “shoot to kill” against protesters')).toBe(
      'president-of-kazakhstan-orders-shoot-to-kill-against-protesters',
    );
    expect(slugify('Crónica: el año de Perú')).toBe('cronica-el-ano-de-peru');
    expect(slugify("Russia's talks")).toBe('russias-talks');
  });

  it('should keep slugs short, cutting at a word boundary', () => {
    expect(slugify('word '.repeat(40)).length).toBeLessThanOrEqual(80);
    expect(slugify('word '.repeat(40)).endsWith('-word')).toBe(true);
  });
});

describe('assignSlugs', () => {
  it('should keep a slug stable when another article with the same title is added', () => {
    const alone = assignSlugs([{ file: 'a.txt', title: 'Same title' }]);
    const both = assignSlugs([
      { file: 'b.txt', title: 'Same title' },
      { file: 'a.txt', title: 'Same title' },
    ]);
    expect(alone.get('a.txt')).toBe('same-title');
    expect(both.get('a.txt')).toBe('same-title');
    expect(both.get('b.txt')).toMatch(/^same-title-[0-9a-z]{5}$/);
  });

  it('should give a title with no letters a slug from its file name', () => {
    expect(assignSlugs([{ file: 'x.txt', title: '***' }]).get('x.txt')).toMatch(
      /^article-[0-9a-z]+$/,
    );
  });
});
