/** The bundled seed as the browser tests meet it, and the env switch for building other seeds. */
export const SEED_PATH =
  '/articles/president-of-kazakhstan-orders-shoot-to-kill-against-protesters';

export const PRICE_QUOTE =
  'We hope that the government of Kazakhstan can soon address the problems, which are primarily economic and political in nature,';

/** Runs `work` with SEEDS_DIR pointing at `folder` (vite.config.ts reads it when loaded). */
export async function withSeedsDir<T>(folder: string, work: () => Promise<T>): Promise<T> {
  const previous = process.env.SEEDS_DIR;
  process.env.SEEDS_DIR = folder;
  try {
    return await work();
  } finally {
    process.env.SEEDS_DIR = previous;
  }
}

/**
 * A production build of the app from `seedsDir` into `outDir`. Vitest runs with
 * NODE_ENV=test, which would give React's development build; the browser tests must
 * exercise what ships. `env` sets more variables for the build (PRECACHE_BUDGET_BYTES).
 */
export async function buildApp(
  seedsDir: string,
  outDir: string,
  env: Record<string, string> = {},
): Promise<void> {
  const { build } = await import('vite');
  const previous = { ...process.env };
  Object.assign(process.env, { NODE_ENV: 'production', ...env });
  try {
    await withSeedsDir(seedsDir, () =>
      build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } }),
    );
  } finally {
    for (const key of ['NODE_ENV', ...Object.keys(env)]) {
      if (previous[key] === undefined) Reflect.deleteProperty(process.env, key);
      else process.env[key] = previous[key];
    }
  }
}
