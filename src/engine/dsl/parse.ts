/**
 * Where ASTs come from: the in-engine parser (dsl/syntax) unless a host installs another
 * (tests can install CPython's ast module through scripts/py-ast-json.py).
 */
import type * as A from './ast';
import { parseModule } from './syntax';

export type Parser = (source: string, filename: string) => A.Module;

let parser: Parser = parseModule;

export function setParser(p: Parser | null): void {
  parser = p ?? parseModule;
}

export function parsePython(source: string, filename: string): A.Module {
  return parser(source, filename);
}
