% A tail-recursive counting loop of 10^7 steps (constant memory).
:- initialization(main, main).
count(N, N) :- !.
count(I, N) :- I1 is I + 1, count(I1, N).
main :- count(0, 10000000), write(done), nl.
