"""The part of the system written in Prolog: control built on the engine's primitives, the
nondeterministic built-ins (over `$`-named helpers in builtins.py), and library(lists),
library(apply) and friends.  Consulted into every engine before the program."""

SOURCE = r"""
once(G) :- call(G), !.
arg(N, T, A) :- var(N), !, functor(T, _, Arity), '$arg_compound'(T), between(1, Arity, N), '$arg'(N, T, A).
arg(N, T, A) :- '$arg'(N, T, A).
'$arg_compound'(T) :- ( compound(T) -> true ; var(T) -> throw(error(instantiation_error, context(system:arg/3, _)))
    ; throw(error(type_error(compound, T), context(system:arg/3, _))) ).
ignore(G) :- (call(G) -> true ; true).
forall(C, A) :- \+ (call(C), \+ call(A)).
apply(G, Args) :- G =.. L0, append(L0, Args, L1), G1 =.. L1, call(G1).

between(L, H, X) :- '$must_be_integer'(L), '$must_be_bound'(H),
    ( H == inf -> true ; H == infinite -> true ; '$must_be_integer'(H) ),
    ( integer(X) -> X >= L, ( H == inf -> true ; H == infinite -> true ; X =< H )
    ; var(X) -> '$between'(L, H, X)
    ; throw(error(type_error(integer, X), context(system:between/3, _))) ).
'$between'(L, H, L) :- ( H == inf -> true ; H == infinite -> true ; L =< H ).
'$between'(L, H, X) :- ( H == inf -> true ; H == infinite -> true ; L < H ),
    L1 is L + 1, '$between'(L1, H, X).
'$must_be_integer'(X) :- ( var(X) -> throw(error(instantiation_error, context(system:between/3, _)))
    ; integer(X) -> true ; throw(error(type_error(integer, X), context(system:between/3, _))) ).
'$must_be_bound'(X) :- ( var(X) -> throw(error(instantiation_error, context(system:between/3, _))) ; true ).

atom_concat(A, B, C) :- nonvar(A), nonvar(B), !, '$atom_concat'(A, B, C).
atom_concat(A, B, C) :- var(C), !, throw(error(instantiation_error, context(system:atom_concat/3, _))).
atom_concat(A, B, C) :- '$text_splits'(C, atom, L), '$member'(A-B, L).
string_concat(A, B, C) :- nonvar(A), nonvar(B), !, '$string_concat'(A, B, C).
string_concat(A, B, C) :- '$text_splits'(C, string, L), '$member'(A-B, L).

sub_atom(Atom, B, L, A, Sub) :- '$sub_text'(Atom, B, L, A, Sub, atom).
sub_string(S, B, L, A, Sub) :- '$sub_text'(S, B, L, A, Sub, string).
'$sub_text'(T, _, _, _, _, _) :- var(T), !, throw(error(instantiation_error, context(system:sub_atom/5, _))).
'$sub_text'(T, B, L, A, Sub, Kind) :- nonvar(Sub), !,
    '$sub_text_known'(T, Sub, Kind, Starts), atom_length(Sub, L), atom_length(T, N),
    '$member'(B, Starts), A is N - B - L.
'$sub_text'(T, B, L, A, Sub, Kind) :- '$sub_texts'(T, Kind, All), '$member'(s(B, L, A, Sub), All).

retract(C) :- '$clause_parts'(C, H, B), '$clauses'(H, retract, L), '$member'(c(Ref, H, B), L), '$erase'(Ref).
retractall(H) :- ( '$clauses'(H, retract, L) -> '$retract_all'(L, H) ; true ),
    ( functor(H, N, A), '$defined'(N, A) -> true ; functor(H, N, A), '$declare_dynamic'(N/A) ).
'$retract_all'([], _).
'$retract_all'([c(Ref, H0, _)|T], H) :- ( \+ H0 \= H -> '$erase'(Ref) ; true ), '$retract_all'(T, H).
clause(H, B) :- '$clauses'(H, clause, L), '$member'(c(_, H, B), L).
'$clause_parts'(C, H, B) :- ( nonvar(C), C = (H0 :- B0) -> H = H0, B = B0 ; H = C, B = true ).
dynamic(Spec) :- '$dynamic'(Spec).
'$dynamic'(V) :- var(V), !, throw(error(instantiation_error, context(system:dynamic/1, _))).
'$dynamic'((A, B)) :- !, '$dynamic'(A), '$dynamic'(B).
'$dynamic'([]) :- !.
'$dynamic'([H|T]) :- !, '$dynamic'(H), '$dynamic'(T).
'$dynamic'(Spec) :- '$declare_dynamic'(Spec).
current_predicate(Spec) :- '$user_predicates'(L), '$member'(Spec, L).
current_predicate(Name, Head) :- '$user_predicates'(L), '$member'(Name/A, L), functor(Head, Name, A).
predicate_property(Head, dynamic) :- nonvar(Head), functor(Head, N, A), '$defined'(N, A).
current_op(P, T, N) :- '$current_ops'(L), '$member'(op(P, T, N), L).

'$member'(X, [X|_]).
'$member'(X, [_|T]) :- '$member'(X, T).

bagof(T, G, L) :- '$free_variables'(T, G, W, Goal),
    ( W == [] -> findall(T, Goal, L), L \== []
    ; findall(W-T, Goal, Pairs), Pairs \== [], '$bagof_groups'(Pairs, W, L) ).
setof(T, G, S) :- bagof(T, G, L), sort(L, S).
'$bagof_groups'(Pairs, W, L) :- keysort(Pairs, Sorted), '$group'(Sorted, Groups), '$member'(W-L, Groups).
'$group'([], []).
'$group'([K-V|T], [K-[V|Vs]|Gs]) :- '$same_key'(K, T, Vs, Rest), '$group'(Rest, Gs).
'$same_key'(K, [K1-V|T], [V|Vs], Rest) :- K1 =@= K, !, K1 = K, '$same_key'(K, T, Vs, Rest).
'$same_key'(_, Rest, [], Rest).
'$free_variables'(T, G, W, Goal) :- '$strip_carets'(G, Goal, Bound0),
    term_variables(T+Bound0, Bound), term_variables(Goal, GV), '$vars_not_in'(GV, Bound, WL), W =.. [v|WL].
'$strip_carets'(G, G, []) :- var(G), !.
'$strip_carets'(V^G, Goal, [V|B]) :- !, '$strip_carets'(G, Goal, B).
'$strip_carets'(G, G, []).
'$vars_not_in'([], _, []).
'$vars_not_in'([V|Vs], B, R) :- ( '$var_memberchk'(V, B) -> R = R1 ; R = [V|R1] ), '$vars_not_in'(Vs, B, R1).
'$var_memberchk'(V, [H|T]) :- ( V == H -> true ; '$var_memberchk'(V, T) ).
aggregate_all(count, G, C) :- !, findall(x, G, L), length(L, C).
aggregate_all(count(T), G, C) :- !, findall(T, G, L), length(L, C).
aggregate_all(sum(E), G, S) :- !, findall(E, G, L), sum_list(L, S).
aggregate_all(max(E), G, M) :- !, findall(E, G, L), L \== [], max_list(L, M).
aggregate_all(min(E), G, M) :- !, findall(E, G, L), L \== [], min_list(L, M).
aggregate_all(bag(E), G, L) :- !, findall(E, G, L).
aggregate_all(set(E), G, S) :- !, findall(E, G, L), sort(L, S).

'>>'(Ps, B) :- '$lambda'(Ps, B, []).
'>>'(Ps, B, A1) :- '$lambda'(Ps, B, [A1]).
'>>'(Ps, B, A1, A2) :- '$lambda'(Ps, B, [A1, A2]).
'>>'(Ps, B, A1, A2, A3) :- '$lambda'(Ps, B, [A1, A2, A3]).
'>>'(Ps, B, A1, A2, A3, A4) :- '$lambda'(Ps, B, [A1, A2, A3, A4]).
'>>'(Ps, B, A1, A2, A3, A4, A5) :- '$lambda'(Ps, B, [A1, A2, A3, A4, A5]).
'>>'(Ps, B, A1, A2, A3, A4, A5, A6) :- '$lambda'(Ps, B, [A1, A2, A3, A4, A5, A6]).
'$lambda'(Ps, B, Args) :- copy_term(Ps>>B, Ps1>>B1),
    ( nonvar(Ps), Ps = Free/_ -> Ps1 = Free/Params ; Params = Ps1 ),
    '$lambda_params'(Params, Args, Rest),
    ( Rest == [] -> call(B1) ; G =.. [call, B1|Rest], call(G) ).
'$lambda_params'(Ps, Rest, Rest) :- Ps == [], !.
'$lambda_params'([P|Ps], [A|As], Rest) :- !, P = A, '$lambda_params'(Ps, As, Rest).
'$lambda_params'(_, [], []).
phrase(G, L) :- phrase(G, L, []).
phrase(G, L, R) :- '$dcg_body'(G, S0, S, Goal), S0 = L, S = R, call(Goal).

append([], L, L).
append([H|T], L, [H|R]) :- append(T, L, R).
append(Ls, L) :- '$append_lists'(Ls, L).
'$append_lists'([], []).
'$append_lists'([L|Ls], As) :- append(L, Ws, As), '$append_lists'(Ls, Ws).
member(X, [X|_]).
member(X, [_|T]) :- member(X, T).
memberchk(X, L) :- member(X, L), !.
length(L, N) :- var(N), \+ is_list(L), !, '$var_list_length'(L, K), '$length_enum'(L, K, N).
length(L, N) :- ( integer(N), N < 0 -> throw(error(domain_error(not_less_than_zero, N), context(system:length/2, _))) ; true ),
    '$length_known'(L, N).
'$length_enum'(L, K, N) :- '$skip_bound'(L, K, T), T \== N, '$length_from'(T, K, N).
'$skip_bound'(L, 0, L) :- !.
'$skip_bound'([_|T], K, R) :- K1 is K - 1, '$skip_bound'(T, K1, R).
'$length_from'([], N, N).
'$length_from'([_|T], K, N) :- K1 is K + 1, '$length_from'(T, K1, N).
nth0(I, L, E) :- integer(I), !, I >= 0, '$nth'(I, L, E).
nth0(I, L, E) :- var(I), !, '$nth_enum'(L, E, 0, I).
nth1(I, L, E) :- integer(I), !, I >= 1, I0 is I - 1, '$nth'(I0, L, E).
nth1(I, L, E) :- var(I), !, '$nth_enum'(L, E, 1, I).
'$nth'(0, [E|_], E) :- !.
'$nth'(I, [_|T], E) :- I1 is I - 1, '$nth'(I1, T, E).
'$nth_enum'([E|_], E, B, B).
'$nth_enum'([_|T], E, B0, B) :- B1 is B0 + 1, '$nth_enum'(T, E, B1, B).
nth0(I, L, E, R) :- integer(I), !, I >= 0, '$nth_del'(I, L, E, R).
nth0(I, L, E, R) :- var(I), '$nth_gen'(L, E, R, 0, I).
nth1(I, L, E, R) :- integer(I), !, I >= 1, I0 is I - 1, '$nth_del'(I0, L, E, R).
nth1(I, L, E, R) :- var(I), '$nth_gen'(L, E, R, 1, I).
'$nth_del'(0, [E|T], E, T) :- !.
'$nth_del'(I, [H|T], E, [H|R]) :- I1 is I - 1, '$nth_del'(I1, T, E, R).
'$nth_gen'([E|T], E, T, B, B).
'$nth_gen'([H|T], E, [H|R], B0, B) :- B1 is B0 + 1, '$nth_gen'(T, E, R, B1, B).
last([X], X) :- !.
last([_|T], X) :- last(T, X).
reverse(L, R) :- '$reverse'(L, [], R).
'$reverse'([], A, A).
'$reverse'([H|T], A, R) :- '$reverse'(T, [H|A], R).
sum_list(L, S) :- '$sum_list'(L, 0, S).
'$sum_list'([], S, S).
'$sum_list'([H|T], A, S) :- A1 is A + H, '$sum_list'(T, A1, S).
sumlist(L, S) :- sum_list(L, S).
max_list([H|T], M) :- '$max_list'(T, H, M).
'$max_list'([], M, M).
'$max_list'([H|T], A, M) :- A1 is max(A, H), '$max_list'(T, A1, M).
min_list([H|T], M) :- '$min_list'(T, H, M).
'$min_list'([], M, M).
'$min_list'([H|T], A, M) :- A1 is min(A, H), '$min_list'(T, A1, M).
max_member(M, L) :- '$max_member'(L, M).
'$max_member'([H|T], M) :- '$max_member_'(T, H, M).
'$max_member_'([], M, M).
'$max_member_'([H|T], A, M) :- ( H @> A -> '$max_member_'(T, H, M) ; '$max_member_'(T, A, M) ).
min_member(M, L) :- '$min_member'(L, M).
'$min_member'([H|T], M) :- '$min_member_'(T, H, M).
'$min_member_'([], M, M).
'$min_member_'([H|T], A, M) :- ( H @< A -> '$min_member_'(T, H, M) ; '$min_member_'(T, A, M) ).
numlist(L, H, []) :- L > H, !.
numlist(L, H, [L|T]) :- L1 is L + 1, numlist(L1, H, T).
select(X, [X|T], T).
select(X, [H|T], [H|R]) :- select(X, T, R).
selectchk(X, L, R) :- select(X, L, R), !.
select(X, Xs, Y, Ys) :- '$select4'(Xs, X, Y, Ys).
'$select4'([X|T], X, Y, [Y|T]).
'$select4'([H|T], X, Y, [H|T2]) :- '$select4'(T, X, Y, T2).
exclude(_, [], []).
exclude(P, [H|T], R) :- ( call(P, H) -> R = R1 ; R = [H|R1] ), exclude(P, T, R1).
include(_, [], []).
include(P, [H|T], R) :- ( call(P, H) -> R = [H|R1] ; R = R1 ), include(P, T, R1).
partition(_, [], [], []).
partition(P, [H|T], I, E) :- ( call(P, H) -> I = [H|I1], E = E1 ; I = I1, E = [H|E1] ), partition(P, T, I1, E1).
partition(_, [], [], [], []).
partition(P, [H|T], L, E, G) :- call(P, O, H), '$partition5'(O, H, L, E, G, L1, E1, G1), partition(P, T, L1, E1, G1).
'$partition5'(<, H, [H|L], E, G, L, E, G).
'$partition5'(=, H, L, [H|E], G, L, E, G).
'$partition5'(>, H, L, E, [H|G], L, E, G).
maplist(_, []).
maplist(P, [A|As]) :- call(P, A), maplist(P, As).
maplist(_, [], []).
maplist(P, [A|As], [B|Bs]) :- call(P, A, B), maplist(P, As, Bs).
maplist(_, [], [], []).
maplist(P, [A|As], [B|Bs], [C|Cs]) :- call(P, A, B, C), maplist(P, As, Bs, Cs).
maplist(_, [], [], [], []).
maplist(P, [A|As], [B|Bs], [C|Cs], [D|Ds]) :- call(P, A, B, C, D), maplist(P, As, Bs, Cs, Ds).
maplist(_, [], [], [], [], []).
maplist(P, [A|As], [B|Bs], [C|Cs], [D|Ds], [E|Es]) :- call(P, A, B, C, D, E), maplist(P, As, Bs, Cs, Ds, Es).
foldl(G, L, A0, A) :- '$foldl'(L, G, A0, A).
'$foldl'([], _, A, A).
'$foldl'([X|Xs], G, A0, A) :- call(G, X, A0, A1), '$foldl'(Xs, G, A1, A).
foldl(G, L1, L2, A0, A) :- '$foldl'(L1, L2, G, A0, A).
'$foldl'([], [], _, A, A).
'$foldl'([X|Xs], [Y|Ys], G, A0, A) :- call(G, X, Y, A0, A1), '$foldl'(Xs, Ys, G, A1, A).
foldl(G, L1, L2, L3, A0, A) :- '$foldl'(L1, L2, L3, G, A0, A).
'$foldl'([], [], [], _, A, A).
'$foldl'([X|Xs], [Y|Ys], [Z|Zs], G, A0, A) :- call(G, X, Y, Z, A0, A1), '$foldl'(Xs, Ys, Zs, G, A1, A).
delete([], _, []).
delete([H|T], X, R) :- ( H \= X -> R = [H|R1] ; R = R1 ), delete(T, X, R1).
subtract([], _, []).
subtract([H|T], L, R) :- ( memberchk(H, L) -> R = R1 ; R = [H|R1] ), subtract(T, L, R1).
intersection([], _, []).
intersection([H|T], L, R) :- ( memberchk(H, L) -> R = [H|R1] ; R = R1 ), intersection(T, L, R1).
union([], L, L).
union([H|T], L, R) :- ( memberchk(H, L) -> R = R1 ; R = [H|R1] ), union(T, L, R1).
list_to_set(L, S) :- '$lts'(L, [], S).
'$lts'([], _, []).
'$lts'([H|T], Seen, R) :- ( '$memberchk_eq'(H, Seen) -> R = R1 ; R = [H|R1] ), '$lts'(T, [H|Seen], R1).
'$memberchk_eq'(X, [Y|T]) :- ( X == Y -> true ; '$memberchk_eq'(X, T) ).
permutation([], []).
permutation(L, [H|T]) :- select(H, L, R), permutation(R, T).
flatten(L, F) :- '$flatten'(L, [], F0), !, F = F0.
'$flatten'(V, T, [V|T]) :- var(V), !.
'$flatten'([], T, T) :- !.
'$flatten'([H|Rest], T, F) :- !, '$flatten'(H, F1, F), '$flatten'(Rest, T, F1).
'$flatten'(A, T, [A|T]).
predsort(P, L, Sorted) :- length(L, N), ( N < 2 -> '$predsort_small'(P, L, Sorted) ; '$predsort'(P, N, L, _, Sorted1), Sorted = Sorted1 ).
'$predsort_small'(_, [], []).
'$predsort_small'(_, [X], [X]).
'$predsort'(P, 2, [X1,X2|L], L, R) :- !, call(P, Delta, X1, X2), '$sort2'(Delta, X1, X2, R).
'$predsort'(_, 1, [X|L], L, [X]) :- !.
'$predsort'(_, 0, L, L, []) :- !.
'$predsort'(P, N, L1, L3, R) :- N1 is N // 2, plus(N1, N2, N), '$predsort'(P, N1, L1, L2, R1), '$predsort'(P, N2, L2, L3, R2), '$predmerge'(P, R1, R2, R).
'$sort2'(<, X1, X2, [X1,X2]).
'$sort2'(=, X1, _, [X1]).
'$sort2'(>, X1, X2, [X2,X1]).
'$predmerge'(_, [], R, R) :- !.
'$predmerge'(_, R, [], R) :- !.
'$predmerge'(P, [H1|T1], [H2|T2], Result) :- call(P, Delta, H1, H2), !, '$predmerge_'(Delta, P, H1, H2, T1, T2, Result).
'$predmerge_'(<, P, H1, H2, T1, T2, [H1|R]) :- '$predmerge'(P, T1, [H2|T2], R).
'$predmerge_'(=, P, H1, _, T1, T2, [H1|R]) :- '$predmerge'(P, T1, T2, R).
'$predmerge_'(>, P, H1, H2, T1, T2, [H2|R]) :- '$predmerge'(P, [H1|T1], T2, R).
pairs_keys_values([], [], []).
pairs_keys_values([K-V|T], [K|Ks], [V|Vs]) :- pairs_keys_values(T, Ks, Vs).
pairs_keys([], []).
pairs_keys([K-_|T], [K|Ks]) :- pairs_keys(T, Ks).
pairs_values([], []).
pairs_values([_-V|T], [V|Vs]) :- pairs_values(T, Vs).
concat_atom(L, R) :- atomic_list_concat(L, R).
concat_atom(L, S, R) :- atomic_list_concat(L, S, R).
print_message(_, _).
nb_current(K, V) :- nb_getval(K, V).
sformat(S, F, A) :- format(string(S), F, A).
tab(S, N) :- tab(N), S = S.
read_term_from_atom(A, T, _) :- term_to_atom(T, A).
numbervars(T, S, E) :- term_variables(T, Vs), '$numbervars'(Vs, S, E).
'$numbervars'([], E, E).
'$numbervars'(['$VAR'(N)|Vs], N, E) :- N1 is N + 1, '$numbervars'(Vs, N1, E).
"""
