"""CPython's `_thread` for a Python with one thread: locks that never wait for another
thread (acquiring a held lock without a timeout is a deadlock, reported as an error)."""

error = RuntimeError
TIMEOUT_MAX = 9223372036.0


class LockType:
    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if self._locked:
            if blocking and timeout < 0:
                raise RuntimeError("deadlock: the lock is held and polyvm runs one thread")
            return False
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        return self._locked

    def _at_fork_reinit(self):
        self._locked = False

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = "locked" if self._locked else "unlocked"
        return "<%s _thread.lock object at %#x>" % (state, id(self))


lock = LockType


def allocate_lock():
    return LockType()


allocate = allocate_lock


class RLock:
    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        return True

    def release(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1

    def _is_owned(self):
        return self._count > 0

    def _release_save(self):
        count = self._count
        self._count = 0
        return (count, get_ident())

    def _acquire_restore(self, state):
        self._count = state[0]

    def _at_fork_reinit(self):
        self._count = 0

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()


def get_ident():
    return 1


def get_native_id():
    import posix
    return posix.getpid()


def start_new_thread(function, args, kwargs=None):
    raise RuntimeError("polyvm runs one thread: can't start a new thread")


start_new = start_new_thread


def _set_sentinel():
    return LockType()


def _count():
    return 0


def stack_size(size=0):
    return 0


def daemon_threads_allowed():
    return True


def interrupt_main(signum=2):
    raise KeyboardInterrupt


def exit():
    raise SystemExit


class _local:
    pass
