"""How long a test waits on a real subprocess before calling it hung.

A guard against a hang, never a speed check (speed is measured by the benchmark scripts): a cold build trains the
intent and safety models, and on a busy two-core machine (the suite beside other work) a cold ``marrowbot index``
has taken more than 120 s, which failed a test that was right. Waits for conditions return as soon as they hold.
"""

HANG_GUARD = 600.0
