"""Python as the entry point sees it: run a file, print errors the way CPython does."""
import os

from rpython.rlib.objectmodel import not_rpython

from rpython.rlib.objectmodel import import_from_mixin

from framework import console, output
from framework.entry import BytecodeLanguage, Language
from framework.errors import SourceError, source_line, caret_line
from framework.tracebacks import fold_repeats
from framework.text import invalid_utf8_at, line_of_offset
from languages.python import opcodes
from languages.python.kit import Prelude
from languages.python.error import OperationError
from languages.python.objspace import PythonSpace
from languages.python.interpreter import Interpreter, PyFrame
from languages.python.compiler import compile_module
from languages.python.parser import parse
from languages.python.objects.moduleobject import W_ModuleObject
from languages.python.objects.instanceobject import W_ExceptionObject
from languages.python.objects.intobject import W_IntObject
from languages.python.objects.strobject import W_StrObject
from languages.python.objects.tupleobject import W_TupleObject


LIB_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib")


class PythonLanguage(Language):
    import_from_mixin(BytecodeLanguage)
    name = "python"
    extensions = [".py"]
    opcodes = opcodes.table
    source_error_status = 1

    def __init__(self):
        self.space = PythonSpace()
        self.interpreter = Interpreter(self.space)
        self.space.language = self
        self.space.argv = []
        self.space.main_dir = ""
        self.sources = {}
        self.prelude = Prelude(LIB_DIR, ".py", "<polyvm-lib>/")
        polyglot.attach(self)

    # -- entry points -------------------------------------------------------------------
    def run(self, filename, source, args):
        space = self.space
        if filename == "<string>":              # -c CODE (-e): CPython's sys.argv and path
            space.argv = ["-c"] + args
            space.main_dir = ""
        else:
            space.argv = args if args else [filename]
            space.main_dir = absolute_folder(filename)
            if filename != "<stdin>":               # CPython 3.11 names the script absolutely
                start = filename.rfind("/") + 1
                assert start >= 0
                filename = space.main_dir + "/" + filename[start:]
        w_main = W_ModuleObject("__main__")
        space.register_module("__main__", w_main)
        try:
            self.execute_module(filename, source, w_main)
        except SourceError as e:
            self.report_syntax_error(filename, source, e)
            return 1
        except OperationError as e:
            return self.report_uncaught(e)
        return 0

    def run_module(self, module, args):
        """`-m module args` as CPython's runpy does it: sys.path[0] is the current folder,
        the module (a package's `__main__`) runs as `__main__` with sys.argv[0] its file."""
        from languages.python.importing import find_main_module, read_source, parent_name
        space = self.space
        space.argv = ["-m"] + args
        space.main_dir = os.getcwd()
        try:
            name, path, problem = find_main_module(space, module)
        except OperationError as e:
            output.write_err("polyvm: Error while finding module specification for '%s' (%s)\n"
                             % (module, self.exception_line(e.w_value).strip("\n")))
            return 1
        source = read_source(path) if path else None
        if source is None:
            output.write_err("polyvm: %s\n" % (problem or "can't read " + path))
            return 1
        space.argv[0] = path
        w_sys = space.modules.get("sys")          # imported already by a parent package
        if isinstance(w_sys, W_ModuleObject):
            w_sys.w_dict.set("argv", space.newlist([space.newstr(a) for a in space.argv]))
        w_main = W_ModuleObject("__main__")
        w_main.w_dict.set("__package__", space.newstr(parent_name(name)))
        space.register_module("__main__", w_main)
        try:
            self.execute_module(path, source, w_main)
        except SourceError as e:
            self.report_syntax_error(path, source, e)
            return 1
        except OperationError as e:
            return self.report_uncaught(e)
        return 0

    @not_rpython
    def prepare_for_translation(self):
        self.prelude.compile_all(self)

    def repl(self):
        """CPython's interactive loop: `>>> `, `... ` for a block or an open bracket until it
        is complete, an expression's repr echoed (and kept in `_`), errors reported."""
        space = self.space
        w_main = W_ModuleObject("__main__")
        space.register_module("__main__", w_main)
        w_main.w_dict.set("__name__", space.newstr("__main__"))
        while True:
            chunk = read_interactive_chunk()
            if chunk is None:
                output.write_out("\n")
                return 0
            if not chunk.strip(" \t\n"):
                continue
            try:
                self.run_interactive(chunk, w_main)
            except SourceError as e:
                self.report_syntax_error("<stdin>", chunk, e)
            except OperationError as e:
                if space.type(e.w_value).is_subtype(space.w_SystemExit):
                    return self.system_exit_status(e.w_value)
                output.write_err(self.format_exception(e.w_value))

    def run_interactive(self, chunk, w_main):
        """An expression is evaluated and echoed; anything else runs as statements."""
        space = self.space
        try:
            code = self.compile("<stdin>", REPL_RESULT + " = (" + chunk.strip(" \t\n") + "\n)\n")
        except SourceError:
            self.interpreter.run_frame(PyFrame(self.compile("<stdin>", chunk), w_main, None))
            return
        self.interpreter.run_frame(PyFrame(code, w_main, None))
        w_result = w_main.w_dict.get(REPL_RESULT)
        w_main.w_dict.set(REPL_RESULT, None)
        if w_result is not None and not space.is_none(w_result):
            space.builtins.w_dict.set("_", w_result)
            output.write_out(space.repr_w(w_result) + "\n")

    def report_source_error(self, filename, source, error):
        self.report_syntax_error(filename, source, error)

    # -- pieces -------------------------------------------------------------------------
    def compile(self, filename, source):
        bad = invalid_utf8_at(source)
        if bad >= 0:
            # CPython's tokenizer: no File/caret lines, the file and line in the message.
            raise SourceError("Non-UTF-8 code starting with '\\x%s' in file %s on line %d, "
                              "but no encoding declared; see https://peps.python.org/pep-0263/"
                              " for details" % (hex2(source[bad]), filename,
                                                line_of_offset(source, bad)), -1, 0)
        nul = source.find("\x00")
        if nul >= 0:
            raise SourceError(NUL_MESSAGE, line_of_offset(source, nul), 0)
        self.sources[filename] = source
        module = parse(source, filename)
        return compile_module(self.space, module, filename)

    def execute_module(self, filename, source, w_module):
        self.run_code(self.compile(filename, source), filename, w_module)

    def run_code(self, code, filename, w_module):
        space = self.space
        w_module.w_dict.set("__name__", space.newstr(w_module.name))
        w_module.w_dict.set("__file__", space.newstr(filename))
        frame = PyFrame(code, w_module, None)
        self.interpreter.run_frame(frame)

    # -- error reports ------------------------------------------------------------------
    def report_stack_overflow(self):
        # Run-time recursion is caught in the interpreter; this is a parse or compile.
        output.write_err("RecursionError: maximum recursion depth exceeded during compilation\n")
        return 1

    def report_out_of_memory(self):
        # An allocation failed outside any frame (the loop turns the others into MemoryError).
        output.write_err("MemoryError\n")
        return 1

    def report_syntax_error(self, filename, source, error):
        if error.message == NUL_MESSAGE:
            # CPython's C strings end the line at the NUL; it is shown unstripped at the end
            line = source_line(source, error.line)
            nul = line.find("\x00")
            if nul >= 0:
                line = line[:nul]
            output.write_err('  File "%s", line %d\n    %s\nSyntaxError: %s\n'
                             % (filename, error.line, line.lstrip(" \t"), NUL_MESSAGE))
            return
        if error.line < 0:
            output.write_err("%s: %s\n" % (error.kind or "SyntaxError", error.message))
            return
        output.write_err(syntax_error_text(filename, source, error.line, error.column,
                                           error.kind or "SyntaxError", error.message))

    def syntax_exception(self, filename, source, error):
        """A SourceError met while importing: the guest SyntaxError (or subclass) it is."""
        space = self.space
        w_type = space.exception_types.get(error.kind or "SyntaxError", space.w_SyntaxError)
        line = error.line
        text = source_line(source, line) if line > 0 else ""
        w_details = space.newtuple([space.newstr(filename), space.newint(line),
                                    space.newint(error.column), space.newstr(text),
                                    space.newint(line), space.newint(error.column)])
        return OperationError(space.new_exception(w_type, [space.newstr(error.message),
                                                           w_details]))

    def report_uncaught(self, error):
        """Print the traceback as CPython does; returns the exit status (SystemExit's own)."""
        space = self.space
        w_exc = error.w_value
        if space.type(w_exc).is_subtype(space.w_SystemExit):
            return self.system_exit_status(w_exc)
        output.write_err(self.format_exception(w_exc))
        return 1

    def system_exit_status(self, w_exc):
        space = self.space
        assert isinstance(w_exc, W_ExceptionObject)
        if not w_exc.args_w:
            return 0
        w_code = w_exc.args_w[0]
        if space.is_none(w_code):
            return 0
        if isinstance(w_code, W_IntObject):
            return w_code.intval & 0xff
        output.write_err(space.str_text(w_code) + "\n")
        return 1

    def format_exception(self, w_exc):
        space = self.space
        assert isinstance(w_exc, W_ExceptionObject)
        text = ""
        if w_exc.w_cause is not None:
            text += self.format_exception(w_exc.w_cause)
            text += "\nThe above exception was the direct cause of the following exception:\n\n"
        elif w_exc.w_context is not None and not w_exc.suppress_context:
            text += self.format_exception(w_exc.w_context)
            text += "\nDuring handling of the above exception, another exception occurred:\n\n"
        if w_exc.traceback:
            text += "Traceback (most recent call last):\n"
            records = w_exc.traceback
            if len(records) > TRACEBACK_LIMIT:
                records = records[:TRACEBACK_LIMIT]         # innermost first: the newest
            for run in fold_repeats(records):
                text += self.format_record(run.record) * min(run.count, SHOWN_REPEATS)
                text += repeated_note(run.count - SHOWN_REPEATS)
        return text + self.exception_line(w_exc)

    def format_record(self, record):
        text = '  File "%s", line %d, in %s\n' % (record.filename, record.line, record.name)
        source = self.sources.get(record.filename, "")
        line = source_line(source, record.line).strip(" \t") if source else ""
        if line:
            text += "    %s\n" % line
        return text

    def exception_line(self, w_exc):
        space = self.space
        w_type = space.type(w_exc)
        name = w_type.name
        if w_type.module != "builtins" and w_type.module != "__main__":
            name = w_type.module + "." + name
        w_details = None
        if (w_type.is_subtype(space.w_SyntaxError) and isinstance(w_exc, W_ExceptionObject)
                and len(w_exc.args_w) == 2):
            w_details = w_exc.args_w[1]
        if isinstance(w_details, W_TupleObject):
            assert isinstance(w_exc, W_ExceptionObject)
            details_w = w_details.items_w
            if len(details_w) >= 3:
                w_file = details_w[0]
                w_line = details_w[1]
                w_column = details_w[2]
                if (isinstance(w_file, W_StrObject) and isinstance(w_line, W_IntObject) and
                        isinstance(w_column, W_IntObject)):
                    filename = w_file.utf8
                    return syntax_error_text(filename, self.sources.get(filename, ""),
                                             w_line.intval, w_column.intval, name,
                                             space.str_text(w_exc.args_w[0]))
        try:
            if w_type.is_subtype(space.w_KeyError) and isinstance(w_exc, W_ExceptionObject) \
                    and len(w_exc.args_w) == 1:
                message = space.repr_w(w_exc.args_w[0])
            else:
                message = space.str_text(w_exc)
        except OperationError:
            message = "<exception str() failed>"
        if message:
            return "%s: %s\n" % (name, message)
        return name + "\n"


