"""Lib/'s pure-Python modules on documented examples: decimal, fractions, datetime,
argparse, logging, pathlib, tempfile, shutil, textwrap, difflib, pprint, traceback,
inspect.signature, calendar, shlex, glob, weakref."""
import argparse
import calendar
import datetime
import decimal
import difflib
import fractions
import glob
import inspect
import logging
import os
import pathlib
import pprint
import shlex
import shutil
import sys
import tempfile
import textwrap
import traceback
import weakref
from decimal import Decimal
from fractions import Fraction

# decimal
decimal.getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("3.14") + Decimal("2.71"), Decimal(10) ** -2)
decimal.getcontext().prec = 28
print(Decimal(1) / Decimal(7), Decimal("1.30") + Decimal("1.20"), Decimal(2).sqrt())
print(Decimal("7.325").quantize(Decimal(".01"), rounding=decimal.ROUND_DOWN), Decimal("-0"))
print(repr(Decimal("1.1")), Decimal(0.1) == Decimal("0.1"), round(Decimal("2.675"), 2))

# fractions
print(Fraction(16, -10), Fraction("3.1415"), Fraction(1, 3) + Fraction(1, 6))
print(Fraction(0.5), Fraction("22/7").limit_denominator(5), float(Fraction(1, 8)))

# datetime
d = datetime.date(2002, 3, 11)
print(d.isoformat(), d.strftime("%d/%m/%y"), tuple(d.isocalendar()), d.weekday(), d.ctime())
dt = datetime.datetime(2006, 11, 21, 16, 30)
print(dt, dt.strftime("%A, %d. %B %Y %I:%M%p"), dt + datetime.timedelta(days=2, hours=3))
print(datetime.timedelta(days=50, seconds=27, microseconds=10, minutes=5, hours=8, weeks=2))
print(datetime.datetime.fromisoformat("2011-11-04T00:05:23"), repr(datetime.time(12, 10, 30)))
tz = datetime.timezone(datetime.timedelta(hours=1), "CET")
print(datetime.datetime(2020, 1, 1, tzinfo=tz).isoformat(), datetime.date.fromordinal(730920))

# argparse
parser = argparse.ArgumentParser(prog="PROG", description="Process some integers.")
parser.add_argument("integers", metavar="N", type=int, nargs="+", help="an integer")
parser.add_argument("--sum", dest="accumulate", action="store_const", const=sum,
                    default=max, help="sum the integers (default: find the max)")
parser.add_argument("-v", "--verbose", action="count", default=0)
args = parser.parse_args(["1", "2", "4", "--sum", "-vv"])
print(args.accumulate(args.integers), args.verbose)
print(parser.format_help())
try:
    parser.parse_args(["x"])
except SystemExit as e:
    print("exit", e.code)

# logging
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("demo")
log.debug("debug %d", 1)
log.warning("watch out: %s", "hot")
logging.getLogger("demo.child").info("child")
try:
    1 / 0
except ZeroDivisionError as e:
    log.error("failed: %r", e)

# pathlib, tempfile, shutil, glob
with tempfile.TemporaryDirectory() as tmp:
    base = pathlib.Path(tmp)
    (base / "sub").mkdir()
    (base / "sub" / "a.txt").write_text("hello\n")
    (base / "b.py").write_text("print(1)\n")
    print(sorted(p.name for p in base.iterdir()), (base / "sub" / "a.txt").read_text().strip())
    print(sorted(p.relative_to(base).as_posix() for p in base.rglob("*.txt")))
    print(sorted(os.path.relpath(p, tmp) for p in glob.glob(os.path.join(tmp, "*"))))
    shutil.copy(base / "sub" / "a.txt", base / "c.txt")
    shutil.copytree(base / "sub", base / "sub2")
    print((base / "c.txt").exists(), sorted(os.listdir(base / "sub2")))
    shutil.rmtree(base / "sub2")
    print((base / "sub2").exists())
    with tempfile.NamedTemporaryFile("w+", dir=tmp, suffix=".log") as f:
        f.write("x")
        f.seek(0)
        print(f.read(), f.name.endswith(".log"))
p = pathlib.PurePosixPath("/usr/bin/python3.11")
print(p.name, p.suffix, p.stem, p.parent, p.parts, p.with_suffix(".txt"))

# textwrap, difflib, pprint
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30))
print(textwrap.dedent("    hello\n      world\n"), textwrap.shorten("Hello  world!", width=11))
print("".join(difflib.unified_diff(["one\n", "two\n", "three\n"], ["one\n", "tree\n", "three\n"],
                                   fromfile="before", tofile="after")))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.SequenceMatcher(None, "abcd", "bcde").ratio())
stuff = ["spam", "eggs", "lumberjack", "knights", "ni"]
stuff.insert(0, stuff[:])
pprint.pprint(stuff, width=40)
pprint.pprint({"b": list(range(12)), "a": {"x": 1, "y": (2, 3)}}, width=30)

# traceback, inspect
def broken():
    return {}["key"]
try:
    broken()
except KeyError:
    lines = traceback.format_exc().splitlines()
    print(lines[0], lines[-1], len(traceback.extract_tb(sys.exc_info()[2])))
print("".join(traceback.format_exception_only(ValueError("bad"))), end="")
def f(a, b=2, *args, c, d=4, **kw):
    pass
sig = inspect.signature(f)
print(sig, list(sig.parameters), sig.parameters["b"].default, sig.return_annotation)
print(sig.bind(1, c=3).arguments, inspect.isfunction(f), inspect.isclass(int))

# calendar, shlex, weakref
print(calendar.month(2024, 2))
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1))
print(shlex.split('ls -l "my file.txt" --name=\'a b\''), shlex.quote("it's"), shlex.join(["a b", "c"]))

class Thing:
    pass
t = Thing()
r = weakref.ref(t)
print(r() is t, weakref.getweakrefcount(t) >= 0)
cache = weakref.WeakValueDictionary()
cache["t"] = t
print("t" in cache, len(weakref.WeakSet([t])))
