age(peter, 7). age(ann, 11). age(pat, 8). age(tom, 5). age(mike, 11).
class(a, peter). class(b, ann). class(a, pat). class(b, tom). class(b, mike).
main :- ( bagof(N, age(N, 11), L) -> writeq(L) ; write(none) ), nl,
    findall(A-Ns, bagof(N2, age(N2, A), Ns), G), writeq(G), nl,
    setof(A2-N3, age(N3, A2), S), writeq(S), nl,
    ( setof(N4, A3^age(N4, A3), S2) -> writeq(S2) ; true ), nl,
    findall(C-Ms, setof(M, class(C, M), Ms), CM), writeq(CM), nl,
    ( bagof(X, fail_pred(X), _) -> true ; write(empty_fails) ), nl,
    aggregate_all(count, age(_, _), Cnt), aggregate_all(sum(Y), age(_, Y), Sm),
    aggregate_all(max(Y2), age(_, Y2), Mx), aggregate_all(bag(Z), class(a, Z), Bg), writeq([Cnt, Sm, Mx, Bg]), nl.
fail_pred(_) :- fail.
