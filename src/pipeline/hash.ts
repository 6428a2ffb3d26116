/** FNV-1a, 32 bits: a fast, stable hash with no crypto dependency in the browser bundle. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** FNV-1a in base 36: short, stable ids. */
export function hashText(text: string): string {
  return fnv1a(text).toString(36).padStart(7, '0');
}
