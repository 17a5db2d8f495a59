"""Ruby as the entry point sees it: compile, run in a fresh space, and report errors and
exit as ruby does (`FILE:LINE: syntax error, ...` and status 1 for a syntax error; the
uncaught exception as `FILE:LINE:in `meth': message (Class)` plus its `from` lines on
stderr and status 1; `exit n`'s status; at_exit blocks last).
"""
import os

from rpython.rlib.objectmodel import import_from_mixin, not_rpython

from framework import output
from framework.entry import BytecodeLanguage, Language
from framework.errors import SourceError
from languages.ruby import opcodes as op
from languages.ruby.builtins import registry
from languages.ruby.builtins import kernel, numeric, string, array, hash, misc  # noqa: F401
from languages.ruby.compiler import compile_ruby
from languages.ruby.errors import RubyError, Unwind, BreakUnwind, ReturnUnwind, ThrowUnwind
from languages.ruby.interpreter import Interpreter, LexicalScope
from languages.ruby.objects import W_Exception, W_Integer, W_Proc, w_nil, nonneg
from languages.ruby.space import Space

PRELUDE_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "prelude.rb")


class PreludeHolder(object):
    """The prelude's code object: compiled before translation, or at first use."""

    def __init__(self):
        self.compiled = None


prelude = PreludeHolder()


@not_rpython
def prelude_source():
    with open(PRELUDE_PATH) as f:
        return f.read()


PRELUDE_SOURCE = prelude_source()


def prelude_code():
    if prelude.compiled is None:
        prelude.compiled = compile_ruby(PRELUDE_SOURCE, "<internal:prelude>")
    return prelude.compiled


def new_space(filename):
    space = Space()
    space.filename = filename
    interp = Interpreter(space)
    space.interp = interp
    registry.install(space)
    interp.run_main(prelude_code(), space.w_main, LexicalScope(space.w_Object, None))
    space.seed_random(0)
    return space


def read_file(path):
    try:
        fd = os.open(path, os.O_RDONLY, 0)
    except OSError:
        return None
    pieces = []
    try:
        while True:
            data = os.read(fd, 65536)
            if not data:
                break
            pieces.append(data)
    finally:
        os.close(fd)
    return "".join(pieces)


class RubyLanguage(Language):
    import_from_mixin(BytecodeLanguage)
    name = "ruby"
    extensions = [".rb"]
    opcodes = op.table
    source_error_status = 1

    def run(self, filename, source, args):
        code = self.compile_or_report(filename, source)
        if code is None:
            return 1
        space = new_space(filename)
        space.loaded_files[filename] = True
        status = self.execute(space, code)
        status = self.run_at_exit(space, status)
        return status

    def execute(self, space, code):
        try:
            space.interp.run_main(code, space.w_main, LexicalScope(space.w_Object, None))
        except RubyError as e:
            return self.report_uncaught(space, e)
        except ThrowUnwind as e:
            output.write_err("%s: uncaught throw %s (UncaughtThrowError)\n" % (
                space.filename, space.inspect(e.w_tag)))
            return 1
        except BreakUnwind:
            output.write_err("%s: break from proc-closure (LocalJumpError)\n" %
                             space.filename)
            return 1
        except ReturnUnwind:
            return 0
        return 0

    def run_at_exit(self, space, status):
        while space.at_exit_blocks:
            w_block = space.at_exit_blocks.pop()
            try:
                space.interp.call_proc(w_block, [])
            except RubyError as e:
                status = self.report_uncaught(space, e)
            except Unwind:
                pass
        return status

    def report_uncaught(self, space, e):
        w_exc = e.w_exc
        assert isinstance(w_exc, W_Exception)
        if space.is_kind_of(w_exc, space.w_SystemExit):
            w_status = w_exc.w_extra
            if isinstance(w_status, W_Integer):
                return w_status.value
            return 0
        try:
            message = space.to_s(space.interp.send(w_exc, "message", []))
        except RubyError:
            message = ""
        class_name = space.class_name(w_exc)
        backtrace = w_exc.backtrace
        if not backtrace or w_exc.w_class is space.w_NoMemoryError:
            backtrace = ["%s" % space.filename]     # ruby's NoMemoryError has no backtrace
        first = backtrace[0]
        if not message:
            text = "%s: unhandled exception\n" % first if class_name == "RuntimeError" \
                else "%s: %s (%s)\n" % (first, class_name, class_name)
        else:
            nl = message.find("\n")
            if nl >= 0:
                text = "%s: %s (%s)\n%s\n" % (first, message[:nonneg(nl)], class_name, message[nonneg(nl + 1):])
            else:
                text = "%s: %s (%s)\n" % (first, message, class_name)
        rest = backtrace[1:]
        if len(rest) > 12:
            lines = []
            for entry in rest[:4]:
                lines.append("\tfrom %s\n" % entry)
            lines.append("\t ... %d levels...\n" % (len(rest) - 8))
            for entry in rest[nonneg(len(rest) - 4):]:
                lines.append("\tfrom %s\n" % entry)
            text += "".join(lines)
        else:
            for entry in rest:
                text += "\tfrom %s\n" % entry
        output.write_err(text)
        return 1

    def compile(self, filename, source):
        return compile_ruby(source, filename)

    def report_source_error(self, filename, source, error):
        output.write_err("%s:%d: %s\n" % (filename, error.line, error.message))

    def report_stack_overflow(self):
        output.write_err("ruby: stack level too deep (SystemStackError)\n")
        return 1

    @not_rpython
    def prepare_for_translation(self):
        prelude_code()
