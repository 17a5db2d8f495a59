s = "abc".freeze
begin
  s << "d"
rescue FrozenError => e
  p e.class, e.message
end
a = [1, 2].freeze
p a.frozen?, a.dup.frozen?, a.clone.frozen?
d = a.dup
d << 3
p d, a
h = { k: [1] }
h2 = h.dup
h2[:k] << 2
p h
