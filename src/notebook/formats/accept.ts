/** File extensions the open dialog should offer (its own module: the page needs it before any format code). */
export const IMPORT_ACCEPT = '.json,.flint,.ipynb,.py,.sql';
