p(1). p(2). p(3).
main :- forall(p(X), X > 0), write(all_pos), nl,
    findall(X, between(1, 5, X), L), writeq(L), nl,
    ( between(1, inf, N), N * N > 50 -> writeq(N) ; true ), nl,
    once(p(Y)), writeq(Y), nl, ignore(p(9)), write(ignored), nl,
    ( p(Z) *-> writeq(Z) ; write(none) ), nl,
    findall(W, (p(W) *-> true ; W = none), Ws), writeq(Ws), nl,
    findall(V, ((fail *-> V = a ; V = b)), Vs), writeq(Vs), nl,
    G = format("~w~n"), call(G, [called]),
    findall(A-B, (member(A, [1, 2]), member(B, [x, y])), AB), writeq(AB), nl,
    findall(R, (repeat, nb_getval_or(R), !), Rs), writeq(Rs), nl,
    succ(S, 4), succ(3, S2), plus(2, P, 7), writeq([S, S2, P]), nl,
    ( \+ p(4) -> write(no4) ; true ), nl, not(p(5)), write(not5), nl.
nb_getval_or(r).
