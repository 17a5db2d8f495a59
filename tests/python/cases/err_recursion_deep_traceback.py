# Unbounded recursion under a very high limit ends in RecursionError whose traceback keeps
# the file, the line and the repeated-line summary, whichever host limit stops it first.
import sys

sys.setrecursionlimit(100000)


def walk(node):
    return walk(node + 1)


def start():
    print("start")
    walk(0)


start()
