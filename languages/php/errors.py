"""How PHP errors travel through the host: a thrown PHP object, exit, and fatal errors.

`PhpThrow` carries a Throwable object up the interpreter's frames (each frame looks for a
handler).  `PhpExit` is `exit`/`die` (finally blocks do not run, as in php).  `PhpFatal`
is an error php does not make an exception of ("Cannot redeclare ...", "Allowed memory
...", "Maximum function nesting level"): printed and the program ends with status 255.
"""
from framework.errors import GuestError


class PhpThrow(GuestError):
    def __init__(self, w_exception):
        self.w_exception = w_exception
        self.traceback = []


class PhpExit(Exception):
    def __init__(self, status):
        self.status = status


class PhpFatal(Exception):
    def __init__(self, message):
        self.message = message
