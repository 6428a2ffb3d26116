/**
 * Optional YAML-like front matter at the top of `.md` seeds. Only flat `key: value`
 * lines are read: the fields an article can override are all plain strings.
 */

export interface FrontMatter {
  title?: string;
  date?: string;
  url?: string;
  publisher?: string;
  language?: string;
}

const KNOWN_KEYS = new Set(['title', 'date', 'url', 'publisher', 'language']);

export interface FrontMatterResult {
  fields: FrontMatter;
  body: string;
  warnings: string[];
}

function unquote(value: string): string {
  const trimmed = value.trim();
  const first = trimmed.charAt(0);
  if ((first === '"' || first === "'") && trimmed.endsWith(first) && trimmed.length >= 2) {
    return trimmed.slice(1, -1);
  }
  return trimmed;
}

export function splitFrontMatter(text: string): FrontMatterResult {
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { fields: {}, body: text, warnings: [] };
  const fields: Record<string, string> = {};
  const warnings: string[] = [];
  for (const line of (match[1] ?? '').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    const key = pair?.[1]?.toLowerCase();
    if (!pair || key === undefined) {
      warnings.push(`front matter line ignored: "${line.trim().slice(0, 60)}"`);
      continue;
    }
    if (!KNOWN_KEYS.has(key)) {
      warnings.push(`front matter key "${key}" is not used`);
      continue;
    }
    const value = unquote(pair[2] ?? '');
    if (value !== '') fields[key] = value;
  }
  return { fields, body: text.slice(match[0].length), warnings };
}
