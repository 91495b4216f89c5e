"""The rules ``Responder`` names in an answer's explanation (what `/why` shows): one line each, in the words a
reader of `/why` sees."""

from __future__ import annotations

RULE_OF_MARROW = ("no condition named and none in the conversation, but it speaks of the marrow itself, which the "
                  "documents' words alone do not answer: read in the general document about bone marrow diseases")
RULE_CONTENT = "the question's own words picked the sentence (its section says which kind of answer it is)"
RULE_MONEY_UNKNOWN = "asks about money (cost, price, insurance), which no document speaks of: not covered"
RULE_YES_NO_UNSAID = "a yes/no question no sentence speaks to: the documents don't say"
RULE_YES_NO_UNKNOWN = "a yes/no follow-up about something the documents never name: they don't say"
RULE_UNSURE_FOLLOWUP = "a follow-up whose words the document does not use, and no clear kind of question"
RULE_SECTION = "the words asked about are not in the document: answered from the section for the kind of question"
RULE_ONLY_MENTIONED = "the documents only mention the condition: what they say about it, and that they say no more"
RULE_OWN_COMPLAINT = "their own complaint, in words the document never uses: a symptom check"
RULE_NO_OWN_SYMPTOMS = "no symptom of the person's is named: not a symptom check, but a question about the topic"
RULE_NO_QUANTITY = "a question asking how many or how much, and no sentence found gives a number: they don't say"
RULE_QUANTITY_UNSAID = "a question asking how many or how much of something the document never speaks of"
RULE_TERM_DEFINED = "a term that is no name of the topic: the sentence saying what it is, wherever a document says it"
RULE_TERM_GLOSSED = ("a term asked about that the documents explain in brackets after their plain words for it, and no "
                     "name of the topic found (a name spelt alike, a longer name): those sentences")
RULE_TERM_EXPLAINED = ("a term asked about that the documents explain in plain words beside it (in brackets after it, "
                       "'..., known as X', 'X ..., which means ...'): those sentences")
RULE_NOT_OWN_FINDING = "a finding asked about in general, no one's own complaint: not a symptom check"
RULE_NAMED_SYMPTOMS = "symptoms the topic's document names, not of the person asking: a question about its symptoms"
RULE_NO_SECTION = "a follow-up on a library page held as the topic, of a kind it has no section for: they don't say"
RULE_STORY_WORDS = ("a long message's story, not its question, picked the sentence: answered from the section for"
                    " the kind asked")
RULE_ASKING_CLAUSE = "a long message: the words of its clauses that ask the question rank the sentences"
