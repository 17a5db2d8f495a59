import datetime
import time

t = time.gmtime(1700000000)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_wday, t.tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", t), time.asctime(t))
print(time.time() > 1.6e9, time.monotonic() >= 0, time.perf_counter() >= 0)
d = datetime.date(2024, 2, 28)
print(d + datetime.timedelta(days=1), d.isoformat(), d.weekday(), d.strftime("%A %d %B %Y"))
dt = datetime.datetime(2020, 5, 17, 13, 30, 15)
print(dt, dt.isoformat(), dt - datetime.datetime(2020, 1, 1), dt.replace(hour=1))
print(datetime.datetime.fromisoformat("2021-03-04T05:06:07"), datetime.date.fromordinal(738000))
print(repr(datetime.timedelta(hours=25, seconds=3)), datetime.timedelta(minutes=90).total_seconds())
print(datetime.datetime.fromtimestamp(0, datetime.timezone.utc), datetime.timezone(datetime.timedelta(hours=2)))
