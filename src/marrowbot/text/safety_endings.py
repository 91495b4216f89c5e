"""The safety screen's endings: a past event told as over ("none since", "they switched meds", "he's okay now"), a
symptom settled ("the cut stopped bleeding after 5 minutes"), a story that ended well. Each reads a message in the
normal form of text/safety.py. (Split from text/safety_stories.py by job.)"""

from __future__ import annotations

import re
from collections.abc import Callable

from marrowbot.text.lazy import lazy_re
from marrowbot.text.safety import frame
from marrowbot.text.safety_now import JUST_HAPPENED, PRESENT_SIGN, RECENT
from marrowbot.text.safety_stories import _ACT_OR_MEANS

# The words that tell a story is over, as shared pieces: ``_STOPPED`` (the firmest), ``_OVER`` (over, also more loosely)
# and ``_RESOLVED`` (over and ended well) are built from them, so that a word added to one piece reaches every pattern
# that uses it.
#: It never came back: "have not had one since", "never happened again", "none since", "nunca mas", "has not come
#: back", "never had another", "no ha vuelto". (Not a person not come back to themselves or home, nor anything still
#: awaited: "has not come back round", "hasn't come back yet", "no ha vuelto en si", "no ha vuelto a despertar".)
_NOT_SINCE_FIRM = (r"(?:have|has|had) not (?:had|happened|been)(?: one| it| any| another| a \w+)? since|"
                   r"never (?:happened )?again|"
                   r"(?:none|nothing|not once|no more|no problems|no issues|no episodes|no seizures|no more seizures) "
                   r"since|nunca mas")
#: (The "come back" forms are over only with a past date, and only said of the thing itself ("it has not come back"):
#: "he collapsed and has not come back", "his pulse has not come back" tell someone who has not come round, now.)
NOT_SINCE = (r"(?:have|has|had) not (?:had|happened|been)(?: one| it| any| another| a \w+)? since|"
             r"never (?:happened )?again|"
             r"(?:it|that|this|they|which) (?:(?:has|have|had|did) not (?:come|came)|never came) back"
             r"(?! (?:to|round|around|home|from|yet|in|with|up)\b)|"
             r"never had (?:another|one since|it again|any (?:more|since))|"
             r"(?:no (?:(?:le|me|les|nos) )?(?:ha vuelto|han vuelto|ha regresado|volvio|volvieron|regreso)|"
             r"no se (?:repitio|ha repetido))(?! (?:en si|todavia|aun|a (?!(?:pasar|ocurrir|sangrar|repetirse|salir|"
             r"dar\w*)\b)\w+)\b)|"
             r"(?:none|nothing|not once|no more|no problems|no issues|no episodes|no seizures|no more seizures) since|"
             r"nunca mas")
#: It went away or healed ("cleared up", "went away").
_WENT_AWAY = r"healed|cleared up|(?:went|goes) away"
#: It passed or stopped ("it passed fine", "that stopped"; not "passed out", "passed away").
#: (Not a bare "she passed", "he passed": said of a person, it usually means they died.)
_PASSED = (r"(?:it|that|this|which) passed(?: fine| quickly| off)?(?! out| away)|(?:she|he) passed (?:fine|quickly)|"
           r"(?:it|that) stopped|"
           # "ya paso", "nada mas, ya paso" (not time gone by: "ya paso una hora y sigue sangrando")
           r"ya paso(?! (?:un|una|media|mas|casi|como|\d+|dos|tres|cuatro|cinco|diez|rato|tiempo|hora|horas|"
           r"minutos?)\b)")
#: The doctors dealt with it, or it turned out to be something else ("they switched meds", "resulto ser").
_DEALT_WITH = (r"(?:they|the doctors?|the nurses?|the team) (?:adjusted|switched|changed|slowed|removed|sorted|fixed)|"
               r"turned out (?:to be|it was)|y asi fue|resulto (?:ser|que era)|"
               # "pero era gastritis", "era solo ansiedad": it turned out to be something else
               r"(?:pero|y) era (?:solo |solamente |nada mas )?(?:una? )?(?:gastritis|acidez|reflujo|ansiedad|"
               r"virus|infeccion leve|resfriado|nada grave|un susto)")
