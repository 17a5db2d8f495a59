<?php
/* Another language's value inside PHP (languages/php/interop.py makes one per value).  Each
   PHP operation on it sends one interop message through the __interop_* built-ins. */
final class ForeignObject implements ArrayAccess, Countable, IteratorAggregate {
    public function __invoke(...$args) { return __interop_call($this, $args); }
    public function __call($name, $args) { return __interop_invoke($this, $name, $args); }
    public function __get($name) { return __interop_read_member($this, $name); }
    public function __set($name, $value) { __interop_write_member($this, $name, $value); }
    public function __isset($name) { return __interop_has_member($this, $name); }
    public function offsetGet($key): mixed { return __interop_read_element($this, $key); }
    public function offsetSet($key, $value): void {
        __interop_write_element($this, $key, $value);
    }
    public function offsetExists($key): bool { return __interop_has_element($this, $key); }
    public function offsetUnset($key): void {
        throw new Error("Cannot unset an element of a foreign value");
    }
    public function count(): int { return __interop_size($this); }
    public function getIterator(): Iterator {
        $iterator = __interop_iterate($this);
        $by_key = __interop_is_hash($this);
        $i = 0;
        while (($box = __interop_next($iterator)) !== null) {
            if ($by_key) {
                yield $box[0] => __interop_read_element($this, $box[0]);
            } else {
                yield $i++ => $box[0];
            }
        }
    }
    public function __toString(): string { return __interop_display($this); }
}

/* An exception of another language, caught in PHP: `foreign` is the original (as a value). */
class ForeignException extends Exception {
    public $foreign = null;
}
class PyException extends ForeignException {}
