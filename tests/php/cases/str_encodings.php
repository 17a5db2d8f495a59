<?php
echo base64_encode("any carnal pleas"), " ", base64_decode("YW55IGNhcm5hbCBwbGVhcw=="), " ", var_export(base64_decode("!!!", true), true), "\n";
echo urlencode("a+b c/d?e=f&g~h"), " ", rawurlencode("a+b c/d~"), " ", urldecode("a%2Bb+c"), "\n";
echo http_build_query(["a" => 1, "b" => [1, 2], "c" => ["x" => "y z"], "d" => null, "e" => true]), "\n";
echo md5("hello"), " ", sha1("hello"), " ", crc32("hello"), " ", hash_ok(), "\n";
function hash_ok() { return strlen(md5("", true)) . "/" . strlen(sha1("", true)); }
echo bin2hex(hex2bin("00ff10")), " ", var_export(@hex2bin("abc"), true), "\n";
