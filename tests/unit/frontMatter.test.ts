import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/pipeline/frontMatter.ts';

describe('splitFrontMatter', () => {
  it('should read flat keys and return the body after the fence', () => {
    expect(splitFrontMatter('---\ntitle: "A: B"\ndate: 2022-01-07\n---\nBody')).toEqual({
      fields: { title: 'A: B', date: '2022-01-07' },
      body: 'Body',
      warnings: [],
    });
  });

  it('should warn about keys it does not use', () => {
    expect(splitFrontMatter('---\nauthor: X\n---\nBody').warnings).toEqual([
      'front matter key "author" is not used',
    ]);
  });

  it('should leave text without front matter alone', () => {
    expect(splitFrontMatter('Title\n\n---\n')).toEqual({
      fields: {},
      body: 'Title\n\n---\n',
      warnings: [],
    });
  });
});
