<?php
$name = "World"; $arr = ['k' => 'v', 3 => 'three']; $o = new stdClass; $o->p = "prop";
echo "Hello $name! {$arr['k']} $arr[k] $arr[3] {$o->p} $o->p\n";
echo 'single $name\n', "\n";
echo "tab\there\\ \x41\101\u{1F600}\n";
$h = <<<EOT
    Heredoc $name
      indented {$arr['k']}
    EOT;
echo $h, "\n";
$n = <<<'EOT'
raw $name
EOT;
echo $n, "\n";
echo strlen("héllo"), " ", strtoupper("abc"), " ", ucfirst("php"), " ", str_pad("7", 3, "0", STR_PAD_LEFT), "\n";
echo sprintf("%05.2f|%-5s|%5s|%x|%b|%o|%e", 3.14159, "ab", "cd", 255, 5, 8, 12345.678), "\n";
echo implode(",", explode(" ", "a b c")), " ", str_replace("a", "o", "banana"), "\n";
