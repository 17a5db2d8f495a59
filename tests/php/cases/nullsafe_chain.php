<?php
class N { public $next = null; public $v = 1; function m() { echo "m called\n"; return $this; } }
$n = null;
var_dump($n?->next->next->v, $n?->m()->m()->v);
$o = new N;
var_dump($o?->next?->v, $o->m()?->v);
$i = 0; $arr = [];
$arr[$i++] ??= "a"; $arr[$i++] ??= "b"; $arr[0] ??= "c";
var_dump($arr, $i);
