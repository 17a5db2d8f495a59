"""Ruby on the kit (docs/ruby.md).  The constants are what framework/registry.py reads."""
NAME = "ruby"
EXTENSIONS = [".rb"]
LANGUAGE = "languages.ruby.language.RubyLanguage"
