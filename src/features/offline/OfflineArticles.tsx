import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { articleKeys, offlineStatusQuery } from '../../data/articleQueries.ts';
import { cacheDataPaths, type DownloadProgress } from '../../data/offlineCache.ts';

const count = new Intl.NumberFormat('en');

function useServiceWorkerInControl(): boolean {
  const [inControl, setInControl] = useState(
    () =>
      typeof navigator !== 'undefined' &&
      typeof navigator.serviceWorker !== 'undefined' &&
      navigator.serviceWorker.controller !== null,
  );
  useEffect(() => {
    if (typeof navigator.serviceWorker === 'undefined') return undefined;
    const update = (): void => {
      setInControl(navigator.serviceWorker.controller !== null);
    };
    navigator.serviceWorker.addEventListener('controllerchange', update);
    return () => {
      navigator.serviceWorker.removeEventListener('controllerchange', update);
    };
  }, []);
  return inControl;
}

function OfflineArticlesStatus() {
  const queryClient = useQueryClient();
  const { data: status } = useQuery(offlineStatusQuery());
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const download = useMutation({
    mutationFn: async (paths: readonly string[]) => {
      // Ask the browser not to evict what the reader explicitly asked to keep.
      await navigator.storage.persist().catch(() => false);
      return cacheDataPaths(paths, setProgress);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: articleKeys.offline() }),
  });
  if (!status) return null;
  if (download.isPending && progress) {
    return (
      <div className="offline-articles">
        <label>
          Downloading for offline reading{' '}
          <progress max={progress.total} value={progress.done + progress.failed} />
        </label>
        <p role="status">
          {count.format(progress.done + progress.failed)} of {count.format(progress.total)} files
        </p>
      </div>
    );
  }
  if (status.missing.length === 0) {
    return (
      <p className="offline-articles" role="status">
        {status.articles === 1
          ? 'The article is available offline.'
          : `All ${count.format(status.articles)} articles are available offline.`}
      </p>
    );
  }
  const failed = download.data?.failed ?? 0;
  return (
    <div className="offline-articles">
      <p role="status">
        {count.format(status.articlesCached)} of {count.format(status.articles)} articles are
        available offline.
        {failed > 0 &&
          ` ${count.format(failed)} ${failed === 1 ? 'file' : 'files'} could not be downloaded; try again when you are online.`}
      </p>
      <button
        type="button"
        disabled={download.isPending}
        onClick={() => {
          download.mutate(status.missing);
        }}
      >
        Make all articles available offline
      </button>
    </div>
  );
}

/**
 * The service worker precaches article data up to a budget; this offers the rest.
 * Shown only when a worker is in control, since only then does the cache serve reads.
 */
export function OfflineArticles() {
  return useServiceWorkerInControl() ? <OfflineArticlesStatus /> : null;
}
