% (1 + x + y + z)^12, 31 times, by repeated multiplication of sparse polynomials: a polynomial is a
% list of m(Coefficient, X, Y, Z) monomials in decreasing order of exponents.
:- initialization(main, main).
add([], Q, Q) :- !.
add(P, [], P) :- !.
add([m(C1, X1, Y1, Z1)|P], [m(C2, X2, Y2, Z2)|Q], R) :-
    compare(Order, e(X1, Y1, Z1), e(X2, Y2, Z2)),
    add_(Order, m(C1, X1, Y1, Z1), P, m(C2, X2, Y2, Z2), Q, R).
add_(>, M1, P, M2, Q, [M1|R]) :- add(P, [M2|Q], R).
add_(<, M1, P, M2, Q, [M2|R]) :- add([M1|P], Q, R).
add_(=, m(C1, X, Y, Z), P, m(C2, _, _, _), Q, R) :-
    C is C1 + C2,
    (   C =:= 0
    ->  add(P, Q, R)
    ;   R = [m(C, X, Y, Z)|R1], add(P, Q, R1)
    ).
scale([], _, []).
scale([m(C, X, Y, Z)|P], m(C0, X0, Y0, Z0), [m(C1, X1, Y1, Z1)|R]) :-
    C1 is C * C0, X1 is X + X0, Y1 is Y + Y0, Z1 is Z + Z0,
    scale(P, m(C0, X0, Y0, Z0), R).
mul([], _, []).
mul([M|P], Q, R) :- scale(Q, M, QM), mul(P, Q, R0), add(QM, R0, R).
power(0, _, [m(1, 0, 0, 0)]) :- !.
power(N, P, R) :- N1 is N - 1, power(N1, P, R0), mul(R0, P, R).
base([m(1, 1, 0, 0), m(1, 0, 1, 0), m(1, 0, 0, 1), m(1, 0, 0, 0)]).
terms([], N, N).
terms([_|T], N0, N) :- N1 is N0 + 1, terms(T, N1, N).
bench(0) :- !.
bench(K) :- base(P), power(12, P, _), K1 is K - 1, bench(K1).
main :- bench(30), base(P), power(12, P, R), terms(R, 0, N), R = [First|_],
    write(N), write(' terms, first '), write(First), nl.
