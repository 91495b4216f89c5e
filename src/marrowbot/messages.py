"""The bot's own words (welcome, disclaimer, emergency, refusal, abstention), kept as data a clinic adapts."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

#: The only fields a message template or a configured text may use, written ``{name}``. Nothing else between
#: braces is allowed: no format specs (``{call:>99}``), no attribute or index access (``{call.x}``, ``{call[0]}``),
#: no positional fields, no stray or doubled braces. Every text goes through ``render`` below, never
#: ``str.format``, so a text can neither raise nor grow beyond its fields' values.
PLACEHOLDERS = frozenset({"call", "crisis_line", "topic", "condition", "seconds", "choices"})
#: The fields a kiosk's own welcome text may use (it is shown as it is, with no topic).
CONFIG_PLACEHOLDERS = frozenset({"call", "crisis_line"})
MAX_NUMBER_CHARS = 40

_FIELD = re.compile(r"\{([a-z_]+)\}")
_BRACE = re.compile(r"[{}]")
_PHONE_BAD = re.compile(r"[{}\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
#: Safety messages a messages.yml may leave out, and the message that stands in for each.
OPTIONAL_MESSAGES = {"possible_emergency": "emergency", "despair": "crisis", "crisis_now": "crisis",
                     "poisoning": "emergency"}
#: The kiosk's key hints a messages.yml may leave out: English stands in (a translation's, its English one's).
KIOSK_HINTS = {
    "kiosk_ask": "Type your question and press Enter.",
    "kiosk_pick": "Or type a number: {choices}.",
    "kiosk_clear": "Type \"I'm done\" to clear the chat.",
    "kiosk_scroll": "PgUp/PgDn or \u2191/\u2193 to scroll.",
    "kiosk_short": "Enter: ask. \"I'm done\": clear.",
    "kiosk_short_pick": "{choices}: pick.",
    "kiosk_asked": "You asked:",
    "kiosk_prompt": "Your question:",
    "kiosk_call": "Emergency? Call {call}",
    "kiosk_call_short": "Call {call}",
    "page_urgent_title": "Get help now",
    "page_keep_going": "Keep going",
    "page_ask": "Ask",
    "page_placeholder": "Type a question",
    "page_start_over": "Start over",
    "page_error": "Sorry, I could not answer just now. Your question is still in the box, so you can try again.",
    "page_help_line": "If this is an emergency, call {call}. Crisis line: {crisis_line}.",
    "page_crisis": "Crisis line: {crisis_line}",
}

#: The words said around a request to go on ("more", "you already said that", "that's not what i asked"); a
#: messages.yml may leave them out: English stands in (a translation's, its English one's).
GOING_ON = {
    "more_lead": "More about {topic}:",
    "more_other_part": "That is all the documents say about {topic} on that. They also say:",
    "more_none": "That is all the documents I have say about {topic}. MedlinePlus (https://medlineplus.gov) has more "
                 "to read, and your care team can tell you more.",
    "more_said_already": "Sorry for saying that again. Here is something I have not said yet about {topic}:",
    "more_missed": "Sorry that did not answer your question. Here is another part of what the documents say:",
    "more_missed_none": "Sorry that did not answer your question. I have nothing else on it. Could you ask it in "
                        "other words?",
    "more_simpler": "I can only quote the documents word for word. I cannot put them in my own words. Here is how "
                    "one of the pages on {topic} says it more plainly:",
    "more_simpler_none": "I can only quote the documents word for word. I cannot put them in my own words, and they "
                         "say nothing plainer about {topic} that I have not said yet. You can ask me what a word "
                         "means, like \"what does platelets mean\". Or ask about one part at a time: its signs, "
                         "causes, tests or treatment.",
    "again_lead": "Here is what I said, again:",
    "again_shorter": "Here is the shortest part of what I said:",
    "again_first": "The first thing I said about {topic} was this:",
    "again_none": "I have not said anything yet that I could say again.",
    "again_unquoted": "My last answer quoted nothing from the documents, so I have nothing to say again.",
}


@dataclass(frozen=True)
class Emergency:
    """Who to call: defaults are the US numbers; a kiosk configuration can change them."""

    call: str = "911"
    crisis_line: str = "988"

    def __post_init__(self) -> None:
        for name in ("call", "crisis_line"):
            problem = number_problem(getattr(self, name))
            if problem:
                raise ValueError(f"emergency {name}: {problem}")


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
    topic_switch: str
    not_connected: str
    idle_warning: str
    countdown: str  # after the idle warning on the kiosk: how long before the wipe ({seconds})
    wiped: str
    error: str
    read_more: str
    follow_ups_intro: str
    sources_heading: str
    suggestions: tuple[str, ...]
    #: (intent, question) templates for the follow-up suggestions after an answer; {topic} is filled per answer.
    follow_ups: tuple[tuple[str, str], ...]
    possible_emergency: str = ""  # one short safety line before a normal answer (the possible-emergency band)
    despair: str = ""  # a gentle crisis line before anything else (despair without suicide words)
    crisis_now: str = ""  # a crisis with a plan, the means or an attempt: the emergency number too
    poisoning: str = ""  # swallowed or took too much of something
    # Only for a language other than the documents' own (English), where they are required:
    quotes_note: str = ""  # says plainly that the quotes are in English
    own_links_intro: str = ""  # before the documents' links to pages in this language
    own_link_title: str = ""  # the documents' title for such a link ("Also in Spanish")
    # The kiosk's footer (what can be typed); {choices} is "1" or "1-3", the numbers on screen.
    kiosk_ask: str = KIOSK_HINTS["kiosk_ask"]
    kiosk_pick: str = KIOSK_HINTS["kiosk_pick"]
    kiosk_clear: str = KIOSK_HINTS["kiosk_clear"]
    kiosk_scroll: str = KIOSK_HINTS["kiosk_scroll"]
    kiosk_short: str = KIOSK_HINTS["kiosk_short"]  # a narrow screen's footer, with kiosk_short_pick
    kiosk_short_pick: str = KIOSK_HINTS["kiosk_short_pick"]
    kiosk_asked: str = KIOSK_HINTS["kiosk_asked"]  # before the question, above its answer
    kiosk_prompt: str = KIOSK_HINTS["kiosk_prompt"]  # before the input line
    kiosk_call: str = KIOSK_HINTS["kiosk_call"]  # the top bar's emergency number (the short form if narrow)
    kiosk_call_short: str = KIOSK_HINTS["kiosk_call_short"]
    page_urgent_title: str = KIOSK_HINTS["page_urgent_title"]  # the web page: over an urgent answer
    page_keep_going: str = KIOSK_HINTS["page_keep_going"]  # the web page: the idle warning's button
    page_ask: str = KIOSK_HINTS["page_ask"]  # the web page: the send button, the question box, the reset button
    page_placeholder: str = KIOSK_HINTS["page_placeholder"]
    page_start_over: str = KIOSK_HINTS["page_start_over"]
    page_error: str = KIOSK_HINTS["page_error"]  # the web page: a question that got no answer (sent again by hand)
    page_help_line: str = KIOSK_HINTS["page_help_line"]  # the web page: under that note, whom to call
    page_crisis: str = KIOSK_HINTS["page_crisis"]  # the web page: next to the emergency number, always
    # A request to go on (GOING_ON): before the sentences not said yet, or saying there are none.
    more_lead: str = GOING_ON["more_lead"]
    more_other_part: str = GOING_ON["more_other_part"]
    more_none: str = GOING_ON["more_none"]
    more_said_already: str = GOING_ON["more_said_already"]
    more_missed: str = GOING_ON["more_missed"]
    more_missed_none: str = GOING_ON["more_missed_none"]
    more_simpler: str = GOING_ON["more_simpler"]
    more_simpler_none: str = GOING_ON["more_simpler_none"]
    # A request about the last answer ("say that again", "shorter", "what did you say first"), before its quotes.
    again_lead: str = GOING_ON["again_lead"]
    again_shorter: str = GOING_ON["again_shorter"]
    again_first: str = GOING_ON["again_first"]
    again_none: str = GOING_ON["again_none"]
    again_unquoted: str = GOING_ON["again_unquoted"]
    lang: str = "en"  # set by the loader, not a message

    def follow_up(self, intent: str) -> str | None:
        return next((q for i, q in self.follow_ups if i == intent), None)

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
    """Every key of a messages mapping in intents/messages.yml (``lang`` is not one: the loader sets it)."""
    return tuple(f.name for f in fields(Messages) if f.name != "lang")


#: Keys only a translation needs (the documents are in English, so English has nothing to say about it).
TRANSLATION_ONLY = frozenset({"quotes_note", "own_links_intro", "own_link_title"})


def template_problem(template: str, allowed: frozenset[str] = PLACEHOLDERS) -> str | None:
    """What is wrong with a template's braces (None if nothing): only ``{field}`` of ``allowed`` may appear."""
    for match in _FIELD.finditer(template):
        if match.group(1) not in allowed:
            known = ", ".join("{" + p + "}" for p in sorted(allowed))
            return f"unknown placeholder {{{match.group(1)}}} (allowed: {known})"
    stray = _BRACE.search(_FIELD.sub("", template))
    if stray is not None:
        known = ", ".join("{" + p + "}" for p in sorted(allowed))
        return (f"a brace {stray.group(0)!r} that is not part of a placeholder (braces may only surround "
                f"one of {known}; no format specs, no other text)")
    return None


