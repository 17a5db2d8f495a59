"""`match` statements: a case's pattern, parsed as an expression, becomes a Pattern tree at
compile time (`PatternBuilder`); the expressions a pattern compares with or tests against
(constants, dotted names, classes) are compiled to run before the match, in order, and the
MATCH_CASE instruction runs the tree on the subject with their values (`match_pattern`),
giving the captured values in the order of `W_MatchPattern.names`.
"""
from languages.python import ast
from languages.python.error import OperationError
from languages.python.objects.base import W_Object
from languages.python.objects.strobject import W_StrObject
from languages.python.objects.bytesobject import W_BytesObject, W_BytearrayObject
from languages.python.objects.dictobject import W_DictObject
from languages.python.objects.typeobject import W_TypeObject


class Pattern(object):
    pass


class CapturePattern(Pattern):
    def __init__(self, name):
        self.name = name            # "" for the wildcard `_`


class ValuePattern(Pattern):
    def __init__(self, index, identity):
        self.index = index          # into the values computed before the match
        self.identity = identity    # None, True, False compare with `is`


class StarPattern(Pattern):
    def __init__(self, name):
        self.name = name


class SequencePattern(Pattern):
    def __init__(self, items, star):
        self.items = items
        self.star = star            # the index of the StarPattern, or -1


class MappingPattern(Pattern):
    def __init__(self, key_indexes, patterns, rest):
        self.key_indexes = key_indexes
        self.patterns = patterns
        self.rest = rest            # the `**rest` name, or ""


class ClassPattern(Pattern):
    def __init__(self, class_index, positional, keyword_names, keyword_patterns):
        self.class_index = class_index
        self.positional = positional
        self.keyword_names = keyword_names
        self.keyword_patterns = keyword_patterns


class OrPattern(Pattern):
    def __init__(self, alternatives):
        self.alternatives = alternatives


class AsPattern(Pattern):
    def __init__(self, pattern, name):
        self.pattern = pattern
        self.name = name


class W_MatchPattern(W_Object):
    """A compiled case pattern, held as a code constant (never seen by programs)."""
    def __init__(self, pattern, names):
        self.pattern = pattern
        self.names = names

    def getclass(self, space):
        return space.w_object


class PatternError(Exception):
    def __init__(self, message, node):
        self.message = message
        self.node = node


