% open/3,4, close, read/2, read_term/3, get_char/peek_char on streams, see/seen,
% tell/told, current_input/current_output, stream errors, and stdin.
main :-
    File = '/tmp/polyvm_prolog_file_streams.txt',
    open(File, write, S), writeq(S, foo('a b', [1,2])), write(S, '.'), nl(S),
    format(S, "~w-~a.~n", [1, x]), put_char(S, z), write(S, '.'), nl(S), close(S),
    open(File, read, R), read(R, T1), read_term(R, T2, []), read(R, T3), read(R, T4),
    close(R), writeq([T1, T2, T3, T4]), nl,
    open(File, read, R2, [alias(inp)]), get_char(inp, C1), peek_char(inp, C2),
    get_char(R2, C3), get_code(inp, C4), peek_code(R2, C5), close(R2),
    writeq([C1, C2, C3, C4, C5]), nl,
    see(File), read(T5), seen, writeq(T5), nl,
    tell(File), write('hello.'), nl, told,
    open(File, append, A), write(A, 'more.'), nl(A), close(A),
    see(File), read_chars(Cs), seen, atom_chars(Text, Cs), writeq(Text), nl,
    open(File, read, E), read(E, _), (at_end_of_stream(E) -> writeln(at_end) ; writeln(not_at_end)),
    close(E),
    current_input(I), current_output(O), ( I == O -> writeln(same) ; writeln(different) ),
    errors,
    read(X1), writeq(X1), nl, get_char(C), writeq(C), nl, read(X2), writeq(X2), nl,
    read(X3), writeq(X3), nl.

read_chars(Cs) :- get_char(C), ( C == end_of_file -> Cs = [] ; Cs = [C|T], read_chars(T) ).

errors :-
    err(open('/nonexistent/dir/x', read, _)),
    err(open(_, read, _)),
    err(open(f, bad, _)),
    err(open(f, 1, _)),
    err(close(foo)),
    err(close(_)),
    err(read(user_output, _)),
    err(write(user_input, x)),
    err(current_input(foo)),
    err(current_output(3)),
    err(get_char(nostream, _)).

err(G) :- catch((G, writeln(succeeded)), error(F, _), (writeq(F), nl)).
