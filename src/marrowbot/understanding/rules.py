"""The rules by which a message's kind of question is decided from its own words (shown by ``/why``)."""

from __future__ import annotations

RULE_CLOSING = "starts with thanks or goodbye and asks nothing: a closing line, not a question"
RULE_DEFINED = "no condition named, but a seed document says what the thing asked about is"
RULE_NO_SYMPTOM_TOLD = ("read as a symptom check, but no symptom is told and a condition is named: a question about "
                        "that condition")
RULE_WHAT_IT_MAKES = "asks what the topic itself produces ('what does it make'): what it is and does"
RULE_WHAT_IT_DOES = ("asks what the condition itself does to a person ('can it cause fevers', 'what else can it "
                     "cause'): its symptoms")
RULE_OFFERS_A_MEANING = ("a yes/no question offering what the condition is in the person's own words ('is it when "
                         "...', 'does X mean ...'): what it is")
RULE_KINDS_OF_IT = "asks what kinds of the topic itself there are ('what kinds of diseases' of bone marrow diseases)"
RULE_WHEN_FOUND = "asks when the condition is found ('when does it usually get found'): when it is diagnosed"
RULE_TESTS_SHOW = "asks what the tests or the blood work show, or how doctors tell: how it is diagnosed"
RULE_MAKES_IT_BETTER = "asks how doctors make it or a person better ('how do they make it better'): how it is treated"
RULE_WHY_IT_HAPPENS = "asks why the condition comes about ('why would it happen'): its causes"
RULE_PASSES_ON = ("asks whether the condition passes from person to person ('is it catching'): what the documents say "
                  "of how people get it, its causes")
RULE_HOW_IT_GOES = "asks how the illness will go for someone ('how it will go', 'does it get worse'): the outlook"
RULE_CAUSED_BY = ("asks whether something else brings the condition about ('can a drug make it?') or how it relates "
                  "('what has X to do with it'): what causes it (the documents relate conditions by association)")
RULE_DONE_FOR_IT = ("asks what the doctors will do for someone, or how they fix it ('what are they going to do for "
                    "her', 'how do they fix it'): how it is treated")
RULE_MARROW_RECOVERS = ("asks whether the marrow itself recovers ('will his marrow ever work again'): what the "
                        "documents say with its treatment (once the cause is treated, the marrow grows again), not "
                        "the outlook")
RULE_FEELS_WELL = ("asks how someone can have the condition and feel well ('how can he have it and feel fine'): "
                   "whether it shows itself early, from its symptoms")
RULE_CHILDREN_GET_IT = ("asks the odds that a family's next or other children have it ('what are the odds for the "
                        "next child'): how it is inherited")
RULE_A_GROUP_GETS_IT = ("asks whether a group of people named in general gets the condition ('can kids get it'): "
                        "who is at risk, from the conversation's page")
RULE_WHAT_THEY_SHARE = ("asks what several things have in common ('what do they share'): what they are, not how "
                        "common they are")
RULE_WHO_IT_IS_FOR = ("asks whom a treatment or test is for ('who needs one'): the people it is used to treat, "
                      "with how it is used")
RULE_COMES_BACK = ("asks whether the illness comes back or goes away ('will it come back', 'will he grow out of "
                   "it'): the outlook")
