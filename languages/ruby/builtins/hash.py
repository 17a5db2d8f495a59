"""Hash (insertion order on the kit's OrderedHash) and Range."""
from rpython.rlib.rfloat import INFINITY, NAN
import sys

from languages.ruby import blockloops
from languages.ruby.builtins.registry import (builtin, as_string, as_array, as_hash,
                                               as_integer, as_float, as_regexp)
from languages.ruby.constants import symbol
from languages.ruby.objects import (nonneg, W_Module, W_Integer, W_Float, W_String, W_Symbol, W_Array, W_Hash,
                                    W_Range, W_Proc, W_BigInt, w_nil, w_true, w_false,
                                    newbool)


def table(w_value):
    assert isinstance(w_value, W_Hash)
    return w_value.table


def check_frozen(interp, w_self):
    assert isinstance(w_self, W_Hash)
    if w_self.frozen:
        raise interp.space.frozen_error(w_self)


def pairs(w_hash):
    """(key, value) lists, a snapshot to iterate while the block may change the hash."""
    t = table(w_hash)
    keys_w = []
    values_w = []
    position = t.next_position(0)
    while position >= 0:
        keys_w.append(t.key_at(position))
        values_w.append(t.value_at(position))
        position = t.next_position(position + 1)
    return keys_w, values_w


def hash_lookup(interp, w_self, w_key):
    w_value = table(w_self).get(w_key)
    if w_value is not None:
        return w_value
    assert isinstance(w_self, W_Hash)
    if w_self.w_default_proc is not None:
        return interp.call_proc(w_self.w_default_proc, [w_self, w_key])
    return w_self.w_default


@builtin("Hash", "new", 0, 2, singleton=True)
def hash_new(interp, w_cls, args_w, w_block):
    w_hash = interp.space.newhash()
    assert isinstance(w_cls, W_Module)
    w_hash.w_class = w_cls
    if args_w and not (isinstance(args_w[0], W_Hash) and as_hash(args_w[0]).is_kwargs_hash):
        w_hash.w_default = args_w[0]
    if w_block is not None:
        w_hash.w_default_proc = w_block
    return w_hash


@builtin("Hash", "[]", 0, -1, singleton=True)
def hash_brackets(interp, w_cls, args_w, w_block):
    space = interp.space
    w_hash = space.newhash()
    if len(args_w) == 1 and isinstance(args_w[0], W_Hash):
        keys_w, values_w = pairs(args_w[0])
        for i in range(len(keys_w)):
            space.hash_set(w_hash, keys_w[i], values_w[i])
    elif len(args_w) == 1 and isinstance(args_w[0], W_Array):
        for w_pair in as_array(args_w[0]).items_w:
            assert isinstance(w_pair, W_Array)
            space.hash_set(w_hash, w_pair.items_w[0], w_pair.items_w[1])
    else:
        for i in range(0, len(args_w) - 1, 2):
            space.hash_set(w_hash, args_w[i], args_w[i + 1])
    return w_hash


@builtin("Hash", "[]", 1, 1)
def hash_get(interp, w_self, args_w, w_block):
    return hash_lookup(interp, w_self, args_w[0])


@builtin("Hash", "[]= store", 2, 2)
def hash_set(interp, w_self, args_w, w_block):
    check_frozen(interp, w_self)
    assert isinstance(w_self, W_Hash)
    if w_self.iterating > 0 and w_self.table.get(args_w[0]) is None:
        raise interp.space.error(interp.space.w_RuntimeError,
                                 "can't add a new key into hash during iteration")
    interp.space.hash_set(w_self, args_w[0], args_w[1])
    return args_w[1]


@builtin("Hash", "fetch", 1, 2)
def hash_fetch(interp, w_self, args_w, w_block):
    space = interp.space
    w_value = table(w_self).get(args_w[0])
    if w_value is not None:
        return w_value
    if w_block is not None:
        return interp.call_proc(w_block, [args_w[0]])
    if len(args_w) > 1:
        return args_w[1]
    w_exc = space.new_exception(space.w_KeyError, "key not found: %s" %
                                space.inspect(args_w[0]))
    w_exc.w_extra = args_w[0]
    w_exc.w_receiver = w_self
    from languages.ruby.errors import RubyError
    raise RubyError(w_exc)


@builtin("Hash", "dig", 1, -1)
def hash_dig(interp, w_self, args_w, w_block):
    w_value = hash_lookup(interp, w_self, args_w[0])
    if len(args_w) == 1 or w_value is w_nil:
        return w_value
    return interp.space.dig_further(w_value, args_w[1:])


