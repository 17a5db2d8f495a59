"""The launcher, bench harness and toolchain helpers, driven as a user drives them.

They are Python 3 and these tests run on the .venv's Python 2.7, so everything goes through
subprocesses.  The `run` and binary tests use a scratch repo whose targetpolyvm.py is a stub and
whose binaries are shell scripts echoing their name: nothing is translated.
"""
import json
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


def toolchain(expression, repo=REPO):
    """Evaluate expression with `t` bound to framework/toolchain.py, under Python 3; JSON back."""
    script = textwrap.dedent("""\
        import importlib.util, json, sys
        spec = importlib.util.spec_from_file_location("toolchain", sys.argv[1])
        t = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(t)
        repo = sys.argv[2]
        try:
            print(json.dumps(eval(sys.argv[3])))
        except t.ToolchainError as e:
            print(json.dumps({"error": str(e)}))
        """)
    p = subprocess.Popen(["python3", "-c", script, os.path.join(REPO, "framework", "toolchain.py"),
                          repo, expression], stdout=subprocess.PIPE)
    out, _ = p.communicate()
    assert p.returncode == 0
    return json.loads(out.decode("utf-8"))


def add_language(repo, name, extensions, init=None):
    folder = os.path.join(repo, "languages", name)
    os.makedirs(folder)
    write(os.path.join(folder, "__init__.py"), init if init is not None else
          '"""%s."""\nNAME = "%s"\nEXTENSIONS = %r\n' % (name, name, extensions))
    write(os.path.join(folder, "language.py"), "class Language(object):\n    pass\n")


@pytest.fixture
def stub_repo(tmp):
    return make_stub_repo(tmp)


def make_stub_repo(tmp):
    """A repo with the real launcher, the real .venv's python, a stub interpreter, and two
    languages (toy .toy, python .py) that exist only as their __init__.py and language.py."""
    os.makedirs(os.path.join(tmp, "framework"))
    os.makedirs(os.path.join(tmp, ".venv", "bin"))
    shutil.copy(LAUNCHER, tmp)
    shutil.copy(os.path.join(REPO, "framework", "toolchain.py"), os.path.join(tmp, "framework"))
    write(os.path.join(tmp, "framework", "kit.py"), "KIT = 1\n")
    shutil.copy(os.path.join(REPO, ".venv", ".polyvm-pins"), os.path.join(tmp, ".venv"))
    os.symlink(sys.executable, os.path.join(tmp, ".venv", "bin", "python"))
    add_language(tmp, "toy", [".toy", ".ty"])
    add_language(tmp, "python", [".py"])
    write(os.path.join(tmp, "languages", "__init__.py"), "")
    write(os.path.join(tmp, "targetpolyvm.py"), """\
        import sys
        print("untranslated %s" % " ".join(sys.argv[1:]))
        sys.exit(int(sys.argv[-1]))
        """)
    return tmp


def fake_binary(repo, names, fresh=True):
    """build/polyvm-NAMES, a shell script echoing its name, with its manifest; fresh means
    built from the repo's sources as they are now."""
    build = os.path.join(repo, "build")
    if not os.path.isdir(build):
        os.makedirs(build)
    name = "polyvm-" + "+".join(names)
    write(os.path.join(build, name), '#!/bin/sh\necho "%s $*"\nexit 7\n' % name, executable=True)
    toolchain("t.write_manifest(%r, %r, t.discover_languages(repo), opt='-Ojit', "
              "source_hash=t.source_hash(repo, %r) if %r else 'old')['binary']"
              % (build, names, names, fresh), repo)
    return os.path.join(build, name)


# ---------------------------------------------------------------- discovery

def test_the_real_languages_are_discovered_with_their_extensions():
    found = toolchain("t.discover_languages(repo)")
    assert ["lox", [".lox"]] in found and ["python", [".py"]] in found


def test_a_language_is_a_folder_with_language_py_and_its_init_names_it(tmp):
    add_language(tmp, "toy", [".toy", ".ty"])
    os.makedirs(os.path.join(tmp, "languages", "notyet"))            # no language.py: skipped
    write(os.path.join(tmp, "languages", "notyet", "__init__.py"), "")
    assert toolchain("t.discover_languages(repo)", tmp) == [["toy", [".toy", ".ty"]]]


def test_discovery_never_imports_the_language(tmp):
    add_language(tmp, "toy", [".toy"], init='import nothing_here\nNAME = "toy"\n'
                                            'EXTENSIONS = [".toy"]\n')
    assert toolchain("t.discover_languages(repo)", tmp) == [["toy", [".toy"]]]


@pytest.mark.parametrize("init", ["", 'NAME = "toy"\n', 'NAME = "toy"\nEXTENSIONS = "toy"\n',
                                  'NAME = "other"\nEXTENSIONS = [".toy"]\n'])
