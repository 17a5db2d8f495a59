% Primes below 8,000 by a list sieve (trial division by each prime found), 8 times.
:- initialization(main, main).
range(N, N, [N]) :- !.
range(I, N, [I|T]) :- I1 is I + 1, range(I1, N, T).
sieve([], []).
sieve([P|Xs], [P|Ps]) :- remove_multiples(Xs, P, Ys), sieve(Ys, Ps).
remove_multiples([], _, []).
remove_multiples([X|Xs], P, Ys) :-
    (   X mod P =:= 0
    ->  Ys = Ys1
    ;   Ys = [X|Ys1]
    ),
    remove_multiples(Xs, P, Ys1).
primes(N, Ps) :- range(2, N, L), sieve(L, Ps).
count([], N, N).
count([_|T], N0, N) :- N1 is N0 + 1, count(T, N1, N).
last_of([X], X) :- !.
last_of([_|T], X) :- last_of(T, X).
bench(0) :- !.
bench(K) :- primes(8000, _), K1 is K - 1, bench(K1).
main :- bench(7), primes(8000, Ps), count(Ps, 0, N), last_of(Ps, L),
    write(N), write(' primes, the last '), write(L), nl.
