"""Array: the common API natively; the rest of Enumerable comes from the prelude."""
from languages.ruby import blockloops
from languages.ruby.builtins.registry import (builtin, as_string, as_array, as_hash,
                                               as_integer, as_float, as_regexp)
from languages.ruby.builtins.string import range_bounds
from languages.ruby.constants import symbol
from languages.ruby.kit import Sorter
from languages.ruby.objects import (nonneg, W_Module, W_Integer, W_Float, W_String, W_Array, W_Hash, W_Range,
                                    W_Proc, W_BigInt, w_nil, w_true, w_false, newbool)


def items(w_value):
    assert isinstance(w_value, W_Array)
    return w_value.items_w


def check_frozen(interp, w_self):
    assert isinstance(w_self, W_Array)
    if w_self.frozen:
        raise interp.space.frozen_error(w_self)


@builtin("Array", "new", 0, 2, singleton=True)
def array_new(interp, w_cls, args_w, w_block):
    space = interp.space
    w_array = space.newarray([])
    assert isinstance(w_cls, W_Module)
    w_array.w_class = w_cls
    if args_w and isinstance(args_w[0], W_Array):
        w_array.items_w = list(as_array(args_w[0]).items_w)
        return w_array
    count = space.expect_int(args_w[0]) if args_w else 0
    if count < 0:
        raise space.argument_error("negative array size")
    w_fill = args_w[1] if len(args_w) > 1 else w_nil
    result = []
    for i in range(count):
        if w_block is not None:
            result.append(interp.call_proc(w_block, [W_Integer(i)]))
        else:
            result.append(w_fill)
    w_array.items_w = result
    if space.getclass(w_array).lookup_method("initialize") is not \
            space.w_BasicObject.lookup_method("initialize") and args_w and \
            not isinstance(args_w[0], W_Integer):
        interp.send(w_array, "initialize", args_w, w_block)
    return w_array


@builtin("Array", "[]", 0, -1, singleton=True)
def array_brackets(interp, w_cls, args_w, w_block):
    return interp.space.newarray(list(args_w))


@builtin("Array", "inspect to_s", 0, 0)
def array_inspect(interp, w_self, args_w, w_block):
    space = interp.space
    if space.enter_inspect(w_self):
        return space.newstr("[...]")
    try:
        parts = [space.inspect(w_item) for w_item in items(w_self)]
    finally:
        space.leave_inspect(w_self)
    return space.newstr("[" + ", ".join(parts) + "]")


@builtin("Array", "to_a entries", 0, 0)
def array_to_a(interp, w_self, args_w, w_block):
    return w_self


@builtin("Array", "to_ary", 0, 0)
def array_to_ary(interp, w_self, args_w, w_block):
    return w_self


@builtin("Array", "==", 1, 1)
def array_eq(interp, w_self, args_w, w_block):
    w_other = args_w[0]
    if not isinstance(w_other, W_Array):
        return w_false
    a = items(w_self)
    b = w_other.items_w
    if len(a) != len(b):
        return w_false
    for i in range(len(a)):
        if not interp.space.eq(a[i], b[i]):
            return w_false
    return w_true


@builtin("Array", "eql?", 1, 1)
def array_eql(interp, w_self, args_w, w_block):
    return newbool(interp.space.eql(w_self, args_w[0]))


@builtin("Array", "hash", 0, 0)
def array_hash(interp, w_self, args_w, w_block):
    return W_Integer(interp.space.hash_value(w_self))


@builtin("Array", "<=>", 1, 1)
def array_cmp(interp, w_self, args_w, w_block):
    w_other = args_w[0]
    if not isinstance(w_other, W_Array):
        return w_nil
    a = items(w_self)
    b = w_other.items_w
    for i in range(min(len(a), len(b))):
        w_c = interp.send(a[i], "<=>", [b[i]])
        if not (isinstance(w_c, W_Integer) and w_c.value == 0):
            return w_c
    return W_Integer(-1 if len(a) < len(b) else (1 if len(a) > len(b) else 0))


@builtin("Array", "length size", 0, 0)
def array_length(interp, w_self, args_w, w_block):
    return W_Integer(len(items(w_self)))


@builtin("Array", "empty?", 0, 0)
def array_empty(interp, w_self, args_w, w_block):
    return newbool(len(items(w_self)) == 0)


