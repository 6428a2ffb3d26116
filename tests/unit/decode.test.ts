import { describe, expect, it } from 'vitest';
import { decode, MAX_ARTICLE_BYTES } from '../../src/pipeline/decode.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decode', () => {
  it('should read UTF-8 and drop its byte-order mark', () => {
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('“Hi”')]))).toEqual({
      ok: true,
      text: '“Hi”',
      warnings: [],
    });
  });

  it('should read Windows-1252 curly quotes and warn that the file was not UTF-8', () => {
    const result = decode(new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0xe9]));
    expect(result).toEqual({
      ok: true,
      text: '“Hi” é',
      warnings: ['the file is not valid UTF-8; it was decoded as Windows-1252'],
    });
  });

  it('should read UTF-16 with a byte-order mark, little- and big-endian', () => {
    expect(decode(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]))).toMatchObject({
      ok: true,
      text: 'AB',
    });
    expect(decode(new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00, 0x42]))).toMatchObject({
      ok: true,
      text: 'AB',
    });
  });

  it('should refuse binary bytes', () => {
    expect(decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toEqual({
      ok: false,
      reason: 'the file is binary (it contains NUL bytes), not text',
    });
  });

  it('should refuse a file over the size limit without decoding it', () => {
    const result = decode(new Uint8Array(MAX_ARTICLE_BYTES + 1));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(/over the 2\.0 MB limit/);
  });
});
