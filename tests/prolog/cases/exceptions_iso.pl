e(G) :- catch((G -> write(succeeded) ; write(failed)), error(E, _), writeq(E)), nl.
main :- e(atom_length(123, _)), e(atom_length(f, foo)), e(functor(_, _, _)), e(functor(_, f(a), 1)),
    e(arg(0, f(a), _)), e(_ =.. [foo|bar]), e(atom_codes(_, [a|_])), e(X is _ + 1), e(X is a),
    e(call(1)), e(call(_)), e(assertz(foo)), e(assertz((foo :- 1))), e(number_codes(N, "a")),
    e(sub_atom(_, _, _, _, _)), e(atom_chars(_, _)), e(char_code(_, _)), e(msort(a, _)), e(succ(_, _)),
    e(X2 is 1 << a), e(X3 is 2.0 mod 1), e(X4 is 1 / 0.0), e(X5 is foo(1)), e(catch(throw(x), y, true)).