@builtin("Array", "push append", 0, -1)
def array_push(interp, w_self, args_w, w_block):
    check_frozen(interp, w_self)
    items(w_self).extend(args_w)
    return w_self


@builtin("Array", "<<", 1, 1)
def array_append(interp, w_self, args_w, w_block):
    check_frozen(interp, w_self)
    items(w_self).append(args_w[0])
    return w_self


@builtin("Array", "pop", 0, 1)
def array_pop(interp, w_self, args_w, w_block):
    check_frozen(interp, w_self)
    items_w = items(w_self)
    if args_w:
        count = min(interp.space.expect_int(args_w[0]), len(items_w))
        start = len(items_w) - count
        assert start >= 0
        result = items_w[nonneg(start):]
        del items_w[nonneg(start):]
        return interp.space.newarray(result)
    if not items_w:
        return w_nil
    return items_w.pop()


@builtin("Array", "shift", 0, 1)
def array_shift(interp, w_self, args_w, w_block):
    check_frozen(interp, w_self)
    items_w = items(w_self)
    if args_w:
        count = min(interp.space.expect_int(args_w[0]), len(items_w))
        result = items_w[:nonneg(count)]
        del items_w[:nonneg(count)]
        return interp.space.newarray(result)
    if not items_w:
        return w_nil
    return items_w.pop(0)


@builtin("Array", "unshift prepend", 0, -1)
def array_unshift(interp, w_self, args_w, w_block):
    check_frozen(interp, w_self)
    w_self.items_w = args_w + items(w_self)
    return w_self


@builtin("Array", "insert", 1, -1)
def array_insert(interp, w_self, args_w, w_block):
    check_frozen(interp, w_self)
    items_w = items(w_self)
    index = interp.space.expect_int(args_w[0])
    if index < 0:
        index += len(items_w) + 1
    while len(items_w) < index:
        items_w.append(w_nil)
    w_self.items_w = items_w[:nonneg(index)] + args_w[1:] + items_w[nonneg(index):]
    return w_self


def normalize_index(index, n):
    if index < 0:
        index += n
    return index


@builtin("Array", "[] slice", 1, 2)
def array_index(interp, w_self, args_w, w_block):
    space = interp.space
    items_w = items(w_self)
    n = len(items_w)
    w_index = args_w[0]
    if len(args_w) == 2:
        start = normalize_index(space.expect_int(w_index), n)
        length = space.expect_int(args_w[1])
        if start < 0 or start > n or length < 0:
            return w_nil
        return space.newarray(items_w[nonneg(start):nonneg(min(n, start + length))])
    if isinstance(w_index, W_Range):
        start, length = range_bounds(space, w_index, n)
        if start < 0:
            return w_nil
        return space.newarray(items_w[nonneg(start):nonneg(start + length)])
    if isinstance(w_index, W_Integer):
        index = w_index.value
        if index < 0:
            index += n
        if 0 <= index < n:
            return items_w[index]
        return w_nil
    index = normalize_index(space.expect_int(w_index), n)
    if 0 <= index < n:
        return items_w[index]
    return w_nil


@builtin("Array", "[]=", 2, 3)
def array_setindex(interp, w_self, args_w, w_block):
    space = interp.space
    check_frozen(interp, w_self)
    items_w = items(w_self)
    n = len(items_w)
    w_value = args_w[-1]
    if len(args_w) == 3 or isinstance(args_w[0], W_Range):
        if len(args_w) == 3:
            start = normalize_index(space.expect_int(args_w[0]), n)
            length = space.expect_int(args_w[1])
        else:
            start, length = range_bounds(space, args_w[0], n)
            if start < 0:
                raise space.error(space.w_RangeError, "%s out of range" %
                                  space.inspect(args_w[0]))
        if start < 0:
            raise space.error(space.w_IndexError, "index %d too small for array" %
                              (start - n))
        while len(items_w) < start:
            items_w.append(w_nil)
        if isinstance(w_value, W_Array):
            replacement = list(w_value.items_w)
        else:
            replacement = [w_value]
        end = min(start + length, len(items_w))
        w_self.items_w = items_w[:nonneg(start)] + replacement + items_w[nonneg(end):]
        return w_value
    index = space.expect_int(args_w[0])
    if index < 0:
        index += n
        if index < 0:
            raise space.error(space.w_IndexError, "index %d too small for array; minimum: "
                              "-%d" % (index - n, n))
    while len(items_w) <= index:
        items_w.append(w_nil)
    items_w[index] = w_value
    return w_value