def test_a_language_without_its_constants_is_an_error_naming_the_file(tmp, init):
    add_language(tmp, "toy", [], init=init)
    error = toolchain("t.discover_languages(repo)", tmp)["error"]
    assert "languages/toy/__init__.py" in error


# ---------------------------------------------------------------- manifests and staleness

def choose(repo, lang):
    return toolchain("t.choose_binary(repo, %r)" % lang, repo)


def test_no_manifest_means_no_binary(stub_repo):
    assert choose(stub_repo, "toy") == [None, "no binary holds toy "
                                              "(`./polyvm build --lang toy` makes one)"]


def test_the_manifest_names_languages_extensions_and_sources(stub_repo):
    fake_binary(stub_repo, ["toy", "python"])
    with open(os.path.join(stub_repo, "build", "polyvm-toy+python.json")) as f:
        manifest = json.load(f)
    assert manifest["languages"] == ["toy", "python"]
    assert manifest["extensions"] == {"toy": [".toy", ".ty"], "python": [".py"]}
    assert manifest["opt"] == "-Ojit" and len(manifest["source_hash"]) == 20


def test_a_fresh_single_language_binary_wins_over_a_combined_one(stub_repo):
    fake_binary(stub_repo, ["python", "toy"])
    single = fake_binary(stub_repo, ["toy"])
    assert choose(stub_repo, "toy") == [single, None]


def test_a_stale_binary_is_passed_over_for_a_fresh_combined_one(stub_repo):
    combined = fake_binary(stub_repo, ["python", "toy"])
    fake_binary(stub_repo, ["toy"], fresh=False)
    assert choose(stub_repo, "toy") == [combined, None]


def test_editing_a_language_makes_its_binaries_stale_and_no_other(stub_repo):
    python = fake_binary(stub_repo, ["python"])
    fake_binary(stub_repo, ["toy"])
    write(os.path.join(stub_repo, "languages", "toy", "parser.py"), "# new\n")
    assert choose(stub_repo, "toy") == [None, "build/polyvm-toy is stale: its sources changed "
                                              "since it was built (`./polyvm build --lang toy`)"]
    assert choose(stub_repo, "python") == [python, None]


def test_editing_the_framework_stales_every_binary_but_the_host_toolchain_does_not(stub_repo):
    python = fake_binary(stub_repo, ["python"])
    with open(os.path.join(stub_repo, "framework", "toolchain.py"), "a") as f:
        f.write("# a host-side edit\n")
    os.makedirs(os.path.join(stub_repo, "languages", "python", "__pycache__"))
    write(os.path.join(stub_repo, "languages", "python", "__pycache__", "x.pyc"), "junk")
    assert choose(stub_repo, "python") == [python, None]
    write(os.path.join(stub_repo, "framework", "kit.py"), "KIT = 2\n")
    assert choose(stub_repo, "python")[0] is None


def test_a_manifest_whose_binary_is_gone_says_missing(stub_repo):
    os.remove(fake_binary(stub_repo, ["toy"]))
    assert choose(stub_repo, "toy") == [None, "build/polyvm-toy is missing "
                                              "(`./polyvm build --lang toy` makes it)"]


@pytest.mark.parametrize("argv, lang", [
    (["a.toy"], "toy"), (["a.ty", "x.py"], "toy"), (["--lang", "toy", "a.py"], "toy"),
    (["a.py", "--lang", "toy"], "python"), (["-e", "1", "--lang", "toy"], "toy"),
    (["--lang", "toy", "-e", "1"], "toy"), (["-e", "1", "a.toy"], "python"), (["-"], "python"),
    ([], "python"), (["--jit", "off", "a.toy"], "toy"), (["--disassemble", "a.toy"], "toy"),
    (["notes.txt"], None)])
def test_the_language_of_a_command_line(stub_repo, argv, lang):
    assert toolchain("t.language_of_argv(%r, t.discover_languages(repo))" % argv,
                     stub_repo) == lang


# ---------------------------------------------------------------- the build/polyvm dispatcher

def dispatcher(repo):
    toolchain("len(t.write_dispatcher(%r, t.discover_languages(repo)))"
              % os.path.join(repo, "build"), repo)
    return os.path.join(repo, "build", "polyvm")


@pytest.fixture(scope="module")
def three_binaries():
    """build/polyvm over polyvm-toy, polyvm-python and polyvm-python+toy, made once."""
    repo = make_stub_repo(tempfile.mkdtemp(prefix="polyvm-test-"))
    fake_binary(repo, ["toy"])
    fake_binary(repo, ["python"])
    fake_binary(repo, ["python", "toy"])
    yield dispatcher(repo)
    shutil.rmtree(repo)


