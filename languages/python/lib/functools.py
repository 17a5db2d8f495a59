"""functools: reduce, partial, lru_cache/cache, wraps, cmp_to_key, total_ordering
(after CPython's functools.py)."""
from collections import namedtuple

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        try:
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
        except AttributeError:
            pass
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorating(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorating


class partial:
    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super(partial, cls).__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        qualname = type(self).__qualname__
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        if type(self).__module__ == "functools":
            return f"functools.{qualname}({', '.join(args)})"
        return f"{qualname}({', '.join(args)})"


def cmp_to_key(mycmp):
    class K(object):
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


def total_ordering(cls):
    roots = {op for op in ('__lt__', '__le__', '__gt__', '__ge__')
             if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    def lt_from_le(self, other):
        r = type(self).__le__(self, other)
        return r if r is NotImplemented else (r and self != other)
    def gt_from_lt(self, other):
        r = type(self).__lt__(self, other)
        return r if r is NotImplemented else (not r and self != other)
    def le_from_lt(self, other):
        r = type(self).__lt__(self, other)
        return r if r is NotImplemented else (r or self == other)
    def ge_from_lt(self, other):
        r = type(self).__lt__(self, other)
        return r if r is NotImplemented else not r
    def ge_from_le(self, other):
        r = type(self).__le__(self, other)
        return r if r is NotImplemented else (not r or self == other)
    def le_from_gt(self, other):
        r = type(self).__gt__(self, other)
        return r if r is NotImplemented else (not r or self == other)
    def lt_from_gt(self, other):
        r = type(self).__gt__(self, other)
        return r if r is NotImplemented else (not r and self != other)
    def gt_from_le(self, other):
        r = type(self).__le__(self, other)
        return r if r is NotImplemented else not r
    def ge_from_gt(self, other):
        r = type(self).__gt__(self, other)
        return r if r is NotImplemented else (r or self == other)
    def lt_from_ge(self, other):
        r = type(self).__ge__(self, other)
        return r if r is NotImplemented else not r
    def gt_from_ge(self, other):
        r = type(self).__ge__(self, other)
        return r if r is NotImplemented else (r and self != other)
    def le_from_ge(self, other):
        r = type(self).__ge__(self, other)
        return r if r is NotImplemented else (not r or self == other)
    convert = {
        '__lt__': [('__gt__', gt_from_lt), ('__le__', le_from_lt), ('__ge__', ge_from_lt)],
        '__le__': [('__ge__', ge_from_le), ('__lt__', lt_from_le), ('__gt__', gt_from_le)],
        '__gt__': [('__lt__', lt_from_gt), ('__ge__', ge_from_gt), ('__le__', le_from_gt)],
        '__ge__': [('__le__', le_from_ge), ('__gt__', gt_from_ge), ('__lt__', lt_from_ge)],
    }
    for opname, opfunc in convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


def _make_key(args, kwds):
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


_kwd_mark = object()


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        return update_wrapper(wrapper, user_function)
    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]            # hits, misses

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds)
            if key in cache:
                stats[0] += 1
                return cache[key]
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds)
            if key in cache:
                stats[0] += 1
                result = cache.pop(key)
                cache[key] = result           # most recently used goes last
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key not in cache:
                cache[key] = result
                if len(cache) > maxsize:
                    del cache[next(iter(cache))]
            return result

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function):
    return lru_cache(maxsize=None)(user_function)


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        cache = instance.__dict__
        if self.attrname in cache:
            return cache[self.attrname]
        val = self.func(instance)
        setattr(instance, self.attrname, val)
        return val
