<?php
$shared = "from main";
$r = include __DIR__ . '/include_part.inc';
echo $r, " ", $fromPart, " ", part_fn(), "\n";
var_dump(include_once __DIR__ . '/include_part.inc');
var_dump(@include 'no_such_file.php');
echo count(get_included_files()), "\n";
