<?php
var_dump(preg_split('/(?<=[.!?])\s+/', "One. Two! Three? Four"));
var_dump(preg_match('/(?<!\d)\d{3}(?!\d)/', 'ab1234 567 x', $m), $m);
var_dump(preg_split('/,/', 'a,b,,c', -1, PREG_SPLIT_NO_EMPTY | PREG_SPLIT_OFFSET_CAPTURE));
var_dump(preg_match('/(a)(b)?(c)/', 'ac', $m2, PREG_UNMATCHED_AS_NULL), $m2);
var_dump(@preg_match('/(/', 'x'), preg_last_error(), preg_last_error_msg());
echo preg_replace_callback_array(['/\d+/' => fn($m) => $m[0] * 2, '/b/' => fn($m) => 'B'], 'ab12c3'), "\n";
echo preg_quote("a.b/c#d"), " ", preg_quote("a/b", "/"), "\n";
