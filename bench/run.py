#!/usr/bin/env python3
"""Time each language's binary against the reference VMs on every program in bench/<lang>/.

A language runs on the binary build/polyvm would pick for it (build/polyvm-LANG, else a
combined binary holding it), provided it is built from today's sources; a language whose
binary is missing or stale is skipped with a line saying so.  Each program (it takes no arguments) runs once to warm up, then --runs times on polyvm and on
each installed reference VM.  The table shows median wall-clock times and the ratio
reference / polyvm (above 1: polyvm is faster), and per reference the geometric mean of the
ratios.  A reference whose stdout differs from polyvm's is marked MISMATCH and left out of the
mean, since it did not compute the same thing.
"""
import argparse
import collections
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
CELL = 20


def load_toolchain():
    """framework/toolchain.py by path: framework/ is an RPython package, not for Python 3."""
    spec = importlib.util.spec_from_file_location(
        "polyvm_toolchain", os.path.join(REPO, "framework", "toolchain.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def references(lang):
    """(name, argv prefix) of each reference VM for lang, installed or not."""
    clox = os.path.abspath(os.environ.get("POLYVM_CLOX") or os.path.join(REPO, "build", "clox"))
    return {
        "python": [("python3", ["python3"]), ("pypy3", ["pypy3"])],
        "lox": [("clox", [clox])],
        "ruby": [("ruby", ["ruby"]), ("ruby-yjit", ["ruby", "--yjit"])],
        # php without opcache (the plain interpreter) and with opcache's tracing JIT.
        "php": [("php", ["php", "-d", "opcache.enable_cli=0"]),
                ("php-jit", ["php", "-d", "opcache.enable_cli=1", "-d", "opcache.jit=tracing",
                             "-d", "opcache.jit_buffer_size=64M"])],
        # bench/prolog programs start themselves (initialization(main, main)): no -g goal.
        "prolog": [("swipl", ["swipl"])],
    }.get(lang, [])


def installed(argv):
    """argv with its program resolved to the real executable, or None if not installed.

    A pyenv shim is a shell script that would add its own start-up to every timing."""
    path = shutil.which(argv[0])
    if path and "/shims/" in path:
        p = subprocess.run(["pyenv", "which", argv[0]], capture_output=True, text=True)
        path = p.stdout.strip() if p.returncode == 0 else None
    return [path] + argv[1:] if path else None


# Median seconds and stdout of a program on one VM, or the error that stopped it.
Timing = collections.namedtuple("Timing", "median stdout error", defaults=(None, None, None))


def measure(argv, cwd, runs):
    times = []
    for i in range(runs + 1):
        t0 = time.perf_counter()
        p = subprocess.run(argv, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True)
        elapsed = time.perf_counter() - t0
        if p.returncode != 0:
            last = (p.stderr.decode("utf-8", "replace").strip().splitlines() or [""])[-1]
            return Timing(error="exit %d %s" % (p.returncode, last[:60]))
        if i:                      # run 0 is the warm-up (disk cache, page cache of the binary)
            times.append(elapsed)
    return Timing(statistics.median(times), p.stdout)


def bench_language(lang, extensions, polyvm, runs, name_filter):
    """Print one table for lang; return False if polyvm failed a program or an output differed."""
    folder = os.path.join(HERE, lang)
    programs = sorted(f for f in os.listdir(folder)
                      if f.endswith(tuple(extensions)) and name_filter in f)
    found = [(name, installed(argv)) for name, argv in references(lang)]
    refs = [(name, argv) for name, argv in found if argv]
    missing = [name for name, argv in found if not argv]
    print(" (%d timed runs after a warm-up; references: %s%s)" % (
        runs, ", ".join(n for n, _ in refs) or "none installed",
        "; not installed: " + ", ".join(missing) if missing else ""))
    width = max([len(p) for p in programs] + [len("geomean")]) + 2
    header = "program".ljust(width) + "polyvm".ljust(12) + "".join(n.ljust(CELL) for n, _ in refs)
    print(header.rstrip())
    ratios = {name: [] for name, _ in refs}
    all_ok = True
    for program in programs:
        ours = measure([polyvm, program], folder, runs)
        row = program.ljust(width)
        if ours.error:
            all_ok = False
            print(row + "FAILED: " + ours.error, flush=True)
            continue
        row += ("%.3f s" % ours.median).ljust(12)
        for name, argv in refs:
            theirs = measure(argv + [program], folder, runs)
            if theirs.error:
                cell = "FAILED: " + theirs.error
            elif theirs.stdout != ours.stdout:
                all_ok = False
                cell = "%.3f s MISMATCH" % theirs.median
            else:
                ratio = theirs.median / ours.median
                ratios[name].append(ratio)
                cell = "%.3f s %5.2fx" % (theirs.median, ratio)
            row += cell.ljust(CELL)
        print(row.rstrip(), flush=True)
    means = ["%13.2fx" % statistics.geometric_mean(r) if r else "%14s" % "-"
             for r in ratios.values()]
    print(("geomean".ljust(width + 12) + "".join(m.ljust(CELL) for m in means)).rstrip())
    return all_ok


def main():
    ap = argparse.ArgumentParser(prog="polyvm bench", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", help="comma list (default: every bench/<lang>/ folder)")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per VM (default 5)")
    ap.add_argument("--filter", default="", help="only programs whose file name contains this")
    ap.add_argument("--polyvm", help="the binary to measure for every language "
                                     "(default: each language's own, as build/polyvm picks it)")
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    toolchain = load_toolchain()
    extensions = {l.name: l.extensions for l in toolchain.discover_languages(REPO)}
    have = sorted(d for d in os.listdir(HERE) if d in extensions)
    langs = args.lang.split(",") if args.lang else have
    for lang in langs:
        if lang not in have:
            ap.error("no benchmarks for %r (have: %s)" % (lang, ", ".join(have)))
    if args.polyvm and not os.access(args.polyvm, os.X_OK):
        sys.exit("polyvm bench: %s is not built; run `./polyvm build` first" % args.polyvm)
    print("times are medians of wall-clock seconds; ratio = reference / polyvm "
          "(above 1: polyvm is faster)")
    ok = True
    for lang in langs:
        if args.polyvm:
            binary, note = os.path.abspath(args.polyvm), None
        else:
            binary, note = toolchain.choose_binary(REPO, lang)
        if binary is None:
            print("\n%s: skipped: %s (benchmarks time binaries only)" % (lang, note), flush=True)
            ok = False
            continue
        print("\n%s on %s" % (lang, os.path.relpath(binary, REPO)), end="")
        ok = bench_language(lang, extensions[lang], binary, args.runs, args.filter) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
