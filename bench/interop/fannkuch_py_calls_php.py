# Fannkuch composed: Python walks the permutations, the hot function (the flips of one
# permutation) is PHP's, taking Python's list as a PHP array.  Prints what fannkuch.py prints.
import fannkuch

flips = compile_php_func("""function flips($perm) {
    $count = 0;
    $k = $perm[0];
    while ($k != 0) {
        $i = 0;
        $j = $k;
        while ($i < $j) {
            $t = $perm[$i];
            $perm[$i] = $perm[$j];
            $perm[$j] = $t;
            $i++;
            $j--;
        }
        $count++;
        $k = $perm[0];
    }
    return $count;
}""")
checksum, max_flips = fannkuch.fannkuch(9, flips)
print(checksum)
print("Pfannkuchen(9) = %d" % max_flips)