@builtin("Hash", "key? has_key? include? member?", 1, 1)
def hash_has_key(interp, w_self, args_w, w_block):
    return newbool(table(w_self).get(args_w[0]) is not None)


@builtin("Hash", "value? has_value?", 1, 1)
def hash_has_value(interp, w_self, args_w, w_block):
    for w_value in table(w_self).values_w():
        if interp.space.eq(w_value, args_w[0]):
            return w_true
    return w_false


@builtin("Hash", "key", 1, 1)
def hash_key(interp, w_self, args_w, w_block):
    keys_w, values_w = pairs(w_self)
    for i in range(len(keys_w)):
        if interp.space.eq(values_w[i], args_w[0]):
            return keys_w[i]
    return w_nil


@builtin("Hash", "keys", 0, 0)
def hash_keys(interp, w_self, args_w, w_block):
    return interp.space.newarray(table(w_self).keys_w())


@builtin("Hash", "values", 0, 0)
def hash_values(interp, w_self, args_w, w_block):
    return interp.space.newarray(table(w_self).values_w())


@builtin("Hash", "values_at", 0, -1)
def hash_values_at(interp, w_self, args_w, w_block):
    return interp.space.newarray([hash_lookup(interp, w_self, w) for w in args_w])


@builtin("Hash", "fetch_values", 0, -1)
def hash_fetch_values(interp, w_self, args_w, w_block):
    return interp.space.newarray([hash_fetch(interp, w_self, [w], w_block) for w in args_w])


@builtin("Hash", "length size", 0, 0)
def hash_length(interp, w_self, args_w, w_block):
    return W_Integer(table(w_self).length())


@builtin("Hash", "count", 0, 1)
def hash_count(interp, w_self, args_w, w_block):
    if w_block is None:
        return W_Integer(table(w_self).length())
    keys_w, values_w = pairs(w_self)
    count = 0
    for i in range(len(keys_w)):
        if interp.call_proc(w_block, [keys_w[i], values_w[i]]).is_true():
            count += 1
    return W_Integer(count)


@builtin("Hash", "empty?", 0, 0)
def hash_empty(interp, w_self, args_w, w_block):
    return newbool(table(w_self).length() == 0)


@builtin("Hash", "delete", 1, 1)
def hash_delete(interp, w_self, args_w, w_block):
    check_frozen(interp, w_self)
    w_value = table(w_self).pop(args_w[0])
    if w_value is None:
        if w_block is not None:
            return interp.call_proc(w_block, [args_w[0]])
        return w_nil
    return w_value


@builtin("Hash", "clear", 0, 0)
def hash_clear(interp, w_self, args_w, w_block):
    check_frozen(interp, w_self)
    table(w_self).clear()
    return w_self


def pair_array(space, w_key, w_value):
    return space.newarray([w_key, w_value])


@builtin("Hash", "each each_pair", 0, 0)
def hash_each(interp, w_self, args_w, w_block):
    space = interp.space
    if w_block is None:
        return space.make_enumerator(w_self, "each", [])
    keys_w, values_w = pairs(w_self)
    assert isinstance(w_self, W_Hash)
    w_self.iterating += 1
    try:
        blockloops.each_pair(interp, keys_w, values_w, w_block)
    finally:
        w_self.iterating -= 1
    return w_self


@builtin("Hash", "each_key", 0, 0, enum=True)
def hash_each_key(interp, w_self, args_w, w_block):
    for w_key in table(w_self).keys_w():
        interp.call_proc(w_block, [w_key])
    return w_self


@builtin("Hash", "each_value", 0, 0, enum=True)
def hash_each_value(interp, w_self, args_w, w_block):
    for w_value in table(w_self).values_w():
        interp.call_proc(w_block, [w_value])
    return w_self


@builtin("Hash", "each_with_index", 0, 0)
def hash_each_with_index(interp, w_self, args_w, w_block):
    space = interp.space
    if w_block is None:
        return space.make_enumerator(w_self, "each_with_index", [])
    keys_w, values_w = pairs(w_self)
    for i in range(len(keys_w)):
        interp.call_proc(w_block, [pair_array(space, keys_w[i], values_w[i]), W_Integer(i)])
    return w_self


def call_pair(interp, w_block, w_key, w_value):
    """A hash yields [key, value]: a block with two parameters spreads it."""
    if w_block.is_lambda and w_block.code is not None and \
            w_block.code.required + w_block.code.optional == 2:
        return interp.call_proc(w_block, [w_key, w_value])
    return interp.call_proc(w_block, [interp.space.newarray([w_key, w_value])])


