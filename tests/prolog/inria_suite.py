#!/usr/bin/env python3
"""Runner for the INRIA ISO Prolog conformance suite (Deransart, Ed-Dbali, Cervoni;
J.P.E. Hodgson's batch version 0.9), as kept in the public drt24/gnuprologjava repository
under test/inriasuite. The suite's files are never committed here: the runner clones the
repository into a cache folder outside the checkout on first use (or takes --suite DIR).

    python3 tests/prolog/inria_suite.py                      # ours, untranslated
    python3 tests/prolog/inria_suite.py --cmd "build/polyvm-prolog {args}"
    python3 tests/prolog/inria_suite.py --swipl              # the reference
    python3 tests/prolog/inria_suite.py --filter atom -v     # some files, every failure

Each test file holds terms `[Goal, Expected]`, where Expected is `success`, `failure`, an
error's formal term (`type_error(integer, a)`), or a list of answers, each a list of
substitutions `X <-- Term`. A harness (written here, not the suite's own driver) is
consulted by the Prolog under test, reads the cases from standard input with read/1 and
runs each goal under findall/3 and catch/3. The answers are compared as the suite's driver
compares them, but by applying each expected substitution to a fresh copy of the goal's
variables and comparing the results as variants, in any order; an error must unify with the
expected formal term. Cases expecting `impl_def` or `undefined` are counted as passed
without running (their goals build cyclic terms or depend on the implementation).

The default files are the ones the suite's own driver lists for ISO built-ins (the top
level, arith/ and terms/); --all adds extra/, unicode/ and io/. Prints each failing case
(-v: with our answers) and the per-file and total counts.
"""

import argparse
import concurrent.futures
import os
import shlex
import subprocess
import sys
import tempfile

REPO_URL = "https://github.com/drt24/gnuprologjava"
DEFAULT_CACHE = os.path.join(os.path.expanduser("~"), ".cache", "polyvm-inriasuite")
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

ISO_FILES = [
    "fail", "abolish", "and", "arg", "asserta", "assertz", "atom", "atom_chars",
    "atom_codes", "atom_concat", "atom_length", "atomic", "bagof", "call",
    "catch-and-throw", "char_code", "clause", "compound", "copy_term", "current_input",
    "current_output", "current_predicate", "current_prolog_flag", "cut", "fail_if",
    "findall", "float", "functor", "if-then", "if-then-else", "integer", "is", "nonvar",
    "not_provable", "not_unify", "number", "number_chars", "number_codes", "once", "or",
    "repeat", "retract", "set_prolog_flag", "setof", "sub_atom", "true", "unify", "univ",
    "arith/arith_diff", "arith/arith_eq", "arith/arith_gt", "arith/arith_gt=",
    "arith/arith_lt", "arith/arith_lt=", "arith/arith_plus_minus",
    "arith/arith_multiply_divide", "arith/arith_elementary_operations", "arith/arith_sign",
    "terms/term_diff", "terms/term_eq", "terms/term_gt", "terms/term_gt=", "terms/term_lt",
    "terms/term_lt=",
]
EXTRA_FILES = [
    "extra/compare", "extra/repeat", "extra/setup_call_catcher_cleanup",
    "extra/database/current_functor", "extra/database/predicate_property",
    "extra/list/append", "extra/list/is_list", "extra/list/is_proper_list",
    "extra/list/length", "extra/list/member", "extra/list/msort", "extra/list/predsort",
    "extra/list/sort", "unicode/arg", "unicode/atom", "unicode/atom_chars",
    "unicode/functor", "unicode/is", "io/at_end_of_stream",
]

