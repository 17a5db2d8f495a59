% A chat-parser-style DCG: questions about a small geography database are parsed into
% logical forms (determiners, nouns with arguments, relative clauses, prepositional
% phrases, auxiliaries), 20,000 times over a dozen sentences.
:- initialization(main, main).
:- op(700, xfy, &).
:- op(720, xfy, =>).

question(Q) --> [what], noun_phrase_rest(X, N), verb_phrase(X, P), ['?'], { Q = which(X, N & P) }.
question(Q) --> [which], noun(X, N), verb_phrase(X, P), ['?'], { Q = which(X, N & P) }.
question(Q) --> aux(_), noun_phrase(X, S, P), verb_phrase(X, S), ['?'], { Q = yes_no(P) }.
question(Q) --> [how, many], noun(X, N), verb_phrase(X, P), ['?'], { Q = count(X, N & P) }.

noun_phrase_rest(X, N) --> noun(X, N).
noun_phrase_rest(X, true) --> [], { X = _ }.

noun_phrase(X, S, P) --> determiner(X, R, S, P), noun(X, N), rel_clause(X, N, R).
noun_phrase(X, S, S) --> proper_noun(X).

rel_clause(X, N, N & P) --> [that], verb_phrase(X, P).
rel_clause(X, N, N & P) --> preposition(X, Y, Rel), noun_phrase(Y, Rel, P).
rel_clause(_, N, N) --> [].

verb_phrase(X, P) --> aux(be), adjective(X, P).
verb_phrase(X, P) --> aux(be), preposition(X, Y, Rel), noun_phrase(Y, Rel, P).
verb_phrase(X, P) --> trans_verb(X, Y, Rel), noun_phrase(Y, Rel, P).
verb_phrase(X, P) --> intrans_verb(X, P).

determiner(X, R, S, exists(X, R & S)) --> [a].
determiner(X, R, S, exists(X, R & S)) --> [some].
determiner(X, R, S, all(X, R => S)) --> [every].
determiner(X, R, S, the(X, R & S)) --> [the].

noun(X, country(X)) --> [country].
noun(X, country(X)) --> [countries].
noun(X, river(X)) --> [river].
noun(X, river(X)) --> [rivers].
noun(X, city(X)) --> [city].
noun(X, city(X)) --> [cities].
noun(X, ocean(X)) --> [ocean].
noun(X, capital(X)) --> [capital].

proper_noun(france) --> [france].
proper_noun(danube) --> [danube].
proper_noun(europe) --> [europe].
proper_noun(atlantic) --> [atlantic].
proper_noun(paris) --> [paris].

aux(be) --> [is].
aux(be) --> [are].
aux(do) --> [does].
aux(do) --> [do].

adjective(X, large(X)) --> [large].
adjective(X, european(X)) --> [european].

preposition(X, Y, in(X, Y)) --> [in].
preposition(X, Y, borders(X, Y)) --> [bordering].
preposition(X, Y, flows_through(X, Y)) --> [through].

trans_verb(X, Y, borders(X, Y)) --> [border].
trans_verb(X, Y, borders(X, Y)) --> [borders].
trans_verb(X, Y, flows_through(X, Y)) --> [flows, through].
trans_verb(X, Y, flows_through(X, Y)) --> [flow, through].
trans_verb(X, Y, contains(X, Y)) --> [contains].
trans_verb(X, Y, contains(X, Y)) --> [contain].

intrans_verb(X, flows(X)) --> [flows].
intrans_verb(X, rains(X)) --> [rains].

sentence([what, rivers, flow, through, some, country, that, borders, france, '?']).
sentence([which, country, borders, the, country, in, europe, that, contains, paris, '?']).
sentence([does, the, danube, flow, through, every, country, in, europe, '?']).
sentence([is, every, city, in, france, large, '?']).
sentence([how, many, countries, border, some, country, bordering, the, ocean, '?']).
sentence([what, borders, a, country, that, borders, a, country, that, contains, a, city, '?']).
sentence([which, river, flows, through, a, country, bordering, a, country, in, europe, '?']).
sentence([does, some, river, flow, through, the, capital, of, france, '?']).
sentence([which, city, is, in, a, country, that, borders, every, country, in, europe, '?']).
sentence([are, some, rivers, european, '?']).
sentence([how, many, cities, are, in, the, country, bordering, the, atlantic, '?']).
sentence([what, is, in, france, '?']).

parse_all(Forms) :- findall(F, (sentence(S), phrase(question(F), S)), Forms).
bench(0) :- !.
bench(K) :- parse_all(_), K1 is K - 1, bench(K1).
main :- bench(20000), parse_all(Forms), length(Forms, N), write(N), write(' parses'), nl,
    numbervars(Forms, 0, _), Forms = [F|_], print(F), nl.
