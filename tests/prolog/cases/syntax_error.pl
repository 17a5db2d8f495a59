p(1).
p(2 :- .
p(3).
q(a b).
main :- findall(X, p(X), L), writeq(L), nl.
