"""The kit's byte-string algorithms, checked against what CPython's str/bytes methods give."""
from framework import bytestrings as bs


def test_count_is_non_overlapping_within_bounds():
    assert bs.count("aaaa", "aa", 0, 4) == 2
    assert bs.count("abcabcabc", "abc", 1, 9) == 2
    assert bs.count("abc", "x", 0, 3) == 0


def test_replace_all_some_and_none():
    assert bs.replace("a-b-c", "-", "+", -1, False) == "a+b+c"
    assert bs.replace("a-b-c", "-", "--", 1, False) == "a--b-c"
    assert bs.replace("abc", "x", "y", -1, False) == "abc"
    assert bs.replace("abc", "b", "y", 0, False) == "abc"
    assert bs.replace("aaa", "aa", "b", -1, False) == "ba"


def test_replace_empty_pattern_by_byte_or_by_character():
    assert bs.replace("ab", "", "-", -1, False) == "-a-b-"
    assert bs.replace("abc", "", "-", 2, False) == "-a-bc"
    assert bs.replace("", "", "-", -1, False) == "-"
    e_acute = u"\xe9".encode("utf-8")
    assert bs.replace("h" + e_acute, "", "-", -1, True) == "-h-" + e_acute + "-"
    assert bs.replace(e_acute, "", "-", -1, False) == "-\xc3-\xa9-"


def test_split_whitespace_both_ways():
    assert bs.split_whitespace("  a b\t\nc  ", -1) == ["a", "b", "c"]
    assert bs.split_whitespace("  a b c  ", 1) == ["a", "b c  "]
    assert bs.rsplit_whitespace("  a b c  ", 1) == ["  a b", "c"]
    assert bs.split_whitespace(" \x0b\x0c ", -1) == []


def test_split_on_separator():
    assert bs.split_on("a,b,,c", ",", -1, False) == ["a", "b", "", "c"]
    assert bs.split_on("a,b,c", ",", 1, False) == ["a", "b,c"]
    assert bs.split_on("a,b,c", ",", 1, True) == ["a,b", "c"]


def test_strip():
    assert bs.strip("  hi  ", bs.WHITESPACE, True, True) == "hi"
    assert bs.strip("xxhixx", "x", True, False) == "hixx"
    assert bs.strip("xxhixx", "x", False, True) == "xxhi"
    assert bs.strip("xxxx", "x", True, True) == ""


def test_split_lines_bytes_and_unicode_breaks():
    text = "a\r\nb\rc\nd\x0ce"
    assert bs.split_lines(text, False, False) == ["a", "b", "c", "d\x0ce"]
    assert bs.split_lines(text, True, False) == ["a\r\n", "b\r", "c\n", "d\x0ce"]
    assert bs.split_lines(text, False, True) == ["a", "b", "c", "d", "e"]
    line_separator = u"\u2028".encode("utf-8")
    assert bs.split_lines("x" + line_separator + "y", False, True) == ["x", "y"]


def test_expand_tabs_counts_columns():
    assert bs.expand_tabs("a\tbc\td", 4, False) == "a   bc  d"
    assert bs.expand_tabs("ab\n\tc", 8, False) == "ab\n        c"
    e_acute = u"\xe9".encode("utf-8")
    assert bs.expand_tabs(e_acute + "\tx", 4, True) == e_acute + "   x"
    assert bs.expand_tabs(e_acute + "\tx", 4, False) == e_acute + "  x"


def test_pad_and_zero_fill():
    assert bs.pad("ab", 2, 5, "*", bs.PAD_LEFT) == "ab***"
    assert bs.pad("ab", 2, 5, "*", bs.PAD_RIGHT) == "***ab"
    assert bs.pad("abc", 3, 6, "*", bs.PAD_CENTER) == "*abc**"    # as "abc".center(6, "*")
    assert bs.pad("ab", 2, 5, "*", bs.PAD_CENTER) == "**ab*"      # as "ab".center(5, "*")
    assert bs.pad("abc", 3, 2, "*", bs.PAD_LEFT) == "abc"
    assert bs.zero_fill("-42", 3, 6) == "-00042"
    assert bs.zero_fill("7", 1, 3) == "007"


def test_partition_both_ways():
    assert bs.partition("a=b=c", "=", False) == ["a", "=", "b=c"]
    assert bs.partition("a=b=c", "=", True) == ["a=b", "=", "c"]
    assert bs.partition("abc", "=", False) == ["abc", "", ""]
    assert bs.partition("abc", "=", True) == ["", "", "abc"]


def test_clamp_bounds():
    assert bs.clamp_bounds(5, 0, 5) == (0, 5, True)
    assert bs.clamp_bounds(5, -2, 100) == (3, 5, True)
    assert bs.clamp_bounds(5, -100, -1) == (0, 4, True)
    assert bs.clamp_bounds(5, 7, 9) == (5, 5, False)


def test_affix_matches_within_bounds():
    assert bs.affix_matches("hello", "he", True, 0, 5)
    assert not bs.affix_matches("hello", "he", True, 1, 5)
    assert bs.affix_matches("hello", "ll", False, 0, 4)
    assert not bs.affix_matches("hello", "lo", False, 0, 4)
    assert bs.affix_matches("hello", "", True, 5, 5)


def test_is_space():
    assert all(bs.is_space(ch) for ch in bs.WHITESPACE)
    assert not bs.is_space("a") and not bs.is_space("\x1c")
