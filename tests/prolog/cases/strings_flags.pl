main :- X = "abc", ( string(X) -> write(string) ; write(other) ), nl,
    string_concat(X, "def", Y), writeq(Y), nl, atom_length(X, L), writeq(L), nl,
    string_codes(S, [0'h, 0'i]), writeq(S), nl, writeq(`abc`), nl,
    writeq("a\nb"), nl, writeq('tab\there'), nl, writeq(0'a), nl,
    writeq(0' ), nl, writeq(0'''), nl, writeq(0x1F), nl, writeq(0o17), nl, writeq(0b101), nl, writeq(16'ff), nl,
    writeq(1_000_000), nl, writeq(- 1), nl, writeq(-(1)), nl, writeq(1.0e-3), nl.
