import { describe, expect, it } from 'vitest';
import { classifyParagraph } from '../../src/pipeline/classify.ts';
import { parseArticle } from '../../src/pipeline/parseArticle.ts';
import { readSeed } from './support.ts';

describe('classifyParagraph', () => {
  it.each([
    '[Con información de AP, AFP y Reuters]',
    '(With reporting from Reuters and AP)',
    'Com informações da Reuters',
    'Avec AFP',
    '(Reporting by Jane Doe; Editing by John Roe)',
    'The Associated Press contributed to this report.',
  ])('should read %j as a credits line', (text) => {
    expect(classifyParagraph(text, false)).toBe('credits');
  });

  it.each([
    'Connect with the Voice of America! Subscribe to our channel Youtube and activate notifications, or, follow us on social networks: Facebook, Twitter and Instagram.',
    'Comments are closed.',
    'Advertisement',
    '© 2022 Reuters. All rights reserved.',
  ])('should read %j as boilerplate', (text) => {
    expect(classifyParagraph(text, false)).toBe('boilerplate');
  });

  it.each([
    'Riot police block protesters in a plaza in downtown Alma Ata, Kazakhstan, on January 5, 2022.',
    'Protesters gather outside parliament in Kyiv. (AP Photo/Efrem Lukatsky)',
    'Soldiers patrol a street in Bamako, Mali, Aug. 19, 2020. REUTERS/Moussa Kalapo',
  ])('should read %j as a photo caption', (text) => {
    expect(classifyParagraph(text, false)).toBe('caption');
  });

  it.each([
    'The demonstrations began last week in the west of the country over the doubling of the price of fuel.',
    'The ministry said the talks would resume on January 5, 2022.',
    'Follow the money, investigators said, and you find the minister.',
  ])('should read %j as a paragraph', (text) => {
    expect(classifyParagraph(text, false)).toBe('paragraph');
  });

  it('should never read the first body paragraph as a caption', () => {
    expect(
      classifyParagraph('Leaders meet in Geneva, Switzerland, on January 5, 2022.', true),
    ).toBe('paragraph');
  });
});

describe('the seed article’s layout', () => {
  const result = parseArticle(readSeed());
  const article = result.ok ? result.article : undefined;

  it('should parse without diagnostics', () => {
    expect(result.ok).toBe(true);
    expect(article?.diagnostics).toEqual([]);
  });

  it('should find the title, one caption, one credits line and the footer', () => {
    expect(article?.title).toBe(
      'President of Kazakhstan orders “shoot to kill” against protesters',
    );
    const kinds = article?.blocks.map((block) => block.kind) ?? [];
    expect(kinds[0]).toBe('title');
    expect(kinds.filter((kind) => kind === 'caption')).toHaveLength(1);
    expect(article?.blocks.find((block) => block.kind === 'caption')?.text).toMatch(
      /^Riot police block protesters/,
    );
    expect(article?.blocks.find((block) => block.kind === 'credits')?.text).toBe(
      '[Con información de AP, AFP y Reuters]',
    );
    expect(kinds.slice(-2)).toEqual(['boilerplate', 'boilerplate']);
    expect(kinds.filter((kind) => kind === 'paragraph')).toHaveLength(17);
  });

  it('should infer Voice of America as the publisher from the footer', () => {
    expect(article?.publisher).toBe('Voice of America');
  });

  it('should take the first paragraph as the dek, without the stray " ."', () => {
    expect(article?.dek).toMatch(/^The president of Kazakhstan, Kassym-Jomart Tokayev, said/);
    expect(article?.dek).toMatch(/former Soviet republic\.$/);
  });

  it('should measure words and reading time without the footer', () => {
    expect(article?.language).toBe('en');
    expect(article?.wordCount).toBeGreaterThan(450);
    expect(article?.wordCount).toBeLessThan(520);
    expect(article?.readingMinutes).toBe(2);
  });
});

describe('the seed article’s quotes and sources', () => {
  const result = parseArticle(readSeed());
  const article = result.ok ? result.article : undefined;

  it('should find all 11 quotations, one in the headline, each with its speaker', () => {
    expect(article?.quotes).toHaveLength(11);
    expect(article?.quotes[0]).toMatchObject({ block: 0, text: 'shoot to kill', kind: 'fragment' });
    expect(article?.quotes.every((quote) => quote.speaker !== null)).toBe(true);
  });

  it('should cite at least the agencies, outlets and government bodies the article names', () => {
    const sources = new Map(article?.sources.map((source) => [source.name, source.kind]));
    expect(
      Object.fromEntries(
        ['Reuters', 'Associated Press', 'Agence France-Presse', 'Tass'].map((name) => [
          name,
          sources.get(name),
        ]),
      ),
    ).toEqual({
      Reuters: 'news agency',
      'Associated Press': 'news agency',
      'Agence France-Presse': 'news agency',
      Tass: 'news agency',
    });
    expect(sources.get('Radio Free Europe/Radio Liberty')).toBe('outlet');
    expect(sources.get('Interior Ministry')).toBe('government body');
    expect(sources.get('State Department')).toBe('government body');
  });

  it('should not cite the publisher as a source of itself', () => {
    expect(article?.sources.some((source) => source.name === 'Voice of America')).toBe(false);
  });

  it('should give each piece of evidence the offsets of its sentence', () => {
    const reuters = article?.sources.find((source) => source.name === 'Reuters');
    const first = reuters?.evidence[0];
    expect(first && article?.blocks[first.block]?.text.slice(first.start, first.end)).toBe(
      'The agency Reuters reported that shots were still heard during the morning in Alma Ata, the largest city in the Central Asian country.',
    );
  });
});
