len([], 0).
len([_|T], N) :- len(T, N0), N is N0 + 1.
loop(0) :- !.
loop(N) :- N1 is N - 1, loop(N1).
main :- numlist(1, 30000, L), len(L, N), writeq(N), nl, loop(30000), write(looped), nl,
    length(BL, 20000), maplist(=(x), BL), copy_term(BL, BL2), ( BL == BL2 -> write(same) ; true ), nl,
    msort(BL, S), length(S, SN), writeq(SN), nl.
