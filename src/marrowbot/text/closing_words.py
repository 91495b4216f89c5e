"""What a closing message says besides its thanks or goodbye: what the thanks is for, and a relief told."""

from __future__ import annotations

import re

#: What a thanks is for, at the end of a sentence ("thank you for explaining", "thanks for your patience"), and a
#: relief told ("i feel a bit calmer now", "im so relieved"): small talk, whatever their words (never a question).
THANKED_FOR = re.compile(r"\b(?:thanks?|thank you|thx|ty)(?: (?:so|very) much)? for(?: [a-z']+){1,4}?"
                         r"(?=\s*(?:[.!]|$))")
RELIEF = re.compile(r"\b(?:i|i'm|im|i am)(?: (?:feel|feeling|am|m))?(?: (?:a bit|a little|a lot|much|so|way|really))? "
                    r"(?:calmer|better|relieved|reassured|less (?:scared|worried|anxious|panicky|frightened))\b"
                    # (relief told of what was said: "that puts my mind at ease", "you've set my mind at rest")
                    r"|\b(?:(?:that|this|it|you)(?:'s|'ve| has| have)? )?(?:puts?|set|sets|eased|eases) my mind "
                    r"at (?:ease|rest)\b")
