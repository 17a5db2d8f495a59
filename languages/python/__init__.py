"""Python 3 on the kit (docs/python.md).  The constants are what framework/registry.py reads."""
NAME = "python"
EXTENSIONS = [".py"]
LANGUAGE = "languages.python.language.PythonLanguage"
