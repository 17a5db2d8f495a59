"""range() with bounds beyond machine ints (rare: _collections_abc asks for one)."""


class longrange_iterator:
    def __init__(self, current, step, remaining):
        self._current = current
        self._step = step
        self._remaining = remaining

    def __iter__(self):
        return self

    def __next__(self):
        if self._remaining <= 0:
            raise StopIteration
        value = self._current
        self._current += self._step
        self._remaining -= 1
        return value


class longrange:
    def __init__(self, *args):
        start, step = 0, 1
        if len(args) == 1:
            stop = args[0]
        elif len(args) == 2:
            start, stop = args
        else:
            start, stop, step = args
        if step == 0:
            raise ValueError("range() arg 3 must not be zero")
        self.start, self.stop, self.step = start.__index__(), stop.__index__(), step.__index__()

    def __len__(self):
        return self._length()

    def _length(self):
        if self.step > 0:
            return max(0, (self.stop - self.start + self.step - 1) // self.step)
        return max(0, (self.start - self.stop - self.step - 1) // -self.step)

    def __iter__(self):
        return longrange_iterator(self.start, self.step, self._length())

    def __repr__(self):
        if self.step == 1:
            return "range(%d, %d)" % (self.start, self.stop)
        return "range(%d, %d, %d)" % (self.start, self.stop, self.step)
