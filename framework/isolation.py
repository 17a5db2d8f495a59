"""The isolation guard: after annotation, no language's class may hold another language's
values, and no class may hold bare `W_Root`s (framework/stamping.py says how they merge).

    .venv/bin/python -m framework.isolation python,lox     # annotate these together, check

A class belongs to a language by its stamp (`_language_`) or its `languages.<name>` module.
For every class the annotator saw, each attribute's annotation is searched (through lists,
dicts, tuples, iterators and prebuilt function sets) for
  - an instance typed exactly `W_Root`: values of several languages met there;
  - an instance of, or a function of, a language other than the class's own.
An attribute that legitimately crosses languages (an interop adapter's foreign value) is
named in its class's `_crosses_languages_` list; methods overridden per language are not
fields and are not checked.  Host-side only (not RPython).
"""
import inspect
import sys
import types

from framework.objspace import W_Root
from framework.stamping import language_of


def violations(annotator):
    """A sorted list of 'Class.attr: why' lines for every widening the annotator shows."""
    found = set()
    for classdef in annotator.bookkeeper.classdefs:
        cls = classdef.classdesc.pyobj
        owner = language_of(cls)
        allowed = getattr(cls, "_crosses_languages_", ())
        for name, attribute in classdef.attrs.items():
            if name in allowed or is_method(cls, name):
                continue
            for problem in problems(attribute.s_value, owner, set()):
                found.add("%s.%s: %s" % (classdef.name, name, problem))
    return sorted(found)


def is_method(cls, name):
    """Methods overridden per language (Language.run) dispatch on the receiver's class:
    one family by design, unlike a field holding functions (a parser's actions)."""
    for klass in inspect.getmro(cls):
        if isinstance(klass.__dict__.get(name), types.FunctionType):
            return True
    return False


def problems(s_value, owner, seen):
    """Why `s_value` is a widening for a class of language `owner` (None: a shared class)."""
    from rpython.annotator import model
    if id(s_value) in seen:
        return []
    seen.add(id(s_value))
    if isinstance(s_value, model.SomeInstance):
        return instance_problems(s_value.classdef, owner)
    if isinstance(s_value, model.SomeList):
        return problems(s_value.listdef.listitem.s_value, owner, seen)
    if isinstance(s_value, model.SomeDict):
        return (problems(s_value.dictdef.dictkey.s_value, owner, seen) +
                problems(s_value.dictdef.dictvalue.s_value, owner, seen))
    if isinstance(s_value, model.SomeTuple):
        found = []
        for s_item in s_value.items:
            found += problems(s_item, owner, seen)
        return found
    if isinstance(s_value, model.SomeIterator):
        return problems(s_value.s_container, owner, seen)
    if isinstance(s_value, model.SomePBC):
        return pbc_problems(s_value, owner)
    return []


def instance_problems(classdef, owner):
    if classdef is None:
        return []
    cls = classdef.classdesc.pyobj
    if cls is W_Root:
        return ["typed W_Root (values of several languages meet here)"]
    language = language_of(cls)
    if language is not None and owner is not None and language != owner:
        return ["holds %s's %s" % (language, classdef.shortname)]
    return []


def pbc_problems(s_pbc, owner):
    """Prebuilt functions or classes of other languages (or of several, in a shared class)."""
    languages = set()
    for desc in s_pbc.descriptions:
        pyobj = getattr(desc, "pyobj", None)
        if pyobj is None and hasattr(desc, "funcdesc"):
            pyobj = desc.funcdesc.pyobj
        language = language_of(pyobj) if pyobj is not None else None
        if language is not None:
            languages.add(language)
    if owner is not None:
        return ["calls or holds %s's %s" % (language, "functions")
                for language in sorted(languages) if language != owner]
    if len(languages) > 1:
        return ["one call family across %s" % ", ".join(sorted(languages))]
    return []


def annotate(entry_point):
    """Annotate `entry_point(argv)` as the translator would; returns the annotator."""
    from rpython.annotator.listdef import s_list_of_strings
    from rpython.translator.translator import TranslationContext
    context = TranslationContext()
    annotator = context.buildannotator()
    annotator.build_types(entry_point, [s_list_of_strings])
    return annotator


def main(argv):
    import targetpolyvm
    names = argv[1].split(",") if len(argv) > 1 else None
    entry = targetpolyvm.entry = targetpolyvm.make_entry(names)
    entry.prepare_for_translation()
    found = violations(annotate(targetpolyvm.entry_point))
    for line in found:
        sys.stdout.write("isolation: %s\n" % line)
    sys.stdout.write("isolation: %s: %d widening(s)\n"
                     % ("+".join(slot.name for slot in entry.slots), len(found)))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
