"""Finding the library: clear errors when there is none (no build needed)."""
import os

import pytest

import polyvm
from polyvm import library


def test_a_language_no_library_holds(monkeypatch, tmp_path):
    monkeypatch.setenv("POLYVM_LIBRARY", str(tmp_path))
    with pytest.raises(polyvm.LibraryNotFound) as info:
        polyvm.VM("cobol")
    message = str(info.value)
    assert "no shared library holds cobol" in message
    assert "./polyvm build --shared --lang cobol" in message
    assert str(tmp_path) in message


def test_polyvm_library_naming_a_missing_file(monkeypatch, tmp_path):
    missing = str(tmp_path / "libpolyvm-lox.so")
    monkeypatch.setenv("POLYVM_LIBRARY", missing)
    with pytest.raises(polyvm.LibraryNotFound, match="does not exist"):
        polyvm.VM("lox")


def test_a_library_that_is_not_polyvm(monkeypatch, tmp_path):
    pytest.importorskip("cffi")
    libm = next((p for p in ["/lib/x86_64-linux-gnu/libm.so.6", "/usr/lib/libm.so.6",
                             "/lib64/libm.so.6"] if os.path.exists(p)), None)
    if libm is None:
        pytest.skip("no libm to try")
    fake = tmp_path / "libpolyvm-lox.so"
    fake.symlink_to(libm)
    with pytest.raises(polyvm.PolyvmError, match="not a polyvm shared library"):
        library.Library(str(fake))


def test_library_names_say_their_languages():
    assert library.languages_in("/x/libpolyvm-python+lox.so") == ["python", "lox"]
    assert library.languages_in("/x/libm.so") == []
