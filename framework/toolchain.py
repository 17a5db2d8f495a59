"""Host-side toolchain for the polyvm launcher: Python 3 and stdlib only, never RPython.

It finds a working Python 2.7, keeps `.venv` with the pinned translation toolchain, and runs
rpython with one progress line per phase, the full output in a log, and on failure the part of
that log a person needs (the error, and the source line it points at).  It also knows the
binaries: which languages exist, what each build/polyvm-* holds (its manifest), whether it is
still built from the current sources, and which one runs a given language.
"""
import ast
import collections
import glob
import hashlib
import json
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


def find_python_stdlib():
    """CPython 3.11's Lib/ folder (Python's pure-Python standard library), or None: asked
    of python3.11 and python3 on PATH, then the usual install places."""
    for exe in ("python3.11", "python3"):
        try:
            p = subprocess.run([exe, "-c", "import os, sys; sys.exit(sys.version_info[:2] != "
                                "(3, 11) or print(os.path.dirname(os.__file__)))"],
                               capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired):
            continue
        folder = p.stdout.strip()
        if p.returncode == 0 and os.path.isfile(os.path.join(folder, "_collections_abc.py")):
            return folder
    for folder in ("/usr/lib/python3.11", "/usr/local/lib/python3.11"):
        if os.path.isfile(os.path.join(folder, "_collections_abc.py")):
            return folder
    return None


def record_python_stdlib(repo):
    """Write build/python-lib.path, which languages/python/stdlib.py reads (and a binary
    carries); without a Lib/ Python still runs, without Lib's modules."""
    folder = find_python_stdlib()
    if folder is None:
        say("no CPython 3.11 Lib/ found: Python runs without Lib's modules "
            "(set POLYVM_PYTHON_LIB to one)")
        return None
    os.makedirs(os.path.join(repo, "build"), exist_ok=True)
    with open(os.path.join(repo, "build", "python-lib.path"), "w") as f:
        f.write(folder + "\n")
    return folder


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
    """One line per phase with its elapsed time, redrawn every second on a terminal.

    Translations running side by side each label their lines and never redraw, so that their
    lines interleave readably; a quiet one prints nothing.
    """

    def __init__(self, label="", redraw=True, quiet=False):
        self.quiet = quiet
        self.tty = redraw and not quiet and sys.stdout.isatty()
        self.prefix = "  [%s]" % label if label else ""
        self.lock = threading.Lock()
        self.phase = None
        self.started = 0.0

    def start(self, phase):
        with self.lock:
            self._finish("")
            self.phase, self.started = phase, time.monotonic()
            if self.tty:
                self._write(self._redraw_text())
            elif not self.prefix:       # side by side, the whole line goes out when it ends
                self._write(self._label())

    def tick(self):
        with self.lock:
            if self.phase and self.tty:
                self._write(self._redraw_text())

    def finish(self, note=""):
        with self.lock:
            self._finish(note)

    def _write(self, text):
        if not self.quiet:
            sys.stdout.write(text)
            sys.stdout.flush()

    def _label(self):
        return "%s  %-11s" % (self.prefix, self.phase)

    def _redraw_text(self):
        return "\r%s%6.0f s" % (self._label(), time.monotonic() - self.started)

    def _finish(self, note):
        if not self.phase:
            return
        elapsed = time.monotonic() - self.started
        if self.tty:
            self._write("\r%s%6.1f s%s\n" % (self._label(), elapsed, note))
        else:
            self._write("%s%6.1f s%s\n" % (self._label() if self.prefix else "", elapsed, note))
        self.phase = None


# cpu_seconds (user + system) does not grow when other work shares the cores, as seconds does.
Translation = collections.namedtuple("Translation", "ok seconds peak_kb cpu_seconds")


def translate(repo, options, log_path, usession, target_args=(), progress=None):
    """Run `rpython --batch OPTIONS targetpolyvm.py TARGET_ARGS` from the repo root.

    Progress shows a line per phase; the whole output goes to log_path.  On failure the error
    excerpt is printed too, unless progress is quiet (the caller then reads the log itself).
    """
    # Through the venv's python rather than the script's shebang, so a moved .venv still works.
    rpython = [venv_python(repo), os.path.join(repo, ".venv", "bin", "rpython")]
    os.makedirs(os.path.dirname(log_path), exist_ok=True)
    os.makedirs(usession, exist_ok=True)
    # Unbuffered, or rpython's phase lines reach us (and the log) only in 4 KB lumps.
    env = dict(os.environ, PYTHONPATH=repo, PYPY_USESSION_DIR=usession, PYTHONUNBUFFERED="1")
    argv = rpython + ["--batch"] + list(options) + ["targetpolyvm.py"] + list(target_args)
    time_file = log_path + ".time"
    timed = os.access("/usr/bin/time", os.X_OK)
    if timed:
        argv = ["/usr/bin/time", "-v", "-o", time_file] + argv
    progress = progress or Progress()
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
            rc, cpu_seconds = wait_measured(proc)
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
    if rc != 0 and not progress.quiet:
        with open(log_path, errors="replace") as f:
            print(failure_report(f.read(), repo), flush=True)
    return Translation(rc == 0, seconds, peak_kb, cpu_seconds)


