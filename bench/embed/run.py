#!/usr/bin/env python3
"""`./polyvm bench embed`: kernels called from CPython through @polyvm.jit, against the same
functions on CPython itself, and the cost of one call across.

Needs a shared build holding Python (`./polyvm build --shared --lang python`; a -O2 library
from `--no-jit` runs, but shows what the JIT is worth by its absence) and cffi.  Each kernel
runs once to warm up (and to compile its source on the way in), then --runs times; the table
shows medians and the ratio CPython / polyvm (above 1: polyvm is faster).
"""
import argparse
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "embed"))
sys.path.insert(0, HERE)

import kernels  # noqa: E402

CASES = [("fib(30)", "fib", (30,)), ("nbody(200000)", "nbody", (200000,)),
         ("spectral_norm(300)", "spectral_norm", (300,))]


def median_seconds(function, args, runs):
    result = function(*args)                        # the warm-up
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        again = function(*args)
        times.append(time.perf_counter() - t0)
        assert again == result, (again, result)
    return statistics.median(times), result


def call_overhead(function, calls):
    """Microseconds per call of a function that returns its argument, the best of 5."""
    best = None
    for _ in range(5):
        t0 = time.perf_counter()
        for i in range(calls):
            function(i)
        per_call = (time.perf_counter() - t0) / calls * 1e6
        best = per_call if best is None else min(best, per_call)
    return best


def main():
    ap = argparse.ArgumentParser(prog="polyvm bench embed", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3, help="timed runs per kernel (default 3)")
    ap.add_argument("--filter", default="", help="only kernels whose name contains this")
    ap.add_argument("--calls", type=int, default=200000, help="calls to time the overhead")
    args = ap.parse_args()
    import polyvm
    try:
        vm = polyvm.VM("python")
    except polyvm.PolyvmError as e:
        print("bench embed: skipped: %s" % e)
        return 1
    print("kernels via @polyvm.jit on %s (JIT %s) vs CPython %s; medians of %d runs after a "
          "warm-up; ratio = CPython / polyvm" % (os.path.relpath(vm.library.path),
                                                "on" if vm.library.jit else "off",
                                                sys.version.split()[0], args.runs))
    print("%-22s%-14s%-14s%s" % ("kernel", "polyvm", "CPython", "ratio"))
    ok = True
    for label, name, kernel_args in CASES:
        if args.filter not in label:
            continue
        plain = getattr(kernels, name)
        jitted = polyvm.jit(plain, vm=vm)
        ours, ours_result = median_seconds(jitted, kernel_args, args.runs)
        theirs, their_result = median_seconds(plain, kernel_args, args.runs)
        same = ours_result == their_result
        ok = ok and same
        print("%-22s%-14s%-14s%.2fx%s" % (label, "%.3f s" % ours, "%.3f s" % theirs,
                                          theirs / ours, "" if same else "  MISMATCH %r != %r"
                                          % (ours_result, their_result)), flush=True)
    trivial = polyvm.jit(kernels.trivial, vm=vm)
    print("call overhead of trivial(i): %.2f us per call (CPython's own call: %.3f us)"
          % (call_overhead(trivial, args.calls), call_overhead(kernels.trivial, args.calls)))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