@builtin("Array", "at", 1, 1)
def array_at(interp, w_self, args_w, w_block):
    return array_index(interp, w_self, args_w, w_block)


@builtin("Array", "dig", 1, -1)
def array_dig(interp, w_self, args_w, w_block):
    w_value = interp.send(w_self, "[]", [args_w[0]])
    if len(args_w) == 1 or w_value is w_nil:
        return w_value
    return interp.space.dig_further(w_value, args_w[1:])


@builtin("Array", "fetch", 1, 2)
def array_fetch(interp, w_self, args_w, w_block):
    space = interp.space
    items_w = items(w_self)
    index = space.expect_int(args_w[0])
    real = normalize_index(index, len(items_w))
    if 0 <= real < len(items_w):
        return items_w[real]
    if w_block is not None:
        return interp.call_proc(w_block, [args_w[0]])
    if len(args_w) > 1:
        return args_w[1]
    raise space.error(space.w_IndexError, "index %d outside of array bounds: %d...%d" % (
        index, -len(items_w), len(items_w)))


@builtin("Array", "first", 0, 1)
def array_first(interp, w_self, args_w, w_block):
    items_w = items(w_self)
    if args_w:
        count = interp.space.expect_int(args_w[0])
        if count < 0:
            raise interp.space.argument_error("negative array size")
        return interp.space.newarray(items_w[:nonneg(count)])
    return items_w[0] if items_w else w_nil


@builtin("Array", "last", 0, 1)
def array_last(interp, w_self, args_w, w_block):
    items_w = items(w_self)
    if args_w:
        count = min(interp.space.expect_int(args_w[0]), len(items_w))
        start = len(items_w) - count
        assert start >= 0
        return interp.space.newarray(items_w[nonneg(start):])
    return items_w[-1] if items_w else w_nil


@builtin("Array", "each", 0, 0)
def array_each(interp, w_self, args_w, w_block):
    if w_block is None:
        return interp.space.make_enumerator(w_self, "each", [])
    blockloops.each(interp, w_self, w_block)
    return w_self


@builtin("Array", "each_index", 0, 0)
def array_each_index(interp, w_self, args_w, w_block):
    i = 0
    while i < len(items(w_self)):
        interp.call_proc(w_block, [W_Integer(i)])
        i += 1
    return w_self


@builtin("Array", "reverse_each", 0, 0)
def array_reverse_each(interp, w_self, args_w, w_block):
    if w_block is None:
        return interp.space.make_enumerator(interp.space.newarray(
            reversed_list(items(w_self))), "each", [])
    i = len(items(w_self)) - 1
    while i >= 0:
        if i < len(items(w_self)):
            interp.call_proc(w_block, [items(w_self)[i]])
        i -= 1
    return w_self


def reversed_list(items_w):
    result = list(items_w)
    result.reverse()
    return result


@builtin("Array", "each_with_index", 0, 0)
def array_each_with_index(interp, w_self, args_w, w_block):
    if w_block is None:
        return interp.space.make_enumerator(w_self, "each_with_index", [])
    blockloops.each_with_index(interp, w_self, w_block)
    return w_self


@builtin("Array", "map collect", 0, 0)
def array_map(interp, w_self, args_w, w_block):
    if w_block is None:
        return interp.space.make_enumerator(w_self, "map", [])
    return interp.space.newarray(blockloops.map(interp, w_self, w_block))


@builtin("Array", "map! collect!", 0, 0)
def array_map_bang(interp, w_self, args_w, w_block):
    check_frozen(interp, w_self)
    items_w = items(w_self)
    for i in range(len(items_w)):
        items_w[i] = interp.call_proc(w_block, [items_w[i]])
    return w_self


@builtin("Array", "select filter", 0, 0)
def array_select(interp, w_self, args_w, w_block):
    if w_block is None:
        return interp.space.make_enumerator(w_self, "select", [])
    result = []
    for w_item in list(items(w_self)):
        if interp.call_proc(w_block, [w_item]).is_true():
            result.append(w_item)
    return interp.space.newarray(result)


