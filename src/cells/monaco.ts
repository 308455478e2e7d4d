/**
 * Monaco, loaded lazily (it is most of the bundle): the editor API, its one worker, and
 * syntax highlighting for the cell languages. Imported only through `import()`.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import 'monaco-editor/languages/definitions/python/register';
import 'monaco-editor/languages/definitions/sql/register';
import 'monaco-editor/languages/definitions/typescript/register';
import 'monaco-editor/languages/definitions/markdown/register';

(self as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

monaco.editor.defineTheme('flint', {
  base: 'vs',
  inherit: true,
  // Darker than the vs defaults where those miss WCAG AA contrast (4.5:1) on our background.
  rules: [
    { token: 'number', foreground: '07704f' },
    { token: 'type', foreground: '1d6b82' },
    { token: 'invalid', foreground: 'b42318' },
  ],
  colors: { 'editor.background': '#ffffff', 'editorLineNumber.foreground': '#6e7781' },
});

export { monaco };
