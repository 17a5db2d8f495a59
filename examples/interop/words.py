# A Python script that uses PHP's string and array library through php_global_ns():
# a word-frequency report over a paragraph.  Run: polyvm examples/interop/words.py
php = php_global_ns()

text = """The quick brown fox jumps over the lazy dog. The dog sleeps; the fox
runs on, over the hill and far away, and the quick fox is never seen again."""

clean = php.preg_replace("/[^a-z ]+/", " ", php.strtolower(text))
words = php.preg_split("/\\s+/", php.trim(clean))
counts = php.array_count_values(words)
top = sorted(counts, key=lambda w: (-counts[w], w))[:5]
print("words:", len(words), "distinct:", len(counts))
for word in top:
    print(php.str_pad(word, 8, ".", 1), php.str_repeat("*", counts[word]), counts[word])
print(php.ucwords(php.implode(" ", top)))
print(php.ucfirst(php.strrev("god yzal eht revo spmuj")))
title = compile_php_func("function title_case($s) { return ucwords(strtolower($s)); }")
print(title("PHP AND PYTHON, ONE PROCESS"))
