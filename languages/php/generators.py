"""Generators: a suspended frame resumed by the interpreter loop (YIELD leaves `execute`
with the frame's pc saved; resuming runs `execute` again from there).  `yield from`
drives a delegate (an array's iterator, an Iterator or another generator) from `resume`
until it is exhausted, then the frame goes on with the delegate's result."""
from languages.php.objects import W_Object, W_Value, w_null, newint


class W_Generator(W_Object):
    def __init__(self, w_class, handle, frame):
        W_Object.__init__(self, w_class, handle)
        self.frame = frame
        self.w_key = None
        self.w_current = None
        self.w_return = None
        self.w_sent = w_null
        self.started = False
        self.finished = False
        self.running = False
        self.auto_key = 0
        self.w_delegate_result = w_null
        self.delegate = None            # the iterator of a `yield from`

    def yielded(self, w_key, w_value):
        if w_key is None:
            w_key = newint(self.auto_key)
            self.auto_key += 1
        elif isinstance(w_key, W_Object) is False:
            from languages.php.objects import W_Int
            if isinstance(w_key, W_Int) and w_key.intval >= self.auto_key:
                self.auto_key = w_key.intval + 1
        self.w_key = w_key
        self.w_current = w_value

    def delegate_start(self, space, w_source):
        """Begin `yield from`: True when the delegate produced a value (we suspend)."""
        if isinstance(w_source, W_Generator):
            self.delegate = w_source
            w_source.ensure_started(space)
        else:
            self.delegate = space.iterate(w_source, False)
        return self.delegate_step(space, True)

    def delegate_step(self, space, first):
        w_delegate = self.delegate
        if isinstance(w_delegate, W_Generator):
            if not first:
                w_delegate.w_sent = self.w_sent
                w_delegate.resume(space)
            if w_delegate.finished:
                self.w_delegate_result = w_delegate.w_return or w_null
                self.delegate = None
                return False
            self.w_key = w_delegate.w_key
            self.w_current = w_delegate.w_current
            return True
        if space.iter_step_values(w_delegate):
            self.w_key = space.iter_key
            self.w_current = space.iter_value
            return True
        self.w_delegate_result = w_null
        self.delegate = None
        return False

    def resume(self, space):
        """Run the frame to its next yield (or its end)."""
        if self.finished:
            return
        if self.running:
            raise space.error("Error", "Cannot resume an already running generator")
        frame = self.frame
        if self.delegate is not None:
            if self.delegate_step(space, False):
                return
            frame.settop(self.w_delegate_result)
        elif self.started:
            frame.push(self.w_sent)
        self.started = True
        self.w_sent = w_null
        frame.back_ref = space.frame_ref        # the resumer is its caller now
        self.running = True
        try:
            w_result = space.run_code(frame.code, frame)
        except Exception:
            self.running = False
            self.finished = True
            self.w_current = None
            self.w_key = None
            raise
        self.running = False
        if w_result is not None:
            self.finished = True
            self.w_return = w_result
            self.w_current = None
            self.w_key = None

    def ensure_started(self, space):
        if not self.started:
            self.resume(space)

    def step(self, space, w_iter):
        if not w_iter.started:
            w_iter.started = True
            if self.started and (self.finished or self.auto_key > 1):
                if self.finished:
                    raise space.error("Exception", "Cannot traverse an already closed "
                                      "generator")
            self.ensure_started(space)
        else:
            self.resume(space)
        if self.finished:
            return False
        space.iter_key = self.w_key or w_null
        space.iter_value = self.w_current or w_null
        return True
