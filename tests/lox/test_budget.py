"""Lox's size budget: languages/lox stays under 1,000 lines of code; the framework does the rest.

The embedding plug-in (embedding.py: Lox inside CPython, docs/embedding.md) is not part of the
language a reader of the tutorial meets; it is counted apart, with its own cap.

Lines of code are counted as cloc counts them: physical lines holding code, not blank lines,
comments or docstrings.
"""
import glob
import os
import tokenize

LOX = os.path.join(os.path.dirname(__file__), "..", "..", "languages", "lox")
LAYOUT = (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT,
          tokenize.ENDMARKER)


def code_lines(path):
    with open(path) as f:
        tokens = list(tokenize.generate_tokens(f.readline))
    lines = set()
    for i, token in enumerate(tokens):
        kind, start, end = token[0], token[2], token[3]
        if kind in LAYOUT:
            continue
        if kind == tokenize.STRING:             # a docstring is a statement of its own
            before = [t[0] for t in tokens[:i] if t[0] not in (tokenize.NL, tokenize.COMMENT)]
            if (not before or before[-1] in LAYOUT) and tokens[i + 1][0] == tokenize.NEWLINE:
                continue
        lines.update(range(start[0], end[0] + 1))
    return len(lines)


PLUG_INS = {"embedding.py": 100}


def test_lox_is_under_a_thousand_lines_of_code():
    counts = dict((os.path.basename(p), code_lines(p)) for p in glob.glob(LOX + "/*.py"))
    for name, cap in PLUG_INS.items():
        assert counts.pop(name, 0) < cap, name
    total = sum(counts.values())
    print(sorted(counts.items()), total)
    assert total < 1000, counts
