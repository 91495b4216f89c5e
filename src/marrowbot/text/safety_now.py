"""The one notion of "told now" the safety screen reads: the words that put what a message tells in the present or
the last minutes, in English and Spanish. Each reader takes the pieces its purpose needs, from narrowest to widest:

- ``JUST_HAPPENED``: it happened minutes ago or is happening this moment ("10 minutes ago", "just now", "right
  now", "hace cinco minutos", "acaba de"). No story told as over and no calm frame outweighs it
  (text/safety_endings.py ``told_over``, understanding/safety_acute.py ``now_clauses``).
- ``TOLD_NOW``: the message's "now" frame (text/safety_frame.py ``frame``): ``JUST_HAPPENED``, hours ago, this day
  ("this morning", "tonight", "today", "since lunch"), under way ("currently", "getting worse") and "now" as the
  start of what is told ("now he is", "and now").
- ``RECENT``: anything told now or going on after something settled (text/safety_endings.py ``settled_only``):
  ``TOLD_NOW``'s time words, a bare "now" or "just", "still", "again" and a sign told in the present ("is not
  waking", "cannot", "he is pale and dizzy").
- ``NOW_WORDS``: the same notion as the detectors' "now" concept (understanding/safety_features.py): single words
  and short phrases, matched as words.

Each pattern reads a message in the normal form of text/safety.py (lower case, no punctuation, "not" spelled out).
"""

from __future__ import annotations

from marrowbot.text.lazy import lazy_re

#: Minutes or seconds ago ("10 minutes ago", "a couple of mins ago", "hace cinco minutos", "hace unos segundos").
MINUTES_AGO = (r"(?:\d+|a few|few|a couple of|couple of|one|two|three|four|five|ten|fifteen|twenty|thirty) "
               r"(?:minutes?|mins?|seconds?|secs?) ago|hace (?:\w+ )?(?:minutos?|segundos?)")
#: This moment: just happened or happening ("just now", "right now", "a moment ago", "an hour ago", "ahora mismo").
JUST_HAPPENED_WORDS = (MINUTES_AGO + r"|just now|right now|a moment ago|moments ago|(?:half )?an hour ago|"
                       r"ahora mismo|en este momento|acaban? de")
#: Within the hours of this day ("hours ago", "this morning", "tonight", "today", "since lunch").
THIS_DAY_WORDS = (r"(?:minutes?|hours?) ago|\d+ minutes|this morning|tonight|today|"
                  r"since (?:this|last night|an hour|lunch)|"
                  # ... in Spanish ("hoy", "esta manana", "hace una hora", "desde anoche")
                  r"hoy|esta (?:manana|tarde|noche)|hace (?:un rato|una hora|\w+ horas)|desde (?:anoche|esta manana)")
#: Under way ("currently", "at the moment", "getting worse", "desde hace", "ahorita").
UNDER_WAY_WORDS = r"currently|at the moment|getting worse|desde hace|ahorita"
#: Going on still or again ("still", "again", "todavia", "sigue", "aun").
GOING_ON_WORDS = r"still|again|todavia|sigue|aun"

#: A sign of shock or collapse told in the present ("he is pale and dizzy", "looks grey", "esta palido"): after
#: something settled, it is told now whatever stopped.
PRESENT_SIGN_WORDS = (r"(?:is|are|am|s|m|still|looks?|seems?|feels?|went|gone|turned|turning|esta|estoy|sigue|se ve|"
                      r"se puso) "
                      r"(?:very |really |so |still |a bit |quite |all |muy |)(?:pale|grey|gray|blue|purple|cold|"
                      r"clammy|dizzy|confused|drowsy|floppy|limp|sweaty|breathless|faint|lightheaded|light headed|"
                      r"unresponsive|palid[oa]|mareado|mareada|confundid[oa]|azul|morad[oa])")

PRESENT_SIGN = lazy_re(r"\b(?:" + PRESENT_SIGN_WORDS + r")\b")
JUST_HAPPENED = lazy_re(r"\b(?:" + JUST_HAPPENED_WORDS + r")\b")

TOLD_NOW = lazy_re(
    r"\b(?:" + JUST_HAPPENED_WORDS + "|" + THIS_DAY_WORDS + "|" + UNDER_WAY_WORDS + "|"
    r"just (?:started|happened|collapsed|fell)|(?:and|but|since|till|until) now|"
    r"now (?:i|he|she|they|we|my|his|her|fever|temperature|it|there|the|a|very|really|so|can|is|am|are|has|have)|"
    r"(?:i|he|she|it|they) (?:now|just)|ahora (?:tiene|tengo|le|me|esta|estoy|no|se))\b")

RECENT = lazy_re(
    r"\b(?:" + JUST_HAPPENED_WORDS + "|" + THIS_DAY_WORDS + "|" + UNDER_WAY_WORDS + "|" + GOING_ON_WORDS + "|"
    r"now|just|not waking|will not wake|wont wake|cannot|can not|is not|are not|does not|do not|ahora|"
    r"no despierta|no puede|no respira|" + PRESENT_SIGN_WORDS + r")\b|\b(?:is|are|am|s) \w+ing\b")

#: The detectors' "now" concept: the words of the notion a model feature can carry (matched as words or phrases).
NOW_WORDS = ("now", "right now", "minutes", "just", "started", "since", "ahora", "getting worse", "won t", "will not")

