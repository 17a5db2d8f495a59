% assert/retract-heavy: a counter kept in the database, and a 10,000-fact table queried by key.
:- initialization(main, main).
:- dynamic counter/1, fact/2.
counter(0).
bump(0) :- !.
bump(N) :- retract(counter(C)), C1 is C + 1, assertz(counter(C1)), N1 is N - 1, bump(N1).
fill(0) :- !.
fill(N) :- V is N * N mod 1000, assertz(fact(N, V)), N1 is N - 1, fill(N1).
query(0, S, S) :- !.
query(N, S0, S) :- K is N mod 10000 + 1, fact(K, V), S1 is S0 + V, N1 is N - 1, query(N1, S1, S).
main :- bump(100000), counter(C), write(C), nl, fill(10000), query(200000, 0, S), write(S), nl.
