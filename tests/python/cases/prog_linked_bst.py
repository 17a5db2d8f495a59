# a linked list and a binary search tree with iteration protocols and recursion
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push_front(item)
    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __getitem__(self, index):
        if index < 0:
            index += self.size
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError("linked list index out of range")
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[0], ll[-1], list(ll), sum(ll), 3 in ll)
ll.reverse()
print(ll, [x * 10 for x in ll])
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)

class BST:
    class _Node:
        def __init__(self, key, val):
            self.key, self.val = key, val
            self.left = self.right = None
    def __init__(self):
        self.root = None
        self.count = 0
    def __setitem__(self, key, val):
        def insert(node):
            if node is None:
                self.count += 1
                return BST._Node(key, val)
            if key < node.key:
                node.left = insert(node.left)
            elif key > node.key:
                node.right = insert(node.right)
            else:
                node.val = val
            return node
        self.root = insert(self.root)
    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.val
            node = node.left if key < node.key else node.right
        raise KeyError(key)
    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False
    def __iter__(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)
    def height(self, node=0):
        if node == 0:
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))
    def __len__(self):
        return self.count

tree = BST()
for word in "the quick brown fox jumps over the lazy dog".split():
    tree[word] = len(word)
print(list(tree), len(tree), tree.height(), tree["quick"], "fox" in tree, "cat" in tree)
tree["the"] = 99
print(tree["the"], len(tree))
try:
    tree["cat"]
except KeyError as e:
    print("KeyError:", e)
nums = BST()
for n in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    nums[n] = n * n
print(list(nums), nums.height(), [nums[k] for k in nums if k % 20 == 0])
