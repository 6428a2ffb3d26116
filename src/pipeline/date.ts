/** A front-matter date as ISO `YYYY-MM-DD`, or null when it is not a real date. */
export function toIsoDate(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  const time = iso
    ? Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))
    : Date.parse(`${value} UTC`);
  if (Number.isNaN(time)) return null;
  const date = new Date(time).toISOString().slice(0, 10);
  // Date.UTC rolls "2022-02-30" over into March; a rolled-over date is not the one written.
  if (iso && date !== `${iso[1] ?? ''}-${iso[2] ?? ''}-${iso[3] ?? ''}`) return null;
  return date;
}
