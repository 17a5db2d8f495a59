<?php
// Richards composed: bench/php/richards.php with the handler task's fn written in Python and
// added to the PHP class by compile_py_meth; it works on PHP's objects through adapters.
// Prints what bench/php/richards.php prints.
const I_IDLE = 1; const I_WORK = 2; const I_HANDLERA = 3; const I_HANDLERB = 4;
const I_DEVA = 5; const I_DEVB = 6;
const K_DEV = 1000; const K_WORK = 1001;
const BUFSIZE = 4;

final class Packet {
    public int $datum = 0;
    public array $data = [0, 0, 0, 0];
    public function __construct(public ?Packet $link, public int $ident, public int $kind) {}

    public function appendTo(?Packet $queue): Packet {
        $this->link = null;
        if ($queue === null) {
            return $this;
        }
        $p = $queue;
        while ($p->link !== null) {
            $p = $p->link;
        }
        $p->link = $this;
        return $queue;
    }
}

final class Counts {
    public int $hold = 0;
    public int $qpkt = 0;
    public array $tasks = [];
    public ?Task $list = null;
}

abstract class Task {
    public ?Task $link;
    public bool $packetPending;
    public bool $waiting;
    public bool $holding = false;

    public function __construct(public Counts $counts, public int $ident, public int $priority,
                                public ?Packet $input, bool $pending, bool $waiting) {
        $this->packetPending = $pending;
        $this->waiting = $waiting;
        $this->link = $counts->list;
        $counts->list = $this;
        $counts->tasks[$ident] = $this;
    }

    abstract public function fn(?Packet $packet): ?Task;

    public function holdingOrWaiting(): bool {
        return $this->holding || (!$this->packetPending && $this->waiting);
    }

    public function run(): ?Task {
        $packet = null;
        if ($this->packetPending && $this->waiting && !$this->holding) {
            $packet = $this->input;
            $this->input = $packet->link;
            $this->waiting = false;
            $this->packetPending = $this->input !== null;
        }
        return $this->fn($packet);
    }

    public function waitTask(): Task {
        $this->waiting = true;
        return $this;
    }

    public function hold(): ?Task {
        $this->counts->hold++;
        $this->holding = true;
        return $this->link;
    }

    public function release(int $ident): Task {
        $t = $this->counts->tasks[$ident];
        $t->holding = false;
        return $t->priority > $this->priority ? $t : $this;
    }

    public function qpkt(Packet $packet): Task {
        $t = $this->counts->tasks[$packet->ident];
        $this->counts->qpkt++;
        $packet->link = null;
        $packet->ident = $this->ident;
        return $t->addPacket($packet, $this);
    }

    public function addPacket(Packet $packet, Task $old): Task {
        if ($this->input === null) {
            $this->input = $packet;
            $this->packetPending = true;
            if ($this->priority > $old->priority) {
                return $this;
            }
        } else {
            $this->input = $packet->appendTo($this->input);
        }
        return $old;
    }
}

final class DeviceTask extends Task {
    public ?Packet $pending = null;

    public function fn(?Packet $packet): ?Task {
        if ($packet === null) {
            $packet = $this->pending;
            if ($packet === null) {
                return $this->waitTask();
            }
            $this->pending = null;
            return $this->qpkt($packet);
        }
        $this->pending = $packet;
        return $this->hold();
    }
}

final class HandlerTask extends Task {
    public ?Packet $workIn = null;
    public ?Packet $deviceIn = null;

    public function fn(?Packet $packet): ?Task {
        throw new LogicException("replaced by the Python method below");
    }
}

// The handler's fn in Python (PyHyp's compile_py_meth): it reads and writes the PHP packets
// and task through adapters.
compile_py_meth("HandlerTask", <<<'PY'
def fn(self, packet):
    if packet is not None:
        if packet.kind == 1001:
            self.workIn = packet.appendTo(self.workIn)
        else:
            self.deviceIn = packet.appendTo(self.deviceIn)
    work = self.workIn
    if work is None:
        return self.waitTask()
    count = work.datum
    if count >= 4:
        self.workIn = work.link
        return self.qpkt(work)
    device = self.deviceIn
    if device is None:
        return self.waitTask()
    self.deviceIn = device.link
    device.datum = work.data[count]
    work.datum = count + 1
    return self.qpkt(device)
PY);

final class IdleTask extends Task {
    public int $control = 1;
    public int $count = 10000;

    public function fn(?Packet $packet): ?Task {
        $this->count--;
        if ($this->count == 0) {
            return $this->hold();
        }
        if (($this->control & 1) == 0) {
            $this->control >>= 1;
            return $this->release(I_DEVA);
        }
        $this->control = ($this->control >> 1) ^ 0xD008;
        return $this->release(I_DEVB);
    }
}

final class WorkTask extends Task {
    public int $destination = I_HANDLERA;
    public int $count = 0;

    public function fn(?Packet $packet): ?Task {
        if ($packet === null) {
            return $this->waitTask();
        }
        $this->destination = $this->destination == I_HANDLERA ? I_HANDLERB : I_HANDLERA;
        $packet->ident = $this->destination;
        $packet->datum = 0;
        for ($i = 0; $i < BUFSIZE; $i++) {
            $this->count++;
            if ($this->count > 26) {
                $this->count = 1;
            }
            $packet->data[$i] = 64 + $this->count;
        }
        return $this->qpkt($packet);
    }
}

function richards(): Counts {
    $c = new Counts();
    new IdleTask($c, I_IDLE, 1, null, false, false);
    $queue = new Packet(new Packet(null, 0, K_WORK), 0, K_WORK);
    new WorkTask($c, I_WORK, 1000, $queue, true, true);
    $queue = new Packet(new Packet(new Packet(null, I_DEVA, K_DEV), I_DEVA, K_DEV), I_DEVA, K_DEV);
    new HandlerTask($c, I_HANDLERA, 2000, $queue, true, true);
    $queue = new Packet(new Packet(new Packet(null, I_DEVB, K_DEV), I_DEVB, K_DEV), I_DEVB, K_DEV);
    new HandlerTask($c, I_HANDLERB, 3000, $queue, true, true);
    new DeviceTask($c, I_DEVA, 4000, null, false, true);
    new DeviceTask($c, I_DEVB, 5000, null, false, true);
    $t = $c->list;
    while ($t !== null) {
        $t = $t->holdingOrWaiting() ? $t->link : $t->run();
    }
    return $c;
}

for ($i = 0; $i < 10; $i++) {
    $c = richards();
}
echo "qpkt {$c->qpkt} hold {$c->hold}\n";
