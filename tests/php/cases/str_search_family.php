<?php
$s = "The quick brown fox jumps over the lazy dog";
var_dump(strstr($s, "fox"), strstr($s, "fox", true), stristr($s, "QUICK"), strrchr($s, " "));
var_dump(strpbrk($s, "xyz"), strspn("12345abc", "0123456789"), strcspn("hello world", " "));
var_dump(strrpos($s, "o", -5), strrpos($s, "o", 20), strripos($s, "THE"), substr_count($s, "o", 5, 20));
var_dump(substr_replace($s, "cat", 16, 3), substr_replace("abc", "Z", -1), substr_compare("abcde", "CD", 2, 2, true));
try { strrpos($s, "o", 100); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { substr_count($s, ""); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
