"""The growable byte buffer: appends, edits, reads, the build() cache, and rtyped use."""
from rpython.rtyper.test.test_llinterp import interpret

from framework.bytebuffer import ByteBuffer


def test_appends_of_every_kind():
    buf = ByteBuffer("ab")
    buf.append("cde")
    buf.append_char("f")
    buf.append_byte(0x67)
    buf.append("")
    assert buf.getlength() == 7
    assert buf.build() == "abcdefg"


def test_grows_past_its_capacity_keeping_the_bytes():
    buf = ByteBuffer()
    expected = []
    for i in range(5000):
        buf.append_byte(i % 256)
        expected.append(chr(i % 256))
    buf.append("x" * 3000)
    assert buf.build() == "".join(expected) + "x" * 3000
    assert len(buf.chars) < 2 * buf.getlength()       # doubling, not one slot per byte


def test_getitem_setitem_and_slice():
    buf = ByteBuffer("hello")
    assert buf.getitem(1) == "e"
    buf.setitem(0, "J")
    assert buf.build() == "Jello"
    assert buf.slice(1, 4) == "ell"
    assert buf.slice(-3, 100) == "Jello"
    assert buf.slice(4, 2) == ""


def test_replace_range_grows_shrinks_inserts_and_deletes():
    buf = ByteBuffer("0123456789")
    buf.replace_range(2, 4, "abcd")          # grows
    assert buf.build() == "01abcd456789"
    buf.replace_range(0, 6, "X")             # shrinks
    assert buf.build() == "X456789"
    buf.insert(1, "--")
    assert buf.build() == "X--456789"
    buf.insert(buf.getlength(), "!")
    assert buf.build() == "X--456789!"
    buf.delete(0, 3)
    assert buf.build() == "456789!"
    buf.insert(0, "y" * 100)                 # an insert that must grow the array
    assert buf.build() == "y" * 100 + "456789!"
    buf.delete(0, buf.getlength())
    assert buf.build() == "" and buf.getlength() == 0


def test_build_is_cached_until_a_change():
    buf = ByteBuffer("abc")
    first = buf.build()
    assert buf.build() is first
    buf.append_char("d")
    assert buf.build() == "abcd"
    buf.setitem(0, "z")
    assert buf.build() == "zbcd"
    buf.clear()
    assert buf.build() == ""


def rtyped_buffer(n):
    buf = ByteBuffer("<")
    for i in range(n):
        buf.append_byte(48 + i % 10)
    buf.append(">")
    buf.insert(1, "ab")
    buf.delete(3, 5)
    buf.setitem(0, "[")
    text = buf.build()
    if buf.slice(0, 3) != "[ab":
        return -1
    return len(text) * 1000 + ord(text[3]) * 10 + (text[-1] == ">")


def test_rtyped_buffer():
    assert interpret(rtyped_buffer, [30]) == rtyped_buffer(30)
    assert rtyped_buffer(30) == 32 * 1000 + ord("2") * 10 + 1