class PatternBuilder(object):
    """Turns a case's expression into a Pattern; collects the value expressions to
    compile and the names bound."""
    def __init__(self):
        self.value_exprs = []
        self.names = []

    def value(self, expr, identity=False):
        self.value_exprs.append(expr)
        return ValuePattern(len(self.value_exprs) - 1, identity)

    def bind(self, name, node):
        if name in self.names:
            raise PatternError("multiple assignments to name '%s' in pattern" % name, node)
        self.names.append(name)

    def build(self, expr):
        if isinstance(expr, ast.Name):
            if expr.id == "_":
                return CapturePattern("")
            self.bind(expr.id, expr)
            return CapturePattern(expr.id)
        if isinstance(expr, ast.Constant):
            kind = expr.kind
            return self.value(expr, kind == "None" or kind == "True" or kind == "False")
        if isinstance(expr, ast.JoinedStr):
            raise PatternError("patterns may only match literals and attribute lookups",
                               expr)
        if isinstance(expr, ast.UnaryOp) and expr.op == "-" or isinstance(expr, ast.Attribute):
            return self.value(expr)
        if isinstance(expr, ast.BinOp) and expr.op == "|":
            return self.or_pattern(expr)
        if isinstance(expr, ast.BinOp) and (expr.op == "+" or expr.op == "-"):
            return self.value(expr)                 # a complex literal: 1+2j
        if isinstance(expr, ast.ListExpr):
            return self.sequence(expr.elts)
        if isinstance(expr, ast.TupleExpr):
            return self.sequence(expr.elts)
        if isinstance(expr, ast.DictExpr):
            return self.mapping(expr)
        if isinstance(expr, ast.Call):
            return self.class_pattern(expr)
        raise PatternError("invalid pattern", expr)

    def or_pattern(self, expr):
        branches = []
        flatten_or(expr, branches)
        alternatives = []
        first_names = None
        outer = self.names
        for branch in branches:
            self.names = []
            alternatives.append(self.build(branch))
            if first_names is None:
                first_names = self.names
            elif not same_names(first_names, self.names):
                raise PatternError("alternative patterns bind different names", expr)
        self.names = outer
        if first_names is not None:
            for name in first_names:
                self.bind(name, expr)
        return OrPattern(alternatives)

    def sequence(self, elts):
        items = []
        star = -1
        for elt in elts:
            if isinstance(elt, ast.Starred):
                if star >= 0:
                    raise PatternError("multiple starred names in sequence pattern", elt)
                target = elt.value
                if not isinstance(target, ast.Name):
                    raise PatternError("invalid pattern", elt)
                star = len(items)
                name = ""
                if target.id != "_":
                    self.bind(target.id, target)
                    name = target.id
                items.append(StarPattern(name))
            else:
                items.append(self.build(elt))
        return SequencePattern(items, star)

    def mapping(self, expr):
        key_indexes = []
        patterns = []
        rest = ""
        for i in range(len(expr.keys)):
            key = expr.keys[i]
            value = expr.values[i]
            if key is None:
                if not isinstance(value, ast.Name):
                    raise PatternError("invalid pattern", value)
                self.bind(value.id, value)
                rest = value.id
                continue
            key_pattern = self.value(key)
            key_indexes.append(key_pattern.index)
            patterns.append(self.build(value))
        return MappingPattern(key_indexes, patterns, rest)

    def class_pattern(self, expr):
        if not (isinstance(expr.func, ast.Name) or isinstance(expr.func, ast.Attribute)):
            raise PatternError("invalid pattern", expr)
        class_index = self.value(expr.func).index
        positional = [self.build(arg) for arg in expr.args]
        names = []
        keyword_patterns = []
        for keyword in expr.keywords:
            if not keyword.arg:
                raise PatternError("invalid pattern", expr)
            names.append(keyword.arg)
            keyword_patterns.append(self.build(keyword.value))
        return ClassPattern(class_index, positional, names, keyword_patterns)


def flatten_or(expr, branches):
    if isinstance(expr, ast.BinOp) and expr.op == "|":
        flatten_or(expr.left, branches)
        flatten_or(expr.right, branches)
    else:
        branches.append(expr)


def same_names(a, b):
    if len(a) != len(b):
        return False
    for name in a:
        if name not in b:
            return False
    return True


# -- matching --------------------------------------------------------------------------------

# Classes whose one positional sub-pattern matches the subject itself (`case str(s)`).
SELF_MATCHING = ["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list",
                 "set", "str", "tuple"]


def match_case(space, w_pattern, w_subject, values_w):
    """The captured values in the order of the pattern's names, or None for no match."""
    assert isinstance(w_pattern, W_MatchPattern)
    bindings = {}
    if not match_pattern(space, w_pattern.pattern, w_subject, values_w, bindings):
        return None
    return [bindings[name] for name in w_pattern.names]


def match_pattern(space, pattern, w_subject, values_w, bindings):
    if isinstance(pattern, CapturePattern):
        if pattern.name:
            bindings[pattern.name] = w_subject
        return True
    if isinstance(pattern, ValuePattern):
        w_value = values_w[pattern.index]
        if pattern.identity:
            return space.is_w(w_subject, w_value)
        return space.eq_w(w_subject, w_value)
    if isinstance(pattern, AsPattern):
        if not match_pattern(space, pattern.pattern, w_subject, values_w, bindings):
            return False
        bindings[pattern.name] = w_subject
        return True
    if isinstance(pattern, OrPattern):
        for alternative in pattern.alternatives:
            if match_pattern(space, alternative, w_subject, values_w, bindings):
                return True
        return False
    if isinstance(pattern, SequencePattern):
        return match_sequence(space, pattern, w_subject, values_w, bindings)
    if isinstance(pattern, MappingPattern):
        return match_mapping(space, pattern, w_subject, values_w, bindings)
    if isinstance(pattern, ClassPattern):
        return match_class(space, pattern, w_subject, values_w, bindings)
    return False


