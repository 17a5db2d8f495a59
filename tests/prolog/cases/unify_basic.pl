main :- X = f(Y, b), Y = a, writeq(X), nl,
    ( f(A, A) = f(1, 2) -> write(yes) ; write(no) ), nl,
    ( g(B, c) = g(d, C) -> writeq(B-C) ; write(no) ), nl,
    L = [1, 2 | T], T = [3], writeq(L), nl,
    ( a \= b -> write(differ) ; write(same) ), nl,
    ( unify_with_occurs_check(Z, f(Z)) -> write(cyclic) ; write(occurs) ), nl.