_FEVER_BROKE = (r"(?:fever|temperature|temp) (?:broke|came down|went down|has come down|settled)(?! (?:to|at) \d)|"
                # "ya me bajo la fiebre", "ya se le quito la fiebre", "la fiebre ya cedio"
                r"ya (?:me |le |se le |se me )?(?:bajo|quito|cedio|paso) la (?:fiebre|calentura|temperatura)|"
                r"(?:fiebre|calentura) ya (?:bajo|cedio|se fue|se quito)")
#: Well again ("all fine now", "completely better since"): with the intensifier, firm; without, loose ("fine now").
_INTENSIFIER = r"(?:all|totally|completely|perfectly|absolutely|much|a lot|so much|way)"
_WELL_AGAIN = (r"(?:fine|ok|okay|well|good|better|clear|normal|healthy|stable|great) "
               r"(?:now|since|again|ever since|afterwards|after that)")
#: Recovered, in remission, doing well ("pulled through", "back to normal", "no lasting problems").
_RECOVERED = (r"recovered|pulled through|got through it|survived|back (?:to|at) (?:normal|work|school|himself|herself|"
              r"myself|themselves)|got (?:treated|better|over it)|in remission|(?:that|it) is over|over now|"
              r"doing (?:great|well|fine|much better)|no (?:lasting |further )?(?:problems|harm|damage|issues)")
_WELL_ES = (r"se recupero|ya esta bien|ya estoy bien|salio (?:todo )?bien|estoy mejor|esta mejor|"
            # "ahora esta recuperado", "hoy ella esta estable", "esta en remision", "le dieron el alta", "era
            # gastritis": well again, sent home, or it was something else
            r"(?:esta|estoy|estamos|estan) (?:ya )?(?:recuperad[oa]s?|curad[oa]s?|estables?|en remision|sanos?|sanas?)|"
            r"(?:me|le|nos|les) (?:dieron|dio) (?:el )?alta|(?:me|lo|la|nos|los) mandaron a (?:la )?casa|"
            r"era (?:solo |solamente |nada mas )?(?:una? )?(?:gastritis|acidez|reflujo|ansiedad|un virus|virus|"
            r"infeccion leve|resfriado|nada grave|nada)")


def _words(*pieces: str) -> re.Pattern[str]:
    return lazy_re(r"\b(?:" + "|".join(pieces) + r")\b")


#: A past event that ended well ("all fine now", "healed fine", "it cleared up", "he pulled through", "havent had one
#: since"): with a past frame and nothing happening now, the story is over.
_RESOLVED = _words(
    rf"(?:{_INTENSIFIER} )?{_WELL_AGAIN}", _WENT_AWAY, NOT_SINCE, _RECOVERED, _WELL_ES,
    r"cleared|clears|go away|recovering well|passed (?:on its own|fine|quickly|in a few)|that passed|it passed|"
    r"back (?:to|at) (?:gardening|playing)|got help|(?:was|were) treated")


#: Time gone by after "ya paso" ("ya paso una hora", "media hora", "un rato", "mas de 20 minutos"): still waiting.
_TIME_GONE_BY = (r"(?:un|una|media|mas de|casi|como|\d+|dos|tres|cuatro|cinco|diez|quince|veinte|treinta|mucho|"
                 r"bastante|rato|tiempo|hora|horas|minutos?)\b")


