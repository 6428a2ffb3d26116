/** Data files live under the app's base URL, so a build deployed in a sub-folder still finds them. */
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}${path}`;
}

export async function fetchJson(path: string, signal?: AbortSignal): Promise<unknown> {
  const url = dataUrl(path);
  const response = await fetch(url, signal ? { signal } : {});
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
  return response.json();
}
