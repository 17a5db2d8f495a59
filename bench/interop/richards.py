# Richards, mono-language Python: an operating-system task scheduler simulation (idle,
# worker, handler and device tasks exchanging packets).  Prints what bench/php/richards.php
# prints.
I_IDLE, I_WORK, I_HANDLERA, I_HANDLERB, I_DEVA, I_DEVB = 1, 2, 3, 4, 5, 6
K_DEV, K_WORK = 1000, 1001
BUFSIZE = 4


class Packet(object):
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Counts(object):
    def __init__(self):
        self.hold = 0
        self.qpkt = 0
        self.tasks = [None] * 7
        self.list = None


class Task(object):
    def __init__(self, counts, ident, priority, input, pending, waiting):
        self.counts = counts
        self.ident = ident
        self.priority = priority
        self.input = input
        self.packet_pending = pending
        self.waiting = waiting
        self.holding = False
        self.link = counts.list
        counts.list = self
        counts.tasks[ident] = self

    def holding_or_waiting(self):
        return self.holding or (not self.packet_pending and self.waiting)

    def run(self):
        packet = None
        if self.packet_pending and self.waiting and not self.holding:
            packet = self.input
            self.input = packet.link
            self.waiting = False
            self.packet_pending = self.input is not None
        return self.fn(packet)

    def wait_task(self):
        self.waiting = True
        return self

    def hold_self(self):
        self.counts.hold += 1
        self.holding = True
        return self.link

    def release(self, ident):
        t = self.counts.tasks[ident]
        t.holding = False
        return t if t.priority > self.priority else self

    def qpkt(self, packet):
        t = self.counts.tasks[packet.ident]
        self.counts.qpkt += 1
        packet.link = None
        packet.ident = self.ident
        return t.add_packet(packet, self)

    def add_packet(self, packet, old):
        if self.input is None:
            self.input = packet
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            self.input = packet.append_to(self.input)
        return old


class DeviceTask(Task):
    pending = None

    def fn(self, packet):
        if packet is None:
            packet = self.pending
            if packet is None:
                return self.wait_task()
            self.pending = None
            return self.qpkt(packet)
        self.pending = packet
        return self.hold_self()


class HandlerTask(Task):
    work_in = None
    device_in = None

    def fn(self, packet):
        if packet is not None:
            if packet.kind == K_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        work = self.work_in
        if work is None:
            return self.wait_task()
        count = work.datum
        if count >= BUFSIZE:
            self.work_in = work.link
            return self.qpkt(work)
        device = self.device_in
        if device is None:
            return self.wait_task()
        self.device_in = device.link
        device.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(device)


class IdleTask(Task):
    control = 1
    count = 10000

    def fn(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.release(I_DEVA)
        self.control = (self.control >> 1) ^ 0xD008
        return self.release(I_DEVB)


class WorkTask(Task):
    destination = I_HANDLERA
    count = 0

    def fn(self, packet):
        if packet is None:
            return self.wait_task()
        self.destination = I_HANDLERB if self.destination == I_HANDLERA else I_HANDLERA
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        return self.qpkt(packet)


def richards():
    c = Counts()
    IdleTask(c, I_IDLE, 1, None, False, False)
    queue = Packet(Packet(None, 0, K_WORK), 0, K_WORK)
    WorkTask(c, I_WORK, 1000, queue, True, True)
    queue = Packet(Packet(Packet(None, I_DEVA, K_DEV), I_DEVA, K_DEV), I_DEVA, K_DEV)
    HandlerTask(c, I_HANDLERA, 2000, queue, True, True)
    queue = Packet(Packet(Packet(None, I_DEVB, K_DEV), I_DEVB, K_DEV), I_DEVB, K_DEV)
    HandlerTask(c, I_HANDLERB, 3000, queue, True, True)
    DeviceTask(c, I_DEVA, 4000, None, False, True)
    DeviceTask(c, I_DEVB, 5000, None, False, True)
    t = c.list
    while t is not None:
        t = t.link if t.holding_or_waiting() else t.run()
    return c


if __name__ == "__main__":
    for _ in range(10):
        c = richards()
    print("qpkt %d hold %d" % (c.qpkt, c.hold))
