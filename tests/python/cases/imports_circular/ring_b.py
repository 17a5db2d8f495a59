import ring_a
early = 1
late = hasattr(ring_a, "done")
