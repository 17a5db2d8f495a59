:- dynamic f/2.
mk(0) :- !.
mk(N) :- assertz(f(N, N)), N1 is N - 1, mk(N1).
g(a, 1). g(b, 2). g(X, 3) :- X == c. g(c, 4). g(f(x), 5). g(1, 6). g(2, 7). g(_, 8). g(a, 9). g(1.5, 10).
look(0, S, S) :- !.
look(N, S0, S) :- f(N, V), S1 is S0 + V, N1 is N - 1, look(N1, S1, S).
main :- mk(3000), look(3000, 0, S), write(S), nl,
   forall(member(K, [a, b, c, f(x), f(y), 1, 2, 3, 1.5, zz]), (findall(V, g(K, V), L), write(K-L), nl)).
