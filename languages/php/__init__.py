"""PHP 8.2 on the kit (docs/php.md).  The constants are what framework/registry.py reads."""
NAME = "php"
EXTENSIONS = [".php"]
LANGUAGE = "languages.php.language.PhpLanguage"
