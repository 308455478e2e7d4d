/**
 * Python exceptions are thrown as themselves (not wrapped in JS Errors, so no JS stack is
 * captured). Frames are appended as an exception propagates out of each compiled function.
 */
import { PyObject, PyType, T } from './core';
import type { PyTuple} from './tuple';
import { tuple } from './tuple';

export interface Frame {
  readonly filename: string;
  readonly lineno: number;
  readonly name: string;
  /** The source line, or '' when unknown. */
  readonly line: string;
  /**
   * Where on the line the failing operation is, for CPython 3.11's caret line: [lineno, col,
   * endLineno, endCol, anchor (0 none, 1 binary operator, 2 subscript), a, b] (see dsl/compiler).
   */
  readonly span?: readonly number[];
}

export class PyBaseException extends PyObject {
  args: PyTuple;
  /** Innermost frame last (the order tracebacks print in). */
  tb: Frame[] = [];
  cause: PyBaseException | null = null;
  context: PyBaseException | null = null;
  suppressContext = false;
  /**
   * The frame (code object and call depth) that already added itself to tb when an except
   * clause there caught this exception, so that frame does not add itself again on the way out.
   */
  hereCode: unknown = null;
  hereDepth = -1;
  constructor(cls: PyType, args: unknown[]) {
    super(cls);
    this.args = tuple(args);
  }
}

function exc(name: string, base: PyType | null): PyType {
  const t = new PyType(name, base ? [base] : [T.object]);
  t.layout = 'exception';
  return t;
}

const BaseException = exc('BaseException', null);
const Exception = exc('Exception', BaseException);
const ArithmeticError = exc('ArithmeticError', Exception);
const LookupError = exc('LookupError', Exception);
const NameError = exc('NameError', Exception);
const RuntimeError = exc('RuntimeError', Exception);
const ValueError = exc('ValueError', Exception);
const ImportError = exc('ImportError', Exception);
const OSError = exc('OSError', Exception);
const SyntaxError = exc('SyntaxError', Exception);
const IndentationError = exc('IndentationError', SyntaxError);
const Warning = exc('Warning', Exception);
const UnicodeError = exc('UnicodeError', ValueError);

/** Every builtin exception type, by name. */
export const E = {
  BaseException,
  Exception,
  GeneratorExit: exc('GeneratorExit', BaseException),
  KeyboardInterrupt: exc('KeyboardInterrupt', BaseException),
  SystemExit: exc('SystemExit', BaseException),
  ArithmeticError,
  FloatingPointError: exc('FloatingPointError', ArithmeticError),
  OverflowError: exc('OverflowError', ArithmeticError),
  ZeroDivisionError: exc('ZeroDivisionError', ArithmeticError),
  AssertionError: exc('AssertionError', Exception),
  AttributeError: exc('AttributeError', Exception),
  BufferError: exc('BufferError', Exception),
  EOFError: exc('EOFError', Exception),
  ImportError,
  ModuleNotFoundError: exc('ModuleNotFoundError', ImportError),
  LookupError,
  IndexError: exc('IndexError', LookupError),
  KeyError: exc('KeyError', LookupError),
  MemoryError: exc('MemoryError', Exception),
  NameError,
  UnboundLocalError: exc('UnboundLocalError', NameError),
  OSError,
  FileNotFoundError: exc('FileNotFoundError', OSError),
  FileExistsError: exc('FileExistsError', OSError),
  PermissionError: exc('PermissionError', OSError),
  IsADirectoryError: exc('IsADirectoryError', OSError),
  NotADirectoryError: exc('NotADirectoryError', OSError),
  TimeoutError: exc('TimeoutError', OSError),
  ReferenceError: exc('ReferenceError', Exception),
  RuntimeError,
  NotImplementedError: exc('NotImplementedError', RuntimeError),
  RecursionError: exc('RecursionError', RuntimeError),
  StopIteration: exc('StopIteration', Exception),
  StopAsyncIteration: exc('StopAsyncIteration', Exception),
  SyntaxError,
  IndentationError,
  TabError: exc('TabError', IndentationError),
  SystemError: exc('SystemError', Exception),
  TypeError: exc('TypeError', Exception),
  ValueError,
  UnicodeError,
  UnicodeDecodeError: exc('UnicodeDecodeError', UnicodeError),
  UnicodeEncodeError: exc('UnicodeEncodeError', UnicodeError),
  Warning,
  UserWarning: exc('UserWarning', Warning),
  DeprecationWarning: exc('DeprecationWarning', Warning),
  RuntimeWarning: exc('RuntimeWarning', Warning),
};
export type ExcName = keyof typeof E;

/** A new exception of a builtin type with the given args (usually one message). */
export function pyErr(name: ExcName, ...args: unknown[]): PyBaseException {
  return new PyBaseException(E[name], args);
}

export function isPyException(x: unknown): x is PyBaseException {
  return x instanceof PyBaseException;
}
