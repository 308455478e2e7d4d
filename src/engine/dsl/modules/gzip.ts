/**
 * gzip: compress / decompress and gzip.open for reading and writing files (what
 * fileinput.hook_compressed and programs reading Spark's `.gz` part files use), with fflate
 * doing the DEFLATE work. Reading accepts several concatenated members, as CPython's does.
 */
import { gzipSync } from 'fflate';
import { gunzipAll } from '../../dataframe/compressed-files';
import { PyBytes } from '../../values/py';
import { registerPythonModule } from './py-source';

const SOURCE = String.raw`
import io as _io
import builtins as _builtins


class BadGzipFile(OSError):
    pass


def compress(data, compresslevel=9, *, mtime=None):
    return _native_compress(bytes(data), compresslevel)


def decompress(data):
    data = bytes(data)
    if data[:2] != b"\x1f\x8b":
        raise BadGzipFile("Not a gzipped file (%r)" % (data[:2],))
    out = _native_decompress(data)
    if out is None:
        raise EOFError("Compressed file ended before the end-of-stream marker was reached")
    return out


class _GzipWriter:
    """What gzip.open gives for writing: bytes collect in memory and go out compressed on close."""

    def __init__(self, fileobj, close_target, level):
        self._buf = _io.BytesIO()
        self._target = fileobj
        self._close_target = close_target
        self._level = level
        self.closed = False

    def write(self, data):
        if self.closed:
            raise ValueError("write() on closed GzipFile object")
        return self._buf.write(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def writable(self):
        return True

    def readable(self):
        return False

    def flush(self):
        pass

    def close(self):
        if not self.closed:
            self.closed = True
            self._target.write(compress(self._buf.getvalue(), self._level))
            if self._close_target:
                self._target.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def open(filename, mode="rb", compresslevel=9, encoding=None, errors=None, newline=None):
    text = "t" in mode
    if text and "b" in mode:
        raise ValueError("Invalid mode: %r" % (mode,))
    if not text and (encoding is not None or errors is not None or newline is not None):
        raise ValueError("Argument '%s' not supported in binary mode" % ("encoding" if encoding is not None else "errors" if errors is not None else "newline"))
    raw = mode.replace("t", "").replace("b", "")
    if raw not in ("r", "w", "a", "x"):
        raise ValueError("Invalid mode: %r" % (mode,))
    own = isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__")
    if raw == "r":
        if own:
            with _builtins.open(filename, "rb") as f:
                data = decompress(f.read())
        else:
            data = decompress(filename.read())
        if text:
            return _io.StringIO(data.decode(encoding or "utf-8", errors or "strict"))
        return _io.BytesIO(data)
    target = _builtins.open(filename, raw + "b") if own else filename
    writer = _GzipWriter(target, own, compresslevel)
    if text:
        raise NotImplementedError("gzip.open: text-mode writing is not available in Flint; write bytes with mode 'wb'")
    return writer


GzipFile = open
`;

registerPythonModule('gzip', () => SOURCE, () => ({
  _native_compress: (data: PyBytes, level: unknown) => {
    const l = Math.max(0, Math.min(9, Number(level))) as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
    return new PyBytes(gzipSync(data.b, { level: l }));
  },
  _native_decompress: (data: PyBytes) => {
    try {
      return new PyBytes(gunzipAll(data.b));
    } catch {
      return null;
    }
  },
}));
