# int() and float() of text, repr of floats, and printf-style and format() of floats.
for v in [1.0, 1e16, 1.5, 123456789.0, float('inf'), float('nan'), -0.0, 1e-5, -2.5]:
  print([format(v, s) for s in ['', '.3', '.0', 'n', '.3n', '#.3g', '%', '.1%', '#.0f', '#.0e', '#g', '+', 'G', 'F', ',', '010.2f', ',.2f', '<8', '^9.2e', '=+10.1f']])
for spec in ['%e', '%-10.3f|', '%+08.2f', '% .3g', '%#.0f', '%#.0e', '%#g', '%05f', '%010.3E', '%G', '%.0g', '%g', '%.3f', '%5.1f%%', '%#.3x']:
  try:
    print(spec, [spec % v for v in [1.5, -0.0, 2.675, 1e16, float('inf'), float('-nan'), 255]])
  except TypeError as e: print(spec, 'TypeError', e)
print(repr(0.1+0.2), str(1e22), 1e16, 1.5e-7, 2.0**53, -1e300*1e10, complex(1.5, -0.0), 3.0j)
print(float("1_0.5"), float(" 12e-1\n"), float("-iNF"), int("0x_ff", 16), int(" -0b101 ", 0), int("z", 36), int("1_000"))
for t, b in [("1__0", 10), ("_1", 10), ("010", 0), ("0x0x10", 0), ("- 5", 10), ("1L", 10), ("0_0", 0), ("1_.5", -1), ("1._5", -1), ("", 10), ("12", 37), ("12", 1), ("0b", 0), ("00", 0), ("0_7", 0)]:
    try:
        print(repr(t), float(t) if b == -1 else int(t, b))
    except ValueError as e:
        print("ValueError", e)
