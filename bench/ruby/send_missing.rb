# Dynamic dispatch: send with computed names, method_missing proxies, respond_to?, define_method.
class Record
  def initialize
    @fields = {}
  end

  def method_missing(name, *args)
    key = name.to_s
    if key.end_with?("=")
      @fields[key.chomp("=").to_sym] = args[0]
    elsif @fields.key?(name)
      @fields[name]
    else
      super
    end
  end

  def respond_to_missing?(name, include_private = false)
    name.to_s.end_with?("=") || @fields.key?(name) || super
  end
end

class Calculator
  %w[add sub mul].each_with_index do |op, i|
    define_method(op) do |a, b|
      case i
      when 0 then a + b
      when 1 then a - b
      else a * b
      end
    end
  end
end

calc = Calculator.new
ops = [:add, :sub, :mul]
acc = 0
200_000.times { |i| acc = calc.send(ops[i % 3], acc, i % 7) % 1_000_003 }
rec = Record.new
60_000.times do |i|
  rec.width = i
  rec.height = i * 2
  acc += rec.width + rec.height if rec.respond_to?(:width)
end
begin
  rec.depth
rescue NoMethodError => e
  puts e.message[0, 24]
end
puts acc
