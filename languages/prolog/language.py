"""Prolog as the entry point sees it: consult the file, run its directives and
initialization goals, then the `-g` goals and the `-t` goal, as `swipl -g main -t halt FILE`.

Exit status as swipl's: 0 when the goals succeed (or halt/0), 1 when a `-g` goal fails,
2 when it raises an uncaught exception (after `ERROR: -g main: message` on stderr), and
halt/1's status.  Load-time problems are reported as swipl reports them and loading goes on.
"""
from rpython.rlib.rstackovf import StackOverflow, check_stack_overflow

from framework import output
from framework.entry import Language
from framework.errors import SourceError
from languages.prolog import (arith, builtins, dcg, errors, io, library, messages, terms)
from languages.prolog.engine import Engine, BUILTINS
from languages.prolog.errors import PrologError, Halt
from languages.prolog.reader import Reader
from languages.prolog.terms import Var, Atom, Struct, functor_of
from languages.prolog.writer import term_to_text

NECK = functor_of(":-", 2)
DIRECTIVE = functor_of(":-", 1)
QUERY = functor_of("?-", 1)
DCG_ARROW = functor_of("-->", 2)
INITIALIZATION = functor_of("initialization", 1)
INITIALIZATION2 = functor_of("initialization", 2)


class PrologLanguage(Language):
    name = "prolog"
    extensions = [".pl"]

    def __init__(self):
        self.goals = []
        self.toplevel = ""

    def set_option(self, option, value):
        if option == "-g":
            self.goals.append(value)
        elif option == "-t":
            self.toplevel = value

    def run(self, filename, source, args):
        engine = Engine()
        status = 0
        try:
            load_library(engine)
            consult(engine, filename, source)
            status = run_initialization(engine)
            if engine.main_goal is not None:
                return run_main_goal(engine, engine.main_goal)
            if status == 0:
                for goal in self.goals:
                    status = run_goal_option(engine, goal)
                    if status != 0:
                        break
            if status == 0 and self.toplevel != "" and self.toplevel != "halt":
                status = run_goal_option(engine, self.toplevel)
        except Halt as h:
            status = h.status
        return status

    def report_stack_overflow(self):
        output.write_err("ERROR: stack overflow: the program is nested too deeply\n")
        return 2


def load_library(engine):
    reader = Reader(engine, library.SOURCE)
    while True:
        result = reader.read()
        if result is None:
            break
        head, body = clause_parts(result.term)
        engine.add_clause(head, body, True)
    for pred in engine.preds.values():
        pred.library = True


def clause_parts(term):
    if isinstance(term, Struct) and term.functor is NECK:
        return term.args[0].deref(), term.args[1].deref()
    return term, terms.TRUE


def consult(engine, filename, source):
    engine.filename = filename
    engine.flags.double_quotes = "string"
    reader = Reader(engine, source)
    while True:
        try:
            result = reader.read()
        except SourceError as e:
            output.write_err("ERROR: %s:%d:%d: Syntax error: %s\n"
                             % (filename, e.line, e.column, syntax_message(e.message)))
            continue
        except StackOverflow:
            check_stack_overflow()
            output.write_err("ERROR: %s: Syntax error: term too deeply nested\n" % filename)
            return
        if result is None:
            break
        handle_clause(engine, filename, result)
    engine.flags.double_quotes = "string"


def syntax_message(message):
    if message == "operator expected":
        return "Operator expected"
    if message == "operator priority clash":
        return "Operator priority clash"
    if message == "unexpected end of clause":
        return "Unexpected end of clause"
    if message == "unexpected end of file" or message == "Unexpected end of file":
        return "Unexpected end of file"
    if message.startswith("expected ,"):
        return "Operator expected"
    if message.startswith("expected") or message.startswith("unexpected"):
        return "Illegal start of term"
    return message


