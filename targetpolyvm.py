"""The translation target.  It names no language: framework/registry.py finds them.

    rpython --batch -Ojit targetpolyvm.py --lang python      -> a binary with Python only
    rpython --batch -Ojit targetpolyvm.py --lang php,python  -> one binary with both
    rpython --batch -Ojit targetpolyvm.py                    -> every language
    python2.7 targetpolyvm.py FILE                           -> untranslated, loading only
                                                                the language FILE needs

Without `--lang`, POLYVM_LANGUAGES=a,b chooses the languages (the launcher's fallback).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

if __name__ == "__main__":
    # Untranslated runs: rpython warns on import that it is not in a Mercurial checkout.
    import rpython.tool.version
    rpython.tool.version.maywarn = lambda err, repo_type="": None

from framework import embedding  # noqa: E402
from framework.entry import EntryPoint  # noqa: E402
from framework.registry import discover  # noqa: E402


def make_entry(names=None):
    """An entry point over the named languages (default: POLYVM_LANGUAGES, else all)."""
    if names is None:
        wanted = os.environ.get("POLYVM_LANGUAGES", "")
        names = [n.strip() for n in wanted.split(",") if n.strip()] or None
    return EntryPoint(discover(names))


def target_option(args, option):
    """The value after `option` among the target's arguments, or None."""
    for i in range(len(args) - 1):
        if args[i] == option:
            return args[i + 1]
    return None


def language_names(args):
    """The `--lang a,b` among the target's arguments, or None."""
    names = target_option(args, "--lang")
    if names is None:
        return None
    return [n.strip() for n in names.split(",") if n.strip()]


entry = None


def entry_point(argv):
    return entry.main(argv)


def target(driver, args):
    global entry
    entry = make_entry(language_names(args))
    driver.exe_name = "polyvm-" + "+".join(slot.name for slot in entry.slots)
    entry.prepare_for_translation()
    # The C API of a shared build (--entrypoints=main,polyembed); `--sources DIGEST` is the
    # launcher's digest of the sources, which the library reports to its host.
    embedding.prepare(entry, target_option(args, "--sources") or "",
                      driver.config.translation.jit)
    return entry_point, None


def jitpolicy(driver):
    from rpython.jit.codewriter.policy import JitPolicy
    return JitPolicy()


def run_untranslated(argv):
    """Guest recursion is host recursion here: run on a thread whose C stack is deep enough
    that CPython's recursion limit (seen as StackOverflow) comes before a segfault."""
    import threading
    global entry
    entry = make_entry()
    sys.setrecursionlimit(100000)
    threading.stack_size(1024 * 1024 * 1024)
    status = []
    thread = threading.Thread(target=lambda: status.append(entry_point(argv)))
    thread.start()
    thread.join()
    return status[0] if status else 1


if __name__ == "__main__":
    sys.exit(run_untranslated(sys.argv))
