<?php
foreach ([["World", "Word"], ["Hello", "World"], ["", ""], ["abcdef", "azcdxf"]] as [$a, $b]) {
    $n = similar_text($a, $b, $p);
    printf("%s/%s: %d %.4f lev=%d\n", $a, $b, $n, $p, levenshtein($a, $b));
}
echo levenshtein("kitten", "sitting", 1, 2, 3), " ", soundex("Tymczak"), " ", soundex("Honeyman"), " ", soundex(""), "\n";
print_r(count_chars("abracadabra", 1));
echo count_chars("abracadabra", 3), "\n";
