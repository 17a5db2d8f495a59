def f(x)
  x +
end
