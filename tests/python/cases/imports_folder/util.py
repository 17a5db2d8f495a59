def shout(s):
    return s.upper() + "!"
def _hidden():
    pass
