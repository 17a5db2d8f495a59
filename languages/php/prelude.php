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
final class Closure {}
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
class ErrorException extends Exception {}
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
}
class ArrayObject implements IteratorAggregate, Countable, ArrayAccess {
    private $__a;
    public function __construct(array $array = []) { $this->__a = $array; }
    public function getIterator(): Iterator { return new ArrayIterator($this->__a); }
    public function count(): int { return count($this->__a); }
    public function offsetExists($key): bool { return isset($this->__a[$key]); }
    public function offsetGet($key): mixed { return $this->__a[$key]; }
    public function offsetSet($key, $value): void { if ($key === null) { $this->__a[] = $value; } else { $this->__a[$key] = $value; } }
    public function offsetUnset($key): void { unset($this->__a[$key]); }
    public function getArrayCopy(): array { return $this->__a; }
}
