% Error terms the INRIA ISO suite checks: arg/3, atom_chars/codes, char_code,
% number_chars/codes, sub_atom/5, current_predicate/1, flags, and call/findall/\+
% checking the whole goal before running it.
t(G) :- catch((G -> R = yes ; R = no), error(E, _), R = E), print_result(G, R).
print_result(G, R) :- copy_term(G, C), numbervars(C, 0, _), print(C), write(' -> '), print(R), nl.

main :-
    t(arg(-3, foo(a, b), _)), t(atom_chars(_, iso)), t(atom_codes(_, 120)),
    t(atom_chars(_, [a|_])), t(atom_codes(X0, "abc")), print(X0), nl,
    t(char_code(a, x)), t(char_code(_, -1)),
    t(current_predicate(4)), t(current_predicate(dog)), t(current_predicate(0/dog)),
    t(current_predicate(foo/a)), t(current_predicate(t/1)), t(current_predicate(nope/1)),
    t(current_prolog_flag(debug, _)), t(current_prolog_flag(debug, off)),
    t(current_prolog_flag(5, _)), t(current_prolog_flag(foo, _)),
    t(current_prolog_flag(bounded, _)), t(current_prolog_flag(max_arity, _)),
    t(number_chars(_, 4)), t(number_chars(_, ['4', 2])), t(number_chars(_, [a|_])),
    t(number_codes(_, [0'4, a])), t(number_chars(N1, [' ', '1'])), print(N1), nl,
    t(set_prolog_flag(max_arity, 40)), t(set_prolog_flag(bounded, true)),
    t(set_prolog_flag(unknown, foo)), t(set_prolog_flag(5, 1)), t(set_prolog_flag(_, 1)),
    t(set_prolog_flag(double_quotes, nope)),
    t(setof(X, X^(true ; 4), _)), t(findall(X, (true, 1), _)),
    t(call((fail, 1))), t(catch((true ; 2), _, true)),
    t(sub_atom('Banana', a, 2, _, _)), t(sub_atom('Banana', 4, n, _, _)),
    t(sub_atom('Banana', 4, _, m, _)), t(sub_atom(_, 1, 1, _, _)),
    t((set_prolog_flag(unknown, fail), undefined_here)),
    set_prolog_flag(unknown, error),
    t(undefined_here).
