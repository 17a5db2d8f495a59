# -*- coding: utf-8 -*-
"""The Python tokenizer: token kinds, values and positions; errors as CPython 3.11 words them
(message, 1-based line and column checked against CPython 3.11.7)."""
import pytest

from languages.python.lexer import tokenize, PythonSyntaxError, PythonScanner


def kinds(source):
    return [t.gettokentype() for t in tokenize(source)]


def pairs(source):
    """(kind, value) of every token but the layout ones."""
    return [(t.gettokentype(), t.getstr()) for t in tokenize(source)
            if t.gettokentype() not in ("NEWLINE", "INDENT", "DEDENT", "ENDMARKER")]


def value(source):
    """The value of the only non-layout token of `source`."""
    found = pairs(source)
    assert len(found) == 1, found
    return found[0]


def positions(source):
    result = []
    for t in tokenize(source):
        pos = t.getsourcepos()
        result.append((t.gettokentype(), pos.lineno, pos.colno))
    return result


def error(source):
    try:
        tokenize(source)
    except PythonSyntaxError as e:
        return (e.kind, e.message, e.line, e.column)
    raise AssertionError("no error for %r" % source)


# -- layout ---------------------------------------------------------------------------------------

def test_simple_statement():
    assert kinds("x = 1\n") == ["NAME", "EQUAL", "INT", "NEWLINE", "ENDMARKER"]


def test_missing_final_newline_is_supplied():
    assert kinds("x") == ["NAME", "NEWLINE", "ENDMARKER"]


def test_empty_source():
    assert kinds("") == ["ENDMARKER"]
    assert kinds("\n\n# only a comment\n") == ["ENDMARKER"]


def test_indent_dedent():
    source = "if x:\n    y\n    if z:\n        w\nv\n"
    assert kinds(source) == [
        "IF", "NAME", "COLON", "NEWLINE",
        "INDENT", "NAME", "NEWLINE",
        "IF", "NAME", "COLON", "NEWLINE",
        "INDENT", "NAME", "NEWLINE",
        "DEDENT", "DEDENT", "NAME", "NEWLINE", "ENDMARKER"]


def test_dedents_at_end_of_file():
    assert kinds("if x:\n    if y:\n        z") == [
        "IF", "NAME", "COLON", "NEWLINE", "INDENT", "IF", "NAME", "COLON", "NEWLINE",
        "INDENT", "NAME", "NEWLINE", "DEDENT", "DEDENT", "ENDMARKER"]


def test_blank_and_comment_lines_do_not_count():
    source = "if x:\n\n    # comment at another depth\n  # and another\n    y  # trailing\n"
    assert kinds(source) == ["IF", "NAME", "COLON", "NEWLINE", "INDENT", "NAME", "NEWLINE",
                             "DEDENT", "ENDMARKER"]


def test_tabs_go_to_the_next_multiple_of_eight():
    # a tab and eight spaces are the same depth when used consistently line by line
    assert kinds("if x:\n\ty\n\tz\n") == ["IF", "NAME", "COLON", "NEWLINE", "INDENT", "NAME",
                                          "NEWLINE", "NAME", "NEWLINE", "DEDENT", "ENDMARKER"]


def test_implicit_line_joining_inside_brackets():
    source = "x = (1,\n  2,\n      [3,\n 4], {5:\n6})\n"
    assert kinds(source).count("NEWLINE") == 1
    assert "INDENT" not in kinds(source)


def test_backslash_continuation():
    assert kinds("x = 1 + \\\n    2\n") == ["NAME", "EQUAL", "INT", "PLUS", "INT", "NEWLINE",
                                             "ENDMARKER"]


def test_crlf_and_cr_newlines():
    assert kinds("if x:\r\n    y\r\nz\r") == kinds("if x:\n    y\nz\n")


def test_utf8_bom_is_skipped():
    assert pairs("\xef\xbb\xbfx = 1\n") == [("NAME", "x"), ("EQUAL", "="), ("INT", "1")]


def test_positions_are_one_based():
    assert positions("a = b\n  # c\nif x:\n    yy\n") == [
        ("NAME", 1, 1), ("EQUAL", 1, 3), ("NAME", 1, 5), ("NEWLINE", 1, 6),
        ("IF", 3, 1), ("NAME", 3, 4), ("COLON", 3, 5), ("NEWLINE", 3, 6),
        ("INDENT", 4, 4), ("NAME", 4, 5), ("NEWLINE", 4, 7),
        ("DEDENT", 4, 7), ("ENDMARKER", 4, 7)]


