<?php
// Strings: concatenation in a loop, implode/explode, sprintf, substr and case functions.
$parts = [];
$text = "";
for ($i = 0; $i < 300000; $i++) {
    $text .= "item" . $i . ",";
    if ($i % 1000 == 999) {
        $parts[] = strtoupper(substr($text, 0, 40));
        $text = "";
    }
}
$joined = implode("|", $parts);
$words = explode("|", $joined);
$total = 0;
foreach ($words as $w) {
    $total += strlen($w) + strpos($w, "ITEM") + substr_count($w, ",");
}
$lines = [];
for ($i = 0; $i < 100000; $i++) {
    $lines[] = sprintf("%05d:%s:%.2f", $i, str_pad(dechex($i), 6, "0", STR_PAD_LEFT), $i / 7);
}
$report = implode("\n", $lines);
echo count($words), " ", $total, " ", strlen($report), " ", md5($report), "\n";