def number_problem(value: object) -> str | None:
    """What is wrong with an emergency or crisis number (None if nothing): short text, no braces or controls."""
    if not isinstance(value, str) or not value.strip():
        return "must be non-empty text"
    if len(value) > MAX_NUMBER_CHARS:
        return f"is too long ({len(value)} characters, at most {MAX_NUMBER_CHARS})"
    bad = _PHONE_BAD.search(value)
    if bad is not None:
        return f"must not contain {bad.group(0)!r} (a phone number or short text only)"
    return None


def placeholders(template: str) -> set[str]:
    """Names used as {name} in a template; raises ValueError on a malformed brace or an unknown field."""
    problem = template_problem(template, frozenset(_FIELD.findall(template)))
    if problem:
        raise ValueError(problem)
    return set(_FIELD.findall(template))


def render(template: str, **values: str) -> str:
    """The one formatter: replace each ``{name}`` given in ``values`` by its value, in one pass.

    Fields not given are left as they are (a later stage fills them); anything else is plain text. The values
    are never read as templates themselves, nothing raises, and the result is at most the template plus each
    field's value once per use.
    """
    if "{" not in template or not values:
        return template

    def fill(match: re.Match[str]) -> str:
        value = values.get(match.group(1))
        return match.group(0) if value is None else str(value)

    return _FIELD.sub(fill, template)
