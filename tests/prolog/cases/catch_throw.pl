p(1). p(2).
q(X) :- p(X), X > 1, throw(found(X)).
main :- catch(q(_), found(Y), (write(caught(Y)), nl)),
    catch((X = 1, throw(e(X))), e(Z), (writeq(Z), nl)),
    catch(catch(throw(inner), outer, write(wrong)), inner, write(right)), nl,
    catch(atom_length(_, _), error(E, _), (writeq(E), nl)),
    catch(foo(1), error(existence_error(procedure, PI), _), (writeq(PI), nl)),
    catch(X2 is 1/0, error(Err, _), (writeq(Err), nl)), var(X2),
    catch(succ_or_fail, _, true) -> true ; write(failed_as_expected), nl.
