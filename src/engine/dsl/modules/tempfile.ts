/**
 * tempfile on the Python VFS (/tmp). mkstemp's descriptor is a number os.write/os.close
 * accept (see os-fd.ts); NamedTemporaryFile wraps an ordinary file object and deletes its
 * file on close, as CPython's _TemporaryFileWrapper does.
 */
import { registerPythonModule } from './py-source';

const SOURCE = String.raw`
import os as _os
import random as _random

tempdir = None
template = "tmp"
TMP_MAX = 10000
_NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = _random.Random()


def gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = "/tmp"
    return tempdir


def gettempprefix():
    return template


def _candidate(dir, prefix, suffix):
    if dir is None:
        dir = gettempdir()
    if prefix is None:
        prefix = template
    if suffix is None:
        suffix = ""
    for _ in range(TMP_MAX):
        name = "".join(_rng.choice(_NAME_CHARS) for _ in range(8))
        path = _os.path.join(dir, prefix + name + suffix)
        if not _os.path.exists(path):
            return path
    raise FileExistsError(17, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    path = _candidate(dir, prefix, suffix)
    _os.mkdir(path)
    return _os.path.abspath(path)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    path = _candidate(dir, prefix, suffix)
    open(path, "x").close()
    return (_os._fd_for(path), _os.path.abspath(path))


def mktemp(suffix="", prefix=template, dir=None):
    return _candidate(dir, prefix, suffix)


class _TemporaryFileWrapper:
    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if self._closed:
            return
        self._closed = True
        self.file.close()
        if self.delete and _os.path.exists(self.name):
            _os.unlink(self.name)

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper object at 0x7f%010x>" % (id(self) & 0xffffffffff)


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    path = _candidate(dir, prefix, suffix)
    open(path, "x").close()
    f = open(path, mode.replace("x", "w"), encoding=encoding, newline=newline, errors=errors)
    return _TemporaryFileWrapper(f, _os.path.abspath(path), delete)


TemporaryFile = NamedTemporaryFile


def SpooledTemporaryFile(max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                         prefix=None, dir=None, *, errors=None):
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, True, errors=errors)


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore = ignore_cleanup_errors

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        import shutil
        if _os.path.exists(self.name):
            shutil.rmtree(self.name, ignore_errors=self._ignore)
`;

registerPythonModule('tempfile', () => SOURCE);
