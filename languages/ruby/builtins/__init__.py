"""Ruby's built-in methods, declared beside their code with `@builtin` and installed into
each new space by `install` (registry.py)."""