@builtin("Hash", "select filter", 0, 0)
def hash_select(interp, w_self, args_w, w_block):
    space = interp.space
    if w_block is None:
        return space.make_enumerator(w_self, "select", [])
    w_result = space.newhash()
    keys_w, values_w = pairs(w_self)
    for i in range(len(keys_w)):
        if call_pair(interp, w_block, keys_w[i], values_w[i]).is_true():
            space.hash_set(w_result, keys_w[i], values_w[i])
    return w_result


@builtin("Hash", "reject", 0, 0, enum=True)
def hash_reject(interp, w_self, args_w, w_block):
    space = interp.space
    w_result = space.newhash()
    keys_w, values_w = pairs(w_self)
    for i in range(len(keys_w)):
        if not call_pair(interp, w_block, keys_w[i], values_w[i]).is_true():
            space.hash_set(w_result, keys_w[i], values_w[i])
    return w_result


@builtin("Hash", "select! filter!", 0, 0, enum=True)
def hash_select_bang(interp, w_self, args_w, w_block):
    keys_w, values_w = pairs(w_self)
    changed = False
    for i in range(len(keys_w)):
        if not call_pair(interp, w_block, keys_w[i], values_w[i]).is_true():
            table(w_self).pop(keys_w[i])
            changed = True
    return w_self if changed else w_nil


@builtin("Hash", "reject!", 0, 0, enum=True)
def hash_reject_bang(interp, w_self, args_w, w_block):
    keys_w, values_w = pairs(w_self)
    changed = False
    for i in range(len(keys_w)):
        if call_pair(interp, w_block, keys_w[i], values_w[i]).is_true():
            table(w_self).pop(keys_w[i])
            changed = True
    return w_self if changed else w_nil


@builtin("Hash", "keep_if", 0, 0, enum=True)
def hash_keep_if(interp, w_self, args_w, w_block):
    hash_select_bang(interp, w_self, args_w, w_block)
    return w_self


@builtin("Hash", "delete_if", 0, 0, enum=True)
def hash_delete_if(interp, w_self, args_w, w_block):
    hash_reject_bang(interp, w_self, args_w, w_block)
    return w_self


@builtin("Hash", "map collect", 0, 0, enum=True)
def hash_map(interp, w_self, args_w, w_block):
    space = interp.space
    keys_w, values_w = pairs(w_self)
    result = []
    for i in range(len(keys_w)):
        result.append(call_pair(interp, w_block, keys_w[i], values_w[i]))
    return space.newarray(result)


@builtin("Hash", "transform_values", 0, 0, enum=True)
def hash_transform_values(interp, w_self, args_w, w_block):
    space = interp.space
    w_result = space.newhash()
    keys_w, values_w = pairs(w_self)
    for i in range(len(keys_w)):
        space.hash_set(w_result, keys_w[i], interp.call_proc(w_block, [values_w[i]]))
    return w_result


@builtin("Hash", "transform_values!", 0, 0, enum=True)
def hash_transform_values_bang(interp, w_self, args_w, w_block):
    keys_w, values_w = pairs(w_self)
    for i in range(len(keys_w)):
        table(w_self).set(keys_w[i], interp.call_proc(w_block, [values_w[i]]))
    return w_self


@builtin("Hash", "transform_keys", 0, 1)
def hash_transform_keys(interp, w_self, args_w, w_block):
    space = interp.space
    w_result = space.newhash()
    keys_w, values_w = pairs(w_self)
    for i in range(len(keys_w)):
        w_key = keys_w[i]
        if args_w and isinstance(args_w[0], W_Hash):
            w_new = table(args_w[0]).get(w_key)
            if w_new is None:
                w_new = w_key if w_block is None else interp.call_proc(w_block, [w_key])
        else:
            w_new = interp.call_proc(w_block, [w_key])
        space.hash_set(w_result, w_new, values_w[i])
    return w_result


@builtin("Hash", "transform_keys!", 0, 1)
def hash_transform_keys_bang(interp, w_self, args_w, w_block):
    w_result = hash_transform_keys(interp, w_self, args_w, w_block)
    assert isinstance(w_self, W_Hash)
    w_self.table = table(w_result)
    return w_self


def merge_into(interp, w_target, w_other, w_block):
    space = interp.space
    if not isinstance(w_other, W_Hash):
        raise space.type_error("no implicit conversion of %s into Hash" %
                               space.type_name_for_conversion(w_other))
    keys_w, values_w = pairs(w_other)
    for i in range(len(keys_w)):
        w_key = keys_w[i]
        w_value = values_w[i]
        if w_block is not None:
            w_old = table(w_target).get(w_key)
            if w_old is not None:
                w_value = interp.call_proc(w_block, [w_key, w_old, w_value])
        space.hash_set(w_target, w_key, w_value)


