/**
 * The editor a cell has before Monaco loads: a text area laid out like Monaco's text, with
 * the run keys. Tab indents rather than leaving the cell, as in a code editor.
 */
import { useEffect } from 'react';
import type { Ref, RefObject } from 'react';
import type { RunMode } from './CodeEditor';

interface Props {
  readonly ref: Ref<HTMLTextAreaElement>;
  readonly source: string;
  readonly label: string;
  readonly autoFocus: boolean;
  readonly readOnly: boolean;
  onChange(source: string): void;
  onRun(mode: RunMode): void;
  onFocus(): void;
  onEscape(): void;
}

const INDENT = '    ';

export function LightEditor({ ref, source, label, autoFocus, readOnly, onChange, onRun, onFocus, onEscape }: Props) {
  useEffect(() => {
    const area = (ref as RefObject<HTMLTextAreaElement | null>).current;
    if (autoFocus && area && document.activeElement !== area) area.focus();
  }, [autoFocus, ref]);

  return (
    <textarea
      ref={ref}
      className="editor-light"
      aria-label={label}
      value={source}
      readOnly={readOnly}
      rows={Math.max(2, source.split('\n').length)}
      spellCheck={false}
      autoCapitalize="off"
      autoComplete="off"
      autoCorrect="off"
      wrap="off"
      onFocus={onFocus}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.shiftKey || e.ctrlKey || e.metaKey || e.altKey)) {
          e.preventDefault();
          onRun(e.shiftKey ? 'next' : e.altKey ? 'insert' : 'stay');
        } else if (e.key === 'Escape') {
          e.preventDefault();
          e.currentTarget.blur();
          onEscape();
        } else if (e.key === 'Tab' && !e.shiftKey && !readOnly) {
          e.preventDefault();
          const area = e.currentTarget;
          const { selectionStart: from, selectionEnd: to, value } = area;
          const next = value.slice(0, from) + INDENT + value.slice(to);
          onChange(next);
          // After React writes the new value, put the caret after the indent.
          requestAnimationFrame(() => area.setSelectionRange(from + INDENT.length, from + INDENT.length));
        }
      }}
    />
  );
}
