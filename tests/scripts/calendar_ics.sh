#!/bin/bash
# The ICS export, read by a real parser (Debian's python3-icalendar with python3-dateutil):
# CRLF everywhere, no line over 75 octets, folds never inside UTF-8, every event round-trips
# (dates, text), RRULE + RDATE - EXDATE expansion (BYDAY, BYSETPOS, UTC date-times for timed
# tactics) equals strat's own occurrences (--format json: start, or start_utc when timed), and
# UIDs are identical across two runs, for every example.
set -uo pipefail
strat=$1
py=/usr/bin/python3
"$py" -c 'import icalendar, dateutil' 2>/dev/null || {
  echo "SKIP: python3-icalendar and python3-dateutil are not installed (./dev test installs them)"
  exit 77
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
for ex in examples/clinic examples/clinic-he examples/multilingual examples/mobile-offices examples/b2b-software \
          examples/trust-series examples/fire-triangle examples/webinar-series \
          tests/golden/calendar-ics-month-ends/plan.yaml tests/golden/calendar-ics-weekdays/plan.yaml; do
  "$strat" calendar "$ex" --today 2027-02-17 --format ics > "$tmp/a.ics" || { echo "FAIL: $ex: ics exit $?"; fail=1; continue; }
  "$strat" calendar "$ex" --today 2027-02-17 --format ics > "$tmp/b.ics"
  "$strat" calendar "$ex" --today 2027-02-17 --format json > "$tmp/a.json"
  "$py" - "$tmp/a.ics" "$tmp/b.ics" "$tmp/a.json" "$ex" <<'PY' || fail=1
import json, sys, datetime
import icalendar
from dateutil.rrule import rrulestr, rruleset

ics_path, ics2_path, json_path, label = sys.argv[1:5]
raw = open(ics_path, 'rb').read()
problems = []
if raw.replace(b'\r\n', b'').find(b'\n') >= 0 or raw.replace(b'\r\n', b'').find(b'\r') >= 0:
    problems.append('a line ends without CRLF')
for n, line in enumerate(raw.split(b'\r\n')[:-1], 1):
    if len(line) > 75:
        problems.append(f'line {n} is {len(line)} octets')
    try:
        line.decode('utf-8')
    except UnicodeDecodeError:
        problems.append(f'line {n} is folded inside a UTF-8 sequence')
cal = icalendar.Calendar.from_ical(raw)
for key in ('VERSION', 'PRODID', 'CALSCALE'):
    if key not in cal:
        problems.append(f'no {key}')

data = json.load(open(json_path, encoding='utf-8'))
rng_to = datetime.date.fromisoformat(data['range']['to'])
expected = {}  # (title, kind) -> sorted start days from strat's own list
for o in data['occurrences']:
    expected.setdefault(o['title'], []).append(o.get('start_utc', o['start']))

def key(value):
    """A DATE as YYYY-MM-DD, a DATE-TIME (which strat writes in UTC) as YYYY-MM-DDTHH:MM:SSZ."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None or value.utcoffset() != datetime.timedelta(0):
            problems.append(f'{value} is not in UTC')
        return value.strftime('%Y-%m-%dT%H:%M:%SZ')
    return value.isoformat()

def as_datetime(value):
    if isinstance(value, datetime.datetime):
        return value.replace(tzinfo=None)
    return datetime.datetime.combine(value, datetime.time())

def values(comp, name):
    prop = comp.get(name)
    props = prop if isinstance(prop, list) else ([prop] if prop is not None else [])
    return [d.dt for p in props for d in p.dts]

got = {}
uids = []
for comp in cal.walk():
    if comp.name not in ('VEVENT', 'VTODO'):
        continue
    uids.append(str(comp['UID']))
    title = str(comp['SUMMARY'])
    if comp.name == 'VTODO':
        got.setdefault(title, []).append(key(comp['DUE'].dt))
        continue
    start = comp['DTSTART'].dt
    end = comp['DTEND'].dt
    timed = isinstance(start, datetime.datetime)
    if timed != isinstance(end, datetime.datetime):
        problems.append(f'{title}: DTSTART and DTEND are not of one type')
    if end <= start:
        problems.append(f'{title}: DTEND is not after DTSTART')
    if 'RRULE' in comp or 'RDATE' in comp:
        rs = rruleset()
        if 'RRULE' in comp:
            rule = comp['RRULE'].to_ical().decode()
            # dateutil wants a naive UNTIL with a naive DTSTART: both are UTC here
            rs.rrule(rrulestr(rule.replace('Z;', ';').rstrip('Z') if timed else rule, dtstart=as_datetime(start)))
        else:
            rs.rdate(as_datetime(start))
        for d in values(comp, 'RDATE'):
            rs.rdate(as_datetime(d))
        for d in values(comp, 'EXDATE'):
            rs.exdate(as_datetime(d))
        days = [d.strftime('%Y-%m-%dT%H:%M:%SZ') if timed else d.date().isoformat() for d in rs if d.date() <= rng_to]
        got.setdefault(title, []).extend(days)
    elif timed:
        got.setdefault(title, []).append(key(start))
        spans = [o for o in data['occurrences'] if o['title'] == title and o.get('start_utc') == key(start)]
        for o in spans:
            if o['end_utc'] != key(end):
                problems.append(f'{title}: DTEND {end} is not {o["end_utc"]}')
    else:
        # a span: strat lists it once, by its first day; the exclusive end is one day after its last
        got.setdefault(title, []).append(start.isoformat())
        spans = [o for o in data['occurrences'] if o['title'] == title and o['start'] == start.isoformat()]
        for o in spans:
            if (datetime.date.fromisoformat(o['end']) + datetime.timedelta(days=1)) != end:
                problems.append(f'{title}: DTEND {end} is not the day after {o["end"]}')
for title in set(expected) | set(got):
    if sorted(expected.get(title, [])) != sorted(got.get(title, [])):
        problems.append(f'{title!r}: strat lists {sorted(expected.get(title, []))[:6]}, the ICS gives {sorted(got.get(title, []))[:6]}')
if len(uids) != len(set(uids)):
    problems.append('duplicate UIDs')
cal2 = icalendar.Calendar.from_ical(open(ics2_path, 'rb').read())
uids2 = [str(c['UID']) for c in cal2.walk() if c.name in ('VEVENT', 'VTODO')]
if uids != uids2:
    problems.append('UIDs differ between two runs')
if problems:
    print(f'FAIL: {label}:')
    for p in problems[:20]:
        print('   ', p)
    sys.exit(1)
print(f'ok: {label}: {len(uids)} components, {sum(len(v) for v in got.values())} occurrences')
PY
done
exit $fail
