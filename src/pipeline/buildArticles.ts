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
    byTitle.set(key, [...(byTitle.get(key) ?? []), article.file]);
  }
  for (const article of parsed) {
    const twins = (byTitle.get(article.title.toLowerCase()) ?? []).filter(
      (file) => file !== article.file,
    );
    if (twins.length > 0) {
      const warning = {
        file: article.file,
        severity: 'warning' as const,
        message: `another file has the same title (${twins.join(', ')}); this one is at /articles/${article.slug}`,
      };
      article.diagnostics.push(warning);
    }
  }
  for (const article of parsed) diagnostics.push(...article.diagnostics);
  return { articles: parsed.sort((a, b) => a.file.localeCompare(b.file)), diagnostics };
}
