/**
 * The floor the app's initial JavaScript is compared with: the smallest app that uses
 * the same four libraries (React, react-dom, a data router, react-query), built by the
 * same Vite in the same run.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { initialJsGzipBytes } from './build.ts';

export function floorRoot(workDir: string): string {
  return path.resolve(workDir, 'floor');
}

const FLOOR_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>floor</title></head>
<body><div id="root"></div><script type="module" src="/main.tsx"></script></body></html>
`;

const FLOOR_APP = `import { QueryClient, QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Link, Outlet, RouterProvider } from 'react-router';

const queryClient = new QueryClient();
function Page() {
  const { data } = useSuspenseQuery({ queryKey: ['n'], queryFn: async () => 1 });
  return <Link to="/">{data}</Link>;
}
const router = createBrowserRouter([{ element: <Outlet />, children: [{ path: '/', element: <Page /> }] }]);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
`;

/** Builds the floor app into `<workDir>/floor/dist`. */
export async function floorInitialJsGzipBytes(workDir: string): Promise<number> {
  const root = floorRoot(workDir);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(path.join(root, 'index.html'), FLOOR_HTML);
  writeFileSync(path.join(root, 'main.tsx'), FLOOR_APP);
  const outDir = path.join(root, 'dist');
  // Under Vitest NODE_ENV is 'test', which would bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({
    root,
    configFile: false,
    logLevel: 'error',
    mode: 'production',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  }).finally(() => {
    if (nodeEnv === undefined) Reflect.deleteProperty(process.env, 'NODE_ENV');
    else process.env.NODE_ENV = nodeEnv;
  });
  return initialJsGzipBytes(outDir);
}
