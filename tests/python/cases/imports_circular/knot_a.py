from knot_b import y
x = 1
