main :- forall(member(E, [1+2, 7-10, 6*7, 7/2, 8/2, 7//2, -7//2, 7 mod 3, -7 mod 3, 7 rem -3,
        -7 div 2, 2**10, 2**(-1), 2^100, 2.0**3, 9 xor 5, 5 /\ 3, 5 \/ 3, \ 5, 1 << 70, -16 >> 2,
        max(3, 4.0), min(3, 3.0), abs(-5), sign(-2.5), gcd(12, 18), msb(1000),
        truncate(3.7), round(-2.5), ceiling(2.1), floor(-2.1), integer(2.5),
        float_integer_part(-3.7), float_fractional_part(3.75), sqrt(16), 10/4.0,
        atan2(1, 1) * 4, 123456789*987654321*1000, pi]),
      ( catch(X is E, Err, (X = err(Err))), writeq(E = X), nl )).
