/**
 * Every seed of a bundle -> Articles + diagnostics. A bad file becomes a diagnostic
 * and never stops the others; titles are read first so slugs are bundle-wide unique.
 */
import type { Article, Diagnostic } from './article.ts';
import { assignSlugs } from './slug.ts';
import { parseArticle, type SeedFile } from './parseArticle.ts';

export interface BuildResult {
  articles: Article[];
  diagnostics: Diagnostic[];
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function buildArticles(seeds: readonly SeedFile[]): BuildResult {
  const parsed: Article[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const seed of seeds) {
    try {
      const result = parseArticle(seed);
      if (result.ok) parsed.push(result.article);
      else diagnostics.push(result.diagnostic);
    } catch (error) {
      // A pipeline bug must cost one article, not the build.
      diagnostics.push({
        file: seed.file,
        severity: 'error',
        message: `internal error: ${describeError(error)}`,
      });
    }
  }
  const slugs = assignSlugs(parsed);
  const byTitle = new Map<string, string[]>();
  for (const article of parsed) {
    article.slug = slugs.get(article.file) ?? article.slug;
    const key = article.title.toLowerCase();
    const files = byTitle.get(key);
    if (files) files.push(article.file);
    else byTitle.set(key, [article.file]);
  }
  for (const article of parsed) {
    const sharing = byTitle.get(article.title.toLowerCase()) ?? [];
    if (sharing.length > 1) {
      const warning = {
        file: article.file,
        severity: 'warning' as const,
        message: `another file has the same title (${twinsOf(article.file, sharing)}); this one is at /articles/${article.slug}`,
      };
      article.diagnostics.push(warning);
    }
  }
  for (const article of parsed)
    for (const diagnostic of article.diagnostics) diagnostics.push(diagnostic);
  return { articles: parsed.sort((a, b) => a.file.localeCompare(b.file)), diagnostics };
}

/** The files a title is shared with, up to a few: ten thousand "Untitled" files name three each. */
const MAX_TWINS_LISTED = 3;

function twinsOf(file: string, sharing: readonly string[]): string {
  const twins: string[] = [];
  for (const other of sharing) {
    if (other !== file && twins.length < MAX_TWINS_LISTED) twins.push(other);
  }
  const others = sharing.length - 1 - twins.length;
  return others > 0
    ? `${twins.join(', ')} and ${others.toLocaleString('en')} more`
    : twins.join(', ');
}
