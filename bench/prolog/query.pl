% The classic database query: pairs of countries whose population densities differ by
% less than 5%, over a table of 30 countries (made-up figures), 1,500 times.
:- initialization(main, main).
% country(Name, Population in thousands, Area in thousand km2)
country(arland, 8200, 310).      country(borvia, 15300, 512).
country(cestra, 4100, 98).       country(dunmark, 22900, 1210).
country(elvonia, 6400, 77).      country(fenwick, 31800, 402).
country(galdor, 2900, 64).       country(harrow, 12700, 130).
country(istria, 45100, 2380).    country(jorvik, 9800, 101).
country(kelmar, 5600, 240).      country(lunaria, 17300, 890).
country(morvia, 27600, 1480).    country(nordhal, 3300, 415).
country(ostrava, 61200, 550).    country(pellin, 7700, 84).
country(quarrel, 11200, 460).    country(rosmark, 19500, 203).
country(silvan, 2400, 29).       country(tarvos, 38900, 1720).
country(ulmeria, 14400, 158).    country(valdor, 6900, 720).
country(wexford, 24800, 262).    country(xandria, 9300, 402).
country(yllith, 4700, 51).       country(zarkov, 53300, 2150).
country(aurel, 16600, 690).      country(brisk, 8800, 95).
country(corwen, 29900, 315).     country(delmar, 5100, 212).
density(C, D) :- country(C, P, A), D is (P * 100) // A.
query([C1, D1, C2, D2]) :-
    density(C1, D1), density(C2, D2),
    D1 > D2, T1 is 20 * D1, T2 is 21 * D2, T1 < T2.
bench(0) :- !.
bench(K) :- findall(Q, query(Q), _), K1 is K - 1, bench(K1).
main :- bench(1500), findall(Q, query(Q), L), length(L, N), L = [First|_],
    write(N), write(' pairs, first '), write(First), nl.
