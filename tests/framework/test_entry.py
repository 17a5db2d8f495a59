"""The shared command line, with stand-in languages (output captured through os.write)."""
from framework import console, entry, output
from framework.entry import EntryPoint, Language
from framework.registry import LanguageSlot, discover


def slot(language, options=()):
    """A slot already holding `language` (as a translated binary's are)."""
    loaded = LanguageSlot(language.name, language.extensions, "unused", list(options))
    loaded.language = language
    return loaded


class Echo(Language):
    name = "echo"
    extensions = [".echo"]

    def __init__(self):
        self.goal = ""

    def run(self, filename, source, args):
        output.write_out("ran %s %r %s%s\n" % (filename, source, args, self.goal))
        return 3

    def repl(self):
        output.write_out("echo repl\n")
        return 0

    def set_option(self, option, value):
        self.goal = " %s=%s" % (option, value)

    def disassemble(self, filename, source):
        output.write_out("code of %s\n" % filename)
        return 0


def run(argv, tmpdir, capfd):
    status = EntryPoint([slot(Echo(), ["-g"])]).main(["polyvm"] + argv)
    out, err = capfd.readouterr()
    return status, out, err


def test_runs_by_extension_and_passes_arguments(tmpdir, capfd):
    path = str(tmpdir.join("x.echo"))
    open(path, "w").write("hello")
    status, out, err = run([path, "a", "b"], tmpdir, capfd)
    assert status == 3
    assert out == "ran %s 'hello' ['%s', 'a', 'b']\n" % (path, path)


def test_snippet_and_disassemble(tmpdir, capfd):
    status, out, err = run(["--lang", "echo", "-e", "1+1"], tmpdir, capfd)
    assert out.startswith("ran <string> '1+1'")
    path = str(tmpdir.join("y.echo"))
    open(path, "w").write("")
    status, out, err = run(["--disassemble", path], tmpdir, capfd)
    assert (status, out) == (0, "code of %s\n" % path)


def test_bad_input_gives_messages_not_tracebacks(tmpdir, capfd):
    status, out, err = run([str(tmpdir.join("missing.echo"))], tmpdir, capfd)
    assert status == 2 and "can't open file" in err and "No such file" in err
    status, out, err = run([str(tmpdir)], tmpdir, capfd)
    assert status == 2 and "is a directory" in err
    notes = str(tmpdir.join("notes.txt"))
    open(notes, "w").write("")
    status, out, err = run([notes], tmpdir, capfd)
    assert status == 2 and "cannot tell the language" in err
    status, out, err = run(["--lang", "cobol", notes], tmpdir, capfd)
    assert status == 2 and "unknown language 'cobol'" in err
    status, out, err = run(["--bogus"], tmpdir, capfd)
    assert status == 2 and "unknown option" in err



def test_code_and_lang_in_either_order(tmpdir, capfd):
    for argv in (["-e", "x", "--lang", "echo"], ["--lang", "echo", "-e", "x"]):
        status, out, err = run(argv + ["a"], tmpdir, capfd)
        assert (status, out) == (3, "ran <string> 'x' ['a']\n")


def test_program_from_standard_input(tmpdir, capfd, monkeypatch):
    monkeypatch.setattr(console, "read_all", lambda fd: "piped")
    monkeypatch.setattr(console, "is_terminal", lambda fd: False)
    status, out, err = run(["-", "a"], tmpdir, capfd)
    assert out == "ran <stdin> 'piped' ['-', 'a']\n"
    status, out, err = run([], tmpdir, capfd)            # no FILE, input not a terminal
    assert out == "ran <stdin> 'piped' []\n"


def test_terminal_without_a_program_opens_the_repl(tmpdir, capfd, monkeypatch):
    monkeypatch.setattr(console, "is_terminal", lambda fd: True)
    status, out, err = run([], tmpdir, capfd)
    assert (status, out) == (0, "echo repl\n")


def test_language_options_reach_their_language_only(tmpdir, capfd):
    status, out, err = run(["-g", "main", "-e", "x"], tmpdir, capfd)
    assert out == "ran <string> 'x' [] -g=main\n"
    status, out, err = run(["-t", "halt", "-e", "x"], tmpdir, capfd)
    assert status == 2 and "unknown option -t" in err


def test_a_language_without_bytecode_says_so(tmpdir, capfd):
    path = str(tmpdir.join("n.nest"))
    open(path, "w").write("()")
    status = EntryPoint([slot(Nester())]).main(["polyvm", "--disassemble", path])
    assert status == 2 and "nester has no bytecode" in capfd.readouterr()[1]


def test_a_broken_language_does_not_stop_the_others(tmpdir, capfd):
    broken = LanguageSlot("broken", [".brk"], "languages.no_such_language.language.X", [])
    entry_point = EntryPoint([slot(Echo()), broken])
    assert entry_point.main(["polyvm", "--lang", "echo", "-e", "x"]) == 3
    assert entry_point.main(["polyvm", "--lang", "broken", "-e", "x"]) == 2
    assert "language 'broken' failed to load" in capfd.readouterr()[1]


def test_languages_are_discovered_from_their_packages():
    slots = discover()
    names = [s.name for s in slots]
    assert "python" in names and "lox" in names
    assert [s.name for s in discover(["lox"])] == ["lox"]
    assert discover(["lox"])[0].extensions == [".lox"]
    assert all(s.language is None for s in slots)       # nothing imported yet


def test_version_and_help(tmpdir, capfd):
    status, out, err = run(["--version"], tmpdir, capfd)
    assert out == "polyvm %s\n" % entry.VERSION
    status, out, err = run(["--help"], tmpdir, capfd)
    assert "echo (.echo)" in out


class Nester(Language):
    """A language whose parser recurses once per character: deep input exhausts the stack."""
    name = "nester"
    extensions = [".nest"]

    def run(self, filename, source, args):
        return self.parse(source, 0)

    def parse(self, source, i):
        return 0 if i == len(source) else self.parse(source, i + 1)


def test_host_stack_overflow_is_the_languages_message_not_a_crash(tmpdir, capfd):
    path = str(tmpdir.join("deep.nest"))
    open(path, "w").write("(" * 100000)
    status = EntryPoint([slot(Nester())]).main(["polyvm", path])
    out, err = capfd.readouterr()
    assert status == 1
    assert err == "nester: stack overflow: the program is nested too deeply\n"


def test_c_is_e_and_m_runs_a_module_with_the_rest(tmpdir, capfd):
    status, out, err = run(["--lang", "echo", "-c", "1+1", "a"], tmpdir, capfd)
    assert (status, out) == (3, "ran <string> '1+1' ['a']\n")

    class Runner(Echo):
        def run_module(self, module, args):
            output.write_out("module %s %s\n" % (module, args))
            return 4
    status = EntryPoint([slot(Runner())]).main(["polyvm", "-m", "tool", "x", "-v"])
    assert (status, capfd.readouterr()[0]) == (4, "module tool ['x', '-v']\n")
    status, out, err = run(["-m", "tool"], tmpdir, capfd)
    assert status == 2 and "cannot run a module by name" in err
