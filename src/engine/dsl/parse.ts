/**
 * Where ASTs come from. The in-engine parser (dsl/syntax) registers itself through setParser;
 * until then hosts and tests install one (tests shell out to CPython's ast module).
 */
import type * as A from './ast';

export type Parser = (source: string, filename: string) => A.Module;

let parser: Parser | null = null;

export function setParser(p: Parser): void {
  parser = p;
}

export function parsePython(source: string, filename: string): A.Module {
  if (!parser) throw new Error('no Python parser installed (call setParser)');
  return parser(source, filename);
}