#: A past event that is over, in words that say so firmly: it never came back, was sorted out, or the person is well
#: and older now ("none since", "it passed fine", "they switched meds", "he is 10 now", "back home now", "and she was
#: fine", "healed", "went away", "ya se la controlaron", "nunca mas"). (Not after a negation: "will not go away".)
_OVER = _words(
    _WENT_AWAY, _NOT_SINCE_FIRM, _PASSED, _DEALT_WITH, _FEVER_BROKE, _RECOVERED, _WELL_ES,
    f"{_INTENSIFIER} {_WELL_AGAIN}",
    r"cleared|resolved|stopped (?:after|with|by itself)|"
    r"(?:they|the doctors?|the nurses?|the team) (?:stopped|treated|checked)|(?:much|a lot|so much|way) better|"
    r"(?:back )?home now|(?:is|am|are|was|were) (?:home|stable|healthy|great|fine|ok|okay) (?:now|today|again)|"
    r"(?:and|but) (?:he|she|i|they) (?:was|were)(?: (?:fine|ok|okay|alright))?$|"
    r"(?:he|she|they) (?:is|are) (?:\d+|a teenager|grown up|an adult) now|"
    r"todo bien|ya (?:me|se|nos) (?:la |lo |las |los )?(?:recupere|recupero|controlaron|controla|curo|curaron|"
    r"quito|quitaron|paso(?! " + _TIME_GONE_BY + r"))|sali adelante|"
    r"ahora (?:todo bien|estoy bien|esta bien|esta estable|"
    r"tiene \d+ anos|estoy contenta|estoy contento|estoy en remision)|paro (?:con|sola|solo)|se (?:le|me) quit[oa]")


#: ... the firmest of them: it stopped, went away or never came back, or the doctors dealt with it ("none since", "it
#: went away", "they switched meds", "turned out to be a cold", "nunca mas"): over even without a date.
_STOPPED = _words(_WENT_AWAY, _NOT_SINCE_FIRM, _PASSED, _DEALT_WITH, _FEVER_BROKE,
                  r"(?:all|totally|completely) (?:fine|good|well|ok|okay|clear|better) (?:now|since)")


#: What was alarming has settled, told in the present: it stopped, is gone or normal, the person is fine ("the cut
#: stopped bleeding after 5 minutes", "the fever broke, her temp is normal now", "got up by himself and hes fine", "se
#: le quito", "y esta bien"). A symptom that stopped is no emergency happening now (see ``settled``).
_SETTLED = lazy_re(
    r"\b(?:(?:it|that|this|which|the \w+|bleeding|nosebleed|nose bleed) (?:has |had )?(?:stopped|stops)"
    r"(?! (?:working|breathing|responding|talking|moving|making|eating|drinking|peeing))|"
    r"stopped (?:after|in|within|with|by itself|on its own)|"
    r"(?:fever|temperature|temp|rash|swelling|bleeding|pain|it|that) (?:is|has) (?:gone|settled|normal)"
    r"(?! (?:red|black|blue|white|grey|gray|pale|cold|numb|limp|floppy|up|worse))|"
    r"(?:fever|temperature|temp) (?:broke|came down|went down|has come down|settled)(?! (?:to|at) \d)|"
    r"(?:temp|temperature|fever) (?:is )?(?:normal|fine|ok|okay)|"
    r"(?:and|but) (?:he|she|i|they) (?:is|am|are) (?:fine|ok|okay|alright|totally fine|perfectly fine)$|"
    r"(?:and|but) (?:he|she|i|they) (?:is|am|are) (?:fine|ok|okay|alright)(?: now)? (?:and|just|but|so)|"
    r"(?:he|she|i|they) (?:is|am|are) (?:fine|ok|okay|alright) now|"
    r"(?:i|he|she|they|we) (?:feel|feels|am feeling|is feeling|are feeling) (?:much|a lot|so much|way|loads) better|"
    r"all good|everything is (?:fine|ok|okay|good)|"
    r"(?:y|pero) (?:esta|estoy|estan) bien$|ya (?:esta|estoy) bien|se (?:le|me) quit[oa]|"
    r"(?:paro|se detuvo|dejo de sangrar) (?:sol[oa]|en|despues|rapido|enseguida|luego(?= *(?:[.,;]|$))|"
    r"al (?:rato|momento|poco)|a los (?:\d+|pocos|dos|tres|cinco|diez|quince) (?:minutos?|segundos?)))\b")
