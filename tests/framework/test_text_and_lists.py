from framework.text import invalid_utf8_at, codepoint_count, line_of_offset, sort_strings
from framework.lists import fixed_copy
from framework.errors import source_line, caret_line


def test_utf8_validation():
    assert invalid_utf8_at("plain") == -1
    assert invalid_utf8_at("caf\xc3\xa9") == -1
    assert invalid_utf8_at("ab\xff") == 2
    assert invalid_utf8_at("\xe2\x82") == 0          # truncated sequence
    assert codepoint_count("caf\xc3\xa9") == 4


def test_lines_and_carets():
    source = "a = 1\n\tb = 2 +\nc"
    assert source_line(source, 2) == "\tb = 2 +"
    assert source_line(source, 9) == ""
    assert caret_line("\tb = 2 +", 8) == "\t      ^"
    assert line_of_offset(source, 7) == 2


def test_small_helpers():
    names = ["b", "c", "a"]
    sort_strings(names)
    assert names == ["a", "b", "c"]
    assert fixed_copy([1, 2]) == [1, 2] and fixed_copy([]) == []
