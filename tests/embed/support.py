"""A VM of a language from the shared build, or a skip saying why there is none."""
import pytest


def vm_or_skip(language):
    try:
        import cffi  # noqa: F401
    except ImportError:
        pytest.skip("cffi is not installed for this Python")
    import polyvm
    try:
        return polyvm.VM(language)
    except polyvm.LibraryNotFound:
        pytest.skip("no shared build holds %s (`./polyvm build --shared --lang %s`)"
                    % (language, language))
    except polyvm.PolyvmError as e:
        pytest.skip(str(e))
