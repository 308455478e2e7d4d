/**
 * Which importer a file needs, from its name first and its first bytes second: people
 * rename files, and browsers hand over pasted text or drops without useful names.
 */
import { databricksLanguageOf } from './databricks/databricks-source';
import type { DetectedFormat } from './types';
import { isObject } from './validate';

export function detectFormat(fileName: string, text: string): DetectedFormat {
  const name = fileName.toLowerCase();
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.')) : '';
  const databricks = databricksLanguageOf(text);
  switch (ext) {
    case '.ipynb':
      return 'ipynb';
    case '.py':
      return databricks === 'python' ? 'databricks-py' : 'python';
    case '.sql':
      return databricks === 'sql' ? 'databricks-sql' : 'sql';
    case '.json':
    case '.flint':
      // A broken .json is still ours: opening it reports the JSON error instead of "unknown".
      return sniffJson(text) ?? 'flint-json';
    default:
      if (databricks === 'python') return 'databricks-py';
      if (databricks === 'sql') return 'databricks-sql';
      return sniffJson(text) ?? 'unknown';
  }
}

function sniffJson(text: string): 'flint-json' | 'ipynb' | null {
  if (!/^\uFEFF?\s*\{/.test(text)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  if (!isObject(raw)) return null;
  if ('formatVersion' in raw) return 'flint-json';
  if ('nbformat' in raw) return 'ipynb';
  return null;
}
