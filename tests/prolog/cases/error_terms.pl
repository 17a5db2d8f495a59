e(G) :- catch((G -> R = yes ; R = no), Err, (Err = error(F, _) -> R = ex(F) ; R = ball(Err))), print(R), nl.
p(a). p(b).
main :- e(atom_length(X, 3)), e(number_codes(X, [0'a])), e(sub_atom(abc, B, 1, A, S)),
  e(atom_concat(X, Y, Z)), e(atom_concat(a, Y2, abc)), e(X3 =.. [f|T]), e(functor(F, f, N)),
  e(arg(N2, f(a), A2)), e(copy_term(_, _)), e(msort([c|_], _)), e(sort(0, foo, [], _)),
  e(keysort([a], _)), e(atom_chars(X4, [a|_])), e(char_code(X5, -1)),
  e(number_codes(N6, [])), e(X8 is 1 + [2]), e(X9 is "a" + 0),
  e(X10 is max(a, 1)), e(between(1, a, X11)), e(succ(a, X12)), e(nb_getval(nokey, V)),
  e(assertz((p(X13) :- true))), e(retract(p(a))),
  e(asserta(3)), e(atom_length(abc, foo)), e(X15 is 2 ** -1), e(X16 is 0 ** -1), e(X17 is 0.0 / 0),
  e(X18 is integer(1.0e30)), e(X19 is 7 mod 0), e(format("~d", [a])),
 e(format(foo, [])), e(op(1201, xfx, foo)),
  e(op(700, abc, foo)), e(tab(-1)), e(atom_string(X22, Y22)).
