"""Lox as the entry point sees it: compile, run, report errors and exit as clox does.

Exit status 65 after compile errors (all of them on stderr), 70 after a runtime error (its
message, then one `[line N] in fn()` line per frame, innermost first), 0 otherwise.
"""
from framework import output
from framework.entry import Language
from framework.errors import SourceError
from languages.lox import opcodes
from languages.lox.code import SCRIPT
from languages.lox.compiler import compile_lox
from languages.lox.interpreter import LoxError, interpreter, new_globals

EXIT_COMPILE_ERROR = 65
EXIT_RUNTIME_ERROR = 70


class LoxLanguage(Language):
    name = "lox"
    extensions = [".lox"]

    def run(self, filename, source, args):
        code = compile_or_report(filename, source)
        if code is None:
            return EXIT_COMPILE_ERROR
        try:
            interpreter.run_script(code, new_globals())
        except LoxError as e:
            output.write_err(e.message + "\n")
            for record in e.traceback:
                where = "script" if record.name == SCRIPT else record.name + "()"
                output.write_err("[line %d] in %s\n" % (record.line, where))
            return EXIT_RUNTIME_ERROR
        return 0

    def disassemble(self, filename, source):
        code = compile_or_report(filename, source)
        if code is None:
            return EXIT_COMPILE_ERROR
        output.write_out(code.disassemble(opcodes.table))
        return 0


def compile_or_report(filename, source):
    try:
        return compile_lox(source, filename)
    except SourceError as e:
        output.write_err(e.message + "\n")
        return None
