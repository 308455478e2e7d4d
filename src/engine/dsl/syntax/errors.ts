// Parse errors carry CPython's SyntaxError attributes so tracebacks print exactly as CPython's do.

export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

export interface SyntaxErrorInfo {
  type: SyntaxErrorType;
  msg: string;
  filename: string;
  lineno: number;
  /** 1-based, as CPython's `SyntaxError.offset`. */
  offset: number;
  end_lineno: number | null;
  end_offset: number | null;
  /** The offending source line (with its newline when the source has one there). */
  text: string | null;
}

export class PySyntaxError extends Error implements SyntaxErrorInfo {
  readonly type: SyntaxErrorType;
  readonly msg: string;
  readonly filename: string;
  readonly lineno: number;
  readonly offset: number;
  readonly end_lineno: number | null;
  readonly end_offset: number | null;
  readonly text: string | null;

  constructor(info: SyntaxErrorInfo) {
    super(info.msg);
    this.name = info.type;
    this.type = info.type;
    this.msg = info.msg;
    this.filename = info.filename;
    this.lineno = info.lineno;
    this.offset = info.offset;
    this.end_lineno = info.end_lineno;
    this.end_offset = info.end_offset;
    this.text = info.text;
  }

  toInfo(): SyntaxErrorInfo {
    const { type, msg, filename, lineno, offset, end_lineno, end_offset, text } = this;
    return { type, msg, filename, lineno, offset, end_lineno, end_offset, text };
  }
}
