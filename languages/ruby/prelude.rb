# The part of Ruby's core library written in Ruby, compiled before translation.

module Kernel
  def tap
    yield self
    self
  end

  def then
    return to_enum(:then) unless block_given?
    yield self
  end
  alias yield_self then
end

module Comparable
  def ==(other)
    return true if equal?(other)
    c = (self <=> other)
    c.nil? ? false : c == 0
  end

  def <(other)
    c = (self <=> other)
    raise ArgumentError, "comparison of #{self.class} with #{__cmp_desc(other)} failed" if c.nil?
    c < 0
  end

  def <=(other)
    c = (self <=> other)
    raise ArgumentError, "comparison of #{self.class} with #{__cmp_desc(other)} failed" if c.nil?
    c <= 0
  end

  def >(other)
    c = (self <=> other)
    raise ArgumentError, "comparison of #{self.class} with #{__cmp_desc(other)} failed" if c.nil?
    c > 0
  end

  def >=(other)
    c = (self <=> other)
    raise ArgumentError, "comparison of #{self.class} with #{__cmp_desc(other)} failed" if c.nil?
    c >= 0
  end

  def between?(min, max)
    self >= min && self <= max
  end

  def clamp(min, max = nil)
    if max.nil? && min.is_a?(Range)
      max = min.end
      min = min.begin
    end
    return min if !min.nil? && self < min
    return max if !max.nil? && self > max
    self
  end

  def __cmp_desc(other)
    (other.is_a?(Integer) || other.is_a?(Float) || other.nil?) ? other.inspect : other.class
  end
end

