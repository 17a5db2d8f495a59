main :- write(before), nl, X is foo + 1, write(X).