@builtin("Hash", "merge", 0, -1)
def hash_merge(interp, w_self, args_w, w_block):
    w_result = hash_dup(interp, w_self)
    for w_other in args_w:
        merge_into(interp, w_result, w_other, w_block)
    return w_result


@builtin("Hash", "merge! update", 0, -1)
def hash_merge_bang(interp, w_self, args_w, w_block):
    check_frozen(interp, w_self)
    for w_other in args_w:
        merge_into(interp, w_self, w_other, w_block)
    return w_self


def hash_dup(interp, w_self):
    w_result = interp.space.newhash()
    keys_w, values_w = pairs(w_self)
    for i in range(len(keys_w)):
        w_result.table.set(keys_w[i], values_w[i])
    assert isinstance(w_self, W_Hash)
    w_result.w_default = w_self.w_default
    w_result.w_default_proc = w_self.w_default_proc
    return w_result


@builtin("Hash", "to_h", 0, 0)
def hash_to_h(interp, w_self, args_w, w_block):
    space = interp.space
    if w_block is None:
        return w_self
    w_result = space.newhash()
    keys_w, values_w = pairs(w_self)
    for i in range(len(keys_w)):
        w_pair = call_pair(interp, w_block, keys_w[i], values_w[i])
        if not isinstance(w_pair, W_Array) or len(w_pair.items_w) != 2:
            raise space.type_error("wrong element type %s (expected array)" %
                                   space.class_name(w_pair))
        space.hash_set(w_result, w_pair.items_w[0], w_pair.items_w[1])
    return w_result


@builtin("Hash", "to_a", 0, 0)
def hash_to_a(interp, w_self, args_w, w_block):
    return interp.space.newarray(interp.space.hash_pairs(w_self))


@builtin("Hash", "inspect to_s", 0, 0)
def hash_inspect(interp, w_self, args_w, w_block):
    space = interp.space
    if space.enter_inspect(w_self):
        return space.newstr("{...}")
    try:
        keys_w, values_w = pairs(w_self)
        parts = []
        for i in range(len(keys_w)):
            parts.append(space.inspect(keys_w[i]) + "=>" + space.inspect(values_w[i]))
    finally:
        space.leave_inspect(w_self)
    return space.newstr("{" + ", ".join(parts) + "}")


@builtin("Hash", "==", 1, 1)
def hash_eq(interp, w_self, args_w, w_block):
    w_other = args_w[0]
    if not isinstance(w_other, W_Hash):
        return w_false
    if table(w_self).length() != w_other.table.length():
        return w_false
    keys_w, values_w = pairs(w_self)
    for i in range(len(keys_w)):
        w_value = w_other.table.get(keys_w[i])
        if w_value is None or not interp.space.eq(values_w[i], w_value):
            return w_false
    return w_true


@builtin("Hash", "default", 0, 1)
def hash_default(interp, w_self, args_w, w_block):
    assert isinstance(w_self, W_Hash)
    return w_self.w_default


@builtin("Hash", "default=", 1, 1)
def hash_set_default(interp, w_self, args_w, w_block):
    assert isinstance(w_self, W_Hash)
    w_self.w_default = args_w[0]
    return args_w[0]


@builtin("Hash", "default_proc", 0, 0)
def hash_default_proc(interp, w_self, args_w, w_block):
    assert isinstance(w_self, W_Hash)
    return w_self.w_default_proc if w_self.w_default_proc is not None else w_nil


@builtin("Hash", "invert", 0, 0)
def hash_invert(interp, w_self, args_w, w_block):
    space = interp.space
    w_result = space.newhash()
    keys_w, values_w = pairs(w_self)
    for i in range(len(keys_w)):
        space.hash_set(w_result, values_w[i], keys_w[i])
    return w_result


@builtin("Hash", "slice", 0, -1)
def hash_slice(interp, w_self, args_w, w_block):
    space = interp.space
    w_result = space.newhash()
    for w_key in args_w:
        w_value = table(w_self).get(w_key)
        if w_value is not None:
            space.hash_set(w_result, w_key, w_value)
    return w_result


@builtin("Hash", "except", 0, -1)
def hash_except(interp, w_self, args_w, w_block):
    w_result = hash_dup(interp, w_self)
    w_result.w_default = w_nil
    w_result.w_default_proc = None
    for w_key in args_w:
        w_result.table.pop(w_key)
    return w_result


