"""CPython's `_signal` for a program that handles no signals: handlers are remembered,
never called (polyvm installs none with the OS yet)."""

SIGABRT = 6
SIGALRM = 14
SIGBUS = 7
SIGCHLD = 17
SIGCLD = 17
SIGCONT = 18
SIGFPE = 8
SIGHUP = 1
SIGILL = 4
SIGINT = 2
SIGIO = 29
SIGIOT = 6
SIGKILL = 9
SIGPIPE = 13
SIGPOLL = 29
SIGPROF = 27
SIGPWR = 30
SIGQUIT = 3
SIGRTMAX = 64
SIGRTMIN = 34
SIGSEGV = 11
SIGSTKFLT = 16
SIGSTOP = 19
SIGSYS = 31
SIGTERM = 15
SIGTRAP = 5
SIGTSTP = 20
SIGTTIN = 21
SIGTTOU = 22
SIGURG = 23
SIGUSR1 = 10
SIGUSR2 = 12
SIGVTALRM = 26
SIGWINCH = 28
SIGXCPU = 24
SIGXFSZ = 25
SIG_DFL = 0
SIG_IGN = 1
NSIG = 65
SIG_BLOCK = 0
SIG_UNBLOCK = 1
SIG_SETMASK = 2


def default_int_handler(signalnum, frame):
    raise KeyboardInterrupt


_handlers = {SIGINT: default_int_handler}


def signal(signalnum, handler):
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    previous = _handlers.get(signalnum, SIG_DFL)
    _handlers[signalnum] = handler
    return previous


def getsignal(signalnum):
    return _handlers.get(signalnum, SIG_DFL)


def set_wakeup_fd(fd, *, warn_on_full_buffer=True):
    return -1


def alarm(seconds):
    return 0


def raise_signal(signalnum):
    handler = _handlers.get(signalnum, SIG_DFL)
    if callable(handler):
        handler(signalnum, None)


def strsignal(signalnum):
    return None


def valid_signals():
    return set(range(1, NSIG))


def pthread_sigmask(how, mask):
    return set()
