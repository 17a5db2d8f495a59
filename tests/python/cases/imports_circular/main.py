# A module that imports itself back finds the partial module; a name it has not bound yet
# is reported as a circular import.
import ring_a
print(ring_a.done, ring_a.ring_b.late)
try:
    import knot_a
except ImportError as e:
    message = str(e)
    print(message[:message.rindex(" (")])
