<?php
// Python dicts and lists seen from PHP: foreach by key and value, count, isset, [].
$mk = compile_py_func("def mk():\n    return {'a': 1, 'b': 2}\n");
$d = $mk();
foreach ($d as $k => $v) { echo "$k=$v\n"; }
echo count($d), " ", isset($d['a']) ? 'y' : 'n', isset($d['z']) ? 'y' : 'n', "\n";
print_r(iterator_to_array($d));
$d['c'] = 3;
$show = compile_py_func("def show(d):\n    return ','.join('%s=%s' % kv for kv in sorted(d.items()))\n");
echo $show($d), "\n";
echo $d->get('a'), " ", $d->get('z', 'none'), " ", implode(",", iterator_to_array($d->keys())), "\n";
$ml = compile_py_func("def ml():\n    return [10, 20]\n");
$l = $ml();
foreach ($l as $i => $v) { echo "$i:$v\n"; }
echo implode(",", iterator_to_array($l)), " ", $l[1], " ", count($l), "\n";
$l[0] = 11;
echo $l[0], "\n";
