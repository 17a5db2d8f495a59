"""The parts of sys written in Python, run in the sys module when it is first imported."""


class version_info(tuple):
    def __new__(cls, *args):
        return tuple.__new__(cls, args)

    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])

    def __repr__(self):
        return ("sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)"
                % tuple(self))


version_info = version_info(3, 11, 7, "final", 0)
hexversion = 0x030b07f0
implementation_name = "polyvm"
