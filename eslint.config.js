// Layering is enforced here, not by discipline (see ../shared/STYLE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const uiLibraries = '^(react|react-dom|monaco-editor|zustand|recharts|comlink)(/.*)?$';
const comlink = '^comlink(/.*)?$';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-node/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'e2e-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', module: 'writable', require: 'readonly', __dirname: 'readonly' },
    },
  },
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: uiLibraries, message: 'src/engine is pure TypeScript: no UI or worker libraries.' },
            { group: ['**/workers/**', '**/notebook/**', '**/cells/**', '**/cli/**'], message: 'src/engine imports nothing from the app folders.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  {
    files: ['src/cells/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/workers/*', '!**/workers/protocol'], message: 'cells talk to the notebook store, never to workers.' },
            { group: ['**/engine/**'], allowTypeImports: true, message: 'the main thread imports engine types only.' },
            { regex: comlink, message: 'cells never touch comlink.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/notebook/**/*.{ts,tsx}', 'src/workers/client.ts', 'src/workers/pool.ts', 'src/workers/protocol.ts', 'src/workers/shared-memory.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/engine/**'], allowTypeImports: true, message: 'the main thread imports engine types only.' },
            { regex: comlink, message: 'import comlink through src/workers/comlink.ts only.' },
            { group: ['**/cells/**'], message: 'the notebook layer does not import UI components.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/workers/**/*.ts'],
    ignores: ['src/workers/comlink.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: comlink, message: 'import comlink through src/workers/comlink.ts only, or transfers silently copy.' },
            { group: ['**/engine/*/**', '!**/engine/index'], allowTypeImports: true, message: 'worker entries reach the engine through engine/index.ts.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cells/**/*.tsx', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
