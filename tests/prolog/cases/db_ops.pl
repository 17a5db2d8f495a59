:- dynamic counter/1, fact/2.
counter(0).
incr :- retract(counter(N)), N1 is N + 1, assertz(counter(N1)).
main :- incr, incr, counter(X), writeq(X), nl,
    assertz(fact(1, a)), assertz(fact(2, b)), asserta(fact(0, z)),
    findall(K-V, fact(K, V), L), writeq(L), nl,
    retract(fact(1, _)), findall(K2, fact(K2, _), L2), writeq(L2), nl,
    ( clause(incr, Body) -> \+ \+ (numbervars(Body, 0, _), print(Body)) ; true ), nl,
    retractall(fact(_, _)), ( fact(_, _) -> write(left) ; write(empty) ), nl,
    assertz((double(Y, Z) :- Z is Y * 2)), double(4, D), writeq(D), nl,
    abolish(double/2), catch(double(1, _), error(E, _), (writeq(E), nl)),
    assertz(g(1)), assertz(g(2)), ( g(G), assertz(g(3)), write(G), fail ; nl ),
    findall(G2, g(G2), Gs), writeq(Gs), nl.
