import { describe, expect, it } from 'vitest';
import { buildArticles } from '../../src/pipeline/buildArticles.ts';
import { buildDirectory, directoryShardOf, shardDirectory } from '../../src/pipeline/directory.ts';
import { readSeed, seedOf } from './support.ts';

describe('buildDirectory', () => {
  const { articles } = buildArticles([
    readSeed(),
    seedOf(
      'second.txt',
      'Talks resume\n\n“We are ready,” State Department spokesman Ned Price said. Reuters reported the talks.',
    ),
  ]);
  const directory = buildDirectory(articles);

  it('should gather a speaker’s quotes and roles across articles', () => {
    const price = directory.speakers.find((speaker) => speaker.id === 'ned-price');
    expect(price?.roles).toEqual(['State Department spokesman']);
    expect(price?.quotes.map((quote) => quote.slug)).toEqual([
      'president-of-kazakhstan-orders-shoot-to-kill-against-protesters',
      'president-of-kazakhstan-orders-shoot-to-kill-against-protesters',
      'president-of-kazakhstan-orders-shoot-to-kill-against-protesters',
      'talks-resume',
    ]);
  });

  it('should list the articles that cite a source, with how often', () => {
    const reuters = directory.sources.find((source) => source.id === 'reuters');
    expect(reuters).toMatchObject({ name: 'Reuters', kind: 'news agency' });
    expect(reuters?.articles.map((article) => [article.slug, article.citations])).toEqual([
      ['president-of-kazakhstan-orders-shoot-to-kill-against-protesters', 3],
      ['talks-resume', 1],
    ]);
  });

  it('should split into shards where each id is found in the shard directoryShardOf names', () => {
    const shards = shardDirectory(directory, 4);
    expect(shards).toHaveLength(4);
    expect(shards.flatMap((shard) => shard.speakers).length).toBe(directory.speakers.length);
    expect(shards.flatMap((shard) => shard.sources).length).toBe(directory.sources.length);
    for (const speaker of directory.speakers)
      expect(shards[directoryShardOf(speaker.id, 4)]?.speakers).toContain(speaker);
    for (const source of directory.sources)
      expect(shards[directoryShardOf(source.id, 4)]?.sources).toContain(source);
    expect(shardDirectory(directory, 1)[0]?.speakers).toEqual(directory.speakers);
  });
});
