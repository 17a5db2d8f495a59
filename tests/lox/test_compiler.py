"""The single-pass compiler: emitted bytecode, stack sizes, upvalue recipes and clox's errors."""
import pytest

from framework.errors import SourceError
from languages.lox import opcodes as op
from languages.lox.compiler import compile_lox


def ops(code):
    return [op.table.names[code.code[i]] for i in range(0, len(code.code), 2)]


def errors(source):
    with pytest.raises(SourceError) as info:
        compile_lox(source, "test.lox")
    return info.value.message.split("\n")


def function_named(code, name):
    for child in code.children():
        if child.name == name:
            return child
    raise AssertionError(name)


def test_expression_statement():
    code = compile_lox("print 1 + 2 * 3;", "t.lox")
    assert ops(code) == ["CONSTANT", "CONSTANT", "CONSTANT", "MULTIPLY", "ADD", "PRINT",
                         "NIL", "RETURN"]
    assert code.stack_size == 5          # script slot + three operands + one spare


def test_derived_comparisons_are_two_instructions():
    code = compile_lox("1 <= 2;", "t.lox")
    assert ops(code)[2:4] == ["GREATER", "NOT"]


def test_globals_and_locals():
    code = compile_lox("var g = 1; { var l = g; l = 2; }", "t.lox")
    assert ops(code) == ["CONSTANT", "DEFINE_GLOBAL", "GET_GLOBAL", "CONSTANT", "SET_LOCAL",
                         "POP", "POP", "NIL", "RETURN"]
    assert code.names == ["g"]


def test_while_loop_jumps_back_with_loop():
    code = compile_lox("var i = 0; while (i < 3) i = i + 1;", "t.lox")
    names = ops(code)
    assert "JUMP_IF_FALSE" in names and names.count("LOOP") == 1
    loop_pc = 2 * names.index("LOOP")
    assert code.code[loop_pc + 1] < loop_pc     # the only backward jump


def test_closure_recipe_records_captured_slots():
    code = compile_lox("fun outer() { var x = 1; fun inner() { return x; } return inner; }",
                       "t.lox")
    outer = function_named(code, "outer")
    inner = function_named(outer, "inner")
    assert inner.upvalue_local == [True] and inner.upvalue_index == [1]
    assert ops(inner)[:2] == ["GET_UPVALUE", "RETURN"]


def test_block_pops_captured_locals_too():
    # clox would CLOSE_UPVALUE x: here the closure already holds x's cell (objects.W_Cell).
    code = compile_lox("{ var x = 1; fun f() { return x; } }", "t.lox")
    assert ops(code)[-4:] == ["POP", "POP", "NIL", "RETURN"]


def test_parameters_are_on_the_stack_at_entry():
    code = compile_lox("fun add(a, b) { return a + b; }", "t.lox")
    add = function_named(code, "add")
    assert add.arity == 2
    assert ops(add) == ["GET_LOCAL", "GET_LOCAL", "ADD", "RETURN", "NIL", "RETURN"]
    assert add.stack_size == 6


def test_method_calls_are_invokes_with_packed_operands():
    code = compile_lox("class A { m(x) { return this.m(x, 2); } }", "t.lox")
    method = function_named(code, "m")
    pc = 2 * ops(method).index("INVOKE")
    name, argc = op.unpack_invoke(method.code[pc + 1])
    assert method.names[name] == "m" and argc == 2


def test_initializer_returns_this():
    code = compile_lox("class A { init() { return; } }", "t.lox")
    init = function_named(code, "init")
    assert ops(init) == ["GET_LOCAL", "RETURN", "GET_LOCAL", "RETURN"]


def test_disassembly_names_constants_and_nested_functions():
    text = compile_lox('fun f() { print "hi"; }\nf();', "t.lox").disassemble(op.table)
    assert "== <script> ==" in text and "== f ==" in text
    assert "CLOSURE" in text and "(<fn f>)" in text and "(hi)" in text
    assert "DEFINE_GLOBAL" in text and "(f)" in text


def test_all_errors_are_reported_with_synchronisation():
    assert errors("var 1;\nprint ;\nvar ok = 1;\n{ var a; var a; }") == [
        "[line 1] Error at '1': Expect variable name.",
        "[line 2] Error at ';': Expect expression.",
        "[line 4] Error at 'a': Already a variable with this name in this scope."]


def test_panic_mode_keeps_parsing_inside_the_construct():
    # clox goes on compiling the body after the first error, so it also reports the end.
    assert errors("fun f() 123;") == [
        "[line 1] Error at '123': Expect '{' before function body.",
        "[line 1] Error at end: Expect '}' after block."]


def test_scanner_errors_and_panic_mode():
    assert errors("foo(a | b);") == ["[line 1] Error: Unexpected character."]


@pytest.mark.parametrize("source, message", [
    ("a + b = c;", "[line 1] Error at '=': Invalid assignment target."),
    ("return 1;", "[line 1] Error at 'return': Can't return from top-level code."),
    ("super.x;", "[line 1] Error at 'super': Can't use 'super' outside of a class."),
    ("class A { f() { super.f(); } }",
     "[line 1] Error at 'super': Can't use 'super' in a class with no superclass."),
    ("class A { init() { return 1; } }",
     "[line 1] Error at 'return': Can't return a value from an initializer."),
    ("{ var a = a; }", "[line 1] Error at 'a': Can't read local variable in its own initializer."),
    ("print this;", "[line 1] Error at 'this': Can't use 'this' outside of a class."),
    ("class A < A {}", "[line 1] Error at 'A': A class can't inherit from itself."),
])
def test_semantic_errors(source, message):
    assert errors(source) == [message]


def test_argument_and_parameter_limits_match_clox():
    params = ", ".join("p%d" % i for i in range(256))
    assert errors("fun f(%s) {}" % params) == [
        "[line 1] Error at 'p255': Can't have more than 255 parameters."]
    args = ", ".join("a" for i in range(256))
    assert errors("{ var a; f(%s); }" % args) == [
        "[line 1] Error at 'a': Can't have more than 255 arguments."]
