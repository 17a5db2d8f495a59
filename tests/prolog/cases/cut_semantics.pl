t(1). t(2). t(3).
a(X) :- t(X), X > 1, !.
a(0).
b(X) :- ( t(X), X >= 2 -> true ; X = none ).
c(X) :- \+ t(X).
d(L) :- findall(X-Y, (t(X), !, t(Y)), L).
e(X) :- call((t(X), !)) ; X = other.
main :- a(X), writeq(X), nl, b(Y), writeq(Y), nl,
    ( c(4) -> write(not_t4) ; write(t4) ), nl, d(L), writeq(L), nl,
    findall(Z, e(Z), Zs), writeq(Zs), nl.
