# Generators: a pipeline of generator stages, `yield from` walks of a tree, and an endless
# generator stopped early.


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(source):
    for x in source:
        yield x * x


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def pipeline(n):
    total = 0
    for x in evens(squares(numbers(n))):
        total += x % 1000
    return total


class Node:
    def __init__(self, value, left, right):
        self.value = value
        self.left = left
        self.right = right


def build(depth, start):
    if depth == 0:
        return None
    left = build(depth - 1, start * 2)
    right = build(depth - 1, start * 2 + 1)
    return Node(start, left, right)


def walk(node):
    if node is not None:
        yield from walk(node.left)
        yield node.value
        yield from walk(node.right)


def tree_sum(depth, rounds):
    tree = build(depth, 1)
    total = 0
    for _ in range(rounds):
        for v in walk(tree):
            total += v
    return total


def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, (a + b) % 1000003


def first_fibs(count, rounds):
    total = 0
    for _ in range(rounds):
        for i, f in enumerate(fibs()):
            if i >= count:
                break
            total += f
    return total


def gen_expr(n):
    return sum(x * 3 for x in range(n) if x % 3 != 1)


print(pipeline(1500000))
print(tree_sum(14, 12))
print(first_fibs(1000, 600))
print(gen_expr(1500000))
