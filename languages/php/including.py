"""include/require(_once): a file compiled on demand and run in the scope of the code
that includes it (its variables are the includer's, bound by name as references)."""
import os

from framework import output
from framework.entry import read_file
from framework.errors import SourceError
from languages.php.builtins import functions
from languages.php.compiler import compile_php
from languages.php.errors import PhpExit
from languages.php.strlib import cut
from languages.php.objects import W_Reference, w_true, w_false

KIND_NAMES = ["include", "include_once", "require", "require_once"]


def normalize(path):
    parts = []
    for part in path.split("/"):
        if part == "" or part == ".":
            continue
        if part == "..":
            if parts:
                parts.pop()
            continue
        parts.append(part)
    return "/" + "/".join(parts)


def dirname(path):
    index = path.rfind("/")
    if index <= 0:
        return "/"
    return cut(path, 0, index)


def resolve(space, frame, path):
    """The absolute path of an included file: as given when absolute, else against the
    working directory, then the including file's folder; None when not found."""
    if path.startswith("/"):
        candidates = [path]
    else:
        candidates = [os.getcwd() + "/" + path,
                      dirname(frame.code.filename) + "/" + path]
    for candidate in candidates:
        try:
            os.stat(candidate)
        except OSError:
            continue
        return normalize(candidate)
    return None


def include_file(space, frame, path, kind):
    name = KIND_NAMES[kind]
    full = resolve(space, frame, path) if path else None
    if full is not None and (kind == 1 or kind == 3) and full in space.included:
        return w_true
    source = None
    if full is not None:
        try:
            source = read_file(full)
        except OSError:
            source = None
    if source is None:
        if path:
            space.warning("%s(%s): Failed to open stream: No such file or directory"
                          % (name, path))
        else:
            space.raise_value_error_empty_path(name)
        if kind >= 2:
            raise space.error("Error", "Failed opening required '%s' (include_path="
                              "'.:/usr/share/php')" % path)
        space.warning("%s(): Failed opening '%s' for inclusion (include_path="
                      "'.:/usr/share/php')" % (name, path))
        return w_false
    assert full is not None
    try:
        code = space.included_code.get(full, None)
        if code is None:
            code = compile_php(source, full, True)
            space.included_code[full] = code
    except SourceError as e:
        label = "Parse error" if (e.kind or "Parse") == "Parse" else "Fatal error"
        output.write_out("\n%s: %s in %s on line %d\n" % (label, e.message, full, e.line))
        output.write_err("PHP %s:  %s in %s on line %d\n" % (label, e.message, full, e.line))
        raise PhpExit(255)
    if full not in space.included:
        space.included[full] = None
        space.included_order.append(full)
    return run_in_scope(space, frame, code)


def run_in_scope(space, frame, code):
    """Run `code` with the variables of `frame` (bound by name, as references)."""
    inner = space.new_frame(code, frame.w_func, frame.w_this, frame.w_static)
    for slot in range(len(code.varnames)):
        var = code.varnames[slot]
        if var.startswith("\0") or var == "this":
            continue
        w_ref = space.var_by_name(frame, var, True)
        assert isinstance(w_ref, W_Reference)
        inner.setlocal(slot, w_ref)
    return space.run_code(code, inner)


@functions.function("eval")
def php_eval(space, w_code):
    frame = space.top_frame()
    filename, line = space.location()
    name = "%s(%d) : eval()'d code" % (filename, line)
    try:
        code = compile_php("<?php " + space.str(w_code), name, False)
    except SourceError as e:
        raise space.error("ParseError", e.message)
    w_result = run_in_scope(space, frame, code)
    return w_result
