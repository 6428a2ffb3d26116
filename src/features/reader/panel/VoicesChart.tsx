import { useId } from 'react';
import type { SpeakerGroup } from '../speakers.ts';

/** Share of quoted words per speaker, as bars with the percentage written out: readable without colour. */
export function VoicesChart({ groups }: { groups: readonly SpeakerGroup[] }) {
  const captionId = useId();
  const attributed = groups.filter((group) => group.id !== null);
  const total = attributed.reduce((sum, group) => sum + group.words, 0);
  if (total === 0) return null;
  return (
    <figure className="voices" aria-labelledby={captionId}>
      <figcaption id={captionId}>Voices: share of quoted words</figcaption>
      <ul>
        {attributed.map((group) => {
          const share = Math.round((group.words / total) * 100);
          return (
            <li key={group.id}>
              <span className="voices-name">{group.speaker?.name}</span>
              <span className="voices-bar" aria-hidden="true">
                <span
                  className={`voices-fill speaker-${group.colour}`}
                  style={{ width: `${share}%` }}
                />
              </span>
              <span className="voices-share">
                {share}% · {group.words} {group.words === 1 ? 'word' : 'words'}
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
