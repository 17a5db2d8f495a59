% SEND + MORE = MONEY, column by column with carries (each digit picked from those left),
% all solutions, 200 times.
:- initialization(main, main).
pick(X, [X|T], T).
pick(X, [H|T], [H|R]) :- pick(X, T, R).
column(A, B, Cin, Sum, Cout) :- T is A + B + Cin, Sum is T mod 10, Cout is T // 10.
solve([S,E,N,D,M,O,R,Y]) :-
    Digits = [0,1,2,3,4,5,6,7,8,9],
    pick(D, Digits, L1), pick(E, L1, L2),
    column(D, E, 0, Y, C1), pick(Y, L2, L3),
    pick(N, L3, L4), pick(R, L4, L5),
    column(N, R, C1, E0, C2), E0 =:= E,
    pick(O, L5, L6), column(E, O, C2, N0, C3), N0 =:= N,
    pick(S, L6, L7), S > 0, pick(M, L7, _), M > 0,
    column(S, M, C3, O0, C4), O0 =:= O, M =:= C4.
all_solutions(L) :- findall(Ds, solve(Ds), L).
bench(0) :- !.
bench(K) :- all_solutions(_), K1 is K - 1, bench(K1).
main :- bench(200), all_solutions(L), write(L), nl.
