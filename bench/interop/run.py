#!/usr/bin/env python3
"""Time the interop workloads on the PHP+Python binary: each workload's mono-language forms
and its composed forms (the hot function in the other language), and the cost of composing,
composed / fastest mono, against issue 20's bound of 1.3 (PyHyp measured up to 2.6).

Every form of a workload must print the same; a form that does not is marked MISMATCH and
left out of the ratio.  Programs run from this folder (composed forms import the mono
Python modules beside them).  `./polyvm bench interop` runs this.
"""
import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
BOUND = 1.3

# (workload, mono-language forms, composed forms); paths are relative to this folder.
WORKLOADS = [
    ("richards", ["../php/richards.php", "richards.py"], ["richards_php_calls_py.php"]),
    ("fannkuch", ["../php/fannkuch.php", "fannkuch.py"],
     ["fannkuch_php_calls_py.php", "fannkuch_py_calls_php.py"]),
    ("n-body", ["nbody.py"], ["nbody_php_calls_py.php"]),
    ("dict/array", ["dict_array.php", "dict_array.py"], ["dict_array_py_calls_php.py"]),
]


def load_toolchain():
    """framework/toolchain.py by path: framework/ is an RPython package, not for Python 3."""
    spec = importlib.util.spec_from_file_location(
        "polyvm_toolchain", os.path.join(REPO, "framework", "toolchain.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def measure(binary, program, runs):
    """(median seconds, stdout), or (None, the error) when the program failed."""
    times = []
    for i in range(runs + 1):
        t0 = time.perf_counter()
        p = subprocess.run([binary, program], cwd=HERE, stdin=subprocess.DEVNULL,
                           capture_output=True)
        elapsed = time.perf_counter() - t0
        if p.returncode != 0:
            last = (p.stderr.decode("utf-8", "replace").strip().splitlines() or [""])[-1]
            return None, "exit %d %s" % (p.returncode, last[:60])
        if i:                      # run 0 is the warm-up
            times.append(elapsed)
    return statistics.median(times), p.stdout


def combined_binary(toolchain):
    """The built, current binary holding both languages, or (None, why)."""
    for manifest in toolchain.holders(toolchain.read_manifests(os.path.join(REPO, "build")),
                                      "php"):
        names = manifest["languages"]
        if "python" in names and toolchain.is_built(manifest) and \
                manifest.get("source_hash") == toolchain.source_hash(REPO, tuple(names)):
            return manifest["path"], None
    return None, "no current binary holds php and python (`./polyvm build --lang php,python`)"


def main():
    ap = argparse.ArgumentParser(prog="polyvm bench interop", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3, help="timed runs per form (default 3)")
    ap.add_argument("--filter", default="", help="only workloads whose name contains this")
    ap.add_argument("--polyvm", help="the binary to run (default: the php+python build)")
    args = ap.parse_args()
    binary = args.polyvm
    if binary is None:
        binary, why = combined_binary(load_toolchain())
        if binary is None:
            sys.exit("polyvm bench interop: %s" % why)
    print("interop on %s (medians of %d runs after a warm-up; cost = composed / fastest "
          "mono, bound %.1f)" % (os.path.relpath(binary, REPO), args.runs, BOUND))
    ok = True
    for workload, monos, composed in WORKLOADS:
        if args.filter not in workload:
            continue
        print("\n" + workload)
        results = {}
        for program in monos + composed:
            seconds, out = measure(binary, program, args.runs)
            results[program] = (seconds, out)
            print("  %-30s %s" % (program, "FAILED: " + out if seconds is None
                                  else "%.3f s" % seconds), flush=True)
        good = [results[p] for p in monos if results[p][0] is not None]
        if not good:
            ok = False
            continue
        fastest = min(seconds for seconds, _ in good)
        expected = good[0][1]
        for program in composed:
            seconds, out = results[program]
            if seconds is None:
                ok = False
            elif out != expected:
                ok = False
                print("  %-30s MISMATCH: prints otherwise than the mono forms" % program)
            else:
                cost = seconds / fastest
                ok = ok and cost <= BOUND
                print("  %-30s cost %.2fx %s" % (program, cost,
                                                 "ok" if cost <= BOUND else "over the bound"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
