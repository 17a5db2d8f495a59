"""Every file and function docs/tutorial.md points at exists (the pointers stay true).

A pointer is a backquoted `path` or `path:Name` (`Name` may be `Class.method`); a bare
`Class.method` is looked up in the Lox file the paragraph has just named.
"""
import os
import re

REPO = os.path.join(os.path.dirname(__file__), "..", "..")
POINTER = re.compile(r"`((?:languages|framework|tests|docs|examples|bench)/[\w/.]+"
                     r"|targetpolyvm\.py|[a-z]+\.py)(?::([\w.]+))?`")
METHOD = re.compile(r"`([A-Z]\w+)\.(\w+)`")
EXTERNAL = ["LLJitMixin", "README"]         # rpython's test support, a file name


def tutorial():
    with open(os.path.join(REPO, "docs", "tutorial.md")) as f:
        return f.read()


def resolve(path):
    """A short `name.py` means languages/lox/name.py (or framework/name.py)."""
    for candidate in (path, "languages/lox/" + path, "framework/" + path):
        if os.path.exists(os.path.join(REPO, candidate)):
            return candidate
    raise AssertionError("docs/tutorial.md names a missing file: %s" % path)


def defines(path, name):
    with open(os.path.join(REPO, path)) as f:
        text = f.read()
    return re.search(r"^\s*(def|class) %s\b|^\s*%s\s*=" % (name, name), text, re.M)


def test_named_files_and_functions_exist():
    pointers = POINTER.findall(tutorial())
    assert len(pointers) > 40
    for path, name in pointers:
        path = resolve(path)
        if name:
            assert defines(path, name.split(".")[-1]), "%s has no %s" % (path, name)


def test_named_methods_exist_in_lox_the_framework_or_the_jit_tests():
    roots = [os.path.join(REPO, "languages", "lox"), os.path.join(REPO, "framework")]
    sources = ""
    for root in roots:
        for name in os.listdir(root):
            if name.endswith(".py"):
                with open(os.path.join(root, name)) as f:
                    sources += f.read()
    with open(os.path.join(REPO, "tests", "jit", "test_lox_jit.py")) as f:
        sources += f.read()
    for cls, method in METHOD.findall(tutorial()):
        if cls in EXTERNAL:
            continue
        assert re.search(r"^class %s\b" % cls, sources, re.M), cls
        assert re.search(r"^\s*(def %s\b|%s\s*=)" % (method, method), sources, re.M), \
            "%s.%s" % (cls, method)


COMMAND = re.compile(r"^```\n\$ (.+)\n((?:(?!```).*\n)*)```", re.M)
TRANSLATING = (".venv/bin/rpython", "./polyvm build")


def commands():
    """(command, the output lines shown under it) for each `$ ` block of the tutorial."""
    return [(command, shown.splitlines()) for command, shown in COMMAND.findall(tutorial())]


def test_the_tutorials_commands_run_verbatim():
    """Each `$ ` command runs from the repository root as written and succeeds; where the
    block shows output ending in `...`, the output starts with those lines.  Translations
    are checked for their form only: `./polyvm test` rtypes every language itself."""
    import subprocess
    found = commands()
    assert len(found) >= 3
    for command, shown in found:
        if command.startswith(TRANSLATING):
            assert os.path.exists(os.path.join(REPO, ".venv", "bin", "rpython"))
            assert command.index("--batch") < command.index("targetpolyvm.py"), command
            continue
        process = subprocess.Popen(["bash", "-c", command], cwd=REPO, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT)
        out = process.communicate()[0].decode("utf-8", "replace")
        assert process.returncode == 0, "%s\n%s" % (command, out)
        if shown and shown[-1] == "...":
            assert out.splitlines()[:len(shown) - 1] == shown[:-1], command
