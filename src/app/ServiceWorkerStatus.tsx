import { useEffect, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';

function useOnline(): boolean {
  // No navigator when the feed is prerendered at build time: assume online.
  const [online, setOnline] = useState(() => typeof navigator === 'undefined' || navigator.onLine);
  useEffect(() => {
    const update = (): void => {
      setOnline(navigator.onLine);
    };
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

/**
 * Registers the service worker, says when everything bundled can be read offline,
 * and offers a new deployment with "A new version is available — Reload".
 */
export function ServiceWorkerStatus() {
  const {
    offlineReady: [offlineReady],
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  const online = useOnline();
  // A worker already in control from an earlier visit means the precache is complete.
  const controlled =
    typeof navigator !== 'undefined' &&
    typeof navigator.serviceWorker !== 'undefined' &&
    navigator.serviceWorker.controller !== null;
  return (
    <>
      <p className="offline-status" role="status">
        {!online ? 'You are offline. ' : ''}
        {offlineReady || controlled ? 'Available offline' : ''}
      </p>
      {needRefresh && (
        <div className="notice update-notice" role="alert">
          <p>A new version is available</p>
          <button type="button" onClick={() => void updateServiceWorker(true)}>
            Reload
          </button>
        </div>
      )}
    </>
  );
}
