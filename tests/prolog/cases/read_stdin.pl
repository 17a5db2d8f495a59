main :- read(X), writeq(X), nl, read_term(Y, [variable_names(V)]), \+ \+ (numbervars(Y-V, 0, _), print(Y-V)), nl,
    get_char(C), writeq(C), nl, read(Z), writeq(Z), nl.