module Enumerable
  def to_a(*args)
    result = []
    each(*args) { |*x| result << (x.size == 1 ? x[0] : x) }
    result
  end
  alias entries to_a

  def each_entry(&block)
    each(&block)
  end

  def map
    return to_enum(:map) unless block_given?
    result = []
    each { |*x| result << (x.size == 1 ? yield(x[0]) : yield(*x)) }
    result
  end
  alias collect map

  def flat_map
    return to_enum(:flat_map) unless block_given?
    result = []
    each do |*x|
      v = yield(x.size == 1 ? x[0] : x)
      if v.is_a?(Array)
        result.concat(v)
      else
        result << v
      end
    end
    result
  end
  alias collect_concat flat_map

  def select
    return to_enum(:select) unless block_given?
    result = []
    each { |*x| v = x.size == 1 ? x[0] : x; result << v if yield(x.size == 1 ? x[0] : x) }
    result
  end
  alias filter select

  def filter_map
    return to_enum(:filter_map) unless block_given?
    result = []
    each do |*x|
      v = yield(x.size == 1 ? x[0] : x)
      result << v if v
    end
    result
  end

  def reject
    return to_enum(:reject) unless block_given?
    result = []
    each { |*x| v = x.size == 1 ? x[0] : x; result << v unless yield(x.size == 1 ? x[0] : x) }
    result
  end

  def find(ifnone = nil)
    return to_enum(:find) unless block_given?
    each do |*x|
      v = x.size == 1 ? x[0] : x
      return v if yield(x.size == 1 ? x[0] : x)
    end
    ifnone ? ifnone.call : nil
  end
  alias detect find

  def find_index(*args)
    i = 0
    each do |*x|
      v = x.size == 1 ? x[0] : x
      if args.empty? ? yield(x.size == 1 ? x[0] : x) : v == args[0]
        return i
      end
      i += 1
    end
    nil
  end

  alias find_all select

  def each_with_index(*args)
    return to_enum(:each_with_index, *args) unless block_given?
    i = 0
    each(*args) do |*x|
      yield((x.size == 1 ? x[0] : x), i)
      i += 1
    end
    self
  end

  def each_with_object(memo)
    return to_enum(:each_with_object, memo) unless block_given?
    each { |*x| yield((x.size == 1 ? x[0] : x), memo) }
    memo
  end

  def with_index(offset = 0, &block)
    each_with_index.map { |x, i| block.call(x, i + offset) }
  end

  def inject(*args)
    op = nil
    if args.size == 2
      acc = args[0]
      op = args[1]
      has_acc = true
    elsif args.size == 1 && !block_given?
      op = args[0]
      has_acc = false
    elsif args.size == 1
      acc = args[0]
      has_acc = true
    else
      has_acc = false
    end
    each do |*x|
      v = x.size == 1 ? x[0] : x
      if !has_acc
        acc = v
        has_acc = true
      elsif op
        acc = acc.__send__(op, v)
      else
        acc = yield(acc, v)
      end
    end
    acc
  end
  alias reduce inject

  def sum(init = 0)
    acc = init
    if block_given?
      each { |*x| acc += yield(x.size == 1 ? x[0] : x) }
    else
      each { |*x| acc += (x.size == 1 ? x[0] : x) }
    end
    acc
  end

  def count(*args)
    n = 0
    if !args.empty?
      each { |*x| n += 1 if (x.size == 1 ? x[0] : x) == args[0] }
    elsif block_given?
      each { |*x| n += 1 if yield(x.size == 1 ? x[0] : x) }
    else
      each { |*x| n += 1 }
    end
    n
  end

  def include?(obj)
    each { |*x| return true if (x.size == 1 ? x[0] : x) == obj }
    false
  end
  alias member? include?

  def first(*args)
    if args.empty?
      each { |*x| return x.size == 1 ? x[0] : x }
      return nil
    end
    n = args[0]
    raise ArgumentError, "attempt to take negative size" if n < 0
    result = []
    return result if n == 0
    each do |*x|
      result << (x.size == 1 ? x[0] : x)
      break if result.size >= n
    end
    result
  end

  def take(n)
    first(n)
  end

  def take_while
    return to_enum(:take_while) unless block_given?
    result = []
    each do |*x|
      v = x.size == 1 ? x[0] : x
      break unless yield(x.size == 1 ? x[0] : x)
      result << v
    end
    result
  end

  def drop(n)
    raise ArgumentError, "attempt to drop negative size" if n < 0
    result = []
    i = 0
    each do |*x|
      result << (x.size == 1 ? x[0] : x) if i >= n
      i += 1
    end
    result
  end

  def drop_while
    return to_enum(:drop_while) unless block_given?
    result = []
    dropping = true
    each do |*x|
      v = x.size == 1 ? x[0] : x
      dropping = false if dropping && !yield(x.size == 1 ? x[0] : x)
      result << v unless dropping
    end
    result
  end

  def all?(*args)
    each do |*x|
      v = x.size == 1 ? x[0] : x
      ok = if !args.empty? then args[0] === v elsif block_given? then yield(x.size == 1 ? x[0] : x) else v end
      return false unless ok
    end
    true
  end

  def any?(*args)
    each do |*x|
      v = x.size == 1 ? x[0] : x
      ok = if !args.empty? then args[0] === v elsif block_given? then yield(x.size == 1 ? x[0] : x) else v end
      return true if ok
    end
    false
  end

  def none?(*args)
    each do |*x|
      v = x.size == 1 ? x[0] : x
      ok = if !args.empty? then args[0] === v elsif block_given? then yield(x.size == 1 ? x[0] : x) else v end
      return false if ok
    end
    true
  end

  def one?(*args)
    n = 0
    each do |*x|
      v = x.size == 1 ? x[0] : x
      ok = if !args.empty? then args[0] === v elsif block_given? then yield(x.size == 1 ? x[0] : x) else v end
      n += 1 if ok
      return false if n > 1
    end
    n == 1
  end

  def min(n = nil, &block)
    sorted = block ? to_a.sort(&block) : to_a.sort
    n ? sorted.first(n) : sorted.first
  end

  def max(n = nil, &block)
    sorted = block ? to_a.sort(&block) : to_a.sort
    n ? sorted.reverse.first(n) : sorted.last
  end

  def minmax(&block)
    sorted = block ? to_a.sort(&block) : to_a.sort
    [sorted.first, sorted.last]
  end

  def min_by(n = nil)
    return to_enum(:min_by) unless block_given?
    sorted = to_a.sort_by { |x| yield(x) }
    n ? sorted.first(n) : sorted.first
  end

  def max_by(n = nil)
    return to_enum(:max_by) unless block_given?
    items = to_a
    if n
      return items.sort_by { |x| yield(x) }.reverse.first(n)
    end
    best = nil
    best_key = nil
    first = true
    items.each do |x|
      k = yield(x)
      if first || (k <=> best_key) > 0
        best = x
        best_key = k
        first = false
      end
    end
    best
  end

  def minmax_by(&block)
    [min_by(&block), max_by(&block)]
  end

  def sort(&block)
    to_a.sort(&block)
  end

  def sort_by
    return to_enum(:sort_by) unless block_given?
    pairs = to_a.map { |x| [yield(x), x] }
    pairs.sort { |a, b| a[0] <=> b[0] }.map { |p| p[1] }
  end

  def group_by
    return to_enum(:group_by) unless block_given?
    h = {}
    each do |*x|
      v = x.size == 1 ? x[0] : x
      k = yield(x.size == 1 ? x[0] : x)
      (h[k] ||= []) << v
    end
    h
  end

  def partition
    return to_enum(:partition) unless block_given?
    yes = []
    no = []
    each do |*x|
      v = x.size == 1 ? x[0] : x
      if yield(x.size == 1 ? x[0] : x)
        yes << v
      else
        no << v
      end
    end
    [yes, no]
  end

  def chunk_while
    result = []
    current = nil
    prev = nil
    first = true
    each do |*x|
      v = x.size == 1 ? x[0] : x
      if first
        current = [v]
        first = false
      elsif yield(prev, v)
        current << v
      else
        result << current
        current = [v]
      end
      prev = v
    end
    result << current unless first
    result.each
  end

  def slice_when
    chunk_while { |a, b| !yield(a, b) }
  end

  def chunk
    result = []
    each do |*x|
      v = x.size == 1 ? x[0] : x
      k = yield(v)
      next if k.nil? || k == :_separator
      if !result.empty? && result[-1][0] == k
        result[-1][1] << v
      else
        result << [k, [v]]
      end
    end
    result.each
  end

  def each_slice(n)
    raise ArgumentError, "invalid slice size" if n <= 0
    return to_enum(:each_slice, n) unless block_given?
    current = []
    each do |*x|
      current << (x.size == 1 ? x[0] : x)
      if current.size == n
        yield current
        current = []
      end
    end
    yield current unless current.empty?
    self
  end

  def each_cons(n)
    raise ArgumentError, "invalid size" if n <= 0
    return to_enum(:each_cons, n) unless block_given?
    window = []
    each do |*x|
      window << (x.size == 1 ? x[0] : x)
      window.shift if window.size > n
      yield window.dup if window.size == n
    end
    self
  end

  def zip(*others)
    others = others.map(&:to_a)
    result = []
    i = 0
    each do |*x|
      row = [x.size == 1 ? x[0] : x]
      others.each { |o| row << o[i] }
      result << row
      i += 1
    end
    if block_given?
      result.each { |r| yield r }
      return nil
    end
    result
  end

  def tally
    h = {}
    each do |*x|
      v = x.size == 1 ? x[0] : x
      h[v] = (h[v] || 0) + 1
    end
    h
  end

  def uniq(&block)
    to_a.uniq(&block)
  end

  def to_h(*args)
    h = {}
    each do |*x|
      v = x.size == 1 ? x[0] : x
      pair = block_given? ? yield(v) : v
      unless pair.is_a?(Array) && pair.size == 2
        raise TypeError, "wrong element type #{pair.class} (expected array)"
      end
      h[pair[0]] = pair[1]
    end
    h
  end

  def to_set
    to_a.uniq
  end

  def reverse_each(&block)
    to_a.reverse.each(&block)
  end

  def cycle(n = nil)
    items = to_a
    return to_enum(:cycle, n) unless block_given?
    return nil if items.empty?
    if n
      n.times { items.each { |x| yield x } }
    else
      loop { items.each { |x| yield x } }
    end
    nil
  end

  def lazy
    Enumerator::Lazy.new(self)
  end

  def grep(pattern)
    result = []
    each do |x|
      if pattern === x
        result << (block_given? ? yield(x) : x)
      end
    end
    result
  end

  def grep_v(pattern)
    result = []
    each do |x|
      unless pattern === x
        result << (block_given? ? yield(x) : x)
      end
    end
    result
  end

  def each_entry(&block)
    each(&block)
  end

  def min_max_helper
    to_a
  end
