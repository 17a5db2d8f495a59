# Dynamic dispatch: send with a symbol and method_missing.
class Dyn
  def initialize = @n = 0
  def inc(k) = @n += k
  def n = @n

  def method_missing(name, *args)
    if name.to_s.start_with?("add_")
      @n += name.to_s.delete_prefix("add_").to_i
    else
      super
    end
  end

  def respond_to_missing?(name, priv = false) = name.to_s.start_with?("add_") || super
end
d = Dyn.new
ops = %i[inc inc inc]
300_000.times do |i|
  d.send(ops[i % 3], 1)
  d.add_2
end
puts d.n
