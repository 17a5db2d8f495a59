"""Host-side toolchain for the polyvm launcher: Python 3 and stdlib only, never RPython.

It finds a working Python 2.7, keeps `.venv` with the pinned translation toolchain, and runs
rpython with one progress line per phase, the full output in a log, and on failure the part of
that log a person needs (the error, and the source line it points at).
"""
import collections
import glob
import os
import re
import resource
import shutil
import subprocess
import sys
import threading
import time

PINS = ("rpython==0.2.1", "rply==0.7.5", "pytest==4.6.11", "cffi<1.16")
STAMP = ".polyvm-pins"          # in .venv: the pin list the venv was last installed with

# rpython announces each task as "[translation:info] <title>..."; we show the short names.
PHASES = {
    "Annotating&simplifying": "annotate",
    "RTyping": "rtype",
    "JIT compiler generation": "pyjitpl",
    "lltype back-end optimisations": "backendopt",
    "inserting stack checks": "stackcheck",
    "Creating database for generating c source": "database",
    "Generating c source": "source",
    "Compiling c source": "compile_c",
}
PHASE_LINE = re.compile(r"^\[translation:info\] (.+)\.\.\.$")


class ToolchainError(Exception):
    """A failure the launcher reports as one message, without a traceback."""


def say(message):
    """Set-up news goes to stderr: `./polyvm run` may be setting up in front of a program's output."""
    print("polyvm setup: " + message, file=sys.stderr, flush=True)


def venv_python(repo):
    return os.path.join(repo, ".venv", "bin", "python")


