Point = Struct.new(:x, :y) do
  def dist = Math.sqrt(x * x + y * y)
  def to_s = "(#{x}, #{y})"
end
a = Point.new(3, 4)
p a, a.dist, a.to_a, a.x, a[1], a[:y], a == Point.new(3, 4), a.eql?(Point.new(3, 4)), a.members
a.x = 10
p a, a.to_h, Point.members, Point.new(1), puts(a)
def classify(v)
  case v
  in Integer => n if n > 100 then "big #{n}"
  in Integer | Float => n then "num #{n}"
  in String => s then "str #{s}"
  in [] then "empty"
  in [x] then "one #{x}"
  in [Integer => f, *rest] then "ints from #{f} + #{rest.size}"
  in { name: String => name, age: Integer => age } if age >= 18 then "adult #{name}"
  in { name: } then "named #{name}"
  in nil then "nil"
  else "other"
  end
end
p [150, 7, 2.5, "hi", [], [9], [1, 2, 3], { name: "Al", age: 30 }, { name: "Kid", age: 5 }, nil, :sym].map { classify(_1) }
config = { db: { user: "admin", port: 5432 }, mode: "dev" }
case config
in { db: { user:, port: }, mode: "dev" | "test" => mode }
  p [user, port, mode]
end
expected = 5
case 5
in ^expected then p :pinned
end
case [1, [2, 3]]
in [a, [b, *c]]
  p [a, b, c]
end
case { status: "ok", items: [1, 2] }
in { status: "ok", items: [_, *] => items }
  p items
end



result = case [3, "x", :y, 4.5]
         in [*, Symbol => s, *post] then [s, post]
         end
p result
begin
  case 42
  in String then 1
  end
rescue NoMatchingPatternError => e
  p e.class
end
