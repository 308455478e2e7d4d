/**
 * `%ts` cells: TypeScript → JavaScript with sucrase (types stripped, modern syntax kept),
 * then a light rewrite with acorn so a cell behaves like a notebook cell:
 * top-level declarations persist in the notebook scope for later cells, top-level
 * `await` works, and the value of the last expression statement is returned for display.
 */
import { transform } from 'sucrase';
import { parse } from 'acorn';
import type { Program, Statement, ModuleDeclaration } from 'acorn';
import { FlintError } from '../errors';

export interface TranspiledCell {
  /** The body of an async function run inside `with (scope)`. */
  readonly body: string;
  /** Lines of wrapper before the user's first line, to map error positions back. */
  readonly lineOffset: number;
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function syntaxError(message: string, line: number, column: number, filename: string): FlintError {
  return new FlintError('SyntaxError', `${message} (${filename}, line ${line}, column ${column + 1})`);
}

export function transpileTsCell(source: string, filename: string): TranspiledCell {
  let js: string;
  try {
    js = transform(source, { transforms: ['typescript'], disableESTransforms: true }).code;
  } catch (e) {
    const err = e as Error & { loc?: { line: number; column: number } };
    throw syntaxError(err.message.replace(/\s*\(\d+:\d+\)$/, ''), err.loc?.line ?? 1, err.loc?.column ?? 0, filename);
  }
  let program: Program;
  try {
    program = parse(js, {
      ecmaVersion: 'latest',
      sourceType: 'module',
      allowAwaitOutsideFunction: true,
      allowReturnOutsideFunction: true,
      locations: true,
    });
  } catch (e) {
    const err = e as Error & { loc?: { line: number; column: number } };
    throw syntaxError(err.message.replace(/\s*\(\d+:\d+\)$/, ''), err.loc?.line ?? 1, err.loc?.column ?? 0, filename);
  }
  const edits: Edit[] = [];
  const hoisted: string[] = [];
  const body = program.body as (Statement | ModuleDeclaration)[];
  body.forEach((stmt, i) => {
    const isLast = i === body.length - 1;
    switch (stmt.type) {
      case 'VariableDeclaration': {
        // `const x = 1, {a} = o` → `x = 1, ({a} = o)`: names land in the notebook scope.
        const parts = stmt.declarations.map((d) => {
          const target = js.slice(d.id.start, d.id.end);
          const init = d.init ? js.slice(d.init.start, d.init.end) : 'undefined';
          return d.id.type === 'Identifier' ? `${target} = ${init}` : `(${target} = ${init})`;
        });
        edits.push({ start: stmt.start, end: stmt.end, text: `${parts.join(', ')};` });
        break;
      }
      case 'FunctionDeclaration': {
        const name = stmt.id.name;
        hoisted.push(`${name} = ${js.slice(stmt.start, stmt.end)};`);
        edits.push({ start: stmt.start, end: stmt.end, text: '' });
        break;
      }
      case 'ClassDeclaration':
        edits.push({ start: stmt.start, end: stmt.end, text: `${stmt.id!.name} = ${js.slice(stmt.start, stmt.end)};` });
        break;
      case 'ImportDeclaration':
      case 'ExportNamedDeclaration':
      case 'ExportDefaultDeclaration':
      case 'ExportAllDeclaration': {
        const loc = stmt.loc!.start;
        throw syntaxError('import and export are not available in %ts cells', loc.line, loc.column, filename);
      }
      case 'ExpressionStatement':
        if (isLast) {
          const e = stmt.expression;
          edits.push({ start: stmt.start, end: stmt.end, text: `return (${js.slice(e.start, e.end)});` });
        }
        break;
      default:
        break;
    }
  });
  let out = js;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  // Hoisted functions go on the first line so the user's line numbers stay put.
  return { body: `${hoisted.join(' ')}${out}`, lineOffset: 0 };
}