def test_end_of_file_tokens_sit_at_the_end_of_the_last_line():
    toks = tokenize("x = 1")
    assert [(t.gettokentype(), t.getsourcepos().colno) for t in toks] == [
        ("NAME", 1), ("EQUAL", 3), ("INT", 5), ("NEWLINE", 6), ("ENDMARKER", 6)]


# -- names, keywords, operators -----------------------------------------------------------------

def test_keywords_are_their_own_kinds():
    assert kinds("if elif else while for in not and or is lambda def class return")[:-2] == [
        "IF", "ELIF", "ELSE", "WHILE", "FOR", "IN", "NOT", "AND", "OR", "IS", "LAMBDA", "DEF",
        "CLASS", "RETURN"]
    assert kinds("None True False yield from import as with try except finally raise")[:-2] \
        == ["NONE", "TRUE", "FALSE", "YIELD", "FROM", "IMPORT", "AS", "WITH", "TRY", "EXCEPT",
            "FINALLY", "RAISE"]
    assert kinds("pass break continue del global nonlocal assert async await")[:-2] == [
        "PASS", "BREAK", "CONTINUE", "DEL", "GLOBAL", "NONLOCAL", "ASSERT", "ASYNC", "AWAIT"]


def test_soft_keywords_and_prefix_like_names_are_names():
    assert pairs("match case _ r b rb f print") == [("NAME", n) for n in
                                                   "match case _ r b rb f print".split()]


def test_unicode_identifiers():
    assert pairs("é_1 = ñ") == [("NAME", "é_1"), ("EQUAL", "="), ("NAME", "ñ")]


@pytest.mark.parametrize("text,kind", [
    ("+", "PLUS"), ("-", "MINUS"), ("*", "STAR"), ("/", "SLASH"), ("//", "DOUBLESLASH"),
    ("%", "PERCENT"), ("**", "DOUBLESTAR"), ("@", "AT"), ("<<", "LEFTSHIFT"),
    (">>", "RIGHTSHIFT"), ("&", "AMPER"), ("|", "VBAR"), ("^", "CIRCUMFLEX"), ("~", "TILDE"),
    ("<", "LESS"), (">", "GREATER"), ("<=", "LESSEQUAL"), (">=", "GREATEREQUAL"),
    ("==", "EQEQUAL"), ("!=", "NOTEQUAL"), ("->", "RARROW"), (":=", "COLONEQUAL"),
    ("...", "ELLIPSIS"), (".", "DOT"), (",", "COMMA"), (":", "COLON"), (";", "SEMI"),
    ("=", "EQUAL"), ("+=", "PLUSEQUAL"), ("-=", "MINEQUAL"), ("*=", "STAREQUAL"),
    ("/=", "SLASHEQUAL"), ("//=", "DOUBLESLASHEQUAL"), ("%=", "PERCENTEQUAL"),
    ("**=", "DOUBLESTAREQUAL"), ("@=", "ATEQUAL"), ("&=", "AMPEREQUAL"), ("|=", "VBAREQUAL"),
    ("^=", "CIRCUMFLEXEQUAL"), ("<<=", "LEFTSHIFTEQUAL"), (">>=", "RIGHTSHIFTEQUAL"),
])
def test_operators(text, kind):
    found = pairs("(" + text + ")")
    assert found == [("LPAR", "("), (kind, text), ("RPAR", ")")]


def test_longest_operator_wins():
    assert [k for k, v in pairs("a**=b//c...d")] == [
        "NAME", "DOUBLESTAREQUAL", "NAME", "DOUBLESLASH", "NAME", "ELLIPSIS", "NAME"]


# -- numbers --------------------------------------------------------------------------------------

@pytest.mark.parametrize("source,expected", [
    ("0", ("INT", "0")), ("00", ("INT", "00")), ("123", ("INT", "123")),
    ("1_000_000", ("INT", "1000000")), ("0x1F", ("INT", "0x1F")), ("0XdEaD_bEeF", ("INT", "0XdEaDbEeF")),
    ("0x_ff", ("INT", "0xff")), ("0o17", ("INT", "0o17")), ("0O7_7", ("INT", "0O77")),
    ("0b1010", ("INT", "0b1010")), ("0B1_0", ("INT", "0B10")),
    ("1.5", ("FLOAT", "1.5")), ("1.", ("FLOAT", "1.")), (".5", ("FLOAT", ".5")),
    ("1e10", ("FLOAT", "1e10")), ("1E-5", ("FLOAT", "1E-5")), ("1.5e+3", ("FLOAT", "1.5e+3")),
    ("1_0.2_5e1_0", ("FLOAT", "10.25e10")), ("09.5", ("FLOAT", "09.5")), ("0e0", ("FLOAT", "0e0")),
    ("1j", ("IMAGINARY", "1j")), ("1.5J", ("IMAGINARY", "1.5J")), ("1e3j", ("IMAGINARY", "1e3j")),
    ("09j", ("IMAGINARY", "09j")),
])
def test_numbers(source, expected):
    assert value(source) == expected


