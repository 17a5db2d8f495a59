def down(n) = down(n + 1) + 1
begin
  down(0)
rescue SystemStackError => e
  p e.class, e.message
end
def again(n) = again(n + 1)
again(0)
