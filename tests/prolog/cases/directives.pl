:- write(loading), nl.
:- op(700, xfx, ===>).
:- X = 1, write(X), nl.
rule(a ===> b).
:- initialization(init).
init :- write(init_ran), nl.
main :- rule(R), writeq(R), nl, R = (L ===> _), writeq(L), nl.
