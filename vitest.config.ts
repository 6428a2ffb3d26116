import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/support/failOnConsoleError.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          alias: {
            'virtual:pwa-register/react': path.resolve(
              import.meta.dirname,
              'tests/ui/support/pwaRegisterStub.ts',
            ),
            'virtual:sourced-data': path.resolve(
              import.meta.dirname,
              'tests/ui/support/sourcedDataStub.ts',
            ),
          },
          include: ['tests/ui/**/*.test.tsx'],
          setupFiles: ['tests/support/failOnConsoleError.ts', 'tests/ui/setup.ts'],
        },
      },
    ],
  },
});
