<?php
interface Traversable {}
interface Iterator extends Traversable {}
interface IteratorAggregate extends Traversable {}
interface ArrayAccess {}
interface Countable {}
interface Stringable {}
interface JsonSerializable {}
interface UnitEnum {}
interface BackedEnum extends UnitEnum {}
interface Throwable extends Stringable {}
class stdClass {}
class __PHP_Incomplete_Class {}
final class Closure {
    public static function bind($closure, $newThis, $newScope = "static") {
        return __closure_bind($closure, $newThis, $newScope);
    }
    public static function fromCallable($callback) { return __closure_from($callback); }
    public function bindTo($newThis, $newScope = "static") {
        return __closure_bind($this, $newThis, $newScope);
    }
    public function call($newThis, ...$args) {
        return __closure_bind($this, $newThis, $newThis)(...$args);
    }
}
class Exception implements Throwable {
    protected $message = ""; private string $string = ""; protected $code = 0;
    protected string $file = ""; protected int $line = 0; private array $trace = [];
    private ?Throwable $previous = null;
    public function __construct($message = "", $code = 0, $previous = null) {
        $this->message = $message; $this->code = $code; $this->previous = $previous;
    }
    public function getMessage() { return $this->message; }
    public function getCode() { return $this->code; }
    public function getPrevious() { return $this->previous; }
    public function getFile() { return $this->file; }
    public function getLine() { return $this->line; }
    public function getTrace() { return $this->trace; }
    public function getTraceAsString() { return __trace_string($this->trace); }
    public function __toString() { return __throwable_string($this); }
}
class Error implements Throwable {
    protected $message = ""; private string $string = ""; protected $code = 0;
    protected string $file = ""; protected int $line = 0; private array $trace = [];
    private ?Throwable $previous = null;
    public function __construct($message = "", $code = 0, $previous = null) {
        $this->message = $message; $this->code = $code; $this->previous = $previous;
    }
    public function getMessage() { return $this->message; }
    public function getCode() { return $this->code; }
    public function getPrevious() { return $this->previous; }
    public function getFile() { return $this->file; }
    public function getLine() { return $this->line; }
    public function getTrace() { return $this->trace; }
    public function getTraceAsString() { return __trace_string($this->trace); }
    public function __toString() { return __throwable_string($this); }
}
class ErrorException extends Exception {
    protected int $severity = 1;
    public function __construct($message = "", $code = 0, $severity = 1, $filename = null,
                                $line = null, $previous = null) {
        $this->message = $message; $this->code = $code; $this->severity = $severity;
        if ($filename !== null) { $this->file = $filename; }
        if ($line !== null) { $this->line = $line; }
        parent::__construct($message, $code, $previous);
    }
    final public function getSeverity(): int { return $this->severity; }
}
class TypeError extends Error {}
class ValueError extends Error {}
class ArithmeticError extends Error {}
class DivisionByZeroError extends ArithmeticError {}
class ArgumentCountError extends TypeError {}
class UnhandledMatchError extends Error {}
class LogicException extends Exception {}
class BadFunctionCallException extends LogicException {}
class BadMethodCallException extends BadFunctionCallException {}
class DomainException extends LogicException {}
class InvalidArgumentException extends LogicException {}
class LengthException extends LogicException {}
class OutOfRangeException extends LogicException {}
class RuntimeException extends Exception {}
class OutOfBoundsException extends RuntimeException {}
class OverflowException extends RuntimeException {}
class RangeException extends RuntimeException {}
class UnderflowException extends RuntimeException {}
class UnexpectedValueException extends RuntimeException {}
class JsonException extends Exception {}
final class Generator implements Iterator {
    public function current(): mixed { return __generator_op($this, 0, null); }
    public function key(): mixed { return __generator_op($this, 1, null); }
    public function next(): void { __generator_op($this, 2, null); }
    public function valid(): bool { return __generator_op($this, 3, null); }
    public function rewind(): void { __generator_op($this, 4, null); }
    public function getReturn(): mixed { return __generator_op($this, 5, null); }
    public function send(mixed $value): mixed { return __generator_op($this, 6, $value); }
    public function throw(Throwable $exception): mixed { return __generator_op($this, 7, $exception); }
}
class CompileError extends Error {}
class ParseError extends CompileError {}
abstract class __EnumMethods {
    public static function cases(): array { return __enum_cases(static::class); }
    public static function from(int|string $value): static {
        $case = __enum_try_from(static::class, $value);
        if ($case === null) {
            throw new ValueError((is_string($value) ? '"' . $value . '"' : $value) . " is not a valid backing value for enum " . static::class);
        }
        return $case;
    }
    public static function tryFrom(int|string $value): ?static { return __enum_try_from(static::class, $value); }
}
class ArrayIterator implements Iterator, Countable, ArrayAccess {
    private $__a; private $__k; private $__i = 0;
    public function __construct(array $array = []) { $this->__a = $array; $this->__k = array_keys($array); }
    public function current(): mixed { return $this->__a[$this->__k[$this->__i]] ?? null; }
    public function key(): mixed { return $this->__k[$this->__i] ?? null; }
    public function next(): void { $this->__i++; }
    public function rewind(): void { $this->__k = array_keys($this->__a); $this->__i = 0; }
    public function valid(): bool { return $this->__i < count($this->__k); }
    public function count(): int { return count($this->__a); }
    public function offsetExists($key): bool { return isset($this->__a[$key]); }
    public function offsetGet($key): mixed { return $this->__a[$key]; }
    public function offsetSet($key, $value): void { if ($key === null) { $this->__a[] = $value; } else { $this->__a[$key] = $value; } }
    public function offsetUnset($key): void { unset($this->__a[$key]); }
    public function getArrayCopy(): array { return $this->__a; }
    public function seek(int $offset): void {
        $this->__k = array_keys($this->__a);
        if ($offset < 0 || $offset >= count($this->__k)) {
            throw new OutOfBoundsException("Seek position $offset is out of range");
        }
        $this->__i = $offset;
    }
    public function asort(int $flags = SORT_REGULAR) { asort($this->__a, $flags); return true; }
    public function ksort(int $flags = SORT_REGULAR) { ksort($this->__a, $flags); return true; }
    public function uasort($callback) { uasort($this->__a, $callback); return true; }
    public function uksort($callback) { uksort($this->__a, $callback); return true; }
    public function natsort() { natsort($this->__a); return true; }
    public function natcasesort() { natcasesort($this->__a); return true; }
    public function append($value): void { $this->__a[] = $value; }
}
class ArrayObject implements IteratorAggregate, Countable, ArrayAccess {
    private $__a;
    public function __construct(array $array = []) { $this->__a = $array; }
    public function getIterator(): Iterator { return new ArrayIterator($this->__a); }
    public function asort(int $flags = SORT_REGULAR) { asort($this->__a, $flags); return true; }
    public function ksort(int $flags = SORT_REGULAR) { ksort($this->__a, $flags); return true; }
    public function uasort($callback) { uasort($this->__a, $callback); return true; }
    public function uksort($callback) { uksort($this->__a, $callback); return true; }
    public function natsort() { natsort($this->__a); return true; }
    public function natcasesort() { natcasesort($this->__a); return true; }
    public function append($value): void { $this->__a[] = $value; }
    public function count(): int { return count($this->__a); }
    public function offsetExists($key): bool { return isset($this->__a[$key]); }
    public function offsetGet($key): mixed { return $this->__a[$key]; }
    public function offsetSet($key, $value): void { if ($key === null) { $this->__a[] = $value; } else { $this->__a[$key] = $value; } }
    public function offsetUnset($key): void { unset($this->__a[$key]); }
    public function getArrayCopy(): array { return $this->__a; }
}
