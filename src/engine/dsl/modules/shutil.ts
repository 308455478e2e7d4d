/** shutil over the Python VFS: rmtree, copyfile, copy, copy2, copytree, move, which. */
import { registerPythonModule } from './py-source';

const SOURCE = String.raw`
import os as _os


class Error(OSError):
    pass


class SameFileError(Error):
    pass


def copyfileobj(fsrc, fdst, length=0):
    while True:
        buf = fsrc.read(length if length > 0 else 65536)
        if buf == b"" or buf == "":
            break
        fdst.write(buf)


def copyfile(src, dst, *, follow_symlinks=True):
    if _os.path.abspath(src) == _os.path.abspath(dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, "rb") as fsrc:
        with open(dst, "wb") as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    _os.stat(src)
    _os.stat(dst)


def copystat(src, dst, *, follow_symlinks=True):
    _os.stat(src)
    _os.stat(dst)


def copy(src, dst, *, follow_symlinks=True):
    if _os.path.isdir(dst):
        dst = _os.path.join(dst, _os.path.basename(src))
    copyfile(src, dst)
    return dst


copy2 = copy


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2, ignore_dangling_symlinks=False,
             dirs_exist_ok=False):
    names = _os.listdir(src)
    ignored = ignore(src, names) if ignore is not None else set()
    _os.makedirs(dst, exist_ok=dirs_exist_ok)
    for name in names:
        if name in ignored:
            continue
        s = _os.path.join(src, name)
        d = _os.path.join(dst, name)
        if _os.path.isdir(s):
            copytree(s, d, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
        else:
            copy_function(s, d)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    try:
        if not _os.path.isdir(path):
            _os.stat(path)
            raise NotADirectoryError(20, "Not a directory", path)
        for name in _os.listdir(path):
            full = _os.path.join(path, name)
            if _os.path.isdir(full):
                rmtree(full, ignore_errors, onerror)
            else:
                _os.remove(full)
        _os.rmdir(path)
    except OSError:
        if ignore_errors:
            return
        raise


def move(src, dst, copy_function=copy2):
    real_dst = dst
    if _os.path.isdir(dst):
        real_dst = _os.path.join(dst, _os.path.basename(src.rstrip("/")))
        if _os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    _os.rename(src, real_dst)
    return real_dst


def which(cmd, mode=None, path=None):
    return None


def disk_usage(path):
    _os.stat(path)
    return (1 << 40, 0, 1 << 40)
`;

registerPythonModule('shutil', () => SOURCE);
