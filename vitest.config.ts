import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: { include: ['**/*.test.ts', '**/*.test.tsx'], exclude: ['node_modules/**', 'e2e/**', '.next/**', '.stryker-tmp/**'] },
});
