// Runs only the course notebook tests until the root vitest config includes `course/**/*.test.ts`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['course/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
});