_NEGATED_BEFORE = lazy_re(r"\b(?:not|never|no|nor|will not|does not|did not|has not|have not)(?: \w+)?\s*$")


def over(normal: str) -> bool:
    """Does a message (``safety_normal`` form) say firmly that what happened is over ("none since", "it went away",
    "he is 10 now", "ya se la controlaron")? Not where a negation comes just before ("it will not go away"), nor
    with a sign of shock told in the present after it ("it stopped eventually, he is pale and dizzy")."""
    return any(not _NEGATED_BEFORE.search(normal, max(0, m.start() - 14), m.start()) and not goes_on(normal, m)
               and not PRESENT_SIGN.search(normal, m.end())  # ("it stopped, he is pale and dizzy": told now)
               for m in _OVER.finditer(normal))


def goes_on(normal: str, ending: re.Match[str]) -> bool:
    """Does a new clause follow an ending that closes with its when-word ("fine now he is having another one",
    "ok today she is grey": the normal form has no commas, and the when-word starts the next clause)? Not where
    that clause ends well too ("fine now he is back at school")."""
    if not re.search(r"\b(?:now|today|again|ahora)$", ending.group(0)):
        return False
    rest = normal[ending.end():]
    return bool(_NEW_CLAUSE.match(rest)) and not _OVER.search(rest) and not _OUTCOME.search(rest)


def stopped(normal: str) -> bool:
    """Does a message (``safety_normal`` form) say in the firmest words that what happened has stopped or never came
    back ("none since", "it went away", "turned out to be a cold")? Not after a negation ("it has not gone away")."""
    return any(not _NEGATED_BEFORE.search(normal, max(0, m.start() - 14), m.start())
               and not PRESENT_SIGN.search(normal, m.end()) for m in _STOPPED.finditer(normal))


def settled(normal: str) -> bool:
    """Does a message (``safety_normal`` form) say that what was alarming has settled: it stopped, is gone or normal
    now, the person is fine ("the nosebleed stopped after 3 minutes", "her temp is normal now", "y esta bien")? Not
    after a negation ("no se le quita", "it has not stopped")."""
    return any(not _NEGATED_BEFORE.search(normal, max(0, m.start() - 14), m.start())
               and not PRESENT_SIGN.search(normal, m.end()) for m in _SETTLED.finditer(normal))


#: Told now or recently, or going on: a new event after something settled is no calm story.
_RECENT = RECENT
#: ("fine now", "normal now": the settled words' own "now".)
_WELL_NOW = lazy_re(r"\b(fine|ok|okay|normal|gone|better|good|well|alright|settled|stable) now\b")
#: A turn after the settled part: "the bleeding stopped but he collapsed", "se le quito pero ahora ...".
_CONTRAST = lazy_re(r"\b(?:but|pero|although|though|however|except|sin embargo|aunque|excepto|then|y luego|"
                    r"luego|after that|and now|y ahora)\b")


def settled_only(normal: str) -> bool:
    """``settled``, and nothing else told: no turn after the settled words ("the bleeding stopped but he collapsed"),
    nothing told now or recently outside them ("10 minutes ago", "still", "is not waking", "he just cannot feel his
    side"), and no ingestion, dose or means ("swallowed a button battery ... she is fine": feeling fine is normal
    after one). A calm story steps an emergency down, so this reads it narrowly."""
    found = False
    for m in _SETTLED.finditer(normal):
        if _NEGATED_BEFORE.search(normal, max(0, m.start() - 14), m.start()):
            continue
        if _CONTRAST.search(normal, m.end()):
            return False
        found = True
    if not found or _ACT_OR_MEANS.search(normal):
        return False
    # (how long it took to settle is no "now": "stopped in 5 minutes")
    return not _RECENT.search(_untimed(_SETTLED.sub(" ", _WELL_NOW.sub(r"\1", normal))))


