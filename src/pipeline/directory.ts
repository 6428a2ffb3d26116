/** Articles -> the directory of speakers and sources across the whole bundle. */
import {
  SCHEMA_VERSION,
  type Article,
  type Directory,
  type DirectorySource,
  type DirectorySpeaker,
} from './article.ts';
import { fnv1a } from './hash.ts';

/**
 * Which shard of the directory holds the speaker or source with this id. The build
 * and the app both use it, so the app fetches only the one small file a page needs.
 */
export function directoryShardOf(id: string, shardCount: number): number {
  return fnv1a(id) % shardCount;
}

/** Splits a directory into `shardCount` directories by `directoryShardOf` each entry's id. */
export function shardDirectory(directory: Directory, shardCount: number): Directory[] {
  const shards = Array.from({ length: shardCount }, (): Directory => ({
    schemaVersion: directory.schemaVersion,
    speakers: [],
    sources: [],
  }));
  for (const speaker of directory.speakers)
    shards[directoryShardOf(speaker.id, shardCount)]?.speakers.push(speaker);
  for (const source of directory.sources)
    shards[directoryShardOf(source.id, shardCount)]?.sources.push(source);
  return shards;
}

function byName<T extends { name: string }>(a: T, b: T): number {
  return a.name.localeCompare(b.name);
}

export function buildDirectory(articles: readonly Article[]): Directory {
  const speakers = new Map<string, DirectorySpeaker>();
  const sources = new Map<string, DirectorySource>();
  for (const article of articles) {
    for (const quote of article.quotes) {
      const speaker = quote.speaker;
      if (!speaker) continue;
      const entry = speakers.get(speaker.id) ?? {
        id: speaker.id,
        name: speaker.name,
        kind: speaker.kind,
        roles: [],
        quotes: [],
      };
      if (
        speaker.role &&
        !entry.roles.some((role) => role.toLowerCase() === speaker.role?.toLowerCase())
      )
        entry.roles.push(speaker.role);
      entry.quotes.push({
        slug: article.slug,
        title: article.title,
        quoteId: quote.id,
        text: quote.text,
        kind: quote.kind,
      });
      speakers.set(speaker.id, entry);
    }
    for (const source of article.sources) {
      const entry = sources.get(source.id) ?? {
        id: source.id,
        name: source.name,
        kind: source.kind,
        articles: [],
      };
      entry.articles.push({
        slug: article.slug,
        title: article.title,
        citations: source.evidence.length,
      });
      sources.set(source.id, entry);
    }
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    speakers: [...speakers.values()].sort(byName),
    sources: [...sources.values()].sort(byName),
  };
}