def handle_clause(engine, filename, result):
    term = result.term.deref()
    line = result.line
    singletons = result.builder.singletons()
    if singletons:
        output.write_err("Warning: %s:%d:\nWarning:    Singleton variables: [%s]\n"
                         % (filename, line, ",".join(singletons)))
    if isinstance(term, Struct) and (term.functor is DIRECTIVE or term.functor is QUERY):
        run_directive(engine, filename, line, term.args[0].deref())
        return
    try:
        if isinstance(term, Struct) and term.functor is DCG_ARROW:
            term = dcg.translate_rule(engine, term.args[0], term.args[1])
        head, body = clause_parts(term)
        head = head.deref()
        functor = None
        if isinstance(head, Struct):
            functor = head.functor
        elif isinstance(head, Atom):
            functor = head.get_functor()
        if functor is not None:
            pred = engine.preds.get(functor, None)
            if pred is not None and pred.library:
                pred.library = False
                pred.clauses = []
                pred.defined = False
        engine.add_clause(head, body, True, True)
    except PrologError as e:
        report_load_error(engine, filename, line, e.term)


def report_load_error(engine, filename, line, ball):
    output.write_err("ERROR: %s:%d:\nERROR:    %s\n"
                     % (filename, line, messages.error_message(engine.operators, ball)))


def run_directive(engine, filename, line, goal):
    if isinstance(goal, Struct) and goal.functor is INITIALIZATION2:
        when = goal.args[1].deref()
        if isinstance(when, Atom) and when.name == "main":
            engine.main_goal = goal.args[0]         # run after loading, then halt
            return
    if isinstance(goal, Struct) and (goal.functor is INITIALIZATION or
                                     goal.functor is INITIALIZATION2):
        engine.initialization.append(goal.args[0])
        engine.initialization_lines.append(line)
        return
    try:
        ok = engine.solve(goal)
    except PrologError as e:
        report_load_error(engine, filename, line, e.term)
        ok = False
    except StackOverflow:
        check_stack_overflow()
        output.write_err("ERROR: %s:%d:\nERROR:    Stack limit exceeded\n" % (filename, line))
        ok = False
    if not ok:
        qualified = Struct(functor_of(":", 2), [terms.atom("user"), goal])
        output.write_err("Warning: %s:%d:\nWarning:    Goal (directive) failed: %s\n"
                         % (filename, line, term_to_text(engine.operators, qualified,
                                                          quoted=True)))


def run_initialization(engine):
    """The goals of initialization/1 directives, after loading: problems are reported
    (with the directive's line) and the run goes on, as swipl does."""
    for k in range(len(engine.initialization)):
        goal = engine.initialization[k]
        line = engine.initialization_lines[k]
        try:
            ok = engine.solve(goal)
        except PrologError as e:
            output.write_err("ERROR: %s:%d: Initialization goal raised exception:\nERROR: %s\n"
                             % (engine.filename, line,
                                messages.error_message(engine.operators, e.term,
                                                       "'$run_init_goal'/1: ")))
            continue
        if not ok:
            output.write_err("Warning: %s:%d: Initialization goal failed\n"
                             % (engine.filename, line))
    return 0


def run_main_goal(engine, goal):
    """initialization(Goal, main): run it, then halt (1 after failure or an error)."""
    try:
        ok = engine.solve(goal)
    except PrologError as e:
        output.write_err("ERROR: %s\n" % messages.error_message(engine.operators, e.term))
        return 2
    return 0 if ok else 1


def run_goal_option(engine, text):
    """Run a `-g` goal: 0 on success, 1 on failure, 2 after an uncaught error."""
    reader = Reader(engine, text + " .")
    try:
        result = reader.read()
    except SourceError as e:
        output.write_err("ERROR: -g %s: Syntax error: %s\n" % (text, syntax_message(e.message)))
        return 2
    if result is None:
        return 0
    try:
        ok = engine.solve(result.term)
    except PrologError as e:
        output.write_err("ERROR: -g %s: %s\n"
                         % (text, messages.error_message(engine.operators, e.term)))
        return 2
    except StackOverflow:
        check_stack_overflow()
        output.write_err("ERROR: -g %s: Stack limit (1.0Gb) exceeded\n" % text)
        return 2
    if not ok:
        return 1
    return 0
