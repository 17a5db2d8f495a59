"""The translation target: the one file that names every language.

    rpython --batch -Ojit targetpolyvm.py        -> one binary with every language
    python2.7 targetpolyvm.py FILE               -> the same program, untranslated

POLYVM_LANGUAGES=python,lox limits the languages linked (default: all).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

if __name__ == "__main__":
    # Untranslated runs: rpython warns on import that it is not in a Mercurial checkout.
    import rpython.tool.version
    rpython.tool.version.maywarn = lambda err, repo_type="": None

from framework.entry import EntryPoint  # noqa: E402


def load_languages(names):
    languages = []
    for name in names:
        if name == "python":
            from languages.python.language import PythonLanguage
            languages.append(PythonLanguage())
        elif name == "lox":
            from languages.lox.language import LoxLanguage
            languages.append(LoxLanguage())
        else:
            raise ValueError("unknown language %r" % name)
    return languages


ALL_LANGUAGES = ["python", "lox"]


def selected_languages():
    wanted = os.environ.get("POLYVM_LANGUAGES", "")
    names = [n.strip() for n in wanted.split(",") if n.strip()] or ALL_LANGUAGES
    available = []
    for name in names:
        if name == "lox" and not os.path.exists(os.path.join(
                os.path.dirname(os.path.abspath(__file__)), "languages", "lox", "language.py")):
            continue
        available.append(name)
    return available


entry = EntryPoint(load_languages(selected_languages()))


def entry_point(argv):
    return entry.main(argv)


def target(driver, args):
    driver.exe_name = "polyvm"
    entry.prepare_for_translation()
    return entry_point, None


def jitpolicy(driver):
    from rpython.jit.codewriter.policy import JitPolicy
    return JitPolicy()


def run_untranslated(argv):
    """Guest recursion is host recursion here: run on a thread whose C stack is deep enough
    that CPython's recursion limit (seen as StackOverflow) comes before a segfault."""
    import threading
    sys.setrecursionlimit(100000)
    threading.stack_size(1024 * 1024 * 1024)
    status = []
    thread = threading.Thread(target=lambda: status.append(entry_point(argv)))
    thread.start()
    thread.join()
    return status[0] if status else 1


if __name__ == "__main__":
    sys.exit(run_untranslated(sys.argv))
