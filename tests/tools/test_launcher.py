"""The launcher, bench harness and toolchain helpers, driven as a user drives them.

They are Python 3 and these tests run on the .venv's Python 2.7, so everything goes through
subprocesses.  The `run` tests use a scratch repo whose targetpolyvm.py is a stub, so they do
not depend on the real interpreter.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LAUNCHER = os.path.join(REPO, "polyvm")


def call(argv, cwd=REPO):
    p = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         stdin=open(os.devnull))
    out, err = p.communicate()
    return p.returncode, out.decode("utf-8"), err.decode("utf-8")


def write(path, text, executable=False):
    with open(path, "w") as f:
        f.write(textwrap.dedent(text))
    if executable:
        os.chmod(path, 0o755)


@pytest.fixture
def tmp():
    d = tempfile.mkdtemp(prefix="polyvm-test-")
    yield d
    shutil.rmtree(d)


def test_help_lists_every_subcommand():
    rc, out, _ = call([LAUNCHER, "--help"])
    assert rc == 0
    for command in ("setup", "run", "build", "test", "conformance", "bench"):
        assert command in out


def test_unknown_subcommand_is_a_usage_error():
    rc, _, err = call([LAUNCHER, "frobnicate"])
    assert rc == 2
    assert "invalid choice" in err


def test_build_rejects_an_unknown_language_before_doing_anything():
    rc, _, err = call([LAUNCHER, "build", "--lang", "python,klingon"])
    assert rc == 1
    assert "unknown language klingon" in err
    assert "Traceback" not in err


@pytest.fixture
def stub_repo(tmp):
    """A repo with the real launcher, the real .venv's python, and a stub interpreter."""
    os.makedirs(os.path.join(tmp, "framework"))
    os.makedirs(os.path.join(tmp, ".venv", "bin"))
    shutil.copy(LAUNCHER, tmp)
    shutil.copy(os.path.join(REPO, "framework", "toolchain.py"), os.path.join(tmp, "framework"))
    shutil.copy(os.path.join(REPO, ".venv", ".polyvm-pins"), os.path.join(tmp, ".venv"))
    os.symlink(sys.executable, os.path.join(tmp, ".venv", "bin", "python"))
    write(os.path.join(tmp, "targetpolyvm.py"), """\
        import sys
        print("untranslated %s" % " ".join(sys.argv[1:]))
        sys.exit(int(sys.argv[-1]))
        """)
    return tmp


def test_run_untranslated_passes_arguments_and_status_and_notes_once(stub_repo):
    launcher = os.path.join(stub_repo, "polyvm")
    rc, out, err = call([launcher, "run", "-e", "x", "--lang", "lox", "3"], cwd=stub_repo)
    assert (rc, out) == (3, "untranslated -e x --lang lox 3\n")
    assert "running untranslated" in err
    rc, out, err = call([launcher, "run", "prog.py", "0"], cwd=stub_repo)
    assert (rc, out, err) == (0, "untranslated prog.py 0\n", "")


def test_run_prefers_the_binary(stub_repo):
    os.makedirs(os.path.join(stub_repo, "build"))
    write(os.path.join(stub_repo, "build", "polyvm"), """\
        #!/bin/sh
        echo "binary $*"; exit 4
        """, executable=True)
    rc, out, _ = call([os.path.join(stub_repo, "polyvm"), "run", "--version"], cwd=stub_repo)
    assert (rc, out) == (4, "binary --version\n")


def bench(tmp, fake_body, *args):
    fake = os.path.join(tmp, "fakevm")
    write(fake, "#!/bin/sh\n" + fake_body + "\n", executable=True)
    return call([LAUNCHER, "bench", "--lang", "python", "--runs", "1", "--polyvm", fake] + list(args))


def test_bench_prints_ratios_and_geomean(tmp):
    rc, out, _ = bench(tmp, 'exec python3 "$@"', "--filter", "hello")
    assert rc == 0, out
    rows = out.splitlines()
    hello = [r for r in rows if r.startswith("hello.py")]
    assert len(hello) == 1 and "x" in hello[0] and "MISMATCH" not in hello[0]
    assert [r for r in rows if r.startswith("geomean")]
    assert "fib.py" not in out


def test_bench_marks_a_different_output(tmp):
    rc, out, _ = bench(tmp, "echo wrong", "--filter", "hello")
    assert rc == 1
    assert "MISMATCH" in out


def test_bench_refuses_without_a_binary(tmp):
    rc, _, err = call([LAUNCHER, "bench", "--polyvm", os.path.join(tmp, "nothing")])
    assert rc == 1
    assert "not built" in err


def failure_report(tmp, log):
    """toolchain.failure_report(log, tmp) computed by Python 3."""
    script = textwrap.dedent("""\
        import importlib.util, sys
        spec = importlib.util.spec_from_file_location("toolchain", sys.argv[1])
        toolchain = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(toolchain)
        print(toolchain.failure_report(sys.stdin.read(), sys.argv[2]))
        """)
    p = subprocess.Popen(["python3", "-c", script, os.path.join(REPO, "framework", "toolchain.py"),
                          tmp], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    out, _ = p.communicate(textwrap.dedent(log).encode("utf-8"))
    assert p.returncode == 0
    return out.decode("utf-8")


def test_failure_report_quotes_the_error_and_the_source_line(tmp):
    os.makedirs(os.path.join(tmp, "languages", "toy"))
    write(os.path.join(tmp, "languages", "toy", "interp.py"), "def f(x):\n    return x\n")
    report = failure_report(tmp, """\
        [translation:info] RTyping...
        [translation:ERROR] UnionError:
        In <FunctionGraph of (languages.toy.interp:1)f at 0x7f>:
        [translation] batch mode, not calling interactive helpers
        """)
    assert report.startswith("[translation:ERROR] UnionError:")
    assert "RTyping" not in report and "batch mode" not in report
    assert "at languages/toy/interp.py:1: def f(x):" in report


def test_failure_report_of_a_crash_is_the_last_traceback(tmp):
    write(os.path.join(tmp, "targetpolyvm.py"), "import nothing\n")
    report = failure_report(tmp, """\
        [translation:info] Translating target as defined by targetpolyvm
        Traceback (most recent call last):
          File "/venv/site-packages/rpython/translator/goal/translate.py", line 97, in load_target
          File "targetpolyvm.py", line 1, in <module>
        ImportError: No module named nothing
        """)
    assert report.startswith("Traceback")
    assert report.rstrip().endswith("at targetpolyvm.py:1: import nothing")
