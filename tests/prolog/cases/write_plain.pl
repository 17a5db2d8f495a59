main :- write('hello world'), nl, write([a, 'B c', "s"]), nl, write(f(x, 'Y')), nl,
    write(1 + 2), nl, write('it''s'), nl, writeln(done), print(f('A')), nl,
    write_term([1, 'a b'], [quoted(true)]), nl, write_term(f(x, y), []), nl,
    write_canonical(f('$VAR'(1), "abc", 'q r')), nl.