@builtin("Array", "reject", 0, 0)
def array_reject(interp, w_self, args_w, w_block):
    if w_block is None:
        return interp.space.make_enumerator(w_self, "reject", [])
    result = []
    for w_item in list(items(w_self)):
        if not interp.call_proc(w_block, [w_item]).is_true():
            result.append(w_item)
    return interp.space.newarray(result)


@builtin("Array", "select! filter! keep_if", 0, 0)
def array_select_bang(interp, w_self, args_w, w_block):
    check_frozen(interp, w_self)
    before = len(items(w_self))
    w_self.items_w = [w for w in items(w_self) if interp.call_proc(w_block, [w]).is_true()]
    return w_self if len(items(w_self)) != before else w_nil


@builtin("Array", "reject! delete_if", 0, 0)
def array_reject_bang(interp, w_self, args_w, w_block):
    check_frozen(interp, w_self)
    before = len(items(w_self))
    w_self.items_w = [w for w in items(w_self)
                      if not interp.call_proc(w_block, [w]).is_true()]
    return w_self if len(items(w_self)) != before else w_nil


@builtin("Array", "delete", 1, 1)
def array_delete(interp, w_self, args_w, w_block):
    check_frozen(interp, w_self)
    w_found = w_nil
    kept = []
    for w_item in items(w_self):
        if interp.space.eq(w_item, args_w[0]):
            w_found = w_item
        else:
            kept.append(w_item)
    w_self.items_w = kept
    if w_found is w_nil and w_block is not None:
        return interp.call_proc(w_block, [args_w[0]])
    return w_found


@builtin("Array", "delete_at", 1, 1)
def array_delete_at(interp, w_self, args_w, w_block):
    check_frozen(interp, w_self)
    items_w = items(w_self)
    index = normalize_index(interp.space.expect_int(args_w[0]), len(items_w))
    if 0 <= index < len(items_w):
        return items_w.pop(index)
    return w_nil


@builtin("Array", "clear", 0, 0)
def array_clear(interp, w_self, args_w, w_block):
    check_frozen(interp, w_self)
    w_self.items_w = []
    return w_self


@builtin("Array", "replace", 1, 1)
def array_replace(interp, w_self, args_w, w_block):
    check_frozen(interp, w_self)
    w_self.items_w = list(items(args_w[0]))
    return w_self


@builtin("Array", "concat", 0, -1)
def array_concat(interp, w_self, args_w, w_block):
    check_frozen(interp, w_self)
    for w_other in args_w:
        items(w_self).extend(list(items(w_other)))
    return w_self


@builtin("Array", "+", 1, 1)
def array_add(interp, w_self, args_w, w_block):
    w_other = args_w[0]
    if not isinstance(w_other, W_Array):
        raise interp.space.type_error("no implicit conversion of %s into Array" %
                                      interp.space.type_name_for_conversion(w_other))
    return interp.space.newarray(items(w_self) + w_other.items_w)


@builtin("Array", "-", 1, 1)
def array_sub(interp, w_self, args_w, w_block):
    space = interp.space
    w_set = space.newhash()
    for w_item in items(args_w[0]):
        space.hash_set(w_set, w_item, w_true)
    return space.newarray([w for w in items(w_self) if space.hash_get(w_set, w) is None])


@builtin("Array", "difference", 0, -1)
def array_difference(interp, w_self, args_w, w_block):
    w_result = w_self
    for w_other in args_w:
        w_result = array_sub(interp, w_result, [w_other], None)
    if not args_w:
        return interp.space.newarray(list(items(w_self)))
    return w_result


@builtin("Array", "*", 1, 1)
def array_mul(interp, w_self, args_w, w_block):
    if isinstance(args_w[0], W_String):
        return array_join(interp, w_self, args_w, w_block)
    count = interp.space.expect_int(args_w[0])
    if count < 0:
        raise interp.space.argument_error("negative argument")
    return interp.space.newarray(items(w_self) * count)


