import { useState } from 'react';
import { useStorageProblem } from '../data/persistentStore.ts';

/** Says once, politely, that saved articles and settings cannot be kept. */
export function StorageNotice() {
  const problem = useStorageProblem();
  const [dismissed, setDismissed] = useState(false);
  if (problem === null || dismissed) return null;
  return (
    <div className="notice" role="status">
      <p>{problem}</p>
      <button
        type="button"
        onClick={() => {
          setDismissed(true);
        }}
      >
        Dismiss
      </button>
    </div>
  );
}
