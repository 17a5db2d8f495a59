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
