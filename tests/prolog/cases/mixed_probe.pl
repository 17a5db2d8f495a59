:- dynamic stack/1.
q(X) :- catch(r(X), E, (print_message(error, E), fail)).
r(1). r(2).
t :- findall(X, (member(X, [1,2,3]), X > 1), L), writeq(L), nl.
main :- t, forall(q(X), (write(X), nl)),
  catch(findall(X, (member(X, [1, 0]), Y is 1 / X, write(Y), nl), _), error(E, _), (writeq(caught(E)), nl)),
  catch((catch(throw(a), b, true)), Ball, (writeq(outer(Ball)), nl)),
  catch((member(Z, [1,2,3]), Z > 1, throw(z(Z))), z(V), (writeq(V), nl)),
  X2 = "hello", sub_atom(X2, 0, 1, _, F), writeq(F), nl,
  atom_chars(A, ['1', '2']), writeq(A), nl, atom_length(12345, AL), writeq(AL), nl,
  length(L3, 3), writeq(len3), nl, L3 = [a|_],
  ( \+ fail, \+ \+ true -> writeq(negs) ; true ), nl,
  writeq(f(a;b, (c:-d), [e|f], 'hello'(x), - 3, -(3), 1 - 2 - 3, 1-(2-3), 2*(3+4), -(-(3)))), nl,
  X5 is 5 / 2, X6 is 4 / 2, X7 is 2 ** 0.5, X8 is 9 ** 2, X9 is 2 ^ 3, writeq([X5, X6, X7, X8, X9]), nl,
  X10 is max(1, 2) * abs(-3) + sign(-4) + min(5, 6), writeq(X10), nl,
  format("~a~t~15|~a~t~10+~a~n", [name, value, end]),
  format("~t~a~15|~n", [right]), format("~t~2f~10|~n", [3.14159]),
  format("[~w]~30|[~w]~n", [a, b]), format("~e~n", [12345.678]), format("~4e~n", [0.000123]),
  format("~g~n", [0.1]), format("~d~n", [-0]), format("~a~n", ['']),
  atom_codes(AC, "abc"), writeq(AC), nl, writeq('hello\nworld'), nl,
  writeq(['\\', '''', 'a''b', [], '[]', {}, '{}', ';', '!', ',', '|']), nl,
  X11 = f(_G, _H), copy_term(X11, C11), C11 = f(1, 2), writeq(C11), nl,
  tab(2), writeq(x), nl, atom_to_term('p(X, Y, X)', T, B), length(B, BL), writeq(BL), nl, T = p(1, 2, W), writeq(W), nl,
  assertz(stack(1)), asserta(stack(0)), findall(S, stack(S), Ss), writeq(Ss), nl,
  retract(stack(0)), findall(S2, stack(S2), Ss2), writeq(Ss2), nl,
  number_codes(N, " 42"), writeq(N), nl, atom_number('0x1A', H), writeq(H), nl,
  atom_number('12abc', _) -> true ; writeq(not_a_number), nl.
