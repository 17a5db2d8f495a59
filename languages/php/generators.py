"""Generators: a suspended frame resumed by the interpreter loop (YIELD leaves `execute`
with the frame's pc saved; resuming runs `execute` again from there)."""
from languages.php.objects import W_Object, w_null, newint


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
        self.auto_key = 0
        self.w_delegate_result = w_null

    def yielded(self, w_key, w_value):
        if w_key is None:
            w_key = newint(self.auto_key)
            self.auto_key += 1
        self.w_key = w_key
        self.w_current = w_value

    def delegate_start(self, space, w_source):
        return False

    def resume(self, space):
        """Run the frame to its next yield (or its end)."""
        if self.finished:
            return
        frame = self.frame
        if self.started:
            frame.push(self.w_sent)
        self.started = True
        self.w_sent = w_null
        back = space.current_frame
        frame.back = back
        space.current_frame = frame
        try:
            w_result = space.execute(frame.code, frame)
        except Exception:
            self.finished = True
            space.current_frame = back
            raise
        space.current_frame = back
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
            self.ensure_started(space)
        else:
            self.resume(space)
        if self.finished:
            return False
        space.iter_key = self.w_key
        space.iter_value = self.w_current
        return True