end

class Array
  def repeated_permutation(n, &block)
    result = [[]]
    n.times { result = result.flat_map { |p| map { |x| p + [x] } } }
    return result.each unless block
    result.each(&block)
    self
  end

  def slice!(start, length = nil)
    if length.nil? && start.is_a?(Integer)
      return delete_at(start)
    end
    result = length ? self[start, length] : self[start]
    return nil if result.nil?
    if start.is_a?(Range)
      first = start.begin || 0
      first += size if first < 0
      count = result.size
    else
      first = start < 0 ? start + size : start
      count = result.size
    end
    count.times { delete_at(first) }
    result
  end

  def each_entry(&block)
    each(&block)
  end

  def each_slice(n)
    raise ArgumentError, "invalid slice size" if n <= 0
    return to_enum(:each_slice, n) unless block_given?
    i = 0
    while i < size
      yield self[i, n]
      i += n
    end
    self
  end

  def cycle(n = nil)
    return to_enum(:cycle, n) unless block_given?
    return nil if empty?
    if n
      n.times { each { |x| yield x } }
    else
      loop { each { |x| yield x } }
    end
    nil
  end

  def zip(*others)
    result = []
    i = 0
    while i < size
      row = [self[i]]
      others.each { |o| row << o.to_a[i] }
      result << row
      i += 1
    end
    if block_given?
      result.each { |r| yield r }
      return nil
    end
    result
  end

  def inject(*args, &block)
    super
  end

  def min(n = nil, &block)
    if n.nil? && block.nil?
      return nil if empty?
      best = self[0]
      i = 1
      while i < size
        v = self[i]
        best = v if (v <=> best) < 0
        i += 1
      end
      return best
    end
    super
  end

  def max(n = nil, &block)
    if n.nil? && block.nil?
      return nil if empty?
      best = self[0]
      i = 1
      while i < size
        v = self[i]
        c = (v <=> best)
        raise ArgumentError, "comparison of #{v.class} with #{best.class} failed" if c.nil?
        best = v if c > 0
        i += 1
      end
      return best
    end
    super
  end

  def to_h(&block)
    h = {}
    each do |x|
      pair = block ? block.call(x) : x
      unless pair.is_a?(Array)
        raise TypeError, "wrong element type #{pair.class} at #{h.size} (expected array)"
      end
      unless pair.size == 2
        raise ArgumentError, "wrong array length at #{h.size} (expected 2, was #{pair.size})"
      end
      h[pair[0]] = pair[1]
    end
    h
  end

  def sum(init = 0)
    acc = init
    if block_given?
      each { |x| acc += yield(x) }
    elsif init.is_a?(Integer) && all? { |x| x.is_a?(Integer) }
      each { |x| acc += x }
    elsif all? { |x| x.is_a?(Integer) || x.is_a?(Float) }
      # Kahan-Babuska summation, as ruby does for floats
      acc = acc.to_f if any? { |x| x.is_a?(Float) }
      f = 0.0
      c = 0.0
      floating = false
      each do |x|
        if x.is_a?(Float) || floating
          unless floating
            f = acc.to_f
            floating = true
          end
          t = f + x
          if f.abs >= x.abs
            c += (f - t) + x
          else
            c += (x - t) + f
          end
          f = t
        else
          acc += x
        end
      end
      acc = f + c if floating
    else
      each { |x| acc += x }
    end
    acc
  end