def is_sequence(space, w_obj):
    if isinstance(w_obj, W_StrObject) or isinstance(w_obj, W_BytesObject) or \
            isinstance(w_obj, W_BytearrayObject) or isinstance(w_obj, W_DictObject):
        return False
    if space.lookup(w_obj, "__len__") is None or space.lookup(w_obj, "__getitem__") is None:
        return False
    return space.lookup(w_obj, "keys") is None          # not a mapping


def match_sequence(space, pattern, w_subject, values_w, bindings):
    if not is_sequence(space, w_subject):
        return False
    items_w = space.listview(w_subject)
    count = len(pattern.items)
    if pattern.star < 0:
        if len(items_w) != count:
            return False
        for i in range(count):
            if not match_pattern(space, pattern.items[i], items_w[i], values_w, bindings):
                return False
        return True
    if len(items_w) < count - 1:
        return False
    after = count - 1 - pattern.star
    for i in range(pattern.star):
        if not match_pattern(space, pattern.items[i], items_w[i], values_w, bindings):
            return False
    for i in range(after):
        item = pattern.items[pattern.star + 1 + i]
        if not match_pattern(space, item, items_w[len(items_w) - after + i], values_w,
                             bindings):
            return False
    star = pattern.items[pattern.star]
    assert isinstance(star, StarPattern)
    if star.name:
        start = pattern.star
        stop = len(items_w) - after
        assert start >= 0 and stop >= start
        bindings[star.name] = space.newlist(items_w[start:stop])
    return True


def match_mapping(space, pattern, w_subject, values_w, bindings):
    if not isinstance(w_subject, W_DictObject) and (
            space.lookup(w_subject, "keys") is None or
            space.lookup(w_subject, "__getitem__") is None):
        return False
    w_get = space.lookup(w_subject, "get")
    w_missing = space.w_Ellipsis      # a marker no mapping of the program holds as a value
    keys_w = []
    for i in range(len(pattern.key_indexes)):
        w_key = values_w[pattern.key_indexes[i]]
        keys_w.append(w_key)
        if w_get is not None:
            w_value = space.call_function(w_get, [w_subject, w_key, w_missing])
            if w_value is w_missing:
                return False
        else:
            try:
                w_value = space.getitem(w_subject, w_key)
            except OperationError as e:
                if e.match(space, space.w_KeyError):
                    return False
                raise
        if not match_pattern(space, pattern.patterns[i], w_value, values_w, bindings):
            return False
    if pattern.rest:
        w_rest = space.newdict()
        for w_key in space.listview(space.call_method(w_subject, "keys", [])):
            taken = False
            for w_taken in keys_w:
                if space.eq_w(w_key, w_taken):
                    taken = True
            if not taken:
                space.setitem(w_rest, w_key, space.getitem(w_subject, w_key))
        bindings[pattern.rest] = w_rest
    return True


def match_class(space, pattern, w_subject, values_w, bindings):
    w_class = values_w[pattern.class_index]
    if not isinstance(w_class, W_TypeObject):
        raise space.type_error("called match pattern must be a class")
    from languages.python.builtins import check_class
    if not check_class(space, w_subject, w_class, "__instancecheck__"):
        return False
    positional = pattern.positional
    if positional:
        if w_class.is_builtin and w_class.name in SELF_MATCHING:
            if len(positional) > 1:
                raise space.type_error("%s() accepts 1 positional sub-pattern (%d given)"
                                       % (w_class.name, len(positional)))
            if not match_pattern(space, positional[0], w_subject, values_w, bindings):
                return False
        else:
            w_match_args = space.findattr_quiet(w_class, "__match_args__")
            names_w = space.listview(w_match_args) if w_match_args is not None else []
            if len(positional) > len(names_w):
                raise space.type_error("%s() accepts %d positional sub-patterns (%d given)"
                                       % (w_class.name, len(names_w), len(positional)))
            for i in range(len(positional)):
                name = space.str_w(names_w[i])
                w_value = space.findattr_quiet(w_subject, name)
                if w_value is None or not match_pattern(space, positional[i], w_value,
                                                        values_w, bindings):
                    return False
    for i in range(len(pattern.keyword_names)):
        w_value = space.findattr_quiet(w_subject, pattern.keyword_names[i])
        if w_value is None:
            return False
        if not match_pattern(space, pattern.keyword_patterns[i], w_value, values_w, bindings):
            return False
    return True
