"""The command line shared by every language: `polyvm [options] FILE [ARGS]`.

Each language is a `Language` object behind a `LanguageSlot` (framework/registry.py); the
entry point picks one by `--lang` or file extension, reads the file (or standard input, or
`-e CODE`), and hands over; on a terminal with no program it opens the language's REPL.
This module imports no language: the translation target passes in the slots it links.
"""
import os
import stat

from rpython.rlib import jit
from rpython.rlib.objectmodel import not_rpython

from framework import console, output, polyglot
from framework.errors import SourceError, StackOverflow, check_stack_overflow

VERSION = "0.1.0"


class Language(object):
    """What a language plugs into the entry point (subclass and override)."""
    name = "?"
    extensions = []

    def run(self, filename, source, args):
        """Run a program; returns the process exit status."""
        raise NotImplementedError

    def disassemble(self, filename, source):
        """Print the program's bytecode; returns the exit status.  Bytecode languages take
        `BytecodeLanguage`'s; an engine without bytecode keeps this answer."""
        output.write_err("polyvm: %s has no bytecode to disassemble\n" % self.name)
        return 2

    def repl(self):
        """Read, run and echo lines from standard input until its end; returns the status."""
        output.write_err("polyvm: %s has no interactive mode; give it a FILE\n" % self.name)
        return 2

    def run_module(self, module, args):
        """`-m MODULE ARGS`: run a module found by the language's own search (Python's
        `runpy`); returns the exit status."""
        output.write_err("polyvm: %s cannot run a module by name (-m)\n" % self.name)
        return 2

    def set_option(self, option, value):
        """One of the options the language declares in its package's OPTIONS (`-g GOAL`)."""

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

    # The hooks by which other languages reach this one (framework/polyglot.py).
    polyglot_eval = polyglot.DefaultHooks.__dict__["polyglot_eval"]
    polyglot_import = polyglot.DefaultHooks.__dict__["polyglot_import"]
    polyglot_globals = polyglot.DefaultHooks.__dict__["polyglot_globals"]


class BytecodeLanguage(object):
    """Mixin (`import_from_mixin`, so each language has its own copy) for a language that
    compiles to a kit code object: `--disassemble` from `compile`, `report_source_error` and
    `opcodes` (the language's OpcodeTable)."""

    def disassemble(self, filename, source):
        code = self.compile_or_report(filename, source)
        if code is None:
            return self.source_error_status
        output.write_out(code.disassemble(self.opcodes))
        return 0

    def compile_or_report(self, filename, source):
        """The compiled code, or None once its SourceError has been reported."""
        try:
            return self.compile(filename, source)
        except SourceError as e:
            self.report_source_error(filename, source, e)
            return None


USAGE = """usage: polyvm [options] FILE [ARGS...]
       polyvm [options] -e CODE [ARGS...]   (-c CODE too)
       polyvm [options] -m MODULE [ARGS...]
       polyvm [options] - [ARGS...]         (the program from standard input)
       polyvm [--lang NAME]                 (an interactive session on a terminal)
options:
  --lang NAME          language of FILE or CODE (default: from FILE's extension, else %s)
  -e CODE, -c CODE     run CODE
  -m MODULE            run a module by name (Python: its __main__), the rest are its ARGS
  --disassemble FILE   print FILE's bytecode instead of running it
  --jit PARAMS         JIT parameters, e.g. threshold=200,trace_limit=10000 or off
  --version            print the version and exit
  --help               print this help and exit
languages: %s
"""


