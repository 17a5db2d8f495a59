i = 0
while i < 3
  i += 1
  next if i == 2
  print i, " "
end
puts
until i == 0 do i -= 1 end
p i
for x in 1..3 do print x end
puts
r = case 15
    when 1..9 then "small"
    when 10..99 then "medium"
    else "large"
    end
p r
v = if false then 1 elsif nil then 2 else 3 end
p v, (true and not false), (1 if false), [1, 2, 3].sum { |n| n.odd? ? n : 0 }
case [1, [2, 3]]
in [a, [b, *rest]]
  p a, b, rest
end
case { name: "Bob", age: 30 }
in { name: String => name, age: Integer => age } if age > 18
  p "#{name} adult"
end
n = 0
begin
  n += 1
end while n < 5
p n, 10.downto(7).to_a, 1.step(10, 3).to_a, (1..10).step(4).to_a
