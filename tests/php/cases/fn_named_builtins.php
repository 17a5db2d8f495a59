<?php
echo str_pad(string: "x", length: 5, pad_type: STR_PAD_BOTH, pad_string: "-"), "\n";
echo json_encode(array_slice(array: [1, 2, 3, 4], offset: 1, length: 2)), "\n";
echo implode(separator: "+", array: [1, 2]), "\n";
var_dump(json_decode('{"a":1}', associative: true));
echo number_format(num: 1234.567, decimals: 2, thousands_separator: " "), "\n";
try { strlen(str: "x"); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { str_pad(length: 3); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
echo strtoupper(null), "|", strlen(null), "\n";
try { strlen([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { str_repeat("x", "y"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
