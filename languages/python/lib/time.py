"""CPython's `time` over the clocks of _time_core (languages/python/timemodule.py).  Local
time is UTC: polyvm reads no time-zone database yet."""
import _time_core

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")
_start = _time_core.time()


def time():
    return _time_core.time()


def time_ns():
    return int(_time_core.time() * 1e9)


def monotonic():
    return _time_core.time() - _start


def monotonic_ns():
    return int(monotonic() * 1e9)


perf_counter = monotonic
perf_counter_ns = monotonic_ns


def process_time():
    return _time_core.clock()


def process_time_ns():
    return int(_time_core.clock() * 1e9)


def thread_time():
    return _time_core.clock()


def sleep(seconds):
    _time_core.sleep(seconds)


def get_clock_info(name):
    import types
    return types.SimpleNamespace(implementation="clock_gettime(CLOCK_REALTIME)",
                                 monotonic=name != "time", adjustable=name == "time",
                                 resolution=1e-09)


class struct_time(tuple):
    """A time as a 9-tuple whose fields also have names (and tm_zone, tm_gmtoff)."""
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    _fields = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
               "tm_yday", "tm_isdst")

    def __new__(cls, values, extra=None):
        values = tuple(values)
        if len(values) not in (9, 11):
            raise TypeError("time.struct_time() takes a 9-sequence (%d-sequence given)"
                            % len(values))
        self = tuple.__new__(cls, values[:9])
        self._zone = values[9] if len(values) == 11 else "UTC"
        self._gmtoff = values[10] if len(values) == 11 else 0
        return self

    def __getattr__(self, name):
        if name in struct_time._fields:
            return self[struct_time._fields.index(name)]
        if name == "tm_zone":
            return object.__getattribute__(self, "_zone")
        if name == "tm_gmtoff":
            return object.__getattribute__(self, "_gmtoff")
        raise AttributeError("'time.struct_time' object has no attribute '%s'" % name)

    def __repr__(self):
        fields = ", ".join("%s=%r" % pair for pair in zip(struct_time._fields, self))
        return "time.struct_time(%s)" % fields

    def __reduce__(self):
        return (struct_time, (tuple(self),))


def _days_to_civil(days):
    """(year, month, day) of a day count from 1970-01-01 (proleptic Gregorian)."""
    days += 719468
    era = days // 146097
    day_of_era = days - era * 146097
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36524
                   - day_of_era // 146096) // 365
    year = year_of_era + era * 400
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    mp = (5 * day_of_year + 2) // 153
    day = day_of_year - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    return (year + 1 if month <= 2 else year, month, day)


def _civil_to_days(year, month, day):
    year -= month <= 2
    era = year // 400
    year_of_era = year - era * 400
    mp = month - 3 if month > 2 else month + 9
    day_of_year = (153 * mp + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era - 719468


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def gmtime(seconds=None):
    if seconds is None:
        seconds = time()
    seconds = int(seconds // 1) if isinstance(seconds, float) else int(seconds)
    days, rest = divmod(seconds, 86400)
    year, month, day = _days_to_civil(days)
    yday = _civil_to_days(year, month, day) - _civil_to_days(year, 1, 1) + 1
    wday = (days + 3) % 7              # 1970-01-01 was a Thursday
    return struct_time((year, month, day, rest // 3600, rest // 60 % 60, rest % 60, wday,
                        yday, 0))


def localtime(seconds=None):
    return gmtime(seconds)


def mktime(t):
    year, month, day, hour, minute, second = tuple(t)[:6]
    extra_months = month - 1
    year += extra_months // 12
    month = extra_months % 12 + 1
    return float(_civil_to_days(year, month, 1) * 86400 + (day - 1) * 86400 + hour * 3600
                 + minute * 60 + second)


timegm = mktime
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def asctime(t=None):
    t = localtime() if t is None else t
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[t[6]][:3], _MONTHS[t[1] - 1][:3], t[2],
                                           t[3], t[4], t[5], t[0])


def ctime(seconds=None):
    return asctime(localtime(seconds))


def strftime(format, t=None):
    t = localtime() if t is None else t
    year, month, day, hour, minute, second, wday, yday = tuple(t)[:8]
    out = []
    i = 0
    while i < len(format):
        c = format[i]
        if c != "%" or i + 1 == len(format):
            out.append(c)
            i += 1
            continue
        d = format[i + 1]
        i += 2
        if d == "Y":
            out.append("%d" % year)
        elif d == "y":
            out.append("%02d" % (year % 100))
        elif d == "m":
            out.append("%02d" % month)
        elif d == "d":
            out.append("%02d" % day)
        elif d == "e":
            out.append("%2d" % day)
        elif d == "H":
            out.append("%02d" % hour)
        elif d == "I":
            out.append("%02d" % ((hour - 1) % 12 + 1))
        elif d == "M":
            out.append("%02d" % minute)
        elif d == "S":
            out.append("%02d" % second)
        elif d == "p":
            out.append("AM" if hour < 12 else "PM")
        elif d == "A":
            out.append(_DAYS[wday])
        elif d == "a":
            out.append(_DAYS[wday][:3])
        elif d == "B":
            out.append(_MONTHS[month - 1])
        elif d in "bh":
            out.append(_MONTHS[month - 1][:3])
        elif d == "j":
            out.append("%03d" % yday)
        elif d == "w":
            out.append("%d" % ((wday + 1) % 7))
        elif d == "u":
            out.append("%d" % (wday + 1))
        elif d == "Z":
            out.append("UTC")
        elif d == "z":
            out.append("+0000")
        elif d == "c":
            out.append(asctime(t))
        elif d == "x":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif d == "X":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif d == "D":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif d == "F":
            out.append("%d-%02d-%02d" % (year, month, day))
        elif d == "T":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif d == "%":
            out.append("%")
        else:
            out.append("%" + d)
    return "".join(out)


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    import _strptime
    return _strptime._strptime_time(string, format)


def tzset():
    pass
