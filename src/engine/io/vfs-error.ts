/**
 * File-system errors carry enough data for each language layer to raise its own exception:
 * Python's `FileNotFoundError: [Errno 2] No such file or directory: 'x'` for `open()`, and
 * Spark's `[PATH_NOT_FOUND] Path does not exist: file:/x.` for readers.
 */
import { FlintError } from '../errors';
import { strRepr } from '../pylib';
import { assertNever } from '../util/assert-never';

export type VfsErrorKind =
  | 'not-found'
  | 'read-only'
  | 'is-a-directory'
  | 'not-a-directory'
  | 'already-exists'
  | 'not-empty'
  | 'invalid-path'
  | 'unsupported-scheme';

export interface VfsErrorInfo {
  readonly kind: VfsErrorKind;
  /** The path as the caller wrote it. */
  readonly input: string;
  /** The absolute path it resolved to ('' when it could not be resolved). */
  readonly vpath: string;
  readonly scheme: 'file' | 'dbfs';
  /** `true` when `input` was a glob that matched nothing. */
  readonly glob?: boolean;
  /** Extra detail: the unknown scheme, or why the path is invalid. */
  readonly reason?: string;
}

/** What Python's `OSError` subclasses hold: `str(e)` is `message`. */
export interface PythonOSErrorParts {
  readonly ename: string;
  readonly errno: number;
  readonly strerror: string;
  readonly filename: string;
  readonly message: string;
}

/** What a Spark reader or writer raises for this failure. */
export interface SparkErrorParts {
  readonly ename: string;
  readonly message: string;
  readonly errorClass?: string;
}

function pythonCode(kind: VfsErrorKind): readonly [string, number, string] {
  switch (kind) {
    case 'not-found':
    case 'invalid-path':
    case 'unsupported-scheme':
      return ['FileNotFoundError', 2, 'No such file or directory'];
    case 'read-only':
      return ['OSError', 30, 'Read-only file system'];
    case 'is-a-directory':
      return ['IsADirectoryError', 21, 'Is a directory'];
    case 'not-a-directory':
      return ['NotADirectoryError', 20, 'Not a directory'];
    case 'already-exists':
      return ['FileExistsError', 17, 'File exists'];
    case 'not-empty':
      return ['OSError', 39, 'Directory not empty'];
    default:
      return assertNever(kind, 'VFS error kind');
  }
}

export function pythonErrorOf(info: VfsErrorInfo): PythonOSErrorParts {
  const [ename, errno, strerror] = pythonCode(info.kind);
  return { ename, errno, strerror, filename: info.input, message: `[Errno ${errno}] ${strerror}: ${strRepr(info.input)}` };
}

export function qualifiedPathOf(info: VfsErrorInfo): string {
  return `${info.scheme}:${info.vpath}`;
}

export function sparkErrorOf(info: VfsErrorInfo): SparkErrorParts {
  const q = qualifiedPathOf(info);
  switch (info.kind) {
    case 'not-found':
      return { ename: 'AnalysisException', errorClass: 'PATH_NOT_FOUND', message: `[PATH_NOT_FOUND] Path does not exist: ${q}.` };
    case 'already-exists':
      return {
        ename: 'AnalysisException',
        errorClass: 'PATH_ALREADY_EXISTS',
        message: `[PATH_ALREADY_EXISTS] Path ${q} already exists. Set mode as "overwrite" to overwrite the existing path.`,
      };
    case 'read-only':
      return { ename: 'IOException', message: `Mkdirs failed to create ${q} (read-only file system)` };
    case 'is-a-directory':
      return { ename: 'FileNotFoundException', message: `${info.vpath} (Is a directory)` };
    case 'not-a-directory':
      return { ename: 'ParentNotDirectoryException', message: `Parent path is not a directory: ${q}` };
    case 'not-empty':
      return { ename: 'IOException', message: `Directory ${q} is not empty` };
    case 'invalid-path':
      return { ename: 'IllegalArgumentException', message: info.reason ?? `Invalid path: ${info.input}` };
    case 'unsupported-scheme':
      return { ename: 'UnsupportedFileSystemException', message: `No FileSystem for scheme "${info.reason ?? ''}"` };
    default:
      return assertNever(info.kind, 'VFS error kind');
  }
}

/** Hadoop's `InvalidInputException` text, which `sc.textFile(...)` actions show. */
export function hadoopInputMessageOf(info: VfsErrorInfo): string {
  const q = qualifiedPathOf(info);
  return info.glob ? `Input Pattern ${q} matches 0 files` : `Input path does not exist: ${q}`;
}

/**
 * Thrown by every VFS operation. Uncaught it reads like Python's exception (the form user
 * code calling `open()` expects); Spark layers catch it and raise `sparkErrorOf(e.info)`.
 */
export class VfsError extends FlintError {
  constructor(readonly info: VfsErrorInfo) {
    const py = pythonErrorOf(info);
    super(py.ename, py.message);
  }

  get kind(): VfsErrorKind {
    return this.info.kind;
  }

  python(): PythonOSErrorParts {
    return pythonErrorOf(this.info);
  }

  spark(): SparkErrorParts {
    return sparkErrorOf(this.info);
  }
}

export function isVfsError(e: unknown): e is VfsError {
  return e instanceof VfsError;
}
