greeting --> [hello], name.
name --> [world].
name --> [prolog].
digits([D|T]) --> digit(D), digits(T).
digits([D]) --> digit(D).
digit(D) --> [D], { code_type(D, digit) }.
ab --> [] | [a], ab.
main :- ( phrase(greeting, [hello, prolog]) -> write(yes) ; write(no) ), nl,
    phrase(digits(Ds), `123`, Rest), atom_codes(A, Ds), writeq(A-Rest), nl,
    ( phrase(ab, [a, a, a]) -> write(ab_ok) ; write(ab_no) ), nl,
    phrase(([x], [y]), L), writeq(L), nl.