#: How long it took to settle ("stopped after 5 minutes", "in a few minutes"): no "now" of its own.
_DURATION = lazy_re(r"\b(?:after|in|within|for) (?:about |around |like |only |just )?(?:\d+|a few|few|a couple of|"
                    r"one|two|three|five|ten) (?:minutes?|mins?|seconds?|secs?)\b")


def calm_story(normal: str) -> bool:
    """``settled_only``, with no "now" in the frame except the time it took to settle ("the cut stopped bleeding
    after 5 minutes of pressure, all good"; not "10 minutes ago", "right now")."""
    return settled_only(normal) and "now" not in frame(_untimed(normal))


#: When the settled sign began, hours back ("a nosebleed this morning, stopped after 5 minutes", "sangro anoche"): no
#: "now" of its own either, once it is told as settled (minutes ago, "right now", "still" are).
_EARLIER = lazy_re(r"\b(?:this morning|earlier(?: today| on)?|last night|overnight|esta manana|anoche)\b")


def _untimed(normal: str) -> str:
    """A message without how long its sign took to settle nor when, hours back, it began."""
    return _EARLIER.sub(" ", _DURATION.sub(" ", normal))


def resolved(normal: str) -> bool:
    """Does a message (``safety_normal`` form) say that what happened is over and ended well?"""
    return bool(_RESOLVED.search(normal))


# --- a story told as over: what happened, then how it ended ------------------------------------------------------
#: How it ended, in any clause: well now, a test clear, the doctors' word that it was fine or expected, an explanation
#: ("it was just dehydration"), treated or sorted, nothing since ("he's okay now", "scan was fine", "they said fine",
#: "it was sorted right there", "poison control said he'd be fine and he was", "ya paso todo", "dijeron que era
#: reflujo"). Read only with a past event told and no clause telling of anything now (see ``told_over``).
_OUTCOME = _words(
    r"(?:is|are|am|been|feels?|looks?|seems?|stayed|remained) "
    r"(?:totally |completely |perfectly |absolutely |all |just |doing )?"
    r"(?:fine|ok|okay|alright|all right|well|better|much better|great|healthy|stable|normal)",
    r"(?:scan|ct|ct scan|mri|x ?ray|tests?|bloods?|blood tests?|cultures?|blood cultures|results?|ecg|ekg) "
    r"(?:was|were|came back|is|are|all) (?:all )?(?:clear|fine|normal|negative|ok|okay|good)",
    r"(?:they|doctors?|the doctors?|the nurses?|nurses?|the team|poison control|the er|the hospital) "
    r"(?:said|told (?:us|me|him|her))(?: that)?(?: (?:it|that|this|she|he|i|we|they)(?: is| was| would be| will be| "
    r"had been| were)?)? (?:fine|ok|okay|expected|normal|common|nothing|just|only|from|benign|harmless|safe)",
    r"it was (?:just|only|nothing)", r"that was \w+ (?:years?|months?) ago",
    r"sorted (?:out )?(?:right|there|quickly|straight)|treated and (?:released|sent home)|resolved|recovered|"
    r"cleared up|went away|gone now|healed|(?:it|that) passed(?! out| away)|"
    r"(?:seizure|symptom|pain|fever)s? free|nothing (?:else )?(?:happened|since)|" + NOT_SINCE + "|in remission|"
    r"(?:\d+|a|one|two|three|four|five|six|ten) (?:years?|months?) out|all (?:fine|good|ok|okay|clear|well)|"
    r"came out on its own|back to normal|no (?:lasting )?(?:harm|damage|problems) done",
    # ("ya paso", it passed; not time gone by: "ya paso una hora y sigue sangrando", "ya paso media hora")
    r"(?:ya )?(?:esta|estoy|estan|estamos) bien|ya paso(?! " + _TIME_GONE_BY + r")|salio bien|se recupero|me recupere|"
    r"ya no (?:le |me )?(?:ha |han )?(?:vuelto|volvio|volvieron)|dijeron que (?:era|fue|es|estaba)|resulto|"
    r"(?:la|lo|me|nos) atendieron")
