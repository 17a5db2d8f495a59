% All solutions of 8 queens, by permutation and test.
:- initialization(main, main).
queens(N, Qs) :- numlist(1, N, Ns), sel_queens(Ns, [], Qs).
sel_queens([], Qs, Qs).
sel_queens(Ns, Placed, Qs) :- select(Q, Ns, Rest), safe(Q, Placed, 1), sel_queens(Rest, [Q|Placed], Qs).
safe(_, [], _).
safe(Q, [Q1|Qs], D) :- Q =\= Q1 + D, Q =\= Q1 - D, D1 is D + 1, safe(Q, Qs, D1).
main :- findall(Q, queens(8, Q), All), length(All, N), write(N), nl, All = [First|_], write(First), nl.