HARNESS = r"""
:- op(20, xfx, <--).
:- dynamic(abFoo/1).
:- dynamic(bar/1).
:- dynamic(foo/1).
:- dynamic(aFoo/1).
:- dynamic(retrFoo/1).

inria_run :- inria_next(1).

inria_next(N) :-
    catch(read(Case), E, Case = '$inria_unreadable'(E)),
    (   Case == end_of_file
    ->  write('@@INRIA end'), nl
    ;   inria_case(N, Case),
        N1 is N + 1,
        inria_next(N1)
    ).

inria_case(N, '$inria_unreadable'(E)) :- !,
    inria_report(N, fail, unreadable(E), none, none).
inria_case(N, [Goal, Expected]) :-
    inria_untestable(Expected), !,
    inria_report(N, pass, Goal, Expected, untestable).
inria_case(N, [Goal, Expected]) :- !,
    inria_reset_flags,
    term_variables(Goal, Vars),
    copy_term(Goal-Vars, Copy-CopyVars),
    findall(A, inria_answer(Copy, CopyVars, A), Got),
    (   catch(inria_matches(Vars, Expected, Got), _, fail)
    ->  inria_report(N, pass, Goal, Expected, Got)
    ;   inria_report(N, fail, Goal, Expected, Got)
    ).
inria_case(N, Other) :-
    inria_report(N, fail, malformed(Other), none, none).

inria_untestable(impl_def).
inria_untestable(undefined).

inria_reset_flags :- catch(set_prolog_flag(unknown, error), _, true).

inria_answer(Goal, Vars, Answer) :-
    catch((call(Goal), Answer = sol(Vars)), Ball, inria_ball(Ball, Answer)).

inria_ball(error(Formal, _), err(Formal)) :- !.
inria_ball(Ball, ball(Ball)).

inria_matches(Vars, success, Got) :- !, inria_same_answers([[]], Got, Vars).
inria_matches(_, failure, Got) :- !, Got == [].
inria_matches(_, Expected, [err(Formal)]) :-
    inria_error_term(Expected), !,
    \+ \+ Formal = Expected.
inria_matches(Vars, Expected, Got) :-
    inria_same_answers(Expected, Got, Vars).

inria_error_term(E) :-
    compound(E) -> functor(E, Name, _), inria_error_name(Name) ; inria_error_name(E).
inria_error_name(instantiation_error).
inria_error_name(type_error).
inria_error_name(domain_error).
inria_error_name(existence_error).
inria_error_name(permission_error).
inria_error_name(representation_error).
inria_error_name(evaluation_error).
inria_error_name(resource_error).
inria_error_name(syntax_error).
inria_error_name(system_error).

% Every expected answer matches one answer got (as a variant), and none is left over.
inria_same_answers(Expected, Got, Vars) :-
    is_list(Expected),
    inria_expected_solutions(Expected, Vars, Solutions),
    inria_match_all(Solutions, Got, Left),
    Left == [].

inria_expected_solutions([], _, []).
inria_expected_solutions([Subst|Substs], Vars, [sol(Values)|Sols]) :-
    copy_term(Vars-Subst, Values-Applied),
    inria_apply(Applied),
    inria_expected_solutions(Substs, Vars, Sols).

inria_apply([]).
inria_apply([X <-- T|Rest]) :- X = T, inria_apply(Rest).

inria_match_all([], Left, Left).
inria_match_all([S|Ss], Got, Left) :-
    inria_take(S, Got, Rest), !,
    inria_match_all(Ss, Rest, Left).

inria_take(S, [G|Gs], Gs) :- S =@= G, !.
inria_take(S, [G|Gs], [G|Rest]) :- inria_take(S, Gs, Rest).

inria_report(N, Verdict, Goal, Expected, Got) :-
    write('@@INRIA '), write(Verdict), write(' '), write(N), nl,
    (   Verdict == fail
    ->  write('@@goal '), writeq(Goal), nl,
        write('@@expected '), writeq(Expected), nl,
        write('@@got '), writeq(Got), nl
    ;   true
    ).

% For current_input and current_output: the predicate exists.
exists(Name/Arity) :-
    functor(Goal, Name, Arity),
    catch(call(Goal), Error, true),
    (   nonvar(Error), Error = error(existence_error(procedure, _), _)
    ->  fail
    ;   true
    ).
"""