@pytest.mark.parametrize("argv, binary", [
    (["a.toy", "x y"], "polyvm-toy"), (["a.ty"], "polyvm-toy"), (["dir.py/a.toy"], "polyvm-toy"),
    (["a.py"], "polyvm-python"), (["--lang", "toy", "a.py"], "polyvm-toy"),
    (["-e", "1", "--lang", "toy"], "polyvm-toy"), (["--lang", "toy", "-e", "1"], "polyvm-toy"),
    (["-e", "1", "a.toy"], "polyvm-python"), (["-"], "polyvm-python"), ([], "polyvm-python"),
    (["--jit", "off", "a.toy"], "polyvm-toy")])
def test_the_dispatcher_picks_the_binary_and_passes_everything_on(three_binaries, argv, binary):
    rc, out, err = call([three_binaries] + argv)
    assert (rc, out, err) == (7, "%s %s\n" % (binary, " ".join(argv)), "")


def test_the_dispatcher_falls_back_to_a_combined_binary(stub_repo):
    fake_binary(stub_repo, ["python"])
    fake_binary(stub_repo, ["python", "toy"])
    rc, out, _ = call([dispatcher(stub_repo), "a.toy"])
    assert (rc, out) == (7, "polyvm-python+toy a.toy\n")


def test_the_dispatcher_says_in_one_line_when_no_binary_holds_the_language(stub_repo):
    fake_binary(stub_repo, ["python"])
    build = dispatcher(stub_repo)
    rc, out, err = call([build, "notes.txt"])
    assert (rc, out) == (2, "")
    assert err == "polyvm: cannot tell the language of 'notes.txt' from its extension; use " \
                  "--lang NAME (built: python)\n"
    for argv in (["a.toy"], ["--lang", "toy", "a.py"]):
        rc, out, err = call([build] + argv)
        assert (rc, out) == (2, "")
        assert err == "polyvm: no binary in %s holds toy (built: python); ./polyvm build " \
                      "--lang toy makes one\n" % os.path.dirname(build)


def test_the_dispatcher_serves_help_from_any_binary(stub_repo):
    fake_binary(stub_repo, ["toy"])
    rc, out, _ = call([dispatcher(stub_repo), "--version"])
    assert (rc, out) == (7, "polyvm-toy --version\n")


def test_the_dispatcher_is_a_shell_script_that_execs_the_binary(stub_repo):
    """Its cost is a /bin/sh start and an exec, no Python: `./polyvm bench` measures the
    start-up through it (hello.py); a timed assertion here would only be flaky."""
    fake_binary(stub_repo, ["python"])
    build = dispatcher(stub_repo)
    with open(build) as f:
        text = f.read()
    assert text.startswith("#!/bin/sh\n") and "exec " in text and "python3" not in text
    assert call([build, "hello.py"])[1] == "polyvm-python hello.py\n"


def test_the_dispatcher_runs_through_a_symlink(stub_repo, tmp):
    fake_binary(stub_repo, ["python"])
    link = os.path.join(stub_repo, "polyvm-link")
    os.symlink(dispatcher(stub_repo), link)
    assert call([link, "a.py"])[:2] == (7, "polyvm-python a.py\n")


# ---------------------------------------------------------------- ./polyvm build, on a fake rpython

FAKE_RPYTHON = """\
import os, sys
args = sys.argv[1:]
output = [a.split("=", 1)[1] for a in args if a.startswith("--output=")][0]
target_args = args[args.index("targetpolyvm.py") + 1:]
print("[translation:info] Annotating&simplifying...")
if "--lang" in target_args and "python" in target_args[-1] and os.environ.get("BREAK_PYTHON"):
    print("[translation:ERROR] UnionError: planted")
    sys.exit(1)
with open(output, "w") as f:
    f.write("#!/bin/sh\\necho %s \\"$@\\"\\n" % " ".join(target_args))
os.chmod(output, 0o755)
"""


def build(repo, *argv, **env):
    write(os.path.join(repo, ".venv", "bin", "rpython"), FAKE_RPYTHON)
    p = subprocess.Popen([os.path.join(repo, "polyvm"), "build"] + list(argv), cwd=repo,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                         env=dict(os.environ, **env))
    out = p.communicate()[0].decode("utf-8")
    return p.returncode, out