end

class File
  SEPARATOR = "/"

  def self.basename(path, suffix = nil)
    base = path.sub(/\/+\z/, "")
    base = base.empty? && path.start_with?("/") ? "/" : base.split("/").last.to_s
    if suffix == ".*"
      dot = base.rindex(".")
      base = base[0, dot] if dot && dot > 0
    elsif suffix && base.end_with?(suffix) && base != suffix
      base = base[0, base.size - suffix.size]
    end
    base
  end

  def self.dirname(path)
    trimmed = path.sub(/\/+\z/, "")
    slash = trimmed.rindex("/")
    return "." if slash.nil?
    return "/" if slash == 0
    trimmed[0, slash]
  end

  def self.extname(path)
    base = basename(path)
    dot = base.rindex(".")
    return "" if dot.nil? || dot == 0 || dot == base.size - 1
    base[dot..]
  end

  def self.join(*parts)
    parts.flatten.map(&:to_s).join("/").gsub(/\/+/, "/")
  end
end

class Encoding
  def initialize(name)
    @name = name
  end

  def to_s
    @name
  end
  alias name to_s

  def inspect
    "#<Encoding:#{@name}>"
  end

  UTF_8 = new("UTF-8")
  ASCII_8BIT = new("ASCII-8BIT")
  BINARY = ASCII_8BIT
  US_ASCII = new("US-ASCII")
