"""The Lox scanner: token kinds, lines, and error tokens (clox's scanner.c behaviour)."""
from languages.lox.lexer import scan


def kinds(source):
    return [t.name for t in scan(source)]


def lines(source):
    return [(t.name, t.getsourcepos().lineno) for t in scan(source)]


def test_punctuation_and_operators():
    assert kinds("(){},.-+;/* ! != = == < <= > >=") == [
        "(", ")", "{", "}", ",", ".", "-", "+", ";", "/", "*",
        "!", "!=", "=", "==", "<", "<=", ">", ">=", "EOF"]


def test_keywords_and_identifiers():
    assert kinds("class classy and or_ this thisx nil") == [
        "class", "IDENTIFIER", "and", "IDENTIFIER", "this", "IDENTIFIER", "nil", "EOF"]


def test_literals_keep_their_text():
    tokens = scan('123 45.5 "hi there" 7.')
    assert [(t.name, t.value) for t in tokens] == [
        ("NUMBER", "123"), ("NUMBER", "45.5"), ("STRING", '"hi there"'),
        ("NUMBER", "7"), (".", "."), ("EOF", "")]


def test_comments_and_blanks_are_skipped():
    assert kinds("// nothing\n  \t\r\n1 // one\n") == ["NUMBER", "EOF"]


def test_lines_count_newlines_and_eof_is_on_the_last_line():
    assert lines("a\n\nb\n") == [("IDENTIFIER", 1), ("IDENTIFIER", 3), ("EOF", 4)]


def test_a_multiline_string_is_dated_by_its_last_line():
    assert lines('"one\ntwo" x') == [("STRING", 2), ("IDENTIFIER", 2), ("EOF", 2)]


def test_errors_are_tokens_carrying_the_message():
    tokens = scan("a | b")
    assert [(t.name, t.value) for t in tokens] == [
        ("IDENTIFIER", "a"), ("ERROR", "Unexpected character."), ("IDENTIFIER", "b"),
        ("EOF", "")]


def test_unterminated_string_runs_to_the_end():
    assert lines('x "open\n\n') == [("IDENTIFIER", 1), ("ERROR", 3), ("EOF", 3)]