@builtin("Array", "&", 1, 1)
def array_and(interp, w_self, args_w, w_block):
    space = interp.space
    w_other_set = space.newhash()
    for w_item in items(args_w[0]):
        space.hash_set(w_other_set, w_item, w_true)
    w_seen = space.newhash()
    result = []
    for w_item in items(w_self):
        if space.hash_get(w_other_set, w_item) is not None and \
                space.hash_get(w_seen, w_item) is None:
            space.hash_set(w_seen, w_item, w_true)
            result.append(w_item)
    return space.newarray(result)


@builtin("Array", "intersection", 0, -1)
def array_intersection(interp, w_self, args_w, w_block):
    for w_other in args_w:
        w_self = array_and(interp, w_self, [w_other], None)
    return w_self


@builtin("Array", "|", 1, 1)
def array_or(interp, w_self, args_w, w_block):
    return uniq_of(interp, items(w_self) + items(args_w[0]), None)


@builtin("Array", "union", 0, -1)
def array_union(interp, w_self, args_w, w_block):
    all_w = list(items(w_self))
    for w_other in args_w:
        all_w.extend(items(w_other))
    return uniq_of(interp, all_w, None)


@builtin("Array", "intersect?", 1, 1)
def array_intersect(interp, w_self, args_w, w_block):
    return newbool(len(items(array_and(interp, w_self, args_w, None))) > 0)


def uniq_of(interp, items_w, w_block):
    space = interp.space
    w_seen = space.newhash()
    result = []
    for w_item in items_w:
        w_key = w_item if w_block is None else interp.call_proc(w_block, [w_item])
        if space.hash_get(w_seen, w_key) is None:
            space.hash_set(w_seen, w_key, w_true)
            result.append(w_item)
    return space.newarray(result)


@builtin("Array", "uniq", 0, 0)
def array_uniq(interp, w_self, args_w, w_block):
    return uniq_of(interp, items(w_self), w_block)


@builtin("Array", "uniq!", 0, 0)
def array_uniq_bang(interp, w_self, args_w, w_block):
    w_result = uniq_of(interp, items(w_self), w_block)
    if len(items(w_result)) == len(items(w_self)):
        return w_nil
    w_self.items_w = items(w_result)
    return w_self


@builtin("Array", "compact", 0, 0)
def array_compact(interp, w_self, args_w, w_block):
    return interp.space.newarray([w for w in items(w_self) if w is not w_nil])


@builtin("Array", "compact!", 0, 0)
def array_compact_bang(interp, w_self, args_w, w_block):
    before = len(items(w_self))
    w_self.items_w = [w for w in items(w_self) if w is not w_nil]
    return w_self if len(items(w_self)) != before else w_nil


def flatten_into(interp, items_w, depth, result):
    for w_item in items_w:
        if isinstance(w_item, W_Array) and depth != 0:
            flatten_into(interp, w_item.items_w, depth - 1, result)
        else:
            result.append(w_item)


@builtin("Array", "flatten", 0, 1)
def array_flatten(interp, w_self, args_w, w_block):
    depth = interp.space.expect_int(args_w[0]) if args_w and args_w[0] is not w_nil else -1
    result = []
    flatten_into(interp, items(w_self), depth, result)
    return interp.space.newarray(result)


@builtin("Array", "flatten!", 0, 1)
def array_flatten_bang(interp, w_self, args_w, w_block):
    w_result = array_flatten(interp, w_self, args_w, w_block)
    changed = False
    for w_item in items(w_self):
        if isinstance(w_item, W_Array):
            changed = True
    w_self.items_w = items(w_result)
    return w_self if changed else w_nil


@builtin("Array", "reverse", 0, 0)
def array_reverse(interp, w_self, args_w, w_block):
    return interp.space.newarray(reversed_list(items(w_self)))


@builtin("Array", "reverse!", 0, 0)
def array_reverse_bang(interp, w_self, args_w, w_block):
    items(w_self).reverse()
    return w_self


@builtin("Array", "rotate", 0, 1)
def array_rotate(interp, w_self, args_w, w_block):
    items_w = items(w_self)
    if not items_w:
        return interp.space.newarray([])
    count = interp.space.expect_int(args_w[0]) if args_w else 1
    count = count % len(items_w)
    return interp.space.newarray(items_w[nonneg(count):] + items_w[:nonneg(count)])


@builtin("Array", "rotate!", 0, 1)
def array_rotate_bang(interp, w_self, args_w, w_block):
    w_self.items_w = items(array_rotate(interp, w_self, args_w, w_block))
    return w_self


