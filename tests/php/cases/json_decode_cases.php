<?php
var_dump(json_decode('{"a":1,"b":[1,2,{"c":null}],"d":1.5e2,"e":"\u00e9\ud83d\ude00"}', true));
var_dump(json_decode('{"a":{"b":1}}'));
var_dump(json_decode('[1,2'), json_last_error(), json_last_error_msg());
var_dump(json_decode('12345678901234567890'), json_decode('12345678901234567890', false, 512, JSON_BIGINT_AS_STRING));
var_dump(json_decode('[[1]]', true, 1), json_last_error_msg());
var_dump(json_decode('"\u0000x"'), json_decode(' true '), json_decode(''), json_last_error());
try { json_decode('{', false, 512, JSON_THROW_ON_ERROR); } catch (JsonException $e) { echo get_class($e), " ", $e->getMessage(), " ", $e->getCode(), "\n"; }
var_dump(json_decode('{"0":"a","1":"b"}', true), json_decode('"bad \x01"'), json_last_error());
