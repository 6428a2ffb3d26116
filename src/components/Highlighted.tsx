/** Text with the given terms marked, as text: the pieces are split, never parsed as markup. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  const words = terms
    .filter((term) => term.length > 1)
    .map((term) => term.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  if (words.length === 0) return <>{text}</>;
  const pattern = new RegExp(`(${words.join('|')})`, 'giu');
  return (
    <>
      {text
        .split(pattern)
        .map((piece, index) => (index % 2 === 1 ? <mark key={index}>{piece}</mark> : piece))}
    </>
  );
}