@builtin("Array", "join", 0, 1)
def array_join(interp, w_self, args_w, w_block):
    space = interp.space
    sep = ""
    if args_w and args_w[0] is not w_nil:
        sep = space.expect_str(args_w[0])
    parts = []
    join_into(interp, items(w_self), parts, w_self)
    return space.newstr(sep.join(parts))


def join_into(interp, items_w, parts, w_top):
    for w_item in items_w:
        if isinstance(w_item, W_Array):
            if w_item is w_top:
                raise interp.space.argument_error("recursive array join")
            join_into(interp, w_item.items_w, parts, w_top)
        else:
            parts.append(interp.space.to_s(w_item))


@builtin("Array", "include? member?", 1, 1)
def array_include(interp, w_self, args_w, w_block):
    for w_item in items(w_self):
        if interp.space.eq(w_item, args_w[0]):
            return w_true
    return w_false


@builtin("Array", "index find_index", 0, 1)
def array_find_index(interp, w_self, args_w, w_block):
    items_w = items(w_self)
    for i in range(len(items_w)):
        if args_w:
            if interp.space.eq(items_w[i], args_w[0]):
                return W_Integer(i)
        elif interp.call_proc(w_block, [items_w[i]]).is_true():
            return W_Integer(i)
    return w_nil


@builtin("Array", "rindex", 0, 1)
def array_rindex(interp, w_self, args_w, w_block):
    items_w = items(w_self)
    i = len(items_w) - 1
    while i >= 0:
        if args_w:
            if interp.space.eq(items_w[i], args_w[0]):
                return W_Integer(i)
        elif interp.call_proc(w_block, [items_w[i]]).is_true():
            return W_Integer(i)
        i -= 1
    return w_nil


@builtin("Array", "count", 0, 1)
def array_count(interp, w_self, args_w, w_block):
    if not args_w and w_block is None:
        return W_Integer(len(items(w_self)))
    count = 0
    for w_item in items(w_self):
        if args_w:
            if interp.space.eq(w_item, args_w[0]):
                count += 1
        elif interp.call_proc(w_block, [w_item]).is_true():
            count += 1
    return W_Integer(count)


class ArraySorter(Sorter):
    def __init__(self, interp, items_w, w_block):
        Sorter.__init__(self, len(items_w), False)
        self.interp = interp
        self.items_w = items_w
        self.w_block = w_block

    def compare(self, i, j):
        w_a = self.items_w[i]
        w_b = self.items_w[j]
        if self.w_block is not None:
            w_c = self.interp.call_proc(self.w_block, [w_a, w_b])
            if not isinstance(w_c, W_Integer):
                raise self.interp.space.argument_error("comparison of %s with %s failed" % (
                    self.interp.space.class_name(w_a), self.interp.space.class_name(w_b)))
            return w_c.value
        return self.interp.space.compare(w_a, w_b)

    def lt(self, i, j):
        return self.compare(i, j) < 0

    def sort(self):
        """ruby sorts with glibc's qsort_r, a top-down merge sort: the same comparisons in
        the same order, so a badly typed array fails with ruby's message."""
        self.merge_sort(0, len(self.order), [0] * len(self.order))

    def merge_sort(self, lo, n, scratch):
        if n <= 1:
            return
        order = self.order
        n1 = n // 2
        n2 = n - n1
        self.merge_sort(lo, n1, scratch)
        self.merge_sort(lo + n1, n2, scratch)
        i = lo
        j = lo + n1
        k = 0
        while n1 > 0 and n2 > 0:
            if self.compare(order[i], order[j]) <= 0:
                scratch[k] = order[i]
                i += 1
                n1 -= 1
            else:
                scratch[k] = order[j]
                j += 1
                n2 -= 1
            k += 1
        while n1 > 0:
            scratch[k] = order[i]
            i += 1
            n1 -= 1
            k += 1
        for m in range(k):
            order[lo + m] = scratch[m]


def sorted_items(interp, items_w, w_block):
    items_w = list(items_w)
    sorter = ArraySorter(interp, items_w, w_block)
    sorter.sort()
    sorter.apply(items_w)
    return items_w


