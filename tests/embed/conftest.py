"""tests/embed runs on CPython 3 with cffi (`./polyvm test`'s part "embed"), against the
package in embed/ and a shared build in build/; Python 2.7 (the other parts) skips it."""
import os
import sys

if sys.version_info[0] < 3:
    collect_ignore_glob = ["test_*.py"]
else:
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__)))), "embed"))


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: a translation; runs with POLYVM_SLOW_TESTS=1")
