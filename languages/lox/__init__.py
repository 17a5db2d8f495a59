"""Lox, the language of Crafting Interpreters, on the polyvm kit."""
NAME = "lox"
EXTENSIONS = [".lox"]