@builtin("Hash", "compact", 0, 0)
def hash_compact(interp, w_self, args_w, w_block):
    space = interp.space
    w_result = space.newhash()
    keys_w, values_w = pairs(w_self)
    for i in range(len(keys_w)):
        if values_w[i] is not w_nil:
            space.hash_set(w_result, keys_w[i], values_w[i])
    return w_result


@builtin("Hash", "first", 0, 1)
def hash_first(interp, w_self, args_w, w_block):
    space = interp.space
    all_w = space.hash_pairs(w_self)
    if args_w:
        return space.newarray(all_w[:nonneg(space.expect_int(args_w[0]))])
    return all_w[0] if all_w else w_nil


@builtin("Hash", "shift", 0, 0)
def hash_shift(interp, w_self, args_w, w_block):
    keys_w, values_w = pairs(w_self)
    if not keys_w:
        return w_nil
    table(w_self).pop(keys_w[0])
    return pair_array(interp.space, keys_w[0], values_w[0])


@builtin("Hash", "sum", 0, 1)
def hash_sum(interp, w_self, args_w, w_block):
    w_total = args_w[0] if args_w else W_Integer(0)
    keys_w, values_w = pairs(w_self)
    for i in range(len(keys_w)):
        if w_block is not None:
            w_item = call_pair(interp, w_block, keys_w[i], values_w[i])
        else:
            w_item = pair_array(interp.space, keys_w[i], values_w[i])
        w_total = interp.send(w_total, "+", [w_item])
    return w_total


@builtin("Hash", "any?", 0, 1)
def hash_any(interp, w_self, args_w, w_block):
    if w_block is None:
        return newbool(table(w_self).length() > 0)
    keys_w, values_w = pairs(w_self)
    for i in range(len(keys_w)):
        if call_pair(interp, w_block, keys_w[i], values_w[i]).is_true():
            return w_true
    return w_false


@builtin("Hash", "all?", 0, 1)
def hash_all(interp, w_self, args_w, w_block):
    keys_w, values_w = pairs(w_self)
    for i in range(len(keys_w)):
        if not call_pair(interp, w_block, keys_w[i], values_w[i]).is_true():
            return w_false
    return w_true


@builtin("Hash", "none?", 0, 1)
def hash_none(interp, w_self, args_w, w_block):
    keys_w, values_w = pairs(w_self)
    if w_block is None:
        return newbool(not keys_w)
    for i in range(len(keys_w)):
        if call_pair(interp, w_block, keys_w[i], values_w[i]).is_true():
            return w_false
    return w_true


@builtin("Hash", "find detect", 0, 0, enum=True)
def hash_find(interp, w_self, args_w, w_block):
    keys_w, values_w = pairs(w_self)
    for i in range(len(keys_w)):
        if call_pair(interp, w_block, keys_w[i], values_w[i]).is_true():
            return pair_array(interp.space, keys_w[i], values_w[i])
    return w_nil


@builtin("Hash", "partition", 0, 0, enum=True)
def hash_partition(interp, w_self, args_w, w_block):
    space = interp.space
    keys_w, values_w = pairs(w_self)
    yes = []
    no = []
    for i in range(len(keys_w)):
        w_pair = pair_array(space, keys_w[i], values_w[i])
        if call_pair(interp, w_block, keys_w[i], values_w[i]).is_true():
            yes.append(w_pair)
        else:
            no.append(w_pair)
    return space.newarray([space.newarray(yes), space.newarray(no)])


@builtin("Hash", "filter_map", 0, 0, enum=True)
def hash_filter_map(interp, w_self, args_w, w_block):
    keys_w, values_w = pairs(w_self)
    result = []
    for i in range(len(keys_w)):
        w_value = call_pair(interp, w_block, keys_w[i], values_w[i])
        if w_value.is_true():
            result.append(w_value)
    return interp.space.newarray(result)


@builtin("Hash", "sort_by", 0, 0, enum=True)
def hash_sort_by(interp, w_self, args_w, w_block):
    w_array = hash_to_a(interp, w_self, [], None)
    return interp.send(w_array, "sort_by", [], w_block)


@builtin("Hash", "min_by", 0, 1)
def hash_min_by(interp, w_self, args_w, w_block):
    return interp.send(hash_to_a(interp, w_self, [], None), "min_by", args_w, w_block)


@builtin("Hash", "max_by", 0, 1)
def hash_max_by(interp, w_self, args_w, w_block):
    return interp.send(hash_to_a(interp, w_self, [], None), "max_by", args_w, w_block)


@builtin("Hash", "group_by", 0, 0, enum=True)
def hash_group_by(interp, w_self, args_w, w_block):
    return interp.send(hash_to_a(interp, w_self, [], None), "group_by", args_w, w_block)


