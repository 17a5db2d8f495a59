<?php
class M { public static function who() { return static::class; } public static function viaName() { return M::who(); }
  public static function viaSelf() { return self::who(); } }
class N extends M {}
echo N::who(), " ", N::viaName(), " ", N::viaSelf(), "\n";
trait T { public function where() { return __CLASS__ . "/" . __TRAIT__ . "/" . self::class; } }
class UsesT { use T; }
echo (new UsesT)->where(), "\n";
class S { public function __toString(): string { return "s"; } }
var_dump(new S instanceof Stringable, (string)new S);
$anon = new class extends M {};
echo get_debug_type($anon), " ", str_starts_with(get_class($anon), "M@anonymous") ? "named" : "no", "\n";
