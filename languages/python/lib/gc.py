"""CPython's `gc` module, for programs that switch the collector off while they time
something (timeit) or ask for a collection: polyvm's collector is rpython's, always on."""

_enabled = True
garbage = []
callbacks = []
DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def collect(generation=2):
    return 0


def get_count():
    return (0, 0, 0)


def get_threshold():
    return (700, 10, 10)


def set_threshold(threshold0, threshold1=10, threshold2=10):
    pass


def get_debug():
    return 0


def set_debug(flags):
    pass


def is_tracked(obj):
    return not isinstance(obj, (int, float, str, bytes, bool, type(None)))


def is_finalized(obj):
    return False


def get_referrers(*objs):
    return []


def get_referents(*objs):
    return []


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0
