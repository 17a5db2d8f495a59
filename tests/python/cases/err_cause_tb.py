# raise ... from ...: the "direct cause" banner, then the outer traceback
class ConfigError(Exception):
    pass

def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError("missing setting " + key) from e

settings = {"host": "localhost"}
print(read_setting(settings, "host"))
port = read_setting(settings, "port")
