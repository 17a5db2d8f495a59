"""The interop protocol: how a value of one language answers another language.

One protocol that every language answers, rather than one bridge per pair of languages
(Truffle's InteropLibrary; PyHyp's adapters).  Each value has one *kind* (below).  Other
languages then send it *messages*, the `interop_*` methods on `W_Root` (framework/objspace.py):
call (with named arguments too), invoke member, read/write member, read/write element by index
or by key, size, iterate, display string, identity.  Their defaults raise `UnsupportedMessage`
(the queries, `kind` and `fits_int`, answer "an opaque object" and False), and each language
overrides what its values can do.  A failure is one of the protocol errors below, and the
calling language turns it into its own exception.

Values cross as `W_Root`.  Primitives (null, booleans, numbers, strings) are unboxed by the
receiver (`interop_as_bool/as_int/as_float/as_str`) into its own values.  Everything else crosses
as an adapter: the receiving language's "foreign" class (one per language), which wraps the
other language's value and answers its own language's operations by sending messages.  No
collection is copied.  `Boundary` (stamped per language) does the import and export, and keeps
one adapter per foreign object, so a value that crosses and comes back is the same object:
`export(import(w_x)) is w_x` and `import(export(w_adapter)) is w_adapter`.

The adapter cache is an `RWeakKeyDictionary` from the foreign value to a weak reference to its
adapter.  The foreign value is held weakly, so the cache never keeps it alive.  The adapter is
held weakly too, since it holds the foreign value strongly and a strong reference from the
cache would keep both alive forever.  While anyone holds the adapter, the entry stands, and
the adapter is found again.  Once nobody holds it, a new one may be made, and nobody can tell
the difference.

Lists crossing a language boundary are never the language's own lists: a receiver builds
a fresh list of imported values.  A list passed to a message is unioned with every other
language's, so its items are typed `W_Root`.
"""
import weakref

from rpython.rlib.objectmodel import compute_identity_hash, not_rpython
from rpython.rlib.rweakref import RWeakKeyDictionary

from framework.stamping import copy_member, stamp

# -- one language or several ---------------------------------------------------------------
# Whether the binary links more than one language, fixed before annotation (`link`).  An
# adapter is made only for a value another language sends, so in a binary of one language no
# adapter class has an instance, and code that tests for one and reads its `w_foreign` would
# be annotated against a class without instances (a blocked block).  Such code reads adapters
# only through `Boundary.foreign_of` and `Boundary.import_value`, which test this flag first:
# a module constant, which the flow space folds, so a one-language binary never annotates
# them.  True on the host, where tests mix languages freely.
SEVERAL_LANGUAGES = True


@not_rpython
def link(names):
    """The target links the languages `names` (the entry point says so before annotation)."""
    global SEVERAL_LANGUAGES
    SEVERAL_LANGUAGES = len(names) > 1


# -- kinds: exactly one per value ---------------------------------------------------------
NULL = 0
BOOLEAN = 1
NUMBER = 2
STRING = 3
ARRAY = 4          # elements by index 0..size-1 (lists, tuples)
HASH = 5           # elements by key (dicts, PHP arrays, Ruby hashes)
CALLABLE = 6       # functions, methods, classes (a call instantiates)
OBJECT = 7         # members by name
EXCEPTION = 8
KIND_NAMES = ["null", "boolean", "number", "string", "array", "hash", "callable", "object",
              "exception"]
PRIMITIVE_KINDS = [NULL, BOOLEAN, NUMBER, STRING]


# -- protocol errors ----------------------------------------------------------------------
class InteropError(Exception):
    """Base of the protocol's errors. `message` is already worded for a user."""

    def __init__(self, message):
        self.message = message


class UnsupportedMessage(InteropError):
    """The receiver does not understand this message (calling a number, indexing a function).
    `detail`, when the receiver gives one, says why in its language's words."""

    def __init__(self, selector, detail=""):
        if detail:
            InteropError.__init__(self, detail)
        else:
            InteropError.__init__(self, "unsupported message: %s" % selector)
        self.selector = selector


class ArityError(InteropError):
    """A call with the wrong number of arguments. `max_args` is -1 when the callee is variadic.
    `callee` names the function and where it is defined, in its language's words ("" when
    unknown), since the caller's error otherwise shows only the caller's side."""

    def __init__(self, min_args, max_args, got, callee=""):
        if min_args == max_args:
            expected = "%d" % min_args
        elif max_args < 0:
            expected = "at least %d" % min_args
        else:
            expected = "%d to %d" % (min_args, max_args)
        noun = "argument" if expected == "1" else "arguments"
        message = "expected %s %s, got %d" % (expected, noun, got)
        if callee:
            message = "%s %s" % (callee, message)
        InteropError.__init__(self, message)
        self.min_args = min_args
        self.max_args = max_args
        self.got = got