@builtin("Hash", "each_with_object", 1, 1)
def hash_each_with_object(interp, w_self, args_w, w_block):
    space = interp.space
    keys_w, values_w = pairs(w_self)
    for i in range(len(keys_w)):
        interp.call_proc(w_block, [pair_array(space, keys_w[i], values_w[i]), args_w[0]])
    return args_w[0]


@builtin("Hash", "compare_by_identity", 0, 0)
def hash_compare_by_identity(interp, w_self, args_w, w_block):
    return w_self


@builtin("Hash", "rehash", 0, 0)
def hash_rehash(interp, w_self, args_w, w_block):
    keys_w, values_w = pairs(w_self)
    table(w_self).clear()
    for i in range(len(keys_w)):
        table(w_self).set(keys_w[i], values_w[i])
    return w_self


@builtin("Hash", "hash", 0, 0)
def hash_hash(interp, w_self, args_w, w_block):
    return W_Integer(table(w_self).length())


@builtin("Hash", "sort", 0, 0)
def hash_sort(interp, w_self, args_w, w_block):
    return interp.send(hash_to_a(interp, w_self, [], None), "sort", [], w_block)


# -- Range --------------------------------------------------------------------------------

def range_of(w_value):
    assert isinstance(w_value, W_Range)
    return w_value


@builtin("Range", "new", 2, 3, singleton=True)
def range_new(interp, w_cls, args_w, w_block):
    return W_Range(interp.space, args_w[0], args_w[1], len(args_w) > 2 and
                   args_w[2].is_true())


@builtin("Range", "first begin", 0, 1)
def range_first(interp, w_self, args_w, w_block):
    w_range = range_of(w_self)
    if args_w:
        count = interp.space.expect_int(args_w[0])
        if isinstance(w_range.w_first, W_Integer):
            start = as_integer(w_range.w_first).value
            result = []
            if w_range.w_last is w_nil:
                last = start + count - 1
            else:
                first, last = int_bounds(interp, w_range)
            i = start
            while i <= last and len(result) < count:
                result.append(W_Integer(i))
                i += 1
            return interp.space.newarray(result)
        return interp.send(range_to_a(interp, w_self, [], None), "first", args_w)
    return w_range.w_first


@builtin("Range", "begin", 0, 0)
def range_begin(interp, w_self, args_w, w_block):
    return range_of(w_self).w_first


@builtin("Range", "end", 0, 0)
def range_end(interp, w_self, args_w, w_block):
    return range_of(w_self).w_last


@builtin("Range", "exclude_end?", 0, 0)
def range_exclude_end(interp, w_self, args_w, w_block):
    return newbool(range_of(w_self).exclusive)


def int_bounds(interp, w_range):
    """(first, last inclusive) of an Integer range."""
    space = interp.space
    first = space.expect_int(w_range.w_first)
    if isinstance(w_range.w_last, W_Float):
        import math
        if math.isinf(as_float(w_range.w_last).value):
            return first, sys.maxint if as_float(w_range.w_last).value > 0 else -sys.maxint
        last = int(math.floor(as_float(w_range.w_last).value))
        if w_range.exclusive and float(last) == as_float(w_range.w_last).value:
            last -= 1
        return first, last
    last = space.expect_int(w_range.w_last)
    if w_range.exclusive:
        last -= 1
    return first, last


@builtin("Range", "each", 0, 0)
def range_each(interp, w_self, args_w, w_block):
    space = interp.space
    w_range = range_of(w_self)
    if w_block is None:
        return space.make_enumerator(w_self, "each", [])
    if isinstance(w_range.w_first, W_Integer) and w_range.w_last is w_nil:
        i = as_integer(w_range.w_first).value
        while True:
            interp.call_proc(w_block, [W_Integer(i)])
            i += 1
    if isinstance(w_range.w_first, W_Integer):
        i, last = int_bounds(interp, w_range)
        while i <= last:
            interp.call_proc(w_block, [W_Integer(i)])
            i += 1
        return w_self
    if isinstance(w_range.w_first, W_String):
        interp.send(w_range.w_first, "upto", [w_range.w_last, newbool(w_range.exclusive)],
                    w_block)
        return w_self
    if isinstance(w_range.w_first, W_Float):
        raise space.type_error("can't iterate from Float")
    w_current = w_range.w_first
    while True:
        c = space.compare(w_current, w_range.w_last)
        if c > 0 or (c == 0 and w_range.exclusive):
            break
        interp.call_proc(w_block, [w_current])
        w_current = interp.send(w_current, "succ", [])
    return w_self


