import ring_b
done = ring_b.early + 1
