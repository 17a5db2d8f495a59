"""CPython's `_locale` for the C locale with UTF-8 text (polyvm sets no locale)."""

LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL = 0, 1, 2, 3, 4, 5, 6
CHAR_MAX = 127
CODESET = 14


class Error(Exception):
    pass


Error.__module__ = "locale"


def setlocale(category, locale=None):
    if locale not in (None, "", "C", "POSIX", "C.UTF-8", "C.utf8"):
        raise Error("unsupported locale setting")
    return "C.UTF-8" if category == LC_CTYPE else "C"


def localeconv():
    return {"int_curr_symbol": "", "currency_symbol": "", "mon_decimal_point": "",
            "mon_thousands_sep": "", "mon_grouping": [], "positive_sign": "",
            "negative_sign": "", "int_frac_digits": CHAR_MAX, "frac_digits": CHAR_MAX,
            "p_cs_precedes": CHAR_MAX, "p_sep_by_space": CHAR_MAX,
            "n_cs_precedes": CHAR_MAX, "n_sep_by_space": CHAR_MAX,
            "p_sign_posn": CHAR_MAX, "n_sign_posn": CHAR_MAX, "decimal_point": ".",
            "thousands_sep": "", "grouping": []}


def getencoding():
    return "UTF-8"


def nl_langinfo(key):
    return "UTF-8" if key == CODESET else ""


def strcoll(a, b):
    return (a > b) - (a < b)


def strxfrm(s):
    return s
