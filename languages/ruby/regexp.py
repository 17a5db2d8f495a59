"""Regexps (placeholder until the matcher lands)."""
from languages.ruby.objects import W_Object, w_nil


class RegexpSyntaxError(Exception):
    def __init__(self, message):
        self.message = message


class W_Regexp(W_Object):
    def __init__(self, w_class, source, flags, program):
        W_Object.__init__(self, w_class)
        self.source = source
        self.flags = flags
        self.program = program


class W_MatchData(W_Object):
    def __init__(self, w_class, w_regexp, string, groups):
        W_Object.__init__(self, w_class)
        self.w_regexp = w_regexp
        self.string = string
        self.groups = groups

    def group(self, space, index):
        if index * 2 + 1 >= len(self.groups):
            return w_nil
        start = self.groups[index * 2]
        end = self.groups[index * 2 + 1]
        if start < 0 or end < 0:
            return w_nil
        return space.newstr(self.string[start:end])


def compile_regexp(source, flags):
    return None