def test_number_then_dot_number():
    assert pairs("1.2.3") == [("FLOAT", "1.2"), ("FLOAT", ".3")]


def test_number_touching_a_keyword_is_accepted():
    assert pairs("1if x else 2") == [("INT", "1"), ("IF", "if"), ("NAME", "x"),
                                     ("ELSE", "else"), ("INT", "2")]


@pytest.mark.parametrize("source,expected", [
    ("x = 012", ("SyntaxError", "leading zeros in decimal integer literals are not permitted; "
                 "use an 0o prefix for octal integers", 1, 5)),
    ("x = 1_", ("SyntaxError", "invalid decimal literal", 1, 6)),
    ("x = 1__0", ("SyntaxError", "invalid decimal literal", 1, 6)),
    ("x = 0x", ("SyntaxError", "invalid hexadecimal literal", 1, 6)),
    ("x = 0x_", ("SyntaxError", "invalid hexadecimal literal", 1, 7)),
    ("x = 0b2", ("SyntaxError", "invalid digit '2' in binary literal", 1, 7)),
    ("x = 0o8", ("SyntaxError", "invalid digit '8' in octal literal", 1, 7)),
    ("x = 0b1_", ("SyntaxError", "invalid binary literal", 1, 8)),
    ("x = 1abc", ("SyntaxError", "invalid decimal literal", 1, 5)),
    ("x = 1e", ("SyntaxError", "invalid decimal literal", 1, 5)),
    ("x = 1.e", ("SyntaxError", "invalid decimal literal", 1, 6)),
    ("x = 1e+", ("SyntaxError", "invalid decimal literal", 1, 7)),
    ("x = 1.5j_", ("SyntaxError", "invalid imaginary literal", 1, 8)),
])
def test_number_errors(source, expected):
    assert error(source) == expected


# -- strings --------------------------------------------------------------------------------------

@pytest.mark.parametrize("source,expected", [
    ("'abc'", ("STRING", "abc")), ('"abc"', ("STRING", "abc")), ("''", ("STRING", "")),
    ("'''a'b\"c'''", ("STRING", "a'b\"c")), ('"""x\ny"""', ("STRING", "x\ny")),
    ('""""""', ("STRING", "")),
    (r"'\n\t\\\'\"'", ("STRING", "\n\t\\'\"")),
    (r"'\a\b\f\v\r\0'", ("STRING", "\a\b\f\v\r\0")),
    (r"'\x41\101\7'", ("STRING", "AA\x07")),
    (r"'\u00e9\U0001F600'", ("STRING", "\xc3\xa9\xf0\x9f\x98\x80")),
    (r"'\N{BULLET}\N{latin small letter a}'", ("STRING", "\xe2\x80\xa2a")),
    (r"'\777'", ("STRING", "\xc7\xbf")),
    (r"'\d\q'", ("STRING", "\\d\\q")),
    ("'a\\\nb'", ("STRING", "ab")),
    ("'é'", ("STRING", "é")),
    (r"r'\n\d'", ("STRING", "\\n\\d")), (r"R'\''", ("STRING", "\\'")),
    ("u'x'", ("STRING", "x")), ("U'x'", ("STRING", "x")),
    (r"b'\x00\xff\n'", ("BYTES", "\x00\xff\n")), (r"B'\777'", ("BYTES", "\xff")),
    (r"b'\u1234'", ("BYTES", "\\u1234")),
    (r"rb'\x'", ("BYTES", "\\x")), (r"Br'\x'", ("BYTES", "\\x")), (r"bR'\x'", ("BYTES", "\\x")),
    ("f'{x}'", ("FSTRING", "f'{x}'")), ("rF'{x}\\n'", ("FSTRING", "rF'{x}\\n'")),
    ('Fr"""{x}"""', ("FSTRING", 'Fr"""{x}"""')),
])
def test_strings(source, expected):
    assert value(source) == expected


def test_adjacent_strings_are_separate_tokens():
    assert pairs("'a' \"b\"") == [("STRING", "a"), ("STRING", "b")]


def test_string_positions_and_multiline_string():
    assert positions('x = """a\nb""" + y\n') == [
        ("NAME", 1, 1), ("EQUAL", 1, 3), ("STRING", 1, 5), ("PLUS", 2, 6), ("NAME", 2, 8),
        ("NEWLINE", 2, 9), ("ENDMARKER", 2, 9)]


