"""The bot's own words (welcome, disclaimer, emergency, refusal, abstention), kept as data a clinic adapts."""

from __future__ import annotations

import string
from dataclasses import dataclass, fields

PLACEHOLDERS = frozenset({"call", "crisis_line", "topic", "condition"})
#: Safety messages a messages.yml may leave out, and the message that stands in for each.
OPTIONAL_MESSAGES = {"possible_emergency": "emergency", "despair": "crisis", "crisis_now": "crisis",
                     "poisoning": "emergency"}


@dataclass(frozen=True)
class Emergency:
    """Who to call: defaults are the US numbers; a kiosk configuration can change them."""

    call: str = "911"
    crisis_line: str = "988"


@dataclass(frozen=True)
class Messages:
    welcome: str
    disclaimer: str
    help: str
    greeting: str
    thanks: str
    goodbye: str
    abstain: str
    topics_intro: str
    other_topics: str
    emergency: str
    crisis: str
    personal_advice: str
    quotes_intro: str
    symptom_check: str
    symptom_quotes_intro: str
    symptom_check_after: str
    no_topic: str
    not_in_documents: str
    link_intro: str
    idle_warning: str
    wiped: str
    error: str
    suggestions: tuple[str, ...]
    possible_emergency: str = ""  # one short safety line before a normal answer (the possible-emergency band)
    despair: str = ""  # a gentle crisis line before anything else (despair without suicide words)
    crisis_now: str = ""  # a crisis with a plan, the means or an attempt: the emergency number too
    poisoning: str = ""  # swallowed or took too much of something

    def fill(self, emergency: Emergency) -> Messages:
        """Put the emergency numbers into every text; {topic} and {condition} are filled per answer."""
        values = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str):
                value = render(value, call=emergency.call, crisis_line=emergency.crisis_line)
            values[f.name] = value
        return Messages(**values)


def message_keys() -> tuple[str, ...]:
    return tuple(f.name for f in fields(Messages))


def placeholders(template: str) -> set[str]:
    """Names used as {name} in a template; raises ValueError on a malformed brace."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


class _Keep(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(template: str, **values: str) -> str:
    """Fill the placeholders given, leave the others for a later stage."""
    return template.format_map(_Keep(values))
