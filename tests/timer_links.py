"""Hostile and stale timer links, one table for the unit lane (every link through the browser's
own parser in Node: tests/test_timer_link_parsing.py) and the browser lane (a few, end to end)."""

from urllib.parse import quote

PROTOTYPE_NAMES = ["constructor", "__proto__", "toString", "hasOwnProperty"]
BAD_NUMBERS = ["1e308", "Infinity", "NaN", "-5", "99999999999"]
LONG = "a" * 4000

# (id, query, whether a note must show)
LINKS = [
    *[(f"muscle={name}", f"?muscle={name}", True) for name in PROTOTYPE_NAMES],
    *[(f"routine={name}", f"?routine={name}", True) for name in PROTOTYPE_NAMES],
    *[(f"{key}={name}", f"?{key}={name}", True) for key in ("mode", "sides")
      for name in PROTOTYPE_NAMES],
    *[(f"{key}={n}", f"?{key}={n}", True) for key in ("hold", "strokes", "rest", "rounds")
      for n in BAD_NUMBERS],
    *[(f"long {key}", f"?{key}={LONG}", True)
      for key in ("muscle", "routine", "hold", "mode", "sides")],
    ("long digits", "?hold=" + "9" * 4000, True),
    ("long unknown key", f"?{'k' * 40}={LONG}", False),
    ("emoji muscle", "?muscle=" + quote("😀🦵"), True),
    ("emoji routine", "?routine=" + quote("👨‍👩‍👧"), True),
    ("accented mode", "?mode=" + quote("hôld"), True),
    ("right-to-left override", "?muscle=" + quote("\u202esoleus"), True),
    ("full-width digits", "?hold=" + quote("６０"), True),
    ("NUL hold", "?hold=%00", True),
    ("NUL muscle", "?muscle=soleus%00", True),
    ("NUL routine", "?routine=jaw%00", True),
    ("escape sequence", "?mode=%1B%5B31m", True),
    ("line breaks", "?sides=%0D%0Aboth", True),
    ("tab in a number", "?rounds=%092", False),  # whitespace around a number is allowed
    ("lone percent", "?hold=%", True),
    ("broken UTF-8", "?muscle=%E0%A4%A", True),
    ("bad escape", "?routine=%ZZ", True),
    ("double-encoded", "?hold=%2560", True),
    ("only percents", "?%%%", False),
    ("markup", "?muscle=" + quote('"><img src=x onerror=alert(1)>'), True),
    ("repeated muscle", "?muscle=soleus&muscle=constructor", True),
    ("repeated routine", "?routine=jaw&routine=__proto__", True),
    ("repeated hold", "?hold=30&hold=abc", True),
    ("hold 300 times", "?" + "hold=9&" * 300, True),
    ("everything at once", "?routine=toString&muscle=__proto__&hold=NaN&rest=-5&rounds=1e308"
     "&sides=%00&mode=constructor", True),
    # Several faults in one link.
    ("script in rest", "?hold=abc&rounds=%00&rest=<script>alert(1)</script>", True),
    ("out of range and unknown sides", "?hold=100000&rounds=-1&sides=sometimes", True),
    ("path in routine", "?routine=../../etc/passwd", True),
    ("override muscle and unknown mode", "?muscle=%E2%80%AE&mode=sideways", True),
]