def wait_measured(proc):
    """Wait for proc; return its exit status and the CPU seconds it and its children used."""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, usage.ru_utime + usage.ru_stime


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


# ---------------------------------------------------------------- languages and their binaries

Language = collections.namedtuple("Language", "name extensions")
EXTENSION = re.compile(r"^\.[A-Za-z0-9_+-]+$")     # safe to paste into the dispatcher's patterns


def discover_languages(repo):
    """Every languages/<name>/ holding a language.py, sorted by name.

    Its NAME and EXTENSIONS come from its __init__.py, read as literals: that file belongs to
    the RPython program, and Python 3 must not import it.
    """
    root = os.path.join(repo, "languages")
    found = []
    for folder in sorted(os.listdir(root)):
        if os.path.isfile(os.path.join(root, folder, "language.py")):
            language = read_language(os.path.join(root, folder, "__init__.py"))
            if language.name != folder:
                raise ToolchainError("languages/%s/__init__.py says NAME = %r; a language's "
                                     "folder is named after it" % (folder, language.name))
            found.append(language)
    return found


def read_language(init_path):
    constants = {}
    with open(init_path) as f:
        tree = ast.parse(f.read(), init_path)
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name):
            try:
                constants[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                pass
    name, extensions = constants.get("NAME"), constants.get("EXTENSIONS")
    if not isinstance(name, str) or not isinstance(extensions, list) \
            or not all(isinstance(e, str) and EXTENSION.match(e) for e in extensions):
        raise ToolchainError('%s must define NAME = "name" and EXTENSIONS = [".ext", ...]'
                             % init_path)
    return Language(name, tuple(extensions))


def source_hash(repo, names):
    """A digest of everything a binary of these languages is translated from.

    framework/ (less this host-side file), the languages' folders and the target; compiled
    files and caches are left out, as they change without the sources changing.
    """
    roots = [os.path.join(repo, "framework")] + [os.path.join(repo, "languages", n) for n in sorted(names)]
    files = [os.path.join(repo, "targetpolyvm.py"), os.path.join(repo, "languages", "__init__.py")]
    for root in roots:
        for folder, dirs, names_here in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
            files += [os.path.join(folder, n) for n in sorted(names_here)
                      if not n.endswith((".pyc", ".pyo")) and not n.startswith(".")]
    skip = os.path.join(repo, "framework", "toolchain.py")
    digest = hashlib.sha256()
    for path in files:
        if path == skip or not os.path.isfile(path):
            continue
        digest.update(os.path.relpath(path, repo).encode() + b"\0")
        with open(path, "rb") as f:
            digest.update(f.read() + b"\0")
    return digest.hexdigest()[:20]


def binary_name(names):
    """polyvm-lox for one language, polyvm-python+lox for a combined binary."""
    return "polyvm-" + "+".join(names)


def write_manifest(build, names, languages, **facts):
    """build/<binary>.json: what the binary holds and what it was built from."""
    extensions = {l.name: list(l.extensions) for l in languages if l.name in names}
    manifest = dict(binary=binary_name(names), languages=list(names), extensions=extensions,
                    **facts)
    with open(os.path.join(build, binary_name(names) + ".json"), "w") as f:
        json.dump(manifest, f, indent=2, sort_keys=True)
        f.write("\n")
    return manifest


def read_manifests(build):
    """The manifests in build/, each with "path", the binary's full path (built or not)."""
    manifests = []
    for path in sorted(glob.glob(os.path.join(build, "polyvm-*.json"))):
        try:
            with open(path) as f:
                manifest = json.load(f)
            manifest["path"] = os.path.join(build, manifest["binary"])
            manifest["languages"] = list(manifest["languages"])
        except (OSError, ValueError, KeyError, TypeError):
            continue                    # a half-written or foreign file is no manifest
        manifests.append(manifest)
    return manifests


def holders(manifests, name):
    """The manifests whose binary holds language name, single-language binaries first."""
    held = [m for m in manifests if name in m["languages"]]
    return sorted(held, key=lambda m: (len(m["languages"]), m["binary"]))


def is_built(manifest):
    return os.path.isfile(manifest["path"]) and os.access(manifest["path"], os.X_OK)


Choice = collections.namedtuple("Choice", "binary note")


def choose_binary(repo, name, build=None):
    """The binary to run language name on: built and made from today's sources.

    Returns Choice(path, None), or Choice(None, why) when the untranslated interpreter must
    do: why is one line naming the missing or stale binary and the command that rebuilds it.
    """
    build = build or os.path.join(repo, "build")
    candidates = holders(read_manifests(build), name)
    hashes = {}
    for manifest in candidates:
        key = tuple(manifest["languages"])
        if key not in hashes:
            hashes[key] = source_hash(repo, key)
        if is_built(manifest) and manifest.get("source_hash") == hashes[key]:
            return Choice(manifest["path"], None)
    if not candidates:
        return Choice(None, "no binary holds %s (`./polyvm build --lang %s` makes one)"
                      % (name, name))
    best = candidates[0]
    shown = os.path.relpath(best["path"], repo)
    rebuild = "./polyvm build --lang %s" % ",".join(best["languages"])
    if not is_built(best):
        return Choice(None, "%s is missing (`%s` makes it)" % (shown, rebuild))
    return Choice(None, "%s is stale: its sources changed since it was built (`%s`)"
                  % (shown, rebuild))


def language_of_argv(argv, languages):
    """The language a polyvm command line runs, as build/polyvm decides it.

    --lang NAME wins; else FILE's extension; with -e, `-` (stdin) or no file, Python.  None
    when FILE's extension belongs to no language.
    """
    by_extension = {ext: l.name for l in languages for ext in l.extensions}
    lang, code, i = None, False, 0
    while i < len(argv):
        arg = argv[i]
        if arg in ("--lang", "-e", "--jit") and i + 1 < len(argv):
            lang = argv[i + 1] if arg == "--lang" else lang
            code = code or arg == "-e"
            i += 2
        elif arg.startswith("-") and arg != "-":
            i += 1
        else:
            if lang or code or arg == "-":
                break
            return by_extension.get(os.path.splitext(arg)[1])
    return lang or "python"


DISPATCHER = """\
#!/bin/sh
# build/polyvm, written by `./polyvm build` from build/polyvm-*.json: it runs the binary that
# holds the program's language, found by --lang NAME or else FILE's extension (-e CODE, `-`
# for stdin and the REPL mean Python unless --lang says otherwise).
self=$0
if [ -h "$self" ]; then self=$(readlink -f "$self"); fi
case $self in */*) dir=${self%%/*} ;; *) dir=. ;; esac
lang= code= file= meta= value=
for arg do
    if [ -n "$value" ]; then
        if [ "$value" = --lang ]; then lang=$arg; fi
        value=; continue
    fi
    case $arg in
        --lang|-e|--jit) value=$arg; if [ "$arg" = -e ]; then code=1; fi ;;
        --help|-h|--version) meta=1 ;;
        -) break ;;
        -*) ;;
        *) if [ -z "$code" ]; then file=$arg; fi; break ;;
    esac
done
if [ -z "$lang" ] && [ -n "$file" ]; then
    case $file in
%(extensions)s
        *) printf "polyvm: cannot tell the language of '%%s' from its extension; use --lang NAME (built: %(built)s)\\n" "$file" >&2
           exit 2 ;;
    esac
fi
case ${lang:=python} in
%(binaries)s
    *) try= ;;
esac
if [ -n "$meta" ]; then try="$try %(all)s"; fi
for binary in $try; do
    if [ -x "$dir/$binary" ]; then exec "$dir/$binary" "$@"; fi
done
printf "polyvm: no binary in %%s holds %%s (built: %(built)s); ./polyvm build --lang %%s makes one\\n" "$dir" "$lang" "$lang" >&2
exit 2
"""


def dispatcher_script(manifests, languages):
    """build/polyvm's text: a POSIX sh script, since it must start in a millisecond or two.

    It knows the extensions of every language, built or not, to name the one it cannot run."""
    names = sorted({n for m in manifests for n in m["languages"]})
    extensions = sorted({(ext, name) for m in manifests
                         for name, exts in m["extensions"].items() for ext in exts}
                        | {(ext, l.name) for l in languages for ext in l.extensions})
    return DISPATCHER % dict(
        extensions="\n".join("        *%s) lang=%s ;;" % (ext, name) for ext, name in extensions),
        binaries="\n".join('    %s) try="%s" ;;' % (name, " ".join(
            m["binary"] for m in holders(manifests, name))) for name in names),
        all=" ".join(m["binary"] for m in manifests),
        built=", ".join(names) or "none")


def write_dispatcher(build, languages):
    """(Re)write build/polyvm for the binaries whose manifests are in build/; return them."""
    manifests = [m for m in read_manifests(build) if is_built(m)]
    path = os.path.join(build, "polyvm")
    with open(path + ".tmp", "w") as f:
        f.write(dispatcher_script(manifests, languages))
    os.chmod(path + ".tmp", 0o755)
    os.replace(path + ".tmp", path)
    return manifests
