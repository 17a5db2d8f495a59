"""ISO Prolog on the kit (docs/prolog.md).  The constants are what framework/registry.py reads;
OPTIONS are swipl's `-g GOAL` and `-t GOAL`."""
NAME = "prolog"
EXTENSIONS = [".pl"]
LANGUAGE = "languages.prolog.language.PrologLanguage"
OPTIONS = ["-g", "-t"]
