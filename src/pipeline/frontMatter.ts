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

/**
 * "key: value", split at the first colon rather than by one pattern, whose spaces on both
 * sides of the colon could backtrack over a long line of them (recheck finds it quadratic).
 */
function keyAndValue(line: string): [string, string] | undefined {
  const colon = line.indexOf(':');
  if (colon === -1) return undefined;
  const key = line.slice(0, colon).trimEnd();
  const value = line.slice(colon + 1).trimStart();
  // A value holds no line break, as no line does that "\n" split.
  return /^[A-Za-z_][\w-]*$/.test(key) && !/[\r\u2028\u2029]/u.test(value)
    ? [key, value]
    : undefined;
}

export function splitFrontMatter(text: string): FrontMatterResult {
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { fields: {}, body: text, warnings: [] };
  const fields: Record<string, string> = {};
  const warnings: string[] = [];
  for (const line of (match[1] ?? '').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const pair = keyAndValue(line);
    const key = pair?.[0].toLowerCase();
    if (!pair || key === undefined) {
      warnings.push(`front matter line ignored: "${line.trim().slice(0, 60)}"`);
      continue;
    }
    if (!KNOWN_KEYS.has(key)) {
      warnings.push(`front matter key "${key}" is not used`);
      continue;
    }
    const value = unquote(pair[1]);
    if (value !== '') fields[key] = value;
  }
  return { fields, body: text.slice(match[0].length), warnings };
}
