"""Trace shape of a dict read with a constant string key (framework/orderedhash.py's string
strategy): the key's hash is folded while tracing, and the one residual call left is the
string probe, never the generic lookup that would run guest eq and hash."""
from rpython.jit.metainterp.test.support import LLJitMixin
from rpython.jit.metainterp.warmspot import get_stats

from languages.python.language import PythonLanguage
from languages.python.objects.moduleobject import W_ModuleObject
from languages.python.objects.intobject import W_IntObject

PROGRAM = """
def read_constant_key(n):
    d = {"alpha": 1, "beta": 2}
    s = len(d) - 2          # a global name: the annotator needs one in the program
    i = 0
    while i < n:
        s += d["beta"]
        i += 1
    return s
"""

language = PythonLanguage()
space = language.space
w_module = W_ModuleObject("__main__")
language.execute_module("<jit-test>", PROGRAM, w_module)


def main(n):
    w_func = w_module.w_dict.get("read_constant_key")
    w_result = space.call_function(w_func, [space.newint(n)])
    assert isinstance(w_result, W_IntObject)
    return w_result.intval


class TestDictJit(LLJitMixin):
    def test_constant_string_key_read_is_one_string_probe(self):
        assert self.meta_interp(main, [500], listops=True, inline=True) == 1000
        ops = get_stats().check_simple_loop()
        for name in ['call_may_force_r', 'call_may_force_i', 'call_may_force_n', 'call_r',
                     'call_n', 'new', 'new_with_vtable']:
            assert ops.get(name, 0) == 0, (name, ops)
        assert ops.get('call_i', 0) == 1, ops          # the string probe, nothing else
