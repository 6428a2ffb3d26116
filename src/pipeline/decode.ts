/**
 * Bytes -> text. Seeds are meant to be UTF-8, but real files arrive with BOMs,
 * in UTF-16, or saved by Windows tools as Windows-1252; binary files must be refused
 * rather than rendered as mojibake.
 */

/** Larger than any real article (the longest Wikinews article here is ~60 KB). */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export type Decoded =
  { ok: true; text: string; warnings: string[] } | { ok: false; reason: string };

// The bytes 0x80-0x9F, where Windows-1252 differs from Latin-1. Undefined bytes map to U+FFFD.
const WINDOWS_1252_HIGH = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) {
    out +=
      byte >= 0x80 && byte <= 0x9f
        ? WINDOWS_1252_HIGH.charAt(byte - 0x80)
        : String.fromCharCode(byte);
  }
  return out;
}

function swapBytePairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] ?? 0;
    swapped[i + 1] = bytes[i] ?? 0;
  }
  return swapped;
}

/** Control characters other than tab, newline, form feed and carriage return. */
function countControlCharacters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) ||
      code === 0x7f
    ) {
      count++;
    }
  }
  return count;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return {
      ok: false,
      reason: `the file is ${formatMegabytes(bytes.length)}, over the ${formatMegabytes(MAX_ARTICLE_BYTES)} limit for one article`,
    };
  }
  const warnings: string[] = [];
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16le').decode(swapBytePairs(bytes.subarray(2)));
  } else {
    try {
      // `fatal` makes invalid sequences throw instead of silently becoming U+FFFD.
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      text = decodeWindows1252(bytes);
      warnings.push('the file is not valid UTF-8; it was decoded as Windows-1252');
    }
  }
  if (text.includes('\u0000')) {
    return { ok: false, reason: 'the file is binary (it contains NUL bytes), not text' };
  }
  const controls = countControlCharacters(text);
  if (controls > 0 && controls / text.length > 0.01) {
    return { ok: false, reason: `the file is binary (${controls} control characters), not text` };
  }
  return { ok: true, text, warnings };
}
