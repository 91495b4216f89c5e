"""What retrieval reads, in the documents' words, for a question a rule of its own words decided (each with the
condition's name): the outlook for "will she be ok", whether the marrow recovers, and so on."""

from __future__ import annotations

from marrowbot.understanding import rules as asked_rules
from marrowbot.understanding.said import RULE_ONE_PERSONS_OUTLOOK_READ

#: What retrieval reads for "will she be ok" read as the outlook (``said.RULE_ONE_PERSONS_OUTLOOK_READ``): the
#: outlook asked, with the condition's name; none of the message's other words ("please just tell me straight").
OUTLOOK_QUERY = "what is the outlook"
#: What retrieval reads for whether the marrow itself recovers ("will his marrow work again"): the documents' words.
MARROW_RECOVERS_QUERY = "can the marrow recover and grow again"
#: ... and for how someone can have it and feel well: whether it causes early signs or symptoms.
FEELS_WELL_QUERY = "does it cause early signs or symptoms"
#: ... and for whether a family's other children will have it: the chance a child inherits it.
CHILDREN_QUERY = "what is the chance a child inherits it"
#: The rules whose question retrieval reads in the documents' words, with the condition's name: (rule, query).
QUERY_OF_RULE = ((RULE_ONE_PERSONS_OUTLOOK_READ, OUTLOOK_QUERY),
                 (asked_rules.RULE_MARROW_RECOVERS, MARROW_RECOVERS_QUERY),
                 (asked_rules.RULE_FEELS_WELL, FEELS_WELL_QUERY), (asked_rules.RULE_CHILDREN_GET_IT, CHILDREN_QUERY))
