/** "Import": pick a notebook file (Flint JSON, .ipynb, Databricks .py/.sql) to open read-only. */
import { useRef } from 'react';
import { IMPORT_ACCEPT } from '../notebook/formats/accept';
import { importFile } from '../notebook/workspace';

export function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} title="Open a .json, .ipynb or Databricks .py file">
        Import
      </button>
      <input
        ref={input}
        type="file"
        accept={IMPORT_ACCEPT}
        hidden
        aria-label="Notebook file to import"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
    </>
  );
}
