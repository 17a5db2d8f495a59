"""The loops of the built-in iterators (times, upto, downto, Array#each, each_with_index,
map), each under a JitDriver of its own whose green is the block's code.

A built-in method loops in RPython, and to the JIT a function with a loop is one opaque
call: the block would run as separately compiled code, entered once per element.  With a
driver on the loop, the JIT traces the loop itself and inlines the block's body into it, so
`n.times { |i| s += i }` or `arr.each { |x| ... }` is one loop trace.
"""
from rpython.rlib import jit

from languages.ruby.objects import W_Integer, W_Array


def get_location(code):
    if code is None:
        return "ruby iterator over a native block"
    return "ruby iterator over %s" % code.name


def make_driver(name, reds):
    return jit.JitDriver(greens=['code'], reds=reds, get_printable_location=get_location,
                         is_recursive=True, name="ruby_" + name)


count_up_driver = make_driver("count_up", ['i', 'last', 'w_block', 'interp'])
count_down_driver = make_driver("count_down", ['i', 'last', 'w_block', 'interp'])
each_driver = make_driver("each", ['i', 'w_array', 'w_block', 'interp'])
each_with_index_driver = make_driver("each_with_index", ['i', 'w_array', 'w_block', 'interp'])
map_driver = make_driver("map", ['i', 'result_w', 'w_array', 'w_block', 'interp'])


def count_up(interp, w_block, first, last):
    """Yield first, first + 1, ..., last."""
    code = w_block.code
    i = first
    while i <= last:
        count_up_driver.jit_merge_point(code=code, i=i, last=last, w_block=w_block,
                                        interp=interp)
        interp.call_proc(w_block, [W_Integer(i)])
        if i == last:
            break           # last may be the largest int: i + 1 must not be computed
        i += 1


def count_down(interp, w_block, first, last):
    """Yield first, first - 1, ..., last."""
    code = w_block.code
    i = first
    while i >= last:
        count_down_driver.jit_merge_point(code=code, i=i, last=last, w_block=w_block,
                                          interp=interp)
        interp.call_proc(w_block, [W_Integer(i)])
        if i == last:
            break
        i -= 1


def each(interp, w_array, w_block):
    """Yield each item; items the block appends are reached too, as in ruby."""
    assert isinstance(w_array, W_Array)
    code = w_block.code
    i = 0
    while i < len(w_array.items_w):
        each_driver.jit_merge_point(code=code, i=i, w_array=w_array, w_block=w_block,
                                    interp=interp)
        interp.call_proc(w_block, [w_array.items_w[i]])
        i += 1


def each_with_index(interp, w_array, w_block):
    assert isinstance(w_array, W_Array)
    code = w_block.code
    i = 0
    while i < len(w_array.items_w):
        each_with_index_driver.jit_merge_point(code=code, i=i, w_array=w_array,
                                               w_block=w_block, interp=interp)
        interp.call_proc(w_block, [w_array.items_w[i], W_Integer(i)])
        i += 1


def map(interp, w_array, w_block):
    """The block's results, in a new list."""
    assert isinstance(w_array, W_Array)
    code = w_block.code
    result_w = []
    i = 0
    while i < len(w_array.items_w):
        map_driver.jit_merge_point(code=code, i=i, result_w=result_w, w_array=w_array,
                                   w_block=w_block, interp=interp)
        result_w.append(interp.call_proc(w_block, [w_array.items_w[i]]))
        i += 1
    return result_w


each_pair_driver = make_driver("each_pair", ['i', 'keys_w', 'values_w', 'w_block', 'interp'])


def each_pair(interp, keys_w, values_w, w_block):
    """Yield [key, value] for Hash#each (a snapshot of the pairs, made by the caller)."""
    code = w_block.code
    i = 0
    while i < len(keys_w):
        each_pair_driver.jit_merge_point(code=code, i=i, keys_w=keys_w, values_w=values_w,
                                         w_block=w_block, interp=interp)
        interp.call_proc(w_block, [interp.space.newarray([keys_w[i], values_w[i]])])
        i += 1
