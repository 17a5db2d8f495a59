<?php
echo strtr("Hello world", "lo", "01"), "\n";
echo strtr("Hi all, I said", ["Hi" => "Hello", "Hello" => "x", "said" => "say"]), "\n";
echo strtr("abc", []), "|", strtr("aaa", ["a" => "b", "aa" => "c"]), "\n";
echo str_ireplace(["HELLO", "World"], ["bye", "earth"], "hello WORLD hello", $n), " $n\n";
echo str_replace(["a", "b"], "x", "aabbcc", $m), " $m\n";
var_dump(str_replace("a", "b", ["xa", "ya", 5]));
echo wordwrap("The quick brown fox sat over the lazy dog", 15, "\n", true), "\n";
echo wordwrap("A very long woooooooooooord.", 8, "\n", true), "\n";
echo wordwrap("A very long woooooooooooord.", 8), "\n";
echo chunk_split("abcdefg", 3, "|"), "\n";
