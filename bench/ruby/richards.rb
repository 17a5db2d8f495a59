# Richards: an operating-system task scheduler simulation (idle, worker, handler and device
# tasks exchanging packets), the classic object-oriented benchmark.
I_IDLE = 1
I_WORK = 2
I_HANDLERA = 3
I_HANDLERB = 4
I_DEVA = 5
I_DEVB = 6
K_DEV = 1000
K_WORK = 1001
BUFSIZE = 4

class Packet
  attr_accessor :link, :ident, :kind, :datum, :data

  def initialize(link, ident, kind)
    @link = link
    @ident = ident
    @kind = kind
    @datum = 0
    @data = [0] * BUFSIZE
  end

  def append_to(queue)
    @link = nil
    return self if queue.nil?
    p = queue
    p = p.link until p.link.nil?
    p.link = self
    queue
  end
end

class Counts
  attr_accessor :hold, :qpkt, :tasks, :list

  def initialize
    @hold = 0
    @qpkt = 0
    @tasks = []
    @list = nil
  end
end

class Task
  attr_accessor :link, :ident, :priority, :input, :packet_pending, :waiting, :holding

  def initialize(counts, ident, priority, input, pending, waiting)
    @counts = counts
    @ident = ident
    @priority = priority
    @input = input
    @packet_pending = pending
    @waiting = waiting
    @holding = false
    @link = counts.list
    counts.list = self
    counts.tasks[ident] = self
  end

  def holding_or_waiting?
    @holding || (!@packet_pending && @waiting)
  end

  def run
    packet = nil
    if @packet_pending && @waiting && !@holding
      packet = @input
      @input = packet.link
      @waiting = false
      @packet_pending = !@input.nil?
    end
    fn(packet)
  end

  def wait_task
    @waiting = true
    self
  end

  def hold
    @counts.hold += 1
    @holding = true
    @link
  end

  def release(ident)
    t = @counts.tasks[ident]
    t.holding = false
    t.priority > @priority ? t : self
  end

  def qpkt(packet)
    t = @counts.tasks[packet.ident]
    @counts.qpkt += 1
    packet.link = nil
    packet.ident = @ident
    t.add_packet(packet, self)
  end

  def add_packet(packet, old)
    if @input.nil?
      @input = packet
      @packet_pending = true
      return self if @priority > old.priority
    else
      @input = packet.append_to(@input)
    end
    old
  end
end

class DeviceTask < Task
  def initialize(*args)
    super
    @pending = nil
  end

  def fn(packet)
    if packet.nil?
      packet = @pending
      return wait_task if packet.nil?
      @pending = nil
      return qpkt(packet)
    end
    @pending = packet
    hold
  end
end

class HandlerTask < Task
  def initialize(*args)
    super
    @work_in = nil
    @device_in = nil
  end

  def fn(packet)
    if packet
      if packet.kind == K_WORK
        @work_in = packet.append_to(@work_in)
      else
        @device_in = packet.append_to(@device_in)
      end
    end
    work = @work_in
    return wait_task if work.nil?
    count = work.datum
    if count >= BUFSIZE
      @work_in = work.link
      return qpkt(work)
    end
    device = @device_in
    return wait_task if device.nil?
    @device_in = device.link
    device.datum = work.data[count]
    work.datum = count + 1
    qpkt(device)
  end
end

class IdleTask < Task
  def initialize(*args)
    super
    @control = 1
    @count = 10_000
  end

  def fn(_packet)
    @count -= 1
    return hold if @count.zero?
    if (@control & 1).zero?
      @control >>= 1
      release(I_DEVA)
    else
      @control = (@control >> 1) ^ 0xD008
      release(I_DEVB)
    end
  end
end

class WorkTask < Task
  def initialize(*args)
    super
    @destination = I_HANDLERA
    @count = 0
  end

  def fn(packet)
    return wait_task if packet.nil?
    @destination = @destination == I_HANDLERA ? I_HANDLERB : I_HANDLERA
    packet.ident = @destination
    packet.datum = 0
    BUFSIZE.times do |i|
      @count += 1
      @count = 1 if @count > 26
      packet.data[i] = 64 + @count
    end
    qpkt(packet)
  end
end

def richards
  c = Counts.new
  IdleTask.new(c, I_IDLE, 1, nil, false, false)
  WorkTask.new(c, I_WORK, 1000, Packet.new(Packet.new(nil, 0, K_WORK), 0, K_WORK), true, true)
  queue = Packet.new(Packet.new(Packet.new(nil, I_DEVA, K_DEV), I_DEVA, K_DEV), I_DEVA, K_DEV)
  HandlerTask.new(c, I_HANDLERA, 2000, queue, true, true)
  queue = Packet.new(Packet.new(Packet.new(nil, I_DEVB, K_DEV), I_DEVB, K_DEV), I_DEVB, K_DEV)
  HandlerTask.new(c, I_HANDLERB, 3000, queue, true, true)
  DeviceTask.new(c, I_DEVA, 4000, nil, false, true)
  DeviceTask.new(c, I_DEVB, 5000, nil, false, true)
  t = c.list
  t = t.holding_or_waiting? ? t.link : t.run until t.nil?
  c
end

c = nil
6.times { c = richards }
puts "qpkt #{c.qpkt} hold #{c.hold}"