@builtin("Array", "sort", 0, 0)
def array_sort(interp, w_self, args_w, w_block):
    return interp.space.newarray(sorted_items(interp, items(w_self), w_block))


@builtin("Array", "sort!", 0, 0)
def array_sort_bang(interp, w_self, args_w, w_block):
    check_frozen(interp, w_self)
    w_self.items_w = sorted_items(interp, items(w_self), w_block)
    return w_self


@builtin("Array", "sort_by!", 0, 0)
def array_sort_by_bang(interp, w_self, args_w, w_block):
    w_sorted = interp.send(w_self, "sort_by", [], w_block)
    w_self.items_w = items(w_sorted)
    return w_self


@builtin("Array", "take", 1, 1)
def array_take(interp, w_self, args_w, w_block):
    count = interp.space.expect_int(args_w[0])
    if count < 0:
        raise interp.space.argument_error("attempt to take negative size")
    return interp.space.newarray(items(w_self)[:nonneg(count)])


@builtin("Array", "drop", 1, 1)
def array_drop(interp, w_self, args_w, w_block):
    count = interp.space.expect_int(args_w[0])
    if count < 0:
        raise interp.space.argument_error("attempt to drop negative size")
    return interp.space.newarray(items(w_self)[nonneg(count):])


@builtin("Array", "values_at", 0, -1)
def array_values_at(interp, w_self, args_w, w_block):
    return interp.space.newarray([array_index(interp, w_self, [w], None) for w in args_w])


@builtin("Array", "fill", 0, 3)
def array_fill(interp, w_self, args_w, w_block):
    items_w = items(w_self)
    if w_block is None:
        w_value = args_w[0]
        start = interp.space.expect_int(args_w[1]) if len(args_w) > 1 else 0
        count = interp.space.expect_int(args_w[2]) if len(args_w) > 2 else len(items_w) - start
    else:
        w_value = w_nil
        start = interp.space.expect_int(args_w[0]) if args_w else 0
        count = interp.space.expect_int(args_w[1]) if len(args_w) > 1 else len(items_w) - start
    while len(items_w) < start + count:
        items_w.append(w_nil)
    for i in range(start, start + count):
        if w_block is not None:
            items_w[i] = interp.call_proc(w_block, [W_Integer(i)])
        else:
            items_w[i] = w_value
    return w_self


@builtin("Array", "transpose", 0, 0)
def array_transpose(interp, w_self, args_w, w_block):
    space = interp.space
    rows = items(w_self)
    if not rows:
        return space.newarray([])
    width = len(items(rows[0]))
    result = []
    for c in range(width):
        column = []
        for w_row in rows:
            row = items(w_row)
            if len(row) != width:
                raise space.error(space.w_IndexError, "element size differs (%d should be %d)"
                                  % (len(row), width))
            column.append(row[c])
        result.append(space.newarray(column))
    return space.newarray(result)


@builtin("Array", "assoc", 1, 1)
def array_assoc(interp, w_self, args_w, w_block):
    for w_item in items(w_self):
        if isinstance(w_item, W_Array) and w_item.items_w and \
                interp.space.eq(w_item.items_w[0], args_w[0]):
            return w_item
    return w_nil


@builtin("Array", "sum", 0, 1)
def array_sum(interp, w_self, args_w, w_block):
    w_total = args_w[0] if args_w else W_Integer(0)
    for w_item in items(w_self):
        if w_block is not None:
            w_item = interp.call_proc(w_block, [w_item])
        if isinstance(w_total, W_Integer) and isinstance(w_item, W_Integer):
            from languages.ruby.builtins.numeric import int_arith
            w_total = int_arith(interp.space, "+", w_total, w_item)
        else:
            w_total = interp.send(w_total, "+", [w_item])
    return w_total


@builtin("Array", "pack", 1, 1)
def array_pack(interp, w_self, args_w, w_block):
    chars = []
    for w_item in items(w_self):
        chars.append(chr(interp.space.expect_int(w_item) & 0xff))
    return interp.space.newstr("".join(chars))


@builtin("Array", "frozen?", 0, 0)
def array_frozen(interp, w_self, args_w, w_block):
    assert isinstance(w_self, W_Array)
    return newbool(w_self.frozen)


