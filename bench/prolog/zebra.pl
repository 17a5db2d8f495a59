% The five-houses puzzle (who owns the zebra?), solved 600 times.
:- initialization(main, main).
right_of(A, B, [B, A|_]).
right_of(A, B, [_|T]) :- right_of(A, B, T).
next_to(A, B, L) :- right_of(A, B, L).
next_to(A, B, L) :- right_of(B, A, L).
in(X, [X|_]).
in(X, [_|T]) :- in(X, T).
% h(Nation, Pet, Drink, Smoke, Colour)
houses(Hs) :-
    Hs = [h(norwegian,_,_,_,_), _, h(_,_,milk,_,_), _, _],
    in(h(english,_,_,_,red), Hs),
    in(h(spanish,dog,_,_,_), Hs),
    in(h(_,_,coffee,_,green), Hs),
    in(h(ukrainian,_,tea,_,_), Hs),
    right_of(h(_,_,_,_,green), h(_,_,_,_,ivory), Hs),
    in(h(_,snails,_,oldgold,_), Hs),
    in(h(_,_,_,kools,yellow), Hs),
    next_to(h(_,_,_,chesterfield,_), h(_,fox,_,_,_), Hs),
    next_to(h(_,_,_,kools,_), h(_,horse,_,_,_), Hs),
    in(h(_,_,orange_juice,luckystrike,_), Hs),
    in(h(japanese,_,_,parliament,_), Hs),
    next_to(h(norwegian,_,_,_,_), h(_,_,_,_,blue), Hs),
    in(h(_,zebra,_,_,_), Hs),
    in(h(_,_,water,_,_), Hs).
answer(Zebra, Water) :-
    houses(Hs), in(h(Zebra,zebra,_,_,_), Hs), in(h(Water,_,water,_,_), Hs).
bench(0) :- !.
bench(K) :- answer(_, _), !, K1 is K - 1, bench(K1).
main :- bench(600), answer(Z, W), write(Z/W), nl.
