main :- write(bye), nl, halt(3).