def absolute_folder(filename):
    """The folder of a script as sys.path[0] names it: absolute, like CPython's."""
    slash = filename.rfind("/")
    if slash > 0:
        folder = filename[:slash]
    elif slash == 0:
        folder = "/"
    else:
        folder = ""
    if folder.startswith("/"):
        return folder
    cwd = os.getcwd()
    if not folder or folder == ".":
        return cwd
    if folder.startswith("./"):
        folder = folder[2:]
    return cwd + "/" + folder


def syntax_error_text(filename, source, line, column, name, message):
    """CPython's report of a syntax error: file and line, the line, a caret, the message."""
    text = source_line(source, line) if line > 0 and source else ""
    lines = '  File "%s", line %d\n' % (filename, line)
    stripped = text.lstrip(" \t")
    if stripped:
        indent = len(text) - len(stripped)
        lines += "    %s\n" % stripped.rstrip()
        if column > 0:
            lines += "    %s\n" % caret_line(stripped, max(column - indent, 1))
    return lines + "%s: %s\n" % (name, message)


SHOWN_REPEATS = 3     # CPython prints a run of identical frames three times, then counts
TRACEBACK_LIMIT = 1000        # ... and only the newest 1000 frames (PyTraceBack_LIMIT)


def repeated_note(more):
    if more <= 0:
        return ""
    return "  [Previous line repeated %d more time%s]\n" % (more, "" if more == 1 else "s")