end

class String
  def encoding
    Encoding::UTF_8
  end

  def codepoints
    each_char.map(&:ord)
  end

  def each_codepoint(&block)
    return to_enum(:each_codepoint) unless block
    codepoints.each(&block)
    self
  end

  def byteslice(start, length = nil)
    all = bytes
    if start.is_a?(Range)
      picked = all[start]
    elsif length.nil?
      picked = all[start, 1]
      return nil if start >= all.size || start < -all.size
    else
      picked = all[start, length]
    end
    picked && picked.map(&:chr).join.force_encoding("UTF-8")
  end
end

class Integer
  def gcdlcm(other)
    [gcd(other), lcm(other)]
  end
end

class Hash
  def each_with_index
    return to_enum(:each_with_index) unless block_given?
    i = 0
    each do |k, v|
      yield [k, v], i
      i += 1
    end
    self
  end

  def min_by(n = nil, &block)
    to_a.min_by(n, &block)
  end

  def sum(init = 0, &block)
    to_a.sum(init, &block)
  end

  def default_proc=(prc)
    @__default_proc = prc
  end

  def to_hash
    self
  end

  def replace(other)
    other = other.to_hash
    clear
    other.each { |k, v| self[k] = v }
    self
  end

  def assoc(key)
    each { |k, v| return [k, v] if k == key }
    nil
  end

  def rassoc(value)
    each { |k, v| return [k, v] if v == value }
    nil
  end
end

