<?php
// Binary trees: allocate and walk many short-lived trees (objects), and one long-lived one.
class Node {
    public $left;
    public $right;
    function __construct($left, $right) {
        $this->left = $left;
        $this->right = $right;
    }
}

function make($depth) {
    if ($depth == 0) {
        return new Node(null, null);
    }
    return new Node(make($depth - 1), make($depth - 1));
}

function check($node) {
    if ($node->left === null) {
        return 1;
    }
    return 1 + check($node->left) + check($node->right);
}

$max_depth = 14;
$stretch = $max_depth + 1;
echo "stretch tree of depth $stretch\t check: ", check(make($stretch)), "\n";
$long_lived = make($max_depth);
for ($depth = 4; $depth <= $max_depth; $depth += 2) {
    $iterations = 1 << ($max_depth - $depth + 4);
    $sum = 0;
    for ($i = 0; $i < $iterations; $i++) {
        $sum += check(make($depth));
    }
    echo "$iterations\t trees of depth $depth\t check: $sum\n";
}
echo "long lived tree of depth $max_depth\t check: ", check($long_lived), "\n";
