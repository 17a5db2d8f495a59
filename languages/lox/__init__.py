"""Lox on the kit (docs/lox.md).  The constants are what framework/registry.py reads."""
NAME = "lox"
EXTENSIONS = [".lox"]
LANGUAGE = "languages.lox.language.LoxLanguage"
