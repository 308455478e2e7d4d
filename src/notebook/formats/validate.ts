/**
 * Small structural checks for untrusted JSON. Each failure names the path inside the file
 * (`cells[3].source`) so a user or a bug report can point at the offending spot.
 */
import { NotebookFormatError } from './errors';

export type Json = Record<string, unknown>;

export function invalid(what: string, path: string, expected: string, got: unknown): NotebookFormatError {
  return new NotebookFormatError('invalid', `Not a valid ${what}: ${path} should be ${expected}, found ${describe(got)}.`);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return v.length > 40 ? 'a string' : JSON.stringify(v);
  if (typeof v === 'object') return 'an object';
  if (v === undefined) return 'nothing';
  return String(v);
}

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function objectAt(v: unknown, what: string, path: string): Json {
  if (!isObject(v)) throw invalid(what, path, 'an object', v);
  return v;
}

export function stringAt(v: unknown, what: string, path: string): string {
  if (typeof v !== 'string') throw invalid(what, path, 'a string', v);
  return v;
}

export function arrayAt(v: unknown, what: string, path: string): readonly unknown[] {
  if (!Array.isArray(v)) throw invalid(what, path, 'a list', v);
  return v;
}

export function intAt(v: unknown, what: string, path: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw invalid(what, path, 'a whole number', v);
  return v;
}

export function boolAt(v: unknown, what: string, path: string): boolean {
  if (typeof v !== 'boolean') throw invalid(what, path, 'true or false', v);
  return v;
}

export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new NotebookFormatError('bad-json', `This ${what} is not valid JSON (${detail}).`);
  }
}