#: ... not as someone insists against what is seen ("he says he is fine but he is pale").
_INSISTS = lazy_re(r"\b(?:says?|said|insists?|insisting|claims?|keeps saying|told \w+ (?:i|he|she) was|thinks?|"
                   r"dice que|insiste)\b(?: \w+){0,3}\s*$")
#: (When it ended: "fine now", "ok again", "clear since".)
_ENDED_WHEN = lazy_re(r"^\s*(?:now|today|again|since(?: then)?|afterwards|after that|ahora)\b")
#: ... a new clause after the when-word (the normal form has no commas): someone doing or being something, or a
#: sign told on its own ("now he is having another one", "today she is grey", "just throwing up a bit and sleepy").
_NEW_CLAUSE = lazy_re(
    r"^\s*(?:(?:he|she|i|they|we|it|you|my|his|her|their|our|the|el|ella|mi|su)\b(?! (?:think|guess|hope)\b)"
    r"|(?:just|but|although|except|only|apart from|still)\b(?: \w+)?(?: \w+ing\b| (?:a|an|some|very|so)\b)"
    r"|\w+ing\b)")
#: ... and nothing after how it ended but more of the same: no turn, nothing still or again.
_AFTER_END = lazy_re(r"\b(?:but|then|now|still|again|worse|suddenly|pero|luego|ahora|todavia|sigue|otra vez)\b")
#: What happened, told in the past ("collapsed", "had a seizure", "swallowed", "tuvo", "se cayo").
_PAST_EVENT = lazy_re(
    r"\b(?:had|was|were|went|got|fell|ate|drank|took|bled|ended up|used to|tuvo|tuve|se cayo|me cai|"
    # (not a word of now: "bleed", "need", a feeling: "worried", "scared", "tired", "confused")
    r"(?!(?:\w*eed|worried|scared|tired|concerned|confused|exhausted|frightened|terrified|stressed|bored|"
    r"interested|supposed|related|based|used|annoyed|embarrassed|depressed|distressed)\b)\w{3,}ed|"
    r"se tomo|me tome|me dio|le dio|fue|estuve|estuvo|me sangro|le sangro|le dolio|me dolio|se desmayo|"
    r"intente|intento|pense|pase|me internaron|lo internaron|la internaron)\b")


#: Just happened: no story told as over ("collapsed 10 minutes ago, seems fine now").
_JUST_HAPPENED = JUST_HAPPENED


def told_over(text: str, normal: str, alarming: Callable[[str], bool]) -> bool:
    """Is a message (and its ``safety_normal`` form) a story told as over: an event told in the past, then how it
    ended (``_OUTCOME``), told last (nothing ``alarming`` nor a turn after it), nothing just happened ("minutes ago",
    "right now"; the caller checks that no clause tells of anything alarming now: ``told_now``)? "my husband passed
    out at the clinic last week from low blood pressure, he's okay now"; "grandpa fell and hit his head on warfarin
    back in june, scan was fine"."""
    if _JUST_HAPPENED.search(normal) or not _PAST_EVENT.search(normal):
        return False
    ends = [m for m in _OUTCOME.finditer(normal) if not _NEGATED_BEFORE.search(normal, max(0, m.start() - 14),
                                                                                 m.start())
            and not _INSISTS.search(normal, max(0, m.start() - 40), m.start())]
    if not ends or not _PAST_EVENT.search(normal, 0, ends[0].start()):
        return False  # (what happened comes first: "he was fine this morning, now he is confused" is no ending)
    after = normal[ends[-1].end():]
    when = _ENDED_WHEN.match(after)
    if when:
        # "fine now" ends the story; "... fine now he is having another one" starts a new clause with "now"
        rest = after[when.end():]
        if _NEW_CLAUSE.match(rest) and not _OVER.search(rest) and not _OUTCOME.search(rest):
            return False
        after = rest
    return not _AFTER_END.search(after) and not alarming(after)
