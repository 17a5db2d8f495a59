class Version
  include Comparable
  attr_reader :parts
  def initialize(s) = @parts = s.split(".").map(&:to_i)
  def <=>(other) = parts <=> other.parts
  def to_s = parts.join(".")
  def inspect = "v#{self}"
end
vs = %w[1.2.10 1.2.9 1.10 1.2].map { Version.new(_1) }
p vs.sort, vs.max, vs.min, vs.minmax, Version.new("1.0") == Version.new("1.0")
p Version.new("2.0").between?(vs.min, vs.max), Version.new("1.5").clamp(Version.new("1.6"), Version.new("2"))
begin
  Version.new("1") < 5
rescue => e
  p e.class
end
class NumberBag
  include Enumerable
  def initialize(*n) = @n = n
  def each
    return to_enum(:each) unless block_given?
    @n.each { |x| yield x }
    self
  end
end
b = NumberBag.new(5, 3, 8, 1, 9, 2)
p b.sort, b.map { _1 * 2 }, b.select(&:even?), b.reject(&:even?), b.sum, b.min, b.max, b.minmax
p b.sort_by { -_1 }, b.min_by { (_1 - 4).abs }, b.group_by(&:odd?), b.partition { _1 > 4 }
p b.each_slice(4).to_a, b.each_cons(5).to_a.size, b.inject(:+), b.reduce(1) { |a, x| a * x }
p b.include?(8), b.first, b.first(2), b.take_while { _1 > 2 }, b.drop(4), b.count(&:odd?)
p b.each_with_index.to_a.last, b.each_with_object([]) { |x, acc| acc.unshift(x) }, b.tally.size
p b.zip(b.map(&:to_s)).first, b.chunk_while { |a, c| c == a + 1 }.to_a, b.to_a.sum, b.lazy.map { _1 * 3 }.select(&:even?).first(2)
p b.find { _1 > 5 }, b.find_index(8), b.uniq.size, b.sort.each_slice(2).map(&:sum), b.filter_map { _1 * 2 if _1.odd? }
e = b.each
p e.next, e.next, e.peek, e.next
