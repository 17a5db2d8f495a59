"""The command line shared by every language: `polyvm [options] FILE [ARGS]`.

Languages register a `Language` object; the entry point picks one by file extension or
`--lang`, reads the file, and hands over.  This module imports no language: the translation
target (`targetpolyvm.py`) passes in the list it links.
"""
import os
import stat

from rpython.rlib import jit
from rpython.rlib.objectmodel import not_rpython

from framework import output
from framework.errors import StackOverflow, check_stack_overflow

VERSION = "0.1.0"


class Language(object):
    """What a language plugs into the entry point (subclass and override)."""
    name = "?"
    extensions = []

    def run(self, filename, source, args):
        """Run a program; returns the process exit status."""
        raise NotImplementedError

    def disassemble(self, filename, source):
        """Print the program's bytecode; returns the exit status."""
        raise NotImplementedError

    def report_stack_overflow(self):
        """The host stack ran out outside the language's own recursion check (a program
        nested too deeply for the parser or compiler): say so in the language's words."""
        output.write_err("%s: stack overflow: the program is nested too deeply\n" % self.name)
        return 1

    def report_out_of_memory(self):
        """An allocation failed outside the language's own conversion (its interpreter loop)."""
        output.write_err("%s: out of memory\n" % self.name)
        return 1

    @not_rpython
    def prepare_for_translation(self):
        """Build, on the host, what the binary should carry ready-made (preludes, tables)."""


USAGE = """usage: polyvm [options] FILE [ARGS...]
       polyvm [options] -e CODE [ARGS...]
options:
  --lang NAME          language of FILE or CODE (default: from FILE's extension)
  -e CODE              run CODE (needs --lang unless it is Python)
  --disassemble FILE   print FILE's bytecode instead of running it
  --jit PARAMS         JIT parameters, e.g. threshold=200,trace_limit=10000 or off
  --version            print the version and exit
  --help               print this help and exit
languages: %s
"""


class EntryPoint(object):
    def __init__(self, languages):
        self.languages = languages

    def by_name(self, name):
        for language in self.languages:
            if language.name == name:
                return language
        return None

    def by_filename(self, filename):
        for language in self.languages:
            for extension in language.extensions:
                if filename.endswith(extension):
                    return language
        return None

    def language_list(self):
        parts = []
        for language in self.languages:
            parts.append("%s (%s)" % (language.name, " ".join(language.extensions)))
        return ", ".join(parts)

    def fail(self, message, status=2):
        output.write_err("polyvm: %s\n" % message)
        return status

    def main(self, argv):
        try:
            status = self.dispatch(argv)
        finally:
            output.flush_all()
        return status

    def dispatch(self, argv):
        lang_name = ""
        code = ""
        has_code = False
        disassemble = False
        i = 1
        while i < len(argv):
            arg = argv[i]
            if arg == "--help" or arg == "-h":
                output.write_out(USAGE % self.language_list())
                return 0
            elif arg == "--version":
                output.write_out("polyvm %s\n" % VERSION)
                return 0
            elif arg == "--lang" or arg == "-e" or arg == "--jit":
                if i + 1 >= len(argv):
                    return self.fail("%s needs an argument (see --help)" % arg)
                value = argv[i + 1]
                if arg == "--lang":
                    lang_name = value
                elif arg == "-e":
                    code = value
                    has_code = True
                else:
                    jit.set_user_param(None, value)
                i += 2
                if has_code:
                    break
                continue
            elif arg == "--disassemble":
                disassemble = True
                i += 1
                continue
            elif arg.startswith("-") and arg != "-":
                return self.fail("unknown option %s (see --help)" % arg)
            break
        if has_code:
            language = self.by_name(lang_name or "python")
            if language is None:
                return self.fail("unknown language '%s'; known: %s" % (lang_name, self.language_list()))
            return self.start(language, "<string>", code, argv[i:], disassemble)
        if i >= len(argv):
            output.write_err(USAGE % self.language_list())
            return 2
        filename = argv[i]
        if is_directory(filename):
            return self.fail("can't run '%s': it is a directory, not a file" % filename)
        try:
            source = read_file(filename)
        except OSError as e:
            return self.fail("can't open file '%s': [Errno %d] %s"
                             % (filename, e.errno, os.strerror(e.errno)))
        if lang_name:
            language = self.by_name(lang_name)
            if language is None:
                return self.fail("unknown language '%s'; known: %s" % (lang_name, self.language_list()))
        else:
            language = self.by_filename(filename)
            if language is None:
                return self.fail("cannot tell the language of '%s' from its extension; "
                                 "use --lang NAME (known: %s)" % (filename, self.language_list()))
        return self.start(language, filename, source, argv[i:], disassemble)

    @not_rpython
    def prepare_for_translation(self):
        for language in self.languages:
            language.prepare_for_translation()

    def start(self, language, filename, source, args, disassemble):
        try:
            if disassemble:
                return language.disassemble(filename, source)
            return language.run(filename, source, args)
        except StackOverflow:
            check_stack_overflow()
            return language.report_stack_overflow()
        except MemoryError:
            return language.report_out_of_memory()


def is_directory(filename):
    try:
        return stat.S_ISDIR(os.stat(filename).st_mode)
    except OSError:
        return False


def read_file(filename):
    """The file's bytes (raises OSError)."""
    fd = os.open(filename, os.O_RDONLY, 0)
    try:
        pieces = []
        while True:
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            pieces.append(chunk)
    finally:
        os.close(fd)
    return "".join(pieces)