def ensure_suite(cache):
    suite = os.path.join(cache, "test", "inriasuite")
    if not os.path.isdir(suite):
        os.makedirs(os.path.dirname(cache), exist_ok=True)
        subprocess.run(["git", "clone", "--depth", "1", REPO_URL, cache], check=True)
    return suite


def count_terms(text):
    """How many clause terms a file holds: full stops outside quotes and comments."""
    count, i, n = 0, 0, len(text)
    while i < n:
        c = text[i]
        if c == "%":
            while i < n and text[i] != "\n":
                i += 1
        elif c == "/" and text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 1
        elif c == "0" and text.startswith("0'", i):
            i += 3 if not text.startswith("0'\\", i) else 4
            continue
        elif c in "'\"`":
            i += 1
            while i < n and text[i] != c:
                i += 2 if text[i] == "\\" else 1
        elif c == "." and (i + 1 == n or text[i + 1] in " \t\r\n%") and \
                (i == 0 or text[i - 1] not in "#$&*+-./:<=>?@^~\\"):
            count += 1
        i += 1
    return count


def run_file(args, harness, suite, name):
    path = os.path.join(suite, name)
    with open(path, "rb") as f:
        data = f.read()
    total = count_terms(data.decode("utf-8", "replace"))
    if args.swipl:
        argv = ["swipl", "-q", "-g", "inria_run", "-t", "halt", harness]
    else:
        cmd = args.cmd or ".venv/bin/python targetpolyvm.py {args}"
        argv = [a for part in shlex.split(cmd) for a in
                (["-g", "inria_run", "-t", "halt", harness] if part == "{args}" else [part])]
    try:
        p = subprocess.run(argv, input=data, capture_output=True, timeout=args.timeout,
                           cwd=ROOT)
        out, note = p.stdout.decode("utf-8", "replace"), ""
        if "@@INRIA end" not in out:
            note = "exit %d: %s" % (p.returncode, p.stderr.decode("utf-8", "replace")[-300:])
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace")
        note = "timed out after %ds" % args.timeout
    passed, failures, current = 0, [], None
    for line in out.splitlines():
        if line.startswith("@@INRIA pass"):
            passed += 1
        elif line.startswith("@@INRIA fail"):
            current = [line[len("@@INRIA fail "):]]
            failures.append(current)
        elif line.startswith("@@") and current is not None and line[2:4] != "IN":
            current.append(line[2:])
    return name, max(total, passed + len(failures)), passed, failures, note


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--suite", help="the inriasuite folder (default: cloned into the cache)")
    ap.add_argument("--cache", default=DEFAULT_CACHE)
    ap.add_argument("--cmd", help='command, {args} replaced by "-g inria_run -t halt '
                                  'HARNESS" (default: ours, untranslated)')
    ap.add_argument("--swipl", action="store_true", help="run swipl instead")
    ap.add_argument("--all", action="store_true", help="also extra/, unicode/ and io/")
    ap.add_argument("--filter", help="only files whose name contains this")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=120.0)
    args = ap.parse_args()
    suite = args.suite or ensure_suite(args.cache)
    names = ISO_FILES + (EXTRA_FILES if args.all else [])
    if args.filter:
        names = [n for n in names if args.filter in n]
    scratch = tempfile.mkdtemp()
    harness = os.path.join(scratch, "inria_harness.pl")
    with open(harness, "w") as f:
        f.write(HARNESS)
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(lambda n: run_file(args, harness, suite, n), names))
    grand_total = grand_passed = 0
    for name, total, passed, failures, note in results:
        grand_total += total
        grand_passed += passed
        print("%-36s %3d/%3d%s" % (name, passed, total, ("  " + note) if note else ""))
        for failure in failures:
            print("    case " + failure[0])
            if args.verbose:
                for line in failure[1:]:
                    print("      " + line)
    print("%d passed, %d failed of %d" % (grand_passed, grand_total - grand_passed,
                                          grand_total))
    os.remove(harness)
    os.rmdir(scratch)
    return 0 if grand_passed == grand_total else 1


if __name__ == "__main__":
    sys.exit(main())
