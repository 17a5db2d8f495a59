main :- ( 1 =:= 1.0 -> write(a) ; write(na) ), ( 1 < 2 -> write(b) ; true ),
    ( 2.5 >= 2 -> write(c) ; true ), ( 3 =\= 3 -> write(d) ; write(nd) ),
    ( 10**20 > 10**19 -> write(e) ; true ), ( 1.0e20 =:= 10**20 -> write(f) ; write(nf) ), nl,
    X is 2**64 - 1, writeq(X), nl, Y is -(2**63), writeq(Y), nl, Z is Y - 1, writeq(Z), nl.
