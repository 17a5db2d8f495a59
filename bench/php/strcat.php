<?php
// bench.php's "strcat": append to a string many times.
$s = "";
for ($i = 0; $i < 4000000; $i++) {
    $s .= "hello\n";
}
echo strlen($s), "\n";