class EntryPoint(object):
    """The command line over a list of `LanguageSlot`s (framework/registry.py)."""

    def __init__(self, slots):
        self.slots = slots
        polyglot.register_slots(slots)

    def by_name(self, name):
        for slot in self.slots:
            if slot.name == name:
                return slot
        return None

    def by_filename(self, filename):
        for slot in self.slots:
            for extension in slot.extensions:
                if filename.endswith(extension):
                    return slot
        return None

    def default_slot(self):
        """Python where it is linked, else the first language."""
        return self.by_name("python") or self.slots[0]

    def takes_option(self, arg):
        for slot in self.slots:
            if arg in slot.options:
                return True
        return False

    def language_list(self):
        parts = []
        for slot in self.slots:
            parts.append("%s (%s)" % (slot.name, " ".join(slot.extensions)))
        return ", ".join(parts)

    def usage(self):
        return USAGE % (self.default_slot().name, self.language_list())

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
        """Options first (in any order), then FILE or `-`, then the program's arguments."""
        lang_name = ""
        code = ""
        has_code = False
        disassemble = False
        language_options = []            # [option, value, option, value ...]
        i = 1
        while i < len(argv):
            arg = argv[i]
            if arg == "--help" or arg == "-h":
                output.write_out(self.usage())
                return 0
            elif arg == "--version":
                output.write_out("polyvm %s\n" % VERSION)
                return 0
            elif arg == "--disassemble":
                disassemble = True
            elif arg == "-m":
                if i + 1 >= len(argv):
                    return self.fail("-m needs an argument (see --help)")
                slot = self.by_name(lang_name) if lang_name else self.default_slot()
                if slot is None:
                    return self.unknown_language(lang_name)
                return self.start_module(slot, language_options, argv[i + 1], argv[i + 2:])
            elif (arg == "--lang" or arg == "-e" or arg == "-c" or arg == "--jit" or
                  self.takes_option(arg)):
                if i + 1 >= len(argv):
                    return self.fail("%s needs an argument (see --help)" % arg)
                value = argv[i + 1]
                if arg == "--lang":
                    lang_name = value
                elif arg == "-e" or arg == "-c":
                    code = value
                    has_code = True
                elif arg == "--jit":
                    jit.set_user_param(None, value)
                else:
                    language_options.append(arg)
                    language_options.append(value)
                i += 1
            elif arg.startswith("-") and arg != "-":
                return self.fail("unknown option %s (see --help)" % arg)
            else:
                break
            i += 1
        if has_code or i >= len(argv) or argv[i] == "-":
            slot = self.by_name(lang_name) if lang_name else self.default_slot()
            if slot is None:
                return self.unknown_language(lang_name)
            if has_code:
                return self.start(slot, language_options, "<string>", code, argv[i:],
                                  disassemble)
            if i >= len(argv) and console.is_terminal(0) and not disassemble:
                return self.start_repl(slot, language_options)
            return self.start(slot, language_options, "<stdin>", console.read_all(0),
                              argv[i:], disassemble)
        filename = argv[i]
        if is_directory(filename):
            return self.fail("can't run '%s': it is a directory, not a file" % filename)
        try:
            source = read_file(filename)
        except OSError as e:
            return self.fail("can't open file '%s': [Errno %d] %s"
                             % (filename, e.errno, os.strerror(e.errno)))
        if lang_name:
            slot = self.by_name(lang_name)
            if slot is None:
                return self.unknown_language(lang_name)
        else:
            slot = self.by_filename(filename)
            if slot is None:
                return self.fail("cannot tell the language of '%s' from its extension; "
                                 "use --lang NAME (known: %s)" % (filename, self.language_list()))
        return self.start(slot, language_options, filename, source, argv[i:], disassemble)

    def unknown_language(self, name):
        return self.fail("unknown language '%s'; known: %s" % (name, self.language_list()))

    @not_rpython
    def prepare_for_translation(self):
        polyglot.prepare_for_translation(self.slots)
        for slot in self.slots:
            slot.load().prepare_for_translation()

    def configure(self, slot, language_options):
        """The slot's language with its options set, or None (reported)."""
        language = slot.get()
        if language is None:
            return None
        for k in range(0, len(language_options), 2):
            option = language_options[k]
            if option not in slot.options:
                self.fail("%s takes no option %s (see --help)" % (slot.name, option))
                return None
            language.set_option(option, language_options[k + 1])
        return language

    def start(self, slot, language_options, filename, source, args, disassemble):
        language = self.configure(slot, language_options)
        if language is None:
            return 2
        try:
            if disassemble:
                return language.disassemble(filename, source)
            return language.run(filename, source, args)
        except StackOverflow:
            check_stack_overflow()
            return language.report_stack_overflow()
        except MemoryError:
            return language.report_out_of_memory()

    def start_module(self, slot, language_options, module, args):
        language = self.configure(slot, language_options)
        if language is None:
            return 2
        try:
            return language.run_module(module, args)
        except StackOverflow:
            check_stack_overflow()
            return language.report_stack_overflow()
        except MemoryError:
            return language.report_out_of_memory()

    def start_repl(self, slot, language_options):
        language = self.configure(slot, language_options)
        if language is None:
            return 2
        return language.repl()


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