def _is_python27(exe):
    """True if exe really runs as Python 2.7 (a pyenv shim on PATH may exist and only error)."""
    try:
        return subprocess.run(
            [exe, "-c", "import sys; sys.exit(sys.version_info[:2] != (2, 7))"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def find_python27():
    """PATH first, then every pyenv version, then ~/.pyenv when pyenv itself is not on PATH."""
    candidates = [shutil.which("python2.7")]
    if shutil.which("pyenv"):
        root = subprocess.run(["pyenv", "root"], capture_output=True, text=True).stdout.strip()
        if root:
            candidates += sorted(glob.glob(os.path.join(root, "versions", "*", "bin", "python2.7")))
    candidates += sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/2.7*/bin/python2.7")))
    for exe in candidates:
        if exe and _is_python27(exe):
            return exe
    raise ToolchainError(
        "no working Python 2.7 found (tried python2.7 on PATH and pyenv's versions).\n"
        "RPython needs it; install it with:  pyenv install 2.7.18")


def _run_quietly(argv, what):
    """Run a set-up step; on failure show the tail of its output instead of all of it."""
    p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if p.returncode != 0:
        tail = "\n".join(p.stdout.splitlines()[-30:])
        raise ToolchainError("%s failed (exit %d):\n%s" % (what, p.returncode, tail))


def ensure_venv(repo, verbose=False):
    """Make `.venv` hold Python 2.7 with PINS; instant when the stamp says it is done already."""
    venv = os.path.join(repo, ".venv")
    stamp = os.path.join(venv, STAMP)
    pins = "\n".join(PINS) + "\n"
    python = venv_python(repo)
    if os.path.exists(python) and _read(stamp) == pins:
        if verbose:
            say(".venv is ready (%s)" % " ".join(PINS))
        return
    if not _is_python27(python):
        py27 = find_python27()
        if os.path.lexists(venv):
            say(".venv does not run Python 2.7; recreating it")
            shutil.rmtree(venv)
        if not _is_module_runnable(py27, "virtualenv"):
            say("installing virtualenv for %s" % py27)
            _run_quietly([py27, "-m", "pip", "install", "virtualenv"], "pip install virtualenv")
        say("creating .venv with %s" % py27)
        _run_quietly([py27, "-m", "virtualenv", "-q", venv], "virtualenv .venv")
    say("installing %s" % " ".join(PINS))
    _run_quietly([python, "-m", "pip", "install", "-q"] + list(PINS), "pip install")
    with open(stamp, "w") as f:
        f.write(pins)
    say(".venv is ready")


def _is_module_runnable(python, module):
    return subprocess.run([python, "-m", module, "--version"], stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL).returncode == 0


def _read(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return None


class Progress:
    """One line per phase with its elapsed time, redrawn every second on a terminal."""

    def __init__(self):
        self.out = sys.stdout
        self.tty = self.out.isatty()
        self.lock = threading.Lock()
        self.phase = None
        self.started = 0.0

    def start(self, phase):
        with self.lock:
            self._finish("")
            self.phase, self.started = phase, time.monotonic()
            self.out.write(self._label() if not self.tty else self._redraw_text())
            self.out.flush()

    def tick(self):
        with self.lock:
            if self.phase and self.tty:
                self.out.write(self._redraw_text())
                self.out.flush()

    def finish(self, note=""):
        with self.lock:
            self._finish(note)

    def _label(self):
        return "  %-11s" % self.phase

    def _redraw_text(self):
        return "\r%s%6.0f s" % (self._label(), time.monotonic() - self.started)

    def _finish(self, note):
        if not self.phase:
            return
        elapsed = time.monotonic() - self.started
        prefix = "\r" + self._label() if self.tty else ""
        self.out.write("%s%6.1f s%s\n" % (prefix, elapsed, note))
        self.out.flush()
        self.phase = None


Translation = collections.namedtuple("Translation", "ok seconds peak_kb")


def translate(repo, options, log_path, usession, languages=None):
    """Run `rpython --batch OPTIONS targetpolyvm.py` from the repo root with progress lines.

    The whole output goes to log_path; on failure the error excerpt is printed too.
    """
    # Through the venv's python rather than the script's shebang, so a moved .venv still works.
    rpython = [venv_python(repo), os.path.join(repo, ".venv", "bin", "rpython")]
    os.makedirs(os.path.dirname(log_path), exist_ok=True)
    os.makedirs(usession, exist_ok=True)
    # Unbuffered, or rpython's phase lines reach us (and the log) only in 4 KB lumps.
    env = dict(os.environ, PYTHONPATH=repo, PYPY_USESSION_DIR=usession, PYTHONUNBUFFERED="1")
    if languages:
        env["POLYVM_LANGUAGES"] = languages
    argv = rpython + ["--batch"] + list(options) + ["targetpolyvm.py"]
    time_file = log_path + ".time"
    timed = os.access("/usr/bin/time", os.X_OK)
    if timed:
        argv = ["/usr/bin/time", "-v", "-o", time_file] + argv
    progress = Progress()
    t0 = time.monotonic()
    with open(log_path, "w") as log:
        proc = subprocess.Popen(argv, cwd=repo, env=env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                errors="replace", bufsize=1)
        done = threading.Event()
        threading.Thread(target=_tick, args=(progress, done), daemon=True).start()
        try:
            for line in proc.stdout:
                log.write(line)
                log.flush()
                m = PHASE_LINE.match(line.rstrip("\n"))
                if m and m.group(1) in PHASES:
                    progress.start(PHASES[m.group(1)])
            rc = proc.wait()
        except KeyboardInterrupt:
            proc.terminate()
            proc.wait()
            progress.finish("  interrupted")
            raise
        finally:
            done.set()
    progress.finish("" if rc == 0 else "  FAILED")
    seconds = time.monotonic() - t0
    peak_kb = _peak_kb(time_file) if timed else _children_peak_kb()
    if rc != 0:
        with open(log_path, errors="replace") as f:
            print(failure_report(f.read(), repo))
    return Translation(rc == 0, seconds, peak_kb)


def _tick(progress, done):
    while not done.wait(1.0):
        progress.tick()


def _peak_kb(time_file):
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", _read(time_file) or "")
    return int(m.group(1)) if m else None


def _children_peak_kb():
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss   # KiB on Linux


ERROR_LINES = 40


def failure_report(log, repo):
    """The RPython error from a translation log, plus the source line it points at.

    rpython reports a translation error from the first `[translation:ERROR]` line on; a crash
    while loading the target leaves a plain Python traceback instead.
    """
    lines = [l for l in log.splitlines() if not l.startswith("[translation] batch mode")]
    first_error = next((i for i, l in enumerate(lines) if l.startswith("[translation:ERROR]")), None)
    if first_error is not None:
        excerpt = lines[first_error:first_error + ERROR_LINES]
    else:
        tracebacks = [i for i, l in enumerate(lines) if l.startswith("Traceback (most recent")]
        start = tracebacks[-1] if tracebacks else 0
        excerpt = lines[start:][-ERROR_LINES:]
    hint = source_hint(excerpt, repo)
    return "\n".join(excerpt + ([hint] if hint else []))


def source_hint(excerpt, repo):
    """'  at FILE:LINE: source' for the innermost project location the excerpt names.

    AnnotatorErrors already quote their line ('==>'), so they need no hint.
    """
    text = "\n".join(excerpt)
    if "\n==> " in text:
        return None
    places = [(f, int(n)) for f, n in re.findall(r'File "([^"]+)", line (\d+)', text)]
    places += [(m.replace(".", os.sep) + ".py", int(n))
               for m, n in re.findall(r"\(([A-Za-z_][\w.]*):(\d+)\)", text)]
    for path, lineno in reversed(places):
        full = os.path.join(repo, path)
        if "site-packages" in full or not os.path.isfile(full):
            continue
        with open(full, errors="replace") as f:
            source = f.read().splitlines()
        if 0 < lineno <= len(source):
            return "  at %s:%d: %s" % (os.path.relpath(full, repo), lineno, source[lineno - 1].strip())
    return None
