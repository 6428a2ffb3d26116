import { useEffect, useRef } from 'react';

const SHORTCUTS: [string, string][] = [
  ['j / k', 'Next / previous article in a list, or quote in an article'],
  ['Enter', 'Open the focused article or link'],
  ['q', 'Show or hide the quotes & sources panel'],
  ['s', 'Save or unsave the article you are reading'],
  ['/', 'Search'],
  ['?', 'Show this list'],
];

/** Every keyboard shortcut, in a modal dialog that Escape closes. */
export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="help-dialog" aria-labelledby="help-heading" onClose={onClose}>
      <h2 id="help-heading">Keyboard shortcuts</h2>
      <dl>
        {SHORTCUTS.map(([keys, action]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