def test_build_makes_a_binary_per_language_with_manifests_and_the_dispatcher(stub_repo):
    rc, out = build(stub_repo, "-j", "2")
    assert rc == 0, out
    assert "build/polyvm-python ready in" in out and "build/polyvm-toy ready in" in out
    assert out.count("peak memory") == 2
    assert "  [polyvm-toy]  annotate" in out             # side by side: labelled phase lines
    for name in ("python", "toy"):
        assert os.path.exists(os.path.join(stub_repo, "build", name, "translate.log"))
        with open(os.path.join(stub_repo, "build", "polyvm-%s.json" % name)) as f:
            manifest = json.load(f)
        assert manifest["languages"] == [name] and manifest["opt"] == "-Ojit"
        assert manifest["source_hash"] == toolchain("t.source_hash(repo, [%r])" % name, stub_repo)
    assert call([os.path.join(stub_repo, "build", "polyvm"), "a.ty", "1"])[:2] == \
        (0, "--lang toy a.ty 1\n")
    assert run(stub_repo, "a.py") == (0, "--lang python a.py\n", "")


def test_build_lang_a_b_makes_one_combined_binary(stub_repo):
    rc, out = build(stub_repo, "--lang", "toy,python", "--no-jit")
    assert rc == 0, out
    assert "build/polyvm-toy+python ready in" in out
    assert os.listdir(os.path.join(stub_repo, "build")).count("polyvm-python") == 0
    with open(os.path.join(stub_repo, "build", "polyvm-toy+python.json")) as f:
        assert json.load(f)["opt"] == "-O2"
    assert call([os.path.join(stub_repo, "build", "polyvm"), "a.py"])[:2] == \
        (0, "--lang toy,python a.py\n")


def test_a_failed_translation_is_reported_and_leaves_no_manifest(stub_repo):
    rc, out = build(stub_repo, BREAK_PYTHON="1")
    assert rc == 1
    assert "build/polyvm-python FAILED after" in out and "UnionError: planted" in out
    assert "build/polyvm-toy ready in" in out
    assert not os.path.exists(os.path.join(stub_repo, "build", "polyvm-python.json"))
    rc, _, err = call([os.path.join(stub_repo, "build", "polyvm"), "a.py"])
    assert rc == 2 and "holds python (built: toy)" in err


# ---------------------------------------------------------------- ./polyvm run

def run(repo, *argv):
    return call([os.path.join(repo, "polyvm"), "run"] + list(argv), cwd=repo)


def test_run_untranslated_passes_arguments_and_status_and_notes_once(stub_repo):
    rc, out, err = run(stub_repo, "-e", "x", "--lang", "toy", "3")
    assert (rc, out) == (3, "untranslated -e x --lang toy 3\n")
    assert "running untranslated" in err
    rc, out, err = run(stub_repo, "prog.py", "0")
    assert (rc, out, err) == (0, "untranslated prog.py 0\n", "")


def test_run_execs_the_languages_fresh_binary(stub_repo):
    fake_binary(stub_repo, ["python"])
    fake_binary(stub_repo, ["toy"])
    assert run(stub_repo, "prog.toy", "a b") == (7, "polyvm-toy prog.toy a b\n", "")
    assert run(stub_repo, "--version") == (7, "polyvm-python --version\n", "")


def test_run_falls_back_in_one_line_when_the_binary_is_stale(stub_repo):
    fake_binary(stub_repo, ["toy"], fresh=False)
    rc, out, err = run(stub_repo, "prog.toy", "5")
    assert (rc, out) == (5, "untranslated prog.toy 5\n")
    assert err == ("polyvm: build/polyvm-toy is stale: its sources changed since it was built "
                   "(`./polyvm build --lang toy`); running untranslated (slow)\n")


def test_run_falls_back_in_one_line_when_no_binary_holds_the_language(stub_repo):
    fake_binary(stub_repo, ["toy"])
    rc, out, err = run(stub_repo, "prog.py", "0")
    assert (rc, out) == (0, "untranslated prog.py 0\n")
    assert err == ("polyvm: no binary holds python (`./polyvm build --lang python` makes one); "
                   "running untranslated (slow)\n")


@pytest.mark.parametrize("status, line", [(0, "ok   isolation python+toy"),
                                          (1, "FAIL isolation python+toy")])
def test_the_isolation_part_runs_the_frameworks_check_on_every_language(stub_repo, status, line):
    write(os.path.join(stub_repo, "framework", "__init__.py"), "")
    write(os.path.join(stub_repo, "framework", "isolation.py"),
          "import sys\nprint('checked ' + sys.argv[1])\nsys.exit(%d)\n" % status)
    rc, out, _ = call([os.path.join(stub_repo, "polyvm"), "test", "--part", "isolation"],
                      cwd=stub_repo)
    assert rc == status and line in out
    assert ("checked python,toy" in out) == (status == 1)     # the log is shown on failure


def test_test_rejects_a_part_that_does_not_exist():
    rc, _, err = call([LAUNCHER, "test", "--part", "no such part"])
    assert rc == 1 and "no part matches no such part" in err


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
