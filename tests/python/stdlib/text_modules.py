import json
import string
import textwrap

data = {"name": "polyvm", "langs": ["python", "lox"], "ok": True, "n": None, "pi": 3.5}
text = json.dumps(data, sort_keys=True)
print(text)
print(json.loads(text) == data, json.loads('[1, 2.5, "x", {"a": null}]'))
print(json.dumps([1, {"b": 2}], indent=2))
print(json.dumps("é\n"), json.dumps("é", ensure_ascii=False), json.dumps({"a": 1}, separators=(",", ":")))
try:
    json.loads("{bad}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
print(string.ascii_lowercase, string.digits, string.punctuation)
print(string.Template("$who likes $what").substitute(who="tim", what="kung pao"))
print(string.Template("$who").safe_substitute(), string.capwords("hello   world"))
print(string.Formatter().format("{0}-{name}", 1, name="x"))
sample = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(sample, width=30))
print(textwrap.fill("hello world again", width=11))
print(textwrap.dedent("    a\n      b\n    c"), textwrap.indent("x\ny", "> "))
print(textwrap.shorten("Hello  world!  How are you?", width=15))
