/** Data files live under the app's base URL, so a build deployed in a sub-folder still finds them. */
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}${path}`;
}

async function fetchOk(path: string, signal?: AbortSignal): Promise<Response> {
  const url = dataUrl(path);
  const response = await fetch(url, signal ? { signal } : {});
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
  return response;
}

export async function fetchJson(path: string, signal?: AbortSignal): Promise<unknown> {
  return (await fetchOk(path, signal)).json();
}

/** The raw text, for data a library parses itself (the MiniSearch index). */
export async function fetchText(path: string, signal?: AbortSignal): Promise<string> {
  return (await fetchOk(path, signal)).text();
}