class InteropTypeError(InteropError):
    """An argument or value of a kind the receiver cannot take (`as_int` of 2.5)."""


class UnknownMember(InteropError):
    def __init__(self, name):
        InteropError.__init__(self, "unknown member '%s'" % name)
        self.name = name


class InvalidIndex(InteropError):
    def __init__(self, index):
        InteropError.__init__(self, "index %d out of range" % index)
        self.index = index


class UnknownKey(InteropError):
    """`w_key` is the key as the caller sent it (the caller imports it back)."""

    _crosses_languages_ = ['w_key']       # any language's key (framework/isolation.py)

    def __init__(self, w_key, display):
        InteropError.__init__(self, "unknown key %s" % display)
        self.w_key = w_key


class GuestException(InteropError):
    """The receiver's own error, raised while it answered a message. `w_exception` is the
    exception value (kind EXCEPTION) if the language has exception values, else None.
    `message` is how the receiver would print it; `language` names the receiver (the caller
    may name its exception after it: PHP's PyException, Python's PHPException), and
    `location` where it was raised, in the receiver's words ("" when unknown)."""

    _crosses_languages_ = ['w_exception']     # any language's exception value

    def __init__(self, message, w_exception, language="", location=""):
        InteropError.__init__(self, message)
        self.w_exception = w_exception
        self.language = language
        self.location = location

    def located_message(self):
        """The message with the raiser's location, for an exception made in another
        language (whose own trace shows only its side)."""
        if not self.location:
            return self.message
        return "%s (raised in %s at %s)" % (self.message, self.language, self.location)


# -- identity -----------------------------------------------------------------------------
def is_identical(w_a, w_b):
    """Truffle's isIdentical. Primitives are identical when their values are equal. Any other
    value is identical to itself, seen through any number of adapters."""
    kind = w_a.interop_kind()
    if kind != w_b.interop_kind():
        return False
    if kind == NULL:
        return True
    if kind == BOOLEAN:
        return w_a.interop_as_bool() == w_b.interop_as_bool()
    if kind == NUMBER:
        if w_a.interop_fits_int() and w_b.interop_fits_int():
            return w_a.interop_as_int() == w_b.interop_as_int()
        return w_a.interop_as_float() == w_b.interop_as_float()
    if kind == STRING:
        return w_a.interop_as_str() == w_b.interop_as_str()
    return w_a.interop_identity() is w_b.interop_identity()


def identity_hash(w_value):
    """A hash consistent with `is_identical` for non-primitive values."""
    return compute_identity_hash(w_value.interop_identity())


# -- the boundary of one language (stamped per language) ----------------------------------
class AdapterRef(object):
    """A weak reference to an adapter, as the cache's value (see the module docstring)."""

    def __init__(self, w_adapter):
        self.ref = weakref.ref(w_adapter)


