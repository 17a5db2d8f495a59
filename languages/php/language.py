"""PHP as the entry point sees it: compile, run, report errors and exit as php-cli does
with display_errors on (messages on standard output; exit status 255 after a fatal error).
"""
import os

from rpython.rlib.objectmodel import import_from_mixin

from framework import output
from framework.entry import BytecodeLanguage, Language
from framework.errors import StackOverflow, check_stack_overflow
from languages.php import opcodes as op
from languages.php.compiler import compile_php
from languages.php.runtime import run_main

EXIT_FATAL = 255


class PhpLanguage(Language):
    import_from_mixin(BytecodeLanguage)
    name = "php"
    extensions = [".php"]
    opcodes = op.table
    source_error_status = EXIT_FATAL

    def run(self, filename, source, args):
        if not filename.startswith("/") and not filename.startswith("<"):
            filename = os.getcwd() + "/" + filename
        code = self.compile_or_report(filename, source)
        if code is None:
            return EXIT_FATAL
        return run_main(code, filename, args)

    def compile(self, filename, source):
        return compile_php(source, filename)

    def report_source_error(self, filename, source, error):
        kind = error.kind or "Parse"
        if kind == "Parse":
            label = "Parse error"
        else:
            label = "Fatal error"
        output.write_out("\n%s: %s in %s on line %d\n" % (label, error.message, filename,
                                                          error.line))
        output.write_err("PHP %s:  %s in %s on line %d\n" % (label, error.message, filename,
                                                             error.line))

    def report_stack_overflow(self):
        output.write_out("\nFatal error: Maximum function nesting level reached, aborting!\n")
        return EXIT_FATAL


from languages.php import polyglot  # noqa: E402,F401  (interop, PyHyp's built-ins)
