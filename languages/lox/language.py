"""Lox as the entry point sees it: compile, run, report errors and exit as clox does.

Exit status 65 after compile errors (all of them on stderr), 70 after a runtime error (its
message, then one `[line N] in fn()` line per frame, innermost first), 0 otherwise.  The REPL
is clox's: `> `, one line at a time, globals kept between lines.
"""
from rpython.rlib.objectmodel import import_from_mixin

from framework import console, output
from framework.entry import BytecodeLanguage, Language
from languages.lox import opcodes as op
from languages.lox.compiler import compile_lox
from languages.lox.interpreter import LoxError, interpreter, new_globals

EXIT_COMPILE_ERROR = 65
EXIT_RUNTIME_ERROR = 70


class LoxLanguage(Language):
    import_from_mixin(BytecodeLanguage)
    name = "lox"
    extensions = [".lox"]
    opcodes = op.table
    source_error_status = EXIT_COMPILE_ERROR

    def run(self, filename, source, args):
        code = self.compile_or_report(filename, source)
        if code is None:
            return EXIT_COMPILE_ERROR
        return self.execute(code, new_globals())

    def repl(self):
        globals = new_globals()
        while True:
            line = console.stdin.read_line("> ")
            if line is None:
                output.write_out("\n")
                return 0
            code = self.compile_or_report("<stdin>", line)
            if code is not None:
                self.execute(code, globals)

    def execute(self, code, globals):
        try:
            interpreter.run_script(code, globals)
        except LoxError as e:
            output.write_err(e.message + "\n" + "".join(["[line %d] in %s\n" % (r.line, r.name)
                                                          for r in e.traceback]))
            return EXIT_RUNTIME_ERROR
        return 0

    def compile(self, filename, source):
        return compile_lox(source, filename)

    def report_source_error(self, filename, source, error):
        output.write_err(error.message + "\n")