#: Earlier the same day, up to the moment it started ("fine at breakfast", "normal an hour ago", "bien esta manana"):
#: said of someone who was well, the onset was sudden (F.A.S.T.: "was fine at lunch" dates a stroke's onset, not a
#: past).
EARLIER_TODAY = (r"(?:at (?:breakfast|lunch|dinner|tea|supper)|this (?:morning|afternoon|evening)|earlier(?: today)?|"
                 r"(?:an|half an|one|two|three|a few|a couple of|\d+) (?:hours?|minutes?|mins?) ago|"
                 r"(?:until|till|up until|up to) (?:just now|now|a moment ago|an hour ago|this morning|lunch|breakfast|"
                 r"dinner|tea)|en el (?:desayuno|almuerzo|comida|cena)|esta (?:manana|tarde)|hace (?:una|un par de|"
                 r"unas|\w+) (?:hora|horas|minutos))")
#: ... said of the one it happens to: "she was fine at breakfast", "estaba bien esta manana".
WELL_EARLIER_TODAY = (r"(?:was|were|seemed|looked) (?:totally |completely |perfectly |absolutely )?(?:fine|normal|ok|"
                      r"okay|well|himself|herself) " + EARLIER_TODAY
                      + r"|estaba (?:perfectamente |muy )?(?:bien|normal) " + EARLIER_TODAY)
#: A sign that came on suddenly ("perdi la vista de golpe", "de repente no puede hablar", "all of a sudden his arm
#: went weak", "it happened while he was watching tv", "came on out of nowhere"): sudden onset is the warning itself
#: (F.A.S.T., NHS), so a possible emergency told so is one, like one told now.
SUDDEN = lazy_re(r"\b(?:" + WELL_EARLIER_TODAY + r"|de repente|de golpe|de pronto|repentinamente|suddenly|"
                 r"all of a sudden|out of nowhere|all at once|"
                 r"out of the blue|(?:it |this |that )?(?:happened|came on|started|began|hit (?:him|her|me)) "
                 r"(?:\w+ )?(?:while|when|as) (?:he|she|i|they|we) (?:was|were|am|is|are) \w+ing)\b")

#: A question that goes on to tell the asker's own state ("how serious is a fever of 40 on chemo? i have it", "mine is
#: that now", "tengo eso ahora"): no general question, whatever its first words.
OWN_STATE = lazy_re(r"\b(?:i have it|i ve got it|i have that|i have one|mine is|mine s|my (?:temp|temperature|fever) "
                    r"is|(?:is|am|are|i m|she s|he s) \w+ing now|right now|lo tengo|la tengo|tengo eso|ahora mismo)\b")

#: A seizure told as under way ("she is jerking and stiff", "his eyes rolled back", "esta convulsionando"): happening
#: now whatever the frame's time words say (NHS: call 999 for a seizure that does not stop).
#: (A body part twitching is no seizure: "my eyelid keeps twitching", "my leg is twitching".)
SEIZING = lazy_re(r"\b(?<!eye )(?<!eyelid )(?<!eyelids )(?<!leg )(?<!legs )(?<!arm )(?<!arms )(?<!muscle )"
                  r"(?<!muscles )(?<!hand )(?<!foot )(?<!finger )(?<!thumb )(?<!lip )(?<!calf )(?<!nose )"
                  r"(?:(?:is|are|s|keeps?) (?:\w+ )?(?:jerking|twitching|fitting|seizing|convulsing)|"
                  r"eyes (?:rolled|rolling|rolled up|are rolling) (?:back|up)|ojos en blanco|"
                  r"(?:esta|sigue) (?:convulsionando|temblando y rigid[oa]))\b")

#: The writer's own body told in the present, after a question or a piece of work ("... my chest has been crushing for
#: 20 minutes", "... but honestly i feel awful", "i am sweating", "me siento fatal", "me duele mucho el pecho"): a
#: sign of the writer now, whatever the message opened asking about.
OWN_SIGN_NOW = lazy_re(
    r"\b(?:i feel|i am feeling|i have been feeling|me siento|me encuentro) (?:\w+ )?(?:awful|terrible|horrible|"
    r"dreadful|ill|unwell|faint|dizzy|sick|rough|fatal|mal|malisimo|malisima|fatal)\b"
    r"|\b(?:my|mi) (?:chest|heart|head|face|arm|leg|breathing|lips|tongue|speech|vision|pecho|corazon|cabeza|cara|"
    r"brazo|pierna|respiracion|labios|lengua|vista) (?:has been|is|keeps|feels|hurts|went|has gone|will not|"
    r"(?:is|feels) (?:\w+ )?(?:crushing|tight|pounding|racing|numb|drooping|blue)|esta|sigue|se)\b"
    r"|\bi am (?:sweating|bleeding|shaking|vomiting|throwing up|struggling|passing out|fainting|losing|burning up|"
    r"coughing up)\b|\b(?:estoy|me estoy) (?:sudando|sangrando|temblando|vomitando|desmayando|ahogando)\b"
    r"|\bme (?:duele|aprieta|arde) (?:mucho |muchisimo )?(?:el|la) \w+"
    r"|\bi (?:have|ve got|have got) (?:a )?(?:fever|temperature|temp) (?:of )?\d")

#: A crisis imagined ahead and then told as reached ("if i ever felt suicidal who would i call? honestly i feel that
#: way now", "... i think i am there", "... ya estoy ahi"): the case is the writer's own now, nothing imagined.
REACHED_NOW = lazy_re(r"\b(?:i am|i feel|i think i am|i do) (?:\w+ ){0,2}?(?:there|that way|like that|close to it)"
                      r"(?: now| already| right now)\b|\b(?:i am|i think i am) (?:\w+ )?(?:there|close to it)$|"
                      r"\bya (?:estoy|me siento) (?:\w+ )?(?:ahi|asi)\b")
