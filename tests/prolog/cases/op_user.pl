:- op(200, xfy, ^^).
:- op(700, xfx, is_in).
:- op(9, fx, qq).
:- op(200, xf, pp).
X is_in L :- member(X, L).
main :- ( b is_in [a, b] -> write(yes) ; write(no) ), nl,
    X = (a ^^ b ^^ c), writeq(X), nl, X = (_ ^^ R), writeq(R), nl,
    writeq(qq a), nl, writeq(3 pp), nl, writeq(f(is_in)), nl, writeq(is_in(a, b)), nl,
    ( current_op(P, T, is_in) -> writeq(P-T) ; true ), nl,
    findall(P2-T2, current_op(P2, T2, -), L), msort(L, SL), writeq(SL), nl.