class Boundary(object):
    """Where one language's values meet the others'. Stamped per language
    (`boundary_class`) with `own_class` (the language's root value class), `adapter_class`
    (its foreign class: built from the foreign value, which it keeps in `w_foreign`) and
    `ref_class` (a stamped AdapterRef).  The language gives its primitives either as class
    attributes (`null`, `true`, `false`, `float_class`, `str_class`: an integer then
    arrives as a float) or by overriding the `new_*` methods, and `language_error(error)`,
    the exception a protocol error is in the language.  One prebuilt instance per language."""
    own_class = None
    adapter_class = None
    ref_class = AdapterRef

    def new_null(self):
        return self.null

    def new_bool(self, value):
        return self.true if value else self.false

    def new_int(self, value):
        return self.new_float(float(value))

    def new_float(self, value):
        return self.float_class(value)

    def new_str(self, value):
        return self.str_class(value)

    def language_error(self, error):
        raise NotImplementedError

    @not_rpython
    def __init__(self):
        self._cleanup_()

    @not_rpython
    def _cleanup_(self):
        """Called by the annotator on a prebuilt instance: a prebuilt RWeakKeyDictionary
        must be empty, so adapters made on the host before translation are forgotten."""
        from framework.objspace import W_Root
        self.adapters = RWeakKeyDictionary(W_Root, self.ref_class)

    def import_value(self, w_value):
        """A value arriving from any language (maybe this one's own, coming home) as one of
        this language's values: a primitive unboxed, anything else its adapter."""
        if isinstance(w_value, self.own_class):
            return w_value
        if not SEVERAL_LANGUAGES:
            raise UnsupportedMessage("import of another language's value (none is linked)")
        kind = w_value.interop_kind()
        if kind == NULL:
            return self.new_null()
        if kind == BOOLEAN:
            return self.new_bool(w_value.interop_as_bool())
        if kind == NUMBER:
            if w_value.interop_fits_int():
                return self.new_int(w_value.interop_as_int())
            return self.new_float(w_value.interop_as_float())
        if kind == STRING:
            return self.new_str(w_value.interop_as_str())
        return self.adapter_for(w_value)

    def export_value(self, w_value):
        """One of this language's values as others see it. An adapter gives back the
        foreign original."""
        w_foreign = self.foreign_of(w_value)
        if w_foreign is not None:
            return w_foreign
        return w_value

    def foreign_of(self, w_value):
        """The other language's value that `w_value` adapts, or None when it is not an
        adapter (always None in a binary of one language: see SEVERAL_LANGUAGES)."""
        if SEVERAL_LANGUAGES and isinstance(w_value, self.adapter_class):
            return w_value.w_foreign
        return None

    def import_list(self, args_w):
        """A fresh list of this language's values (never the sender's list: see above)."""
        return [self.import_value(w_arg) for w_arg in args_w]

    def call(self, w_foreign, args_w, names=None, named_w=None):
        """Send `call` (`call_named` when `names` is given) to a foreign value with this
        language's arguments; import the result.  A protocol error is raised as the
        language's own."""
        exported_w = [self.export_value(w_arg) for w_arg in args_w]
        try:
            if names is None:
                w_result = w_foreign.interop_call(exported_w)
            else:
                w_result = w_foreign.interop_call_named(
                    exported_w, [name for name in names],
                    [self.export_value(w_arg) for w_arg in named_w])
        except InteropError as e:
            raise self.language_error(e)
        return self.import_value(w_result)

    def adapter_for(self, w_foreign):
        """The one live adapter of `w_foreign`, made on first use."""
        ref = self.adapters.get(w_foreign)
        if ref is not None:
            w_adapter = ref.ref()
            if w_adapter is not None:
                return w_adapter
        w_adapter = self.adapter_class(w_foreign)
        self.adapters.set(w_foreign, self.ref_class(w_adapter))
        return w_adapter


class ForeignValue(object):
    """The part every language's foreign class shares: it holds one other language's value.
    `adapter_base` makes it a subclass of the language's value class.  Its `w_foreign` is
    the one legitimate W_Root-typed field in a language's class: `_crosses_languages_` tells
    the isolation guard (framework/isolation.py)."""
    _immutable_fields_ = ['w_foreign']
    _crosses_languages_ = ['w_foreign']

    def __init__(self, w_foreign):
        self.w_foreign = w_foreign

    def display(self):
        return self.w_foreign.interop_display()

    def interop_identity(self):
        return self.w_foreign.interop_identity()


@not_rpython
def adapter_base(language, base, display_as=None):
    """`display_as`: the name of the language's "text to print" method, answered with the
    foreign value's display string."""
    attrs = {display_as: ForeignValue.__dict__["display"]} if display_as else {}
    return stamp(ForeignValue, language, bases=(base,), **attrs)


UNBOX_SELECTORS = {NUMBER: "interop_as_float", STRING: "interop_as_str",
                   BOOLEAN: "interop_as_bool"}


@not_rpython
def primitive(kind, field):
    """A mixin (for `import_from_mixin`) by which a boxed primitive answers `kind` and its
    unboxing message from its field `field` (a float, a UTF-8 str or a bool)."""
    def interop_kind(self):
        return kind

    def unbox(self):
        return getattr(self, field)
    return type("Primitive_%s" % KIND_NAMES[kind], (object,),
                {"interop_kind": interop_kind, UNBOX_SELECTORS[kind]: unbox})


@not_rpython
def boundary_class(language, own_class, adapter_class, **attrs):
    """The Boundary class of one language, with its own AdapterRef and the `attrs` given."""
    return stamp(Boundary, language, own_class=own_class, adapter_class=adapter_class,
                 ref_class=stamp(AdapterRef, language), **attrs)


@not_rpython
def install(classes, answers, kind=-1):
    """Copy the `interop_*` methods of the class `answers` (and an `interop_kind` answering
    `kind`, if given) onto each of `classes`.

    A language whose value classes cannot import its interpreter (the interpreter imports
    them) writes these answers in `languages/<lang>/interop.py` and installs them at import
    time. That is before annotation, so RPython sees ordinary methods, and each class gets
    its own copy, so a function is never a method of two classes.
    """
    def interop_kind(self):
        return kind
    for cls in classes:
        for name, value in answers.__dict__.items():
            if name.startswith("interop_"):
                setattr(cls, name, copy_member(value))
        if kind >= 0:
            cls.interop_kind = copy_member(interop_kind)
