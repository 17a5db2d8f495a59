def greet(name, greeting = "Hello", *rest, punct: "!", **opts, &blk)
  s = "#{greeting}, #{name}#{punct}"
  s += " #{rest.inspect}" unless rest.empty?
  s += " #{opts}" unless opts.empty?
  s = blk.call(s) if blk
  s
end
p greet("Ann"), greet("Bob", "Hi"), greet("Cy", "Yo", 1, 2), greet("Di", punct: "?")
p greet("Ed", extra: 1), greet("Fi") { |s| s.upcase }
def kw(a:, b: 2) = a + b
p kw(a: 1), kw(b: 5, a: 1)
begin
  kw
rescue ArgumentError => e
  p e.message
end
begin
  greet
rescue ArgumentError => e
  p e.message
end
class Ghost
  def method_missing(name, *args)
    name.to_s.start_with?("get_") ? "got #{name.to_s.sub("get_", "")}" : super
  end
  def respond_to_missing?(name, priv = false) = name.to_s.start_with?("get_") || super
end
g = Ghost.new
p g.get_x, g.respond_to?(:get_y), g.respond_to?(:other), 5.send(:+, 3), [3, 1].public_send(:sort)
begin
  g.unknown
rescue NoMethodError => e
  p e.message[0, 25]
end
m = 10.method(:+)
p m.call(5), [1, 2].map(&10.method(:*)), __method__.inspect
def counter = __method__
p counter
