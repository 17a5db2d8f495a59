% setarg/3 is undone on backtracking (failure, \+, exceptions); nb_setarg/3 is not.
main :- T = f(a, b), ( setarg(1, T, x), writeq(T), nl, fail ; writeq(T), nl ),
  T2 = g(1), ( member(V, [p, q, r]), setarg(1, T2, V), writeq(T2), nl, V == q -> true ; true ), writeq(T2), nl,
  T3 = h(0), ( nb_setarg(1, T3, 5), fail ; true ), writeq(T3), nl,
  T4 = k(z), \+ \+ (setarg(1, T4, y), writeq(T4), nl), writeq(T4), nl,
  T5 = s(0), catch((setarg(1, T5, 9), throw(oops)), _, true), writeq(T5), nl,
  findall(T6, (T6 = w(1), setarg(1, T6, 2)), L), writeq(L), nl,
  catch(setarg(a, f(x), 1), error(E, _), (writeq(E), nl)),
  ( setarg(3, f(x), 1) -> true ; writeln(failed) ).
