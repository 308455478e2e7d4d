/**
 * Hadoop's glob syntax (`FileSystem.globStatus`), which Spark readers accept in paths:
 * `?`, `*`, `[abc]`, `[a-z]`, `[^a]` (or `[!a]`), `{a,b}` (nestable) and `\` escapes,
 * each matched within one path component. `*` also matches names starting with a dot.
 */
import { VfsError } from './vfs-error';

const SPECIAL = new Set(['?', '*', '[', '{']);

/** Whether the path has an unescaped glob character. */
export function hasGlob(path: string): boolean {
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === '\\') i++;
    else if (SPECIAL.has(c)) return true;
  }
  return false;
}

function regexEscape(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}

function invalid(pattern: string, reason: string): VfsError {
  return new VfsError({ kind: 'invalid-path', input: pattern, vpath: '', scheme: 'file', reason: `Illegal file pattern: ${reason} for glob ${pattern}` });
}

/** Compiles one path component's glob into an anchored regular expression. */
export function globComponentRegex(component: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < component.length; i++) {
    const c = component[i];
    switch (c) {
      case '\\':
        if (i + 1 >= component.length) throw invalid(component, 'Missing escaped character');
        out += regexEscape(component[++i]);
        break;
      case '?':
        out += '.';
        break;
      case '*':
        out += '.*';
        break;
      case '{':
        braces++;
        out += '(?:';
        break;
      case ',':
        out += braces > 0 ? '|' : ',';
        break;
      case '}':
        if (braces === 0) {
          out += '\\}';
        } else {
          braces--;
          out += ')';
        }
        break;
      case '[': {
        const end = component.indexOf(']', i + 2);
        if (end < 0) throw invalid(component, 'Unclosed character class');
        let body = component.slice(i + 1, end);
        let negate = false;
        if (body.startsWith('^') || body.startsWith('!')) {
          negate = true;
          body = body.slice(1);
        }
        const cls = [...body].map((ch) => (ch === '-' ? '-' : regexEscape(ch))).join('');
        out += `[${negate ? '^' : ''}${cls}]`;
        i = end;
        break;
      }
      default:
        out += regexEscape(c);
    }
  }
  if (braces > 0) throw invalid(component, 'Unclosed group');
  return new RegExp(`^${out}$`, 's');
}

/** Removes glob escapes from a component that has no glob characters. */
export function unescapeGlob(component: string): string {
  return component.replace(/\\(.)/gs, '$1');
}
