/**
 * "Export" menu (WAI-ARIA menu button): Flint JSON with or without outputs, Jupyter,
 * Databricks source and HTML. Arrow keys move, Enter picks, Escape closes.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { exportOpen, showToast } from '../notebook/workspace';
import type { ExportChoice } from '../notebook/workspace';
import { download } from './download';

const items: { label: string; choice: ExportChoice }[] = [
  { label: 'Flint notebook (.json)', choice: { format: 'flint-json', withOutputs: false } },
  { label: 'Flint notebook with outputs (.json)', choice: { format: 'flint-json', withOutputs: true } },
  { label: 'Jupyter notebook (.ipynb)', choice: { format: 'ipynb', withOutputs: true } },
  { label: 'Databricks source (.py)', choice: { format: 'databricks-py', withOutputs: false } },
  { label: 'HTML page (.html)', choice: { format: 'html', withOutputs: true } },
];


export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  const focusItem = (i: number) => {
    const all = menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]');
    if (all && all.length > 0) all[(i + all.length) % all.length]!.focus();
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    focusItem(0);
    const outside = (e: MouseEvent) => {
      if (!menu.current?.contains(e.target as Node) && e.target !== button.current) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  const pick = async (choice: ExportChoice) => {
    close(true);
    try {
      // DOMPurify and the exporters are their own chunks, fetched on the first export.
      const { default: DOMPurify } = await import('dompurify');
      download(await exportOpen(choice, (html) => DOMPurify.sanitize(html)));
    } catch (e) {
      showToast((e as Error).message, { tone: 'error' });
    }
  };

  const onMenuKey = (e: React.KeyboardEvent) => {
    const all = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown') focusItem(at + 1);
    else if (e.key === 'ArrowUp') focusItem(at - 1);
    else if (e.key === 'Home') focusItem(0);
    else if (e.key === 'End') focusItem(all.length - 1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') close(false);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
  };

  return (
    <div className="menu-wrap">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        Export ▾
      </button>
      {open && (
        <ul ref={menu} id={menuId} className="menu" role="menu" aria-label="Export" onKeyDown={onMenuKey}>
          {items.map((it) => (
            <li key={it.label} role="none">
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => void pick(it.choice)}>
                {it.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
