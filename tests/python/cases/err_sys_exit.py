# sys.exit with a message: printed to stderr, status 1; finally blocks still run
import sys

def main(args):
    print("processing", args)
    try:
        if not args:
            sys.exit("usage: err_sys_exit.py FILE")
        return 0
    finally:
        print("cleanup runs")

try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    sys.exit(4)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
main([])
print("not reached")
