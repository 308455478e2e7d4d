/**
 * A cell's editor: Monaco once it has loaded, and until then a plain text area with the
 * same keys, so a cell can be typed into and run while Monaco's 2.7 MB still load. The
 * switch keeps the text, the focus and the cursor. Keys follow Jupyter and Databricks:
 * Shift+Enter runs and moves on, Ctrl/Cmd+Enter runs in place, Alt+Enter runs and inserts
 * a cell below, Esc leaves for command mode.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type * as MonacoApi from 'monaco-editor/editor/editor.api';
import { parseCell } from '../notebook/model/cell-kind';
import { editorLanguage } from './editor-language';
import { LightEditor } from './LightEditor';

export type RunMode = 'next' | 'stay' | 'insert';

interface Props {
  readonly source: string;
  readonly label: string;
  readonly autoFocus: boolean;
  readonly readOnly: boolean;
  /** A 1-based line to mark as where the last run failed. */
  readonly errorLine: number | null;
  onChange(source: string): void;
  onRun(mode: RunMode): void;
  onFocus(): void;
  /** Esc: leave the editor for command mode. */
  onEscape(): void;
}

interface MonacoModule {
  readonly monaco: typeof MonacoApi;
}
let monacoPromise: Promise<MonacoModule> | undefined;
let requested: () => void = () => {};
const monacoRequested = new Promise<void>((resolve) => (requested = resolve));

/** Starts loading Monaco; the page calls this once the notebook has been painted. */
export function loadMonaco(): Promise<MonacoModule> {
  monacoPromise ??= import('./monaco');
  requested();
  return monacoPromise;
}

/** Editors mount as text areas and never pull Monaco in themselves, so it cannot delay the first paint. */
function monacoWhenRequested(): Promise<MonacoModule> {
  return monacoRequested.then(loadMonaco);
}

const LINE_HEIGHT = 19;

export function CodeEditor({ source, label, autoFocus, readOnly, errorLine, onChange, onRun, onFocus, onEscape }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const callbacks = useRef({ onChange, onRun, onFocus, onEscape });
  // Monaco starts from the text as it is when Monaco arrives (typed into the light editor or not).
  const latestSource = useRef(source);
  useLayoutEffect(() => {
    callbacks.current = { onChange, onRun, onFocus, onEscape };
    latestSource.current = source;
  });
  const light = useRef<HTMLTextAreaElement>(null);
  const editorRef = useRef<MonacoApi.editor.IStandaloneCodeEditor | null>(null);
  const errorDecorations = useRef<MonacoApi.editor.IEditorDecorationsCollection | null>(null);
  const initialReadOnly = useRef(readOnly);

  useEffect(() => {
    let disposed = false;
    let cleanup = () => {};
    void monacoWhenRequested().then(({ monaco }) => {
      if (disposed || !host.current) return;
      const text = latestSource.current;
      const handOver = light.current !== null && document.activeElement === light.current ? light.current.selectionStart : null;
      const model = monaco.editor.createModel(text, editorLanguage(parseCell(text).kind));
      const editor = monaco.editor.create(host.current, {
        model,
        theme: 'flint',
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        lineNumbers: 'on',
        lineNumbersMinChars: 3,
        folding: false,
        fontSize: 13,
        lineHeight: LINE_HEIGHT,
        automaticLayout: true,
        scrollbar: { vertical: 'hidden', alwaysConsumeMouseWheel: false },
        overviewRulerLanes: 0,
        renderLineHighlight: 'none',
        ariaLabel: label,
        tabSize: 4,
        wordBasedSuggestions: 'off',
        readOnly: initialReadOnly.current,
      });
      editorRef.current = editor;
      errorDecorations.current = editor.createDecorationsCollection();
      const fit = () => {
        if (host.current) host.current.style.height = `${Math.max(editor.getContentHeight(), LINE_HEIGHT * 2)}px`;
      };
      fit();
      const subs = [
        editor.onDidContentSizeChange(fit),
        editor.onDidChangeModelContent(() => {
          const value = model.getValue();
          monaco.editor.setModelLanguage(model, editorLanguage(parseCell(value).kind));
          callbacks.current.onChange(value);
        }),
        editor.onDidFocusEditorText(() => callbacks.current.onFocus()),
      ];
      // addAction, not addCommand: a command's keybinding is shared by every editor on the
      // page and runs the handler of the editor created last.
      const action = (id: string, keybinding: number, run: () => void, precondition?: string) =>
        editor.addAction({ id: `flint.${id}`, label: id, keybindings: [keybinding], precondition, run });
      subs.push(
        action('runNext', monaco.KeyMod.Shift | monaco.KeyCode.Enter, () => callbacks.current.onRun('next')),
        action('runStay', monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => callbacks.current.onRun('stay')),
        action('runInsert', monaco.KeyMod.Alt | monaco.KeyCode.Enter, () => callbacks.current.onRun('insert')),
        action('commandMode', monaco.KeyCode.Escape, () => callbacks.current.onEscape(), '!suggestWidgetVisible && !findWidgetVisible'),
      );
      setReady(true);
      if (handOver !== null) {
        editor.setPosition(model.getPositionAt(handOver));
        editor.focus();
      }
      cleanup = () => {
        subs.forEach((s) => s.dispose());
        editor.dispose();
        model.dispose();
        editorRef.current = null;
        errorDecorations.current = null;
      };
    });
    return () => {
      disposed = true;
      cleanup();
    };
  }, [label]);

  useEffect(() => {
    if (autoFocus && ready) editorRef.current?.focus();
  }, [autoFocus, ready]);

  useEffect(() => {
    editorRef.current?.updateOptions({ readOnly });
  }, [readOnly, ready]);

  useEffect(() => {
    const decorations = errorDecorations.current;
    const model = editorRef.current?.getModel();
    if (!decorations || !model) return;
    if (errorLine === null || errorLine < 1 || errorLine > model.getLineCount()) {
      decorations.clear();
      return;
    }
    decorations.set([
      {
        range: { startLineNumber: errorLine, startColumn: 1, endLineNumber: errorLine, endColumn: 1 },
        options: { isWholeLine: true, className: 'error-line', linesDecorationsClassName: 'error-line-gutter', hoverMessage: { value: 'The error happened on this line' } },
      },
    ]);
  }, [errorLine, ready]);

  // Edits made outside the editor (language picker, M/Y keys) flow into the model.
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model && model.getValue() !== source) model.pushEditOperations([], [{ range: model.getFullModelRange(), text: source }], () => null);
  }, [source, ready]);

  return (
    // data-editable: the cell takes typing; data-ready: Monaco is there.
    <div className="editor-frame" data-ready={ready ? 'true' : 'false'} data-editable="true" data-error-line={errorLine ?? undefined}>
      <div ref={host} className="editor-host" />
      {!ready && (
        <LightEditor
          ref={light}
          source={source}
          label={label}
          autoFocus={autoFocus}
          readOnly={readOnly}
          onChange={(text) => callbacks.current.onChange(text)}
          onRun={(mode) => callbacks.current.onRun(mode)}
          onFocus={() => callbacks.current.onFocus()}
          onEscape={() => callbacks.current.onEscape()}
        />
      )}
    </div>
  );
}
