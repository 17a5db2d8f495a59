main :- with_output_to(string(S), (write(a), write(1), nl)), writeq(S), nl,
    with_output_to(atom(A), forall(member(X, [1, 2]), write(X))), writeq(A), nl,
    format(atom(F), "~a~t~8|~w", [ab, z]), writeq(F), nl, sformat_test.
sformat_test :- format(string(S), "~w+~w", [1, 2]), writeq(S), nl,
    nb_setval(k, f(1)), nb_getval(k, V), writeq(V), nl, b_setval(j, 2), b_getval(j, J), writeq(J), nl,
    tab(3), write(x), nl, put_char(y), nl, char_code(C, 65), writeq(C), nl.
