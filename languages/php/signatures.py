"""php's own parameter names of the built-ins, for named arguments
(`str_pad(string: "x", length: 5)`) and for argument errors that name a parameter."""

PARAMS = {}
STRING_PARAMS = ["string", "haystack", "needle", "pad_string", "characters", "string1",
                 "string2", "str", "json"]


def declare(text):
    for line in text.strip().split("\n"):
        name, params = line.split(":")
        PARAMS[name.strip()] = [p.strip() for p in params.split(",") if p.strip()]


MIXED_FUNCTIONS = {"in_array": None, "substr_replace": None, "str_replace": None,
                   "str_ireplace": None}
INT_PARAMS = {"str_repeat": 1, "str_pad": 1, "array_fill": 1, "array_chunk": 1,
              "str_split": 1, "wordwrap": 1, "chunk_split": 1}


def param_type(fname, index):
    """"string" or "int" for a built-in's scalar parameter that is not nullable, else "":
    php rejects arrays there and deprecates null."""
    names = PARAMS.get(fname, None)
    if names is None or index >= len(names):
        return ""
    if INT_PARAMS.get(fname, -1) == index:
        return "int"
    if names[index] == "num":
        return "int|float"
    if names[index] == "subject" and fname in MIXED_FUNCTIONS:
        return "array|string"
    if names[index] in STRING_PARAMS and not fname.startswith("array_") and \
            fname not in MIXED_FUNCTIONS:
        return "string"
    return ""


def param_name(fname, index):
    names = PARAMS.get(fname, None)
    if names is None or index >= len(names):
        return "arg"
    return names[index]


declare("""
strlen: string
htmlspecialchars_decode: string, flags
addslashes: string
strip_tags: string, allowed_tags
urlencode: string
rawurlencode: string
base64_decode: string, strict
str_word_count: string, format, characters
strcasecmp: string1, string2
strncmp: string1, string2, length
ucwords: string, separators
mb_strlen: string, encoding
mb_strtoupper: string, encoding
mb_strtolower: string, encoding
mb_substr: string, start, length, encoding
strtr: string, from, to
str_word_count: string, format, characters
str_pad: string, length, pad_string, pad_type
str_repeat: string, times
str_replace: search, replace, subject, count
str_ireplace: search, replace, subject, count
str_split: string, length
str_contains: haystack, needle
str_starts_with: haystack, needle
str_ends_with: haystack, needle
str_word_count: string, format, characters
strpos: haystack, needle, offset
stripos: haystack, needle, offset
strrpos: haystack, needle, offset
strstr: haystack, needle, before_needle
substr: string, offset, length
substr_count: haystack, needle, offset, length
substr_replace: string, replace, offset, length
trim: string, characters
ltrim: string, characters
rtrim: string, characters
explode: separator, string, limit
str_split: string, length
array_chunk: array, length, preserve_keys
implode: separator, array
join: separator, array
sprintf: format, values
printf: format, values
number_format: num, decimals, decimal_separator, thousands_separator
wordwrap: string, width, break, cut_long_words
ucwords: string, separators
strtolower: string
strtoupper: string
ucfirst: string
lcfirst: string
nl2br: string, use_xhtml
htmlspecialchars: string, flags, encoding, double_encode
htmlentities: string, flags, encoding, double_encode
html_entity_decode: string, flags, encoding
strrev: string
strcmp: string1, string2
str_word_count: string, format, characters
chunk_split: string, length, separator
json_encode: value, flags, depth
json_decode: json, associative, depth, flags
var_export: value, return
print_r: value, return
intval: value, base
round: num, precision, mode
floor: num
ceil: num
abs: num
max: value, values
min: value, values
range: start, end, step
count: value, mode
in_array: needle, haystack, strict
array_search: needle, haystack, strict
array_keys: array, filter_value, strict
array_values: array
array_fill: start_index, count, value
array_fill_keys: keys, value
array_slice: array, offset, length, preserve_keys
array_splice: array, offset, length, replacement
array_map: callback, array, arrays
array_filter: array, callback, mode
array_reduce: array, callback, initial
array_column: array, column_key, index_key
array_chunk: array, length, preserve_keys
array_pad: array, length, value
array_combine: keys, values
array_unique: array, flags
array_reverse: array, preserve_keys
array_key_exists: key, array
array_walk: array, callback, arg
array_sum: array
array_merge: arrays
array_push: array, values
usort: array, callback
uasort: array, callback
uksort: array, callback
sort: array, flags
rsort: array, flags
asort: array, flags
arsort: array, flags
ksort: array, flags
krsort: array, flags
iterator_to_array: iterator, preserve_keys
preg_match: pattern, subject, matches, flags, offset
preg_match_all: pattern, subject, matches, flags, offset
preg_replace: pattern, replacement, subject, limit, count
preg_replace_callback: pattern, callback, subject, limit, count, flags
preg_split: pattern, subject, limit, flags
preg_quote: str, delimiter
mt_rand: min, max
random_int: min, max
define: constant_name, value, case_insensitive
call_user_func_array: callback, args
is_a: object_or_class, class, allow_string
method_exists: object_or_method, method
property_exists: object_or_class, property
get_object_vars: object
date: format, timestamp
mktime: hour, minute, second, month, day, year
array_key_first: array
array_key_last: array
array_is_list: array
serialize: value
unserialize: data, options
base64_encode: string
md5: string, binary
sha1: string, binary
levenshtein: string1, string2, insertion_cost, replacement_cost, deletion_cost
similar_text: string1, string2, percent
http_build_query: data, numeric_prefix, arg_separator, encoding_type
file_put_contents: filename, data, flags, context
file_get_contents: filename, use_include_path, context, offset, length
file: filename, flags, context
""")
