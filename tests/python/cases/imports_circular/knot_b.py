from knot_a import x
y = 2
