"""Blocks written in RPython: what the VM passes where Ruby would pass a block it wrote
(collecting an enumerator's values, with_index, curry, >> and <<)."""
from languages.ruby.objects import NativeBlock, W_Integer, W_Proc, W_Array, w_nil


class StopCollecting(Exception):
    pass


class Collector(NativeBlock):
    """Appends each yielded value (several values as one array) to a list; stops the
    iteration once `limit` values are in (-1: no limit)."""

    def __init__(self, limit):
        self.items_w = []
        self.limit = limit

    def call(self, interp, args_w, w_block):
        if len(args_w) == 1:
            self.items_w.append(args_w[0])
        else:
            self.items_w.append(interp.space.newarray(list(args_w)))
        if self.limit >= 0 and len(self.items_w) >= self.limit:
            raise StopCollecting
        return w_nil


class ArrayCollector(NativeBlock):
    def __init__(self, w_array):
        self.w_array = w_array

    def call(self, interp, args_w, w_block):
        w_array = self.w_array
        assert isinstance(w_array, W_Array)
        if len(args_w) == 1:
            w_array.items_w.append(args_w[0])
        else:
            w_array.items_w.append(interp.space.newarray(list(args_w)))
        return w_nil


class Indexer(NativeBlock):
    """with_index: the block gets the value and a counter."""

    def __init__(self, w_block, offset):
        self.w_block = w_block
        self.index = offset

    def call(self, interp, args_w, w_block):
        if len(args_w) == 1:
            w_value = args_w[0]
        else:
            w_value = interp.space.newarray(list(args_w))
        w_index = W_Integer(self.index)
        self.index += 1
        return interp.call_proc(self.w_block, [w_value, w_index])


class Curry(NativeBlock):
    def __init__(self, w_proc, arity, args_w):
        self.w_proc = w_proc
        self.arity = arity
        self.args_w = args_w

    def call(self, interp, args_w, w_block):
        collected = self.args_w + args_w
        if len(collected) >= self.arity:
            return interp.call_proc(self.w_proc, collected)
        return interp.space.make_curry(self.w_proc, self.arity, collected)


class Composition(NativeBlock):
    """(f >> g).call(x) is g.call(f.call(x))."""

    def __init__(self, w_first, w_second):
        self.w_first = w_first
        self.w_second = w_second

    def call(self, interp, args_w, w_block):
        w_middle = interp.send(self.w_first, "call", args_w)
        return interp.send(self.w_second, "call", [w_middle])
