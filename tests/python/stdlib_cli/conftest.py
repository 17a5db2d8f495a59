"""The folders here are guest programs (unittest files that fail on purpose, run by
polyvm -m unittest in tests/python/test_stdlib.py), not tests of this repository."""
collect_ignore_glob = ["*/*.py", "*.py"]
