"""A question about what signs mean ("what does this mean", "what is wrong with me", "do i have bone marrow
necrosis", "are those the symptoms it gives", "what causes it"): the writer asks for an explanation or a name, not
what to do. Signs told before such a question are the question's subject, not an emergency told as happening now,
unless something is told as sudden or just happened, or the writer asks what to do."""

from __future__ import annotations

from marrowbot.text.lazy import lazy_re

_SUBJECT = r"(?:this|that|it|these|those|all this|all that|all of this|all of that)"
_WHO = r"(?:i|he|she|they|we|my \w+|his \w+|her \w+)"
#: The question: what signs mean, what is wrong, which disease, what causes them, whether they belong to a disease.
_MEANING = lazy_re(
    r"\bwhat (?:does|do|could|might|would|can) " + _SUBJECT + r" (?:mean|be|indicate|point to|signal)\b"
    r"|\bwhat (?:is|could be|might be|can be) (?:wrong|going on|happening) with (?:me|him|her|them|us|my \w+)\b"
    r"|\bwhat is (?:this|that) (?:disease|condition|illness|thing)\b"
    r"|\b(?:do|does|could|might) " + _WHO + r" (?:have|has) (?!to\b|got to\b)(?:a |an )?(?:\w+ ){0,3}(?:\w*emia|\w*oma|"
    r"\w*itis|\w*osis|cancer|leukemia|leukaemia|disease|syndrome|infection|anemia|necrosis|myeloma|mds|cml|all|aml|"
    r"cll|it)\b"
    r"|\b(?:is|are) " + _SUBJECT + r" (?:part of (?:it|this|that|the \w+)|(?:the |a )?"
    r"(?:kind of |sort of |usual |typical )?(?:symptoms?|signs?)(?: of| it gives| they give| you get)?|"
    r"what \w+(?: \w+)? looks? like|linked|related|"
    r"connected|caused by|from (?:the|his|her|my) \w+|because of)\b"
    r"|\bwhat (?:causes|caused) (?:it|this|that|them)\b"
    r"|\bdoes (?:that|this|it) mean (?:the|his|her|my|it|that|he|she|i|they)\b")
#: Asking what to do, or help: a cry for help whatever else is asked ("what does this mean, should i call 911").
_WHAT_TO_DO = lazy_re(
    r"\b(?:what (?:do|should|can|shall) (?:i|we) do|should (?:i|we) (?:call|go|take|bring|drive|wait)|"
    r"do (?:i|we) (?:call|go)|call (?:911|999|112|an ambulance|ambulance)|911|999|ambulance|emergency|"
    r"(?:the )?(?:er|a and e|a e)\b|help|please|now what|what now|can it wait)\b")
#: Sudden or just happened: the signs are happening now.
_SUDDEN = lazy_re(
    r"\b(?:suddenly|sudden|all of a sudden|fast|quickly|rapidly|out of nowhere|from nowhere|just now|right now|"
    r"a minute ago|minutes? ago|"
    r"an hour ago|hours? ago|started (?:a few|about|just|an|this|tonight)|this (?:morning|evening|afternoon)|tonight|"
    r"(?:is|are|keeps?) getting worse|worse and worse|can not (?:breathe|wake|stay awake|speak|talk|move|stand|see)|"
    r"not breathing|unconscious|not waking|not responding|passed out|collapsed|turning blue|blue lips|"
    r"lips (?:are|look|went|turning) (?:blue|grey|gray))\b")


def asks_meaning(normal: str) -> bool:
    """Does a message (the safety normal form) ask what signs mean, with no sign told as sudden or just happened and
    no question about what to do?"""
    return bool(_MEANING.search(normal)) and not _WHAT_TO_DO.search(normal) and not _SUDDEN.search(normal)
