"""Trace-shape tests that share one meta-interpreter set-up (host-side, pytest only).

Making the JIT of an interpreter untranslated (annotate, rtype, codewriter) costs one to
three CPU minutes, and a trace-shape test only needs another guest program.  `TraceRun`
makes the JIT once for an RPython `main(which, n)` and then runs the programs one after the
other, keeping the loops each one compiled: a file of trace tests costs one set-up.
"""
from rpython.jit.metainterp.resoperation import rop
from rpython.jit.metainterp.test.support import LLJitMixin
from rpython.jit.metainterp.warmspot import get_stats

from framework import interop

ALLOCATIONS = ['new', 'new_with_vtable', 'new_array', 'new_array_clear']
CALLS = ['call_i', 'call_r', 'call_n', 'call_f', 'call_may_force_i', 'call_may_force_r',
         'call_may_force_n', 'call_may_force_f']
CALL_ASSEMBLERS = ['call_assembler_i', 'call_assembler_r', 'call_assembler_n',
                   'call_assembler_f']
PURE_CALLS = ['call_pure_i', 'call_pure_r', 'call_pure_n', 'call_pure_f']


def assert_none_of(names, ops):
    """None of the ops `names` is in the counts `ops`."""
    for name in names:
        assert ops.get(name, 0) == 0, (name, ops)


class Traces(object):
    """What one program returned and the loops compiled while it ran."""

    def __init__(self, name, result, loops):
        self.name = name
        self.result = result
        self.loops = loops

    def simple_loop(self):
        """Op counts of the program's one loop, from the label its jump goes back to (the
        peeled first iteration and the bridges left out), as `check_simple_loop` counts."""
        assert len(self.loops) == 1, "%s compiled %d loops" % (self.name, len(self.loops))
        operations = self.loops[0].operations
        jump = operations[-1]
        assert jump.getopnum() == rop.JUMP, "%s's loop does not end in a jump" % self.name
        target = jump._descr_wref()             # descrs of a compiled loop are weakly held
        start = [i for i, op in enumerate(operations)
                 if op.getopnum() == rop.LABEL and op._descr_wref() is target]
        assert target is not None and len(start) == 1
        return self.counts(operations[start[0]:])

    def all_ops(self):
        """Op counts over every loop of the program and the bridges attached to them."""
        counts = {}
        for loop in self.loops:
            for name, count in loop.summary().items():
                counts[name] = counts.get(name, 0) + count
        return counts

    def counts(self, operations):
        counts = {}
        for op in operations:
            counts[op.getopname()] = counts.get(op.getopname(), 0) + 1
        print("%s: %s" % (self.name, sorted(counts.items())))   # shown when a test fails
        return counts


class TraceRun(object):
    """`main(which, n)` runs program number `which` of `programs` ([(name, n)]) and returns
    an int; the JIT is made on first use and every program is run then, in order.
    `languages`: the languages the traced program links, as a target would say it
    (framework/interop.link): one, unless the test crosses between languages."""

    def __init__(self, main, programs, languages=("guest",), **options):
        self.main = main
        self.programs = programs
        self.languages = languages
        self.options = dict({"listops": True, "inline": True}, **options)
        self.traces = None

    def __getitem__(self, name):
        if self.traces is None:
            self.traces = self.run_all()
        return self.traces[name]

    def run_all(self):
        several = interop.SEVERAL_LANGUAGES     # untranslated tests run with every language
        interop.link(self.languages)
        try:
            interp, graph = LLJitMixin().meta_interp(self.main, [0, self.programs[0][1]],
                                                      graph_and_interp_only=True,
                                                      **self.options)
            traces = {}
            for which, (name, n) in enumerate(self.programs):
                before = len(get_stats().get_all_loops())
                result = interp.eval_graph(graph, [which, n])
                traces[name] = Traces(name, result, get_stats().get_all_loops()[before:])
            return traces
        finally:
            interop.SEVERAL_LANGUAGES = several
