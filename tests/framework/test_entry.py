"""The shared command line, with a stand-in language (output captured through os.write)."""
import os

from framework import entry, output
from framework.entry import EntryPoint, Language


class Echo(Language):
    name = "echo"
    extensions = [".echo"]

    def run(self, filename, source, args):
        output.write_out("ran %s %r %s\n" % (filename, source, args))
        return 3

    def disassemble(self, filename, source):
        output.write_out("code of %s\n" % filename)
        return 0


def run(argv, tmpdir, capfd):
    status = EntryPoint([Echo()]).main(["polyvm"] + argv)
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
    status, out, err = run([], tmpdir, capfd)
    assert status == 2 and "usage" in err


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
    status = EntryPoint([Nester()]).main(["polyvm", path])
    out, err = capfd.readouterr()
    assert status == 1
    assert err == "nester: stack overflow: the program is nested too deeply\n"