REPL_RESULT = "__polyvm_repl__"
NUL_MESSAGE = "source code cannot contain null bytes"


def read_interactive_chunk():
    """One complete input: a line, or a block or bracketed expression with its `... ` lines
    (a block ends at an empty line).  None at the end of input."""
    line = console.stdin.read_line(">>> ")
    if line is None:
        return None
    chunk = line
    depth = bracket_depth(line)
    block = line.rstrip(" \t\n").endswith(":")
    while depth > 0 or block or chunk.rstrip("\n").endswith("\\"):
        line = console.stdin.read_line("... ")
        if line is None or (block and depth <= 0 and not line.strip(" \t\n")):
            break
        chunk += line
        depth += bracket_depth(line)
        if line.rstrip(" \t\n").endswith(":"):
            block = True
    return chunk


def bracket_depth(text):
    """Brackets opened minus closed, outside strings and comments (roughly: enough to know
    whether an interactive line continues)."""
    depth = 0
    quote = ""
    for ch in text:
        if quote:
            if ch == quote:
                quote = ""
        elif ch == "'" or ch == '"':
            quote = ch
        elif ch == "#":
            break
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
    return depth


def hex2(ch):
    code = ord(ch)
    return "0123456789abcdef"[code >> 4] + "0123456789abcdef"[code & 15]


from languages.python import polyglot  # noqa: E402  (interop, the polyglot hooks and built-ins)