@builtin("Range", "reverse_each", 0, 0, enum=True)
def range_reverse_each(interp, w_self, args_w, w_block):
    w_range = range_of(w_self)
    i, first = 0, 0
    first, last = int_bounds(interp, w_range)
    i = last
    while i >= first:
        interp.call_proc(w_block, [W_Integer(i)])
        i -= 1
    return w_self


@builtin("Range", "to_a to_ary entries", 0, 0)
def range_to_a(interp, w_self, args_w, w_block):
    space = interp.space
    w_range = range_of(w_self)
    if w_range.w_last is w_nil:
        raise space.error(space.w_RangeError, "cannot convert endless range to an array")
    if isinstance(w_range.w_first, W_Integer):
        first, last = int_bounds(interp, w_range)
        return space.newarray([W_Integer(i) for i in range(first, last + 1)])
    result = []
    w_collect = space.newarray(result)
    interp.send(w_self, "each", [], space.collector_proc(w_collect))
    return w_collect


@builtin("Range", "size count length", 0, 0)
def range_size(interp, w_self, args_w, w_block):
    w_range = range_of(w_self)
    if w_block is not None:
        return interp.space.interp.send(range_to_a(interp, w_self, [], None), "count", args_w,
                                        w_block)
    if isinstance(w_range.w_first, W_Integer):
        if w_range.w_last is w_nil:
            return W_Float(INFINITY)
        first, last = int_bounds(interp, w_range)
        return W_Integer(max(0, last - first + 1))
    if isinstance(w_range.w_first, W_Float):
        return W_Integer(0)
    return W_Integer(len(range_to_a(interp, w_self, [], None).items_w))


@builtin("Range", "include? member?", 1, 1)
def range_member(interp, w_self, args_w, w_block):
    """String ranges answer by iterating (ruby 3.1), single characters by comparing."""
    w_range = range_of(w_self)
    w_first = w_range.w_first
    w_last = w_range.w_last
    if isinstance(w_first, W_String) and isinstance(w_last, W_String):
        if len(w_first.value) == 1 and len(w_last.value) == 1:
            w_value = args_w[0]
            if not (isinstance(w_value, W_String) and len(w_value.value) == 1):
                return w_false
        else:
            w_all = interp.send(w_self, "to_a", [])
            assert isinstance(w_all, W_Array)
            for w_item in w_all.items_w:
                if interp.space.eq(w_item, args_w[0]):
                    return w_true
            return w_false
    return range_include(interp, w_self, args_w, w_block)


@builtin("Range", "=== cover?", 1, 1)
def range_include(interp, w_self, args_w, w_block):
    space = interp.space
    w_range = range_of(w_self)
    w_value = args_w[0]
    if isinstance(w_value, W_Range):
        return newbool(range_include(interp, w_self, [w_value.w_first], None).is_true() and
                       (range_include(interp, w_self, [w_value.w_last], None).is_true() or
                        (w_value.exclusive and space.eq(w_value.w_last, w_range.w_last))))
    if w_range.w_first is not w_nil:
        w_c = interp.send(w_range.w_first, "<=>", [w_value])
        if not isinstance(w_c, W_Integer) or w_c.value > 0:
            return w_false
    if w_range.w_last is not w_nil:
        w_c = interp.send(w_value, "<=>", [w_range.w_last])
        if not isinstance(w_c, W_Integer):
            return w_false
        if w_c.value > 0 or (w_c.value == 0 and w_range.exclusive):
            return w_false
    return w_true


@builtin("Range", "last", 0, 1)
def range_last(interp, w_self, args_w, w_block):
    w_range = range_of(w_self)
    if args_w:
        w_array = range_to_a(interp, w_self, [], None)
        return interp.send(w_array, "last", args_w)
    return w_range.w_last


@builtin("Range", "min", 0, 0)
def range_min(interp, w_self, args_w, w_block):
    w_range = range_of(w_self)
    if w_block is not None:
        return interp.send(range_to_a(interp, w_self, [], None), "min", args_w, w_block)
    c = interp.space.compare(w_range.w_first, w_range.w_last)
    if c > 0 or (c == 0 and w_range.exclusive):
        return w_nil
    return w_range.w_first


@builtin("Range", "max", 0, 0)
def range_max(interp, w_self, args_w, w_block):
    w_range = range_of(w_self)
    if w_block is not None:
        return interp.send(range_to_a(interp, w_self, [], None), "max", args_w, w_block)
    c = interp.space.compare(w_range.w_first, w_range.w_last)
    if c > 0 or (c == 0 and w_range.exclusive):
        return w_nil
    if w_range.exclusive:
        first, last = int_bounds(interp, w_range)
        return W_Integer(last)
    return w_range.w_last


