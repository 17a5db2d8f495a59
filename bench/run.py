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
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
CELL = 26
POLY = 18


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
        "prolog": [("swipl", ["swipl", "-q", "-g", "main", "-t", "halt"])],
    }.get(lang, [])


def installed(argv):
    """argv with its program resolved to the real executable, or None if not installed.

    A pyenv shim is a shell script that would add its own start-up to every timing."""
    path = shutil.which(argv[0])
    if path and "/shims/" in path:
        p = subprocess.run(["pyenv", "which", argv[0]], capture_output=True, text=True)
        path = p.stdout.strip() if p.returncode == 0 else None
    return [path] + argv[1:] if path else None


# Median seconds, stdout and peak memory (the largest max RSS of the timed runs, in KB) of
# a program on one VM, or the error that stopped it.
Timing = collections.namedtuple("Timing", "median stdout error rss_kb",
                                defaults=(None, None, None, 0))


GNU_TIME = "/usr/bin/time"


def run_once(argv, cwd, env=None):
    """(seconds, returncode, stdout, stderr, max RSS in KB) of one run.

    A child's max RSS (os.wait4's ru_maxrss) starts at its parent's at the fork, and exec
    keeps it, so a child of this Python process reports at least this process's 20 MB.
    GNU time, a small C program, forks the VM from a small process and reports its true peak
    (-f %M); without it, os.wait4's figure is used (an overestimate for small programs)."""
    import tempfile
    rss_file = None
    if os.access(GNU_TIME, os.X_OK):
        fd, rss_file = tempfile.mkstemp(prefix="polyvm-bench-rss")
        os.close(fd)
        argv = [GNU_TIME, "-f", "%M", "-o", rss_file, "-q"] + argv
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env=env)
    output = {}
    readers = [threading.Thread(target=lambda k=k, f=f: output.__setitem__(k, f.read()))
               for k, f in (("out", p.stdout), ("err", p.stderr))]
    for reader in readers:
        reader.start()
    _, status, usage = os.wait4(p.pid, 0)
    elapsed = time.perf_counter() - t0
    for reader in readers:
        reader.join()
    p.stdout.close()
    p.stderr.close()
    p.returncode = os.waitstatus_to_exitcode(status)
    rss_kb = usage.ru_maxrss
    if rss_file:
        with open(rss_file) as f:
            text = f.read().split()
        os.unlink(rss_file)
        if text and text[-1].isdigit():
            rss_kb = int(text[-1])
    return elapsed, p.returncode, output["out"], output["err"], rss_kb


def measure(argv, cwd, runs):
    times = []
    rss = 0
    for i in range(runs + 1):
        elapsed, returncode, out, err, rss_kb = run_once(argv, cwd)
        if returncode != 0:
            last = (err.decode("utf-8", "replace").strip().splitlines() or [""])[-1]
            return Timing(error="exit %d %s" % (returncode, last[:60]))
        if i:                      # run 0 is the warm-up (disk cache, page cache of the binary)
            times.append(elapsed)
            rss = max(rss, rss_kb)
    return Timing(statistics.median(times), out, rss_kb=rss)


def fmt_rss(kb):
    return "%dM" % round(kb / 1024.0) if kb else "?"


JIT_COUNTS = [("loops", "Total # of loops:"), ("bridges", "Total # of bridges:")]


def jit_summary(binary, program, cwd):
    """'loops N, bridges N, aborts N (kind N ...)' from one run with PYPYLOG=jit-summary."""
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        log = os.path.join(tmp, "jit.log")
        env = dict(os.environ, PYPYLOG="jit-summary:" + log)
        run_once([binary, program], cwd, env)
        try:
            with open(log) as f:
                lines = f.read().splitlines()
        except OSError:
            return "no jit-summary (a binary without the JIT?)"
    counts = {}
    aborts = []
    for line in lines:
        for name, label in JIT_COUNTS:
            if line.startswith(label):
                counts[name] = int(line.split()[-1])
        if line.startswith("abort:") and int(line.split()[-1]):
            aborts.append("%s %s" % (line[6:line.rindex(":")].strip(), line.split()[-1]))
    total = sum(int(a.split()[-1]) for a in aborts)
    return "loops %d, bridges %d, aborts %d%s" % (
        counts.get("loops", 0), counts.get("bridges", 0), total,
        " (%s)" % ", ".join(aborts) if aborts else "")


def bench_language(lang, extensions, polyvm, runs, name_filter, show_jit=False):
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
    header = "program".ljust(width) + "polyvm".ljust(POLY) + "".join(n.ljust(CELL) for n, _ in refs)
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
        row += ("%.3f s %s" % (ours.median, fmt_rss(ours.rss_kb))).ljust(POLY)
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
                cell = "%.3f s %5.2fx %s" % (theirs.median, ratio, fmt_rss(theirs.rss_kb))
            row += cell.ljust(CELL)
        print(row.rstrip(), flush=True)
        if show_jit:
            print("    jit: " + jit_summary(polyvm, program, folder), flush=True)
    means = ["%13.2fx" % statistics.geometric_mean(r) if r else "%14s" % "-"
             for r in ratios.values()]
    print(("geomean".ljust(width + POLY) + "".join(m.ljust(CELL) for m in means)).rstrip())
    return all_ok


def main():
    ap = argparse.ArgumentParser(prog="polyvm bench", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", help="comma list (default: every bench/<lang>/ folder)")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per VM (default 5)")
    ap.add_argument("--filter", default="", help="only programs whose file name contains this")
    ap.add_argument("--jit-summary", action="store_true",
                    help="under each program, polyvm's JIT loops, bridges and aborts (one "
                         "more run with PYPYLOG=jit-summary)")
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
          "(above 1: polyvm is faster); memory is peak RSS (max over the timed runs)")
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
        ok = bench_language(lang, extensions[lang], binary, args.runs, args.filter,
                            args.jit_summary) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
