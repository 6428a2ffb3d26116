/**
 * `npx tsx scripts/makeIcons.ts` writes the app icons into public/icons/ (committed).
 * The mark is drawn pixel by pixel and encoded as PNG with Node's zlib, so making the
 * icons needs no image tools on the machine.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const NAVY: RGB = [29, 53, 87];
const CREAM: RGB = [241, 250, 238];
type RGB = [number, number, number];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, pixel: (x: number, y: number) => RGB): Buffer {
  const rows = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 3 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b] = pixel(x, y);
      const at = y * (size * 3 + 1) + 1 + x * 3;
      rows[at] = r;
      rows[at + 1] = g;
      rows[at + 2] = b;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** Two quotation marks (a filled disc with a tail, twice) in cream on navy. */
function mark(size: number, safeZone: number): (x: number, y: number) => RGB {
  const inset = size * (1 - safeZone) * 0.5;
  const scale = (size - 2 * inset) / 64;
  const commas = [
    { cx: 24, cy: 28 },
    { cx: 42, cy: 28 },
  ];
  return (x, y) => {
    const u = (x + 0.5 - inset) / scale;
    const v = (y + 0.5 - inset) / scale;
    for (const { cx, cy } of commas) {
      const inDisc = (u - cx) ** 2 + (v - cy) ** 2 <= 36;
      const inTail =
        v >= cy && v <= cy + 14 && u >= cx - 2 - (v - cy) * 0.45 && u <= cx + 6 - (v - cy) * 0.45;
      if (inDisc || inTail) return CREAM;
    }
    return NAVY;
  };
}

const icons: [string, number, number][] = [
  ['icon-192.png', 192, 0.9],
  ['icon-512.png', 512, 0.9],
  ['maskable-512.png', 512, 0.62],
  ['apple-touch-icon.png', 180, 0.8],
];
for (const [name, size, safeZone] of icons) {
  writeFileSync(`public/icons/${name}`, png(size, mark(size, safeZone)));
  console.log(`public/icons/${name}`);
}