@builtin("Range", "sum", 0, 1)
def range_sum(interp, w_self, args_w, w_block):
    w_range = range_of(w_self)
    if w_block is None and isinstance(w_range.w_first, W_Integer) and \
            isinstance(w_range.w_last, W_Integer) and not args_w:
        first, last = int_bounds(interp, w_range)
        if last < first:
            return W_Integer(0)
        from languages.ruby.builtins.numeric import int_arith
        space = interp.space
        w_n = W_Integer(last - first + 1)
        w_total = int_arith(space, "*", int_arith(space, "+", W_Integer(first),
                                                  W_Integer(last)), w_n)
        return int_arith(space, "/", w_total, W_Integer(2))
    return interp.send(range_to_a(interp, w_self, [], None), "sum", args_w, w_block)


@builtin("Range", "inspect", 0, 0)
def range_inspect(interp, w_self, args_w, w_block):
    space = interp.space
    w_range = range_of(w_self)
    first = "" if w_range.w_first is w_nil else space.inspect(w_range.w_first)
    last = "" if w_range.w_last is w_nil else space.inspect(w_range.w_last)
    return space.newstr(first + ("..." if w_range.exclusive else "..") + last)


@builtin("Range", "to_s", 0, 0)
def range_to_s(interp, w_self, args_w, w_block):
    space = interp.space
    w_range = range_of(w_self)
    first = "" if w_range.w_first is w_nil else space.to_s(w_range.w_first)
    last = "" if w_range.w_last is w_nil else space.to_s(w_range.w_last)
    return space.newstr(first + ("..." if w_range.exclusive else "..") + last)


@builtin("Range", "== eql?", 1, 1)
def range_eq(interp, w_self, args_w, w_block):
    w_other = args_w[0]
    w_range = range_of(w_self)
    if not isinstance(w_other, W_Range):
        return w_false
    return newbool(interp.space.eq(w_range.w_first, w_other.w_first) and
                   interp.space.eq(w_range.w_last, w_other.w_last) and
                   w_range.exclusive == w_other.exclusive)


@builtin("Range", "hash", 0, 0)
def range_hash(interp, w_self, args_w, w_block):
    w_range = range_of(w_self)
    space = interp.space
    return W_Integer(space.hash_value(w_range.w_first) * 31 +
                     space.hash_value(w_range.w_last))


@builtin("Range", "step %", 1, 1, enum=True)
def range_step(interp, w_self, args_w, w_block):
    space = interp.space
    w_range = range_of(w_self)
    w_step = args_w[0]
    results = []
    w_last = w_range.w_last
    endless = w_last is w_nil or (isinstance(w_last, W_Float) and w_last.value == INFINITY)
    if isinstance(w_range.w_first, W_Integer) and isinstance(w_step, W_Integer) and \
            (endless or not isinstance(w_last, W_Float)):
        step = w_step.value
        if step <= 0:
            raise space.argument_error("step can't be negative" if step < 0 else
                                       "step can't be 0")
        i = as_integer(w_range.w_first).value
        if endless:
            as_float = isinstance(w_last, W_Float)      # (1..Float::INFINITY): floats
            while True:
                interp.call_proc(w_block, [W_Float(float(i)) if as_float else W_Integer(i)])
                i += step
        first, last = int_bounds(interp, w_range)
        while i <= last:
            results.append(W_Integer(i))
            i += step
    elif not (isinstance(w_range.w_first, W_Integer) or isinstance(w_range.w_first, W_Float)):
        step = space.expect_int(w_step)         # ("a".."e").step(2): every step-th element
        if step <= 0:
            raise space.argument_error("step can't be negative" if step < 0 else
                                       "step can't be 0")
        w_all = interp.send(w_self, "to_a", [])
        assert isinstance(w_all, W_Array)
        k = 0
        while k < len(w_all.items_w):
            results.append(w_all.items_w[k])
            k += step
    else:
        first = space.expect_float(w_range.w_first)
        last = space.expect_float(w_range.w_last)
        step = space.expect_float(w_step)
        n = int((last - first) / step + 1e-9)
        for k in range(n + 1):
            value = first + k * step
            if w_range.exclusive and value >= last:
                break
            results.append(W_Float(value))
    if w_block is None:
        return space.make_enumerator(space.newarray(results), "each", [])
    for w_item in results:
        interp.call_proc(w_block, [w_item])
    return w_self


@builtin("Range", "dup clone", 0, 0)
def range_dup(interp, w_self, args_w, w_block):
    w_range = range_of(w_self)
    return W_Range(interp.space, w_range.w_first, w_range.w_last, w_range.exclusive)
