/**
 * threading, honestly single-threaded: Python code runs on one worker with no shared-memory
 * threads, so Thread.start() runs the target to completion before returning (join() then
 * has nothing to wait for). Locks, RLocks, Events and Semaphores keep their state and
 * errors; a blocking acquire that could only succeed if another thread released the lock
 * raises RuntimeError instead of hanging the notebook forever.
 */
import { registerPythonModule } from './py-source';

const SOURCE = String.raw`
import sys as _sys
import time as _time

_counter = 0
_ident = 140000000000000


def _next_ident():
    global _ident
    _ident += 4096
    return _ident


def _deadlock(what):
    raise RuntimeError(what + " would block forever: Flint runs Python threads one at a time")


def _addr(obj):
    return "0x7f%010x" % (id(obj) & 0xffffffffff)


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        global _counter
        if name is None:
            _counter += 1
            name = "Thread-%d" % _counter
            if target is not None:
                name += " (%s)" % getattr(target, "__name__", "?")
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs) if kwargs is not None else {}
        self._name = str(name)
        self._daemon = bool(daemon) if daemon is not None else current_thread().daemon
        self._started = False
        self._stopped = False
        self._ident = None

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started"
        if self._stopped:
            status = "stopped"
        if self._daemon:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        global _current
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._ident = _next_ident()
        outer = _current
        _current = self
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as e:
            _sys.stderr.write("Exception in thread %s:\n%s: %s\n" % (self._name, type(e).__name__, e))
        finally:
            _current = outer
            self._stopped = True

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            self._target = None
            self._args = ()
            self._kwargs = {}

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")

    def is_alive(self):
        return self._started and not self._stopped

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def daemon(self):
        return self._daemon

    @daemon.setter
    def daemon(self, value):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemon = bool(value)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    def getName(self):
        return self._name

    def setName(self, name):
        self._name = str(name)

    def isDaemon(self):
        return self._daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic


class _MainThread(Thread):
    def __init__(self):
        self._target = None
        self._args = ()
        self._kwargs = {}
        self._name = "MainThread"
        self._daemon = False
        self._started = True
        self._stopped = False
        self._ident = _next_ident()


_main = _MainThread()
_current = _main


def current_thread():
    return _current


currentThread = current_thread


def main_thread():
    return _main


def get_ident():
    return _current.ident


def get_native_id():
    return _current.ident


def active_count():
    return 1 if _current is _main else 2


activeCount = active_count


def enumerate():
    return [_main] if _current is _main else [_main, _current]


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        if not self.finished.is_set():
            _time.sleep(self.interval)
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _Lock:
    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        if timeout is not None and timeout >= 0:
            _time.sleep(timeout)
            return False
        _deadlock("acquiring a held Lock")

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        return self._locked

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return "<%s _thread.lock object at %s>" % ("locked" if self._locked else "unlocked", _addr(self))


def Lock():
    return _Lock()


class _RLock:
    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._count == 0 or self._owner == me:
            self._owner = me
            self._count += 1
            return True
        if not blocking:
            return False
        if timeout is not None and timeout >= 0:
            _time.sleep(timeout)
            return False
        _deadlock("acquiring an RLock held by another thread")

    def release(self):
        if self._count == 0 or self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return "<%s _thread.RLock object owner=%d count=%d at %s>" % (
            "locked" if self._count else "unlocked", self._owner or 0, self._count, _addr(self))


def RLock():
    return _RLock()


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if timeout is None:
            _deadlock("Event.wait() without a timeout on an unset event")
        _time.sleep(timeout)
        return self._flag


class Condition:
    def __init__(self, lock=None):
        self._lock = lock if lock is not None else RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        if timeout is None:
            _deadlock("Condition.wait() without a timeout")
        _time.sleep(timeout)
        return False

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if not result and timeout is not None:
            _time.sleep(timeout)
            result = predicate()
        return result

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        if timeout is not None:
            _time.sleep(timeout)
            return False
        _deadlock("acquiring an exhausted Semaphore")

    __enter__ = acquire

    def release(self, n=1):
        self._value += n

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial = value

    def release(self, n=1):
        if self._value + n > self._initial:
            raise ValueError("Semaphore released too many times")
        self._value += n


class local:
    pass


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        self.parties = parties
        self.n_waiting = 0
        self.broken = False

    def wait(self, timeout=None):
        if self.parties == 1:
            return 0
        _deadlock("Barrier.wait() with more than one party")


TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError


def settrace(func):
    pass


def setprofile(func):
    pass


def excepthook(args):
    pass
`;

registerPythonModule('threading', () => SOURCE);
