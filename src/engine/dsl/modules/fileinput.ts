/** fileinput: the lines of several files as one stream (what pyspark's doctests read with). */
import { registerPythonModule } from './py-source';

const SOURCE = String.raw`
import sys as _sys

_state = None


class FileInput:
    def __init__(self, files=None, inplace=False, backup="", *, mode="r", openhook=None, encoding=None, errors=None):
        if isinstance(files, str):
            files = (files,)
        elif files is None:
            files = tuple(_sys.argv[1:])
        self._files = tuple(files)
        self._mode = mode
        self._openhook = openhook
        self._encoding = encoding
        self._index = 0
        self._file = None
        self._filename = None
        self._lineno = 0
        self._filelineno = 0

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._file is not None:
                line = self._file.readline()
                if line:
                    self._lineno += 1
                    self._filelineno += 1
                    return line
                self._file.close()
                self._file = None
            if self._index >= len(self._files):
                raise StopIteration
            self._filename = self._files[self._index]
            self._index += 1
            self._filelineno = 0
            if self._openhook is not None:
                self._file = self._openhook(self._filename, self._mode)
            elif "b" in self._mode:
                self._file = open(self._filename, self._mode)
            else:
                self._file = open(self._filename, self._mode, encoding=self._encoding)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        if self._file is not None:
            self._file.close()
            self._file = None
        self._index = len(self._files)

    def nextfile(self):
        if self._file is not None:
            self._file.close()
            self._file = None

    def filename(self):
        return self._filename

    def lineno(self):
        return self._lineno

    def filelineno(self):
        return self._filelineno

    def isfirstline(self):
        return self._filelineno == 1


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None, encoding=None, errors=None):
    global _state
    _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook, encoding=encoding, errors=errors)
    return _state


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    if filename.endswith(".gz"):
        import gzip
        return gzip.open(filename, mode if "b" in mode else mode.replace("r", "rt"), encoding=None if "b" in mode else encoding, errors=None if "b" in mode else errors)
    if filename.endswith(".bz2"):
        raise NotImplementedError("fileinput.hook_compressed: bz2 files are not supported by Flint")
    if "b" in mode:
        return open(filename, mode)
    return open(filename, mode, encoding=encoding, errors=errors)


def hook_encoded(encoding, errors=None):
    def openhook(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return openhook


def _current():
    if _state is None:
        raise RuntimeError("no active input()")
    return _state


def filename():
    return _current().filename()


def lineno():
    return _current().lineno()


def filelineno():
    return _current().filelineno()


def isfirstline():
    return _current().isfirstline()


def nextfile():
    return _current().nextfile()


def close():
    global _state
    if _state is not None:
        _state.close()
    _state = None
`;

registerPythonModule('fileinput', () => SOURCE);