@builtin("Array", "product", 0, -1)
def array_product(interp, w_self, args_w, w_block):
    space = interp.space
    combos = [[w] for w in items(w_self)]
    for w_other in args_w:
        new = []
        for combo in combos:
            for w_item in items(w_other):
                new.append(combo + [w_item])
        combos = new
    return space.newarray([space.newarray(c) for c in combos])


def combinations(pool, k, start, current, out):
    if len(current) == k:
        out.append(list(current))
        return
    for i in range(start, len(pool)):
        current.append(pool[i])
        combinations(pool, k, i + 1, current, out)
        current.pop()


def permutations(pool, k, used, current, out):
    if len(current) == k:
        out.append(list(current))
        return
    for i in range(len(pool)):
        if not used[i]:
            used[i] = True
            current.append(pool[i])
            permutations(pool, k, used, current, out)
            current.pop()
            used[i] = False


def yield_or_collect(interp, w_self, results, w_block):
    space = interp.space
    arrays_w = [space.newarray(r) for r in results]
    if w_block is None:
        return space.make_enumerator(space.newarray(arrays_w), "each", [])
    for w_combo in arrays_w:
        interp.call_proc(w_block, [w_combo])
    return w_self


@builtin("Array", "combination", 1, 1)
def array_combination(interp, w_self, args_w, w_block):
    k = interp.space.expect_int(args_w[0])
    out = []
    if 0 <= k <= len(items(w_self)):
        combinations(items(w_self), k, 0, [], out)
    return yield_or_collect(interp, w_self, out, w_block)


@builtin("Array", "permutation", 0, 1)
def array_permutation(interp, w_self, args_w, w_block):
    pool = items(w_self)
    k = interp.space.expect_int(args_w[0]) if args_w else len(pool)
    out = []
    if 0 <= k <= len(pool):
        permutations(pool, k, [False] * len(pool), [], out)
    return yield_or_collect(interp, w_self, out, w_block)


@builtin("Array", "repeated_combination", 1, 1)
def array_repeated_combination(interp, w_self, args_w, w_block):
    pool = items(w_self)
    k = interp.space.expect_int(args_w[0])
    out = []
    repeated(pool, k, 0, [], out)
    return yield_or_collect(interp, w_self, out, w_block)


def repeated(pool, k, start, current, out):
    if len(current) == k:
        out.append(list(current))
        return
    for i in range(start, len(pool)):
        current.append(pool[i])
        repeated(pool, k, i, current, out)
        current.pop()


def bsearch_position(interp, items_w, w_block):
    """The index bsearch finds (find-minimum mode on true/false, find-any on numbers), or
    -1."""
    low = 0
    high = len(items_w)
    found = -1
    while low < high:
        mid = (low + high) // 2
        w_result = interp.call_proc(w_block, [items_w[mid]])
        if w_result is w_true:
            found = mid
            high = mid
        elif w_result is w_false or w_result is w_nil:
            low = mid + 1
        elif isinstance(w_result, W_Integer):
            if w_result.value == 0:
                return mid
            if w_result.value < 0:
                high = mid
            else:
                low = mid + 1
        else:
            raise interp.space.type_error("wrong argument type %s (must be numeric, true, "
                                          "false or nil)" % interp.space.class_name(w_result))
    return found


@builtin("Array", "bsearch", 0, 0, enum=True)
def array_bsearch(interp, w_self, args_w, w_block):
    items_w = items(w_self)
    index = bsearch_position(interp, items_w, w_block)
    return items_w[index] if index >= 0 else w_nil


@builtin("Array", "bsearch_index", 0, 0, enum=True)
def array_bsearch_index(interp, w_self, args_w, w_block):
    index = bsearch_position(interp, items(w_self), w_block)
    return W_Integer(index) if index >= 0 else w_nil


@builtin("Array", "sample", 0, 1)
def array_sample(interp, w_self, args_w, w_block):
    items_w = items(w_self)
    if not items_w:
        return w_nil
    return items_w[interp.space.random_int(len(items_w))]


@builtin("Array", "shuffle", 0, 1)
def array_shuffle(interp, w_self, args_w, w_block):
    result = list(items(w_self))
    i = len(result) - 1
    while i > 0:
        j = interp.space.random_int(i + 1)
        result[i], result[j] = result[j], result[i]
        i -= 1
    return interp.space.newarray(result)