class Struct
  include Enumerable

  def self.new(*fields, **opts, &block)
    if self != Struct
      return super(*fields, **opts, &block)
    end
    keyword_init = opts[:keyword_init]
    klass = Class.new(Struct)
    klass.instance_variable_set(:@__members, fields)
    klass.instance_variable_set(:@__keyword_init, keyword_init)
    fields.each do |f|
      klass.define_method(f) { instance_variable_get("@#{f}") }
      klass.define_method("#{f}=") { |v| instance_variable_set("@#{f}", v) }
    end
    klass.class_eval(&block) if block
    klass
  end

  def self.members
    @__members || superclass.members
  end

  def self.keyword_init?
    @__keyword_init
  end

  def initialize(*args, **kwargs)
    fields = self.class.members
    if self.class.keyword_init? || (args.empty? && !kwargs.empty? && self.class.keyword_init? != false)
      kwargs.each do |k, v|
        raise ArgumentError, "unknown keywords: #{k}" unless fields.include?(k)
        instance_variable_set("@#{k}", v)
      end
      fields.each { |f| instance_variable_set("@#{f}", nil) unless kwargs.key?(f) }
    else
      args << kwargs unless kwargs.empty?
      raise ArgumentError, "struct size differs" if args.size > fields.size
      fields.each_with_index { |f, i| instance_variable_set("@#{f}", args[i]) }
    end
  end

  def members
    self.class.members
  end

  def size
    members.size
  end
  alias length size

  def dig(key, *rest)
    v = self[key]
    rest.empty? || v.nil? ? v : v.dig(*rest)
  end

  def values_at(*idx)
    idx.map { |i| self[i] }
  end

  def to_a
    members.map { |f| instance_variable_get("@#{f}") }
  end
  alias deconstruct to_a
  alias values to_a

  def to_h
    h = {}
    members.each do |f|
      v = instance_variable_get("@#{f}")
      if block_given?
        pair = yield(f, v)
        h[pair[0]] = pair[1]
      else
        h[f] = v
      end
    end
    h
  end

  def deconstruct_keys(keys)
    to_h
  end

  def [](key)
    key = members[key] if key.is_a?(Integer)
    instance_variable_get("@#{key}")
  end

  def []=(key, value)
    key = members[key] if key.is_a?(Integer)
    instance_variable_set("@#{key}", value)
  end

  def each(&block)
    return to_enum(:each) unless block
    to_a.each(&block)
    self
  end

  def each_pair
    return to_enum(:each_pair) unless block_given?
    members.each { |f| yield f, self[f] }
    self
  end

  def ==(other)
    other.class == self.class && other.to_a == to_a
  end

  def eql?(other)
    other.class == self.class && other.to_a.eql?(to_a)
  end

  def hash
    to_a.hash
  end

  def to_s
    fields = members.map { |f| "#{f}=#{instance_variable_get("@#{f}").inspect}" }.join(", ")
    name = self.class.name
    name ? "#<struct #{name} #{fields}>" : "#<struct #{fields}>"
  end
  alias inspect to_s
end

class Enumerator
  class Lazy
    def initialize(source, &transform)
      @source = source
      @ops = []
    end

    def __add(kind, arg = nil, &block)
      lazy = Lazy.new(@source)
      lazy.__set_ops(@ops + [[kind, block, arg]])
      lazy
    end

    def __set_ops(ops)
      @ops = ops
      self
    end

    def map(&block)
      __add(:map, &block)
    end
    alias collect map

    def select(&block)
      __add(:select, &block)
    end
    alias filter select

    def reject(&block)
      __add(:reject, &block)
    end

    def take_while(&block)
      __add(:take_while, &block)
    end

    def drop_while(&block)
      __add(:drop_while, &block)
    end

    def filter_map(&block)
      __add(:filter_map, &block)
    end

    def take(n)
      __add(:take, n)
    end

    def with_index(&block)
      __add(:with_index, &block)
    end

    def each(&block)
      taken = Array.new(@ops.size, 0)
      dropping = Array.new(@ops.size, true)
      catch(:__lazy_done) do
        @source.each do |x|
          keep = true
          @ops.each_with_index do |(kind, fn, arg), i|
            case kind
            when :map then x = fn.call(x)
            when :select then keep = fn.call(x)
            when :reject then keep = !fn.call(x)
            when :filter_map
              x = fn.call(x)
              keep = x
            when :take_while
              throw :__lazy_done unless fn.call(x)
            when :drop_while
              if dropping[i] && fn.call(x)
                keep = false
              else
                dropping[i] = false
              end
            when :with_index
              x = fn ? fn.call(x, taken[i]) : [x, taken[i]]
              taken[i] += 1
            when :take
              throw :__lazy_done if taken[i] >= arg
              taken[i] += 1
            end
            break unless keep
          end
          block.call(x) if keep
          if keep
            @ops.each_with_index do |(kind, fn, arg), i|
              throw :__lazy_done if kind == :take && taken[i] >= arg
            end
          end
        end
      end
      self
    end

    def first(n = nil)
      result = []
      limit = n || 1
      if limit > 0
        catch(:__lazy_first) do
          each do |x|
            result << x
            throw :__lazy_first if result.size >= limit
          end
        end
      end
      n ? result : result[0]
    end

    def to_a
      result = []
      each { |x| result << x }
      result
    end
    alias force to_a

    def eager
      to_a
    end

    def lazy
      self
    end
  end
end

class Integer
  def step_enum(limit, step)
    to_enum(:step, limit, step)
  end
end