@pytest.mark.parametrize("source,expected", [
    ("s = 'abc", ("SyntaxError", "unterminated string literal (detected at line 1)", 1, 5)),
    ("x = 1\ny = \"abc", ("SyntaxError", "unterminated string literal (detected at line 2)",
                          2, 5)),
    ("x = 'a\n\ny = 2\n", ("SyntaxError", "unterminated string literal (detected at line 1)",
                           1, 5)),
    ("x = 'abc\\\ndef", ("SyntaxError", "unterminated string literal (detected at line 2)",
                         1, 5)),
    ('s = """abc\n', ("SyntaxError",
                      "unterminated triple-quoted string literal (detected at line 1)", 1, 5)),
    ('s = """abc\ndef\n', ("SyntaxError",
                           "unterminated triple-quoted string literal (detected at line 2)",
                           1, 5)),
    ('x = b"é"', ("SyntaxError", "bytes can only contain ASCII literal characters", 1, 5)),
    (r'x = "\xZ"', ("SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes "
                    "in position 0-1: truncated \\xXX escape", 1, 10)),
    (r'x = "\N{NOPE}"', ("SyntaxError", "(unicode error) 'unicodeescape' codec can't decode "
                         "bytes in position 0-7: unknown Unicode character name", 1, 15)),
])
def test_string_errors(source, expected):
    assert error(source) == expected


# -- other errors ---------------------------------------------------------------------------------

@pytest.mark.parametrize("source,expected", [
    ("x = 5 €", ("SyntaxError", "invalid character '€' (U+20AC)", 1, 7)),
    ("x = \xc2\xa0", ("SyntaxError", "invalid non-printable character U+00A0", 1, 5)),
    ("x = $", ("SyntaxError", "invalid syntax", 1, 5)),
    ("x = a ! b", ("SyntaxError", "invalid syntax", 1, 7)),
    ("x = )", ("SyntaxError", "unmatched ')'", 1, 5)),
    ("x = (]", ("SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('",
                1, 6)),
    ("x = (\n]", ("SyntaxError", "closing parenthesis ']' does not match opening parenthesis "
                  "'(' on line 1", 2, 1)),
    ("x = (1,\n", ("SyntaxError", "'(' was never closed", 1, 5)),
    ("x = [1, 2\nf(", ("SyntaxError", "'(' was never closed", 2, 2)),
    ("x = \\ 1", ("SyntaxError", "unexpected character after line continuation character",
                  1, 6)),
    ("x = 1 \\", ("SyntaxError", "unexpected EOF while parsing", 1, 8)),
    ("x = 1 \\\n", ("SyntaxError", "unexpected EOF while parsing", 1, 8)),
    ("if x:\n        a\n    b", ("IndentationError",
                                 "unindent does not match any outer indentation level", 3, 6)),
    ("if x:\n        a\n      b = 1", ("IndentationError",
                                       "unindent does not match any outer indentation level",
                                       3, 12)),
    ("if x:\n\ta\n        b", ("TabError",
                               "inconsistent use of tabs and spaces in indentation", 3, 1)),
    ("if x:\n        a\n\tb\n", ("TabError",
                                 "inconsistent use of tabs and spaces in indentation", 3, 1)),
])
def test_errors(source, expected):
    assert error(source) == expected


def test_scan_records_the_error_and_ends_with_an_error_token():
    scanner = PythonScanner("x = 1\ny = 'oops\n")
    tokens = scanner.scan()
    assert [t.gettokentype() for t in tokens] == ["NAME", "EQUAL", "INT", "NEWLINE", "NAME",
                                                  "EQUAL", "ERRORTOKEN"]
    assert scanner.lex_error.message == "unterminated string literal (detected at line 2)"


def test_unclosed_bracket_is_remembered():
    scanner = PythonScanner("x = [1,\n (2,\n")
    scanner.scan()
    assert (scanner.unclosed_line, scanner.unclosed_column) == (1, 5)
    assert scanner.lex_error.message == "'(' was never closed"


def test_expression_mode_for_fstring_fields():
    scanner = PythonScanner("a +\n b", True, 3, 10)
    tokens = scanner.scan()
    assert [(t.gettokentype(), t.getsourcepos().lineno, t.getsourcepos().colno)
            for t in tokens] == [("EVAL_INPUT", 3, 10), ("NAME", 3, 10), ("PLUS", 3, 12),
                                 ("NAME", 4, 2), ("ENDMARKER", 4, 3)]


def test_token_stream_interface():
    stream = PythonScanner("x\n").tokens()
    assert [t.gettokentype() for t in stream] == ["NAME", "NEWLINE", "ENDMARKER"]
    with pytest.raises(PythonSyntaxError):
        PythonScanner("'x").tokens()
