"""object.__reduce_ex__ and object.__dir__, written in Python: what copy and pickle use to
take apart an instance of a user class (CPython's copyreg protocol 2)."""


def reduce_ex(obj, protocol):
    cls = type(obj)
    reduce = getattr(cls, "__reduce__", None)
    if reduce is not None and reduce is not object.__reduce__:
        return reduce(obj)
    return reduce_newobj(obj)


def reduce_newobj(obj):
    import copyreg
    cls = type(obj)
    getnewargs_ex = getattr(obj, "__getnewargs_ex__", None)
    kwargs = None
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
    else:
        getnewargs = getattr(obj, "__getnewargs__", None)
        args = getnewargs() if getnewargs is not None else ()
    getstate = getattr(obj, "__getstate__", None)
    state = getstate() if getstate is not None else default_state(obj)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return (copyreg.__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems)
    return (copyreg.__newobj__, (cls,) + tuple(args), state, listitems, dictitems)


def default_state(obj):
    try:
        state = obj.__dict__ or None
    except AttributeError:
        state = None
    slots = {}
    for klass in type(obj).__mro__:
        names = klass.__dict__.get("__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name not in ("__dict__", "__weakref__") and hasattr(obj, name):
                slots[name] = getattr(obj, name)
    if slots:
        return (state, slots)
    return state


def dir_of(obj):
    names = set()
    try:
        names.update(obj.__dict__)
    except AttributeError:
        pass
    for klass in type(obj).__mro__:
        names.update(klass.__dict__)
    return sorted(names)
