"""What the care team did about an event, told after it ("the team handled it", "doctors adjusted my meds", "they found
an ulcer and fixed it"), and the cause it turned out to have ("it was low blood pressure"): a story told as over, read
by the past frame (text/safety_frame.py) and the stories told as over (text/safety_stories.py)."""

from __future__ import annotations

#: Who looks after the patient, with or without "the" ("doctors adjusted", "team handled it").
_TEAM = r"(?:they|(?:the |his |her |my |our )?(?:doctors?|nurses?|team|care team|consultant|hospital|er|a and e|ward))"
#: The care team dealt with it, or the cause was found (English; the Spanish words stay in text/safety_stories.py).
CARE_TEAM_DEALT = (
    _TEAM + r" (?:adjusted|switched|changed|slowed|removed|sorted|fixed|handled|dealt with|"
    r"cauterized|cauterised|drained|stitched|stabilised|stabilized)|"
    r"and (?:fixed|sorted|treated|handled|cauterized|cauterised|drained|stitched|stabilised|stabilized) (?:it|that|him|"
    r"her|me|them)|"
    # (... or the cause it turned out to have: "it was low blood pressure", "that was dehydration")
    r"(?:it|that|which) (?:was|turned out to be) (?:just |only |probably |likely )?(?:an? )?(?:low blood pressure|"
    r"low blood sugar|dehydration|(?:\w+ )?(?:ulcer|panic attack|anxiety attack|migraine|side effect|vasovagal))\b")
