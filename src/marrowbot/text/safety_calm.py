"""What says a message in the safety screen's normal form is calm: reassurance ("otherwise fine", "for weeks") and
small talk alone ("ok thanks, bye")."""

from __future__ import annotations

from marrowbot.memory import remembered
from marrowbot.text.lazy import lazy_re
from marrowbot.text.safety_now import WELL_EARLIER_TODAY

# --- fear and worry said plainly: a frightened message is not an emergency by its words of fear -----------------------

#: Worry and fright said with words a symptom or a crisis also uses, rewritten as plain fear in the normal form (the
#: detectors, the phrases and the decision read it so): "my mum is worried sick", "i can't take any more vague
#: answers" (enough of a thing: not of life or pain), "i keep blaming myself" (guilt, not self-harm).
_FEAR_IDIOMS = (
    (lazy_re(r"\b(?:worried|scared|anxious|stressed) sick\b|\bsick (?:with|from) (?:worry|worrying|nerves|fear)\b"),
     "very worried"),
    # (only a thing of the waiting, the news or the care: "i can not take any more pain / of this / pills / days
    # like this" is read as said, despair is possible there)
    (lazy_re(r"\bcan not (?:take|handle|stand|bear) (?:any ?more|much more|more)(?: of (?:the|these|this|their|all "
             r"the))? ((?:\w+ ){0,2}?(?:answers?|questions?|news|waiting|uncertainty|appointments?|tests?|needles?|"
             r"calls?|phone calls|forms?|paperwork|jargon|excuses|delays?|explanations?|information|info|googling|"
             r"meetings?|emails?|letters?|leaflets?|visits?|scans?|biopsies|results?|updates?|not knowing|limbo|"
             r"guessing|suspense|traffic|noise|queues?|lines?|hold music|forms))\b"), r"am frustrated with \1"),
    # "it reads like a death sentence", "google made it sound like a death sentence": fear of the news.
    (lazy_re(r"\b(?:reads?|sounds?|sounded|feels?|felt|looks?|seems?|like) (?:\w+ ){0,3}?(?:like )?a death "
             r"sentence\b"), "sounds very bad"),
    (lazy_re(r"\b(?:i (?:keep |kept |just |still )?|(?:keep|kept) )?blam(?:e|ed|ing) (?:myself|ourselves)\b"),
     "i feel guilty"),
    # Hope wished for, shared or held on to, the noun ("i just want some hope here", "give us a bit of hope",
    # "just wanted to share some hope"): a wish for good news, not the verb of a wish to die ("i hope i do not wake
    # up") nor hope lost ("no hope left": the negation reads it). Not with a clause after it ("need some hope that
    # ..."): read as said.
    (lazy_re(r"\b(want|wants|wanted|need|needs|needed|looking for|give (?:me|us|her|him|them)|share|sharing|"
             r"hold(?:ing)? on to|cling(?:ing)? to)(?: some| any| a little| a bit of| a little bit of| a glimmer of| "
             r"a ray of)? hope\b(?! (?:that|i|we|you|he|she|they|it|the|for me)\b)"), r"\1 some good news"),
)
#: Shaking or trembling the writer tells of, from fright ("i'm sitting in the car and i can't stop shaking", "my hands
#: are shaking typing this") ...
_SHAKING = lazy_re(
    r"\b(?:i am|i can not stop|i keep|i have been|i was|i started|i just|my (?:hands?|legs?|voice) (?:is|are|keeps?|"
    r"will not stop|can not stop|started)|i (?:am )?still) (?:so |still |literally |just |all |really |badly )?"
    r"(?:shaking|trembling)\b(?! (?:and|with) (?:a )?(?:fever|chills|temperature))")
#: ... where the message also tells of fear ...
_FRIGHT = lazy_re(
    r"\b(?:scared|terrified|afraid|frightened|panic\w*|freaking out|nervous|anxious|anxiety|worried|in shock|shock|"
    r"crying|cry|tears|typing this|writing this|car park|parking lot|car outside|outside the hospital|the news|"
    r"diagnos\w*|results?|biopsy|told (?:me|us|him|her)|the doctor said|they said|asustad[oa]|miedo|nervios[oa])\b")
#: ... and of no sign that shaking is one of: fever, chills or rigors, treatment that lowers the counts, an
#: infection, low sugar, a seizure, a poison or an allergy (then it is read as said).
_SHAKING_SIGN = lazy_re(
    r"\b(?:fever\w*|temperature|reading|chills?|shiver\w*|rigou?rs?|cold|hot|sweat\w*|clammy|chemo|neutropeni\w*|"
    r"infection|sepsis|septic|line|port|picc|transplant|sugar|diabet\w*|insulin|hypo|seizure|fit|fitting|jerk\w*|"
    r"twitch\w*|convuls\w*|took|taken|swallow\w*|overdose|pills?|tablets?|withdrawal|alcohol|drink\w*|allerg\w*|"
    r"sting|stung|swell\w*|breath\w*|chest|heart|pounding|racing|numb\w*|weak\w*|vomit\w*|bleed\w*|"
    r"faint\w*|dizzy|confused|pale|grey|gray|blue|fiebre|escalofrios?)\b")


def calmed(normal: str) -> str:
    """A message's normal form with fear and worry said plainly: the idioms of ``_FEAR_IDIOMS``, and the writer's
    shaking or trembling told with fright and no sign of illness ("i am so scared i can not stop shaking, what does
    the biopsy mean") read as "i am very frightened". With a sign ("i can not stop shaking and my temperature is 39 on
    chemo", "shaking and shivering") it is read as said."""
    if "sick" in normal or "can not" in normal or "blam" in normal or "sentence" in normal or "hope" in normal:
        for rx, plain in _FEAR_IDIOMS:
            normal = rx.sub(plain, normal)
    if ("shaking" in normal or "trembling" in normal) and _FRIGHT.search(normal) \
            and not _SHAKING_SIGN.search(normal):
        normal = _SHAKING.sub("i am very frightened", normal)
    return normal


_REASSURED = lazy_re(
    r"\b(?:(?:is|are|am|seems?|feels?|looks?|was|s|m) (?:fine|ok|okay|well|normal|alright|all right)"
    r"|otherwise (?:fine|ok|okay|well|normal)|stopped on (?:its|it s|their) own|for (?:weeks|months|ages|years)"
    r"|over (?:the )?(?:weeks|months)|on and off"
    # Years or months of it (NHS: a problem of long standing is for the GP): "for like 2 years", "the past 3 months".
    r"|(?:for|over|since) (?:like |about |around |over |nearly |almost |at least |the (?:last|past) )?"
    r"(?:\d+|two|three|four|five|six|several|a few|a couple of|many) (?:years|months)"
    r"|keeps? (?:getting|having|catching)|one (?:\w+ )?after another"
    r"|every (?:few )?(?:days|weeks|months)|recurring|recurrent"
    r"|(?:eating|drinking|playing|talking|walking) (?:fine|normally|well|ok)|no other symptoms|nothing else|i promise"
    r"|always (?:normal|fine|ok|okay)|(?:bleeding|it) (?:has )?stopped (?:after|with|within|in) (?:a |\d+ )?(?:few )?"
    r"(?:minutes?|mins?|seconds?|pressure|a plaster)|mild|slight|slightly"
    r"|just (?:moody|venting|want(?:ed)? to (?:check|know|ask|vent|understand|learn|read|find out))|need to vent"
    # A wish for news, answers or hope (hope read as "some good news" above): "i just want some answers".
    r"|just (?:want|need)(?:ed|s)? (?:some |an |any |the |a few )?(?:good news|answers?|reassurance|clarity|"
    r"information|info|explanation|honest answer|truth)"
    # Mild or passing: "a 3 out of 10", "not severe", "goes away after breakfast", "comes and goes".
    r"|(?:a |an )?[0-4] out of (?:10|ten)|(?:is|was|are|were) not (?:severe|bad|too bad|that bad|serious)"
    r"|(?:goes|went|go) away (?:after|with|when|on its own|by itself|in)|comes and goes|settles (?:after|with|in|down)"
    r"|(?:nobody|no one|noone) (?:is|was|got|has been|were) (?:hurt|injured|harmed)"
    r"|every(?:one|body) is (?:fine|ok|safe)"
    r"|esta bien|estoy bien|nada mas)\b")


_WELL_EARLIER_TODAY = lazy_re(WELL_EARLIER_TODAY)


@remembered(maxsize=1024)  # the decision asks it of the same message up to three times
def reassured(normal: str) -> bool:
    """Does a message (``safety_normal`` form) also say that things are fine, mild or long-standing ("otherwise
    fine", "for weeks", "stopped on its own")? A safe message uses alarming words this way; the decision asks
    more of a detector then. A long-standing or coming-and-going sign that has turned worse now ("on and off since
    lunch and now it is just pouring", "for weeks but now i can not stand") is no reassurance: the change is the
    warning."""
    for m in _REASSURED.finditer(normal):
        if _WELL_EARLIER_TODAY.match(normal, m.start()):
            continue  # ("she was fine at breakfast": a sudden onset, safety_now.SUDDEN, no calm)
        if not (_LONG_STANDING.fullmatch(m.group(0)) and _WORSE_NOW.search(normal, m.end())):
            return True
    return False


@remembered(maxsize=1024)
def reassured_of_crisis(normal: str) -> bool:
    """``reassured`` for a crisis: thoughts of dying that keep coming, every day or for weeks ("keep having these
    thoughts of ...", "every night for months") are no calm but a warning of their own (988, C-SSRS: how often and how
    long the thoughts last), so only the other reassurances count ("i promise", "just venting", "i am fine")."""
    lasting_thoughts = bool(_THOUGHTS.search(normal))
    return any(not (lasting_thoughts and _LONG_STANDING.fullmatch(m.group(0)))
               and not _WELL_EARLIER_TODAY.match(normal, m.start()) for m in _REASSURED.finditer(normal))


#: Thoughts told as the writer's ("keep having these thoughts", "i think about it every night"): their lasting is the
#: warning (elsewhere, "he has been a drama queen all week", it is the calm of a long-standing thing).
_THOUGHTS = lazy_re(r"\b(?:thoughts?|thinking (?:about|of)|i think (?:about|of)|pienso|pensando|pensamientos?)\b")


#: The long-standing or intermittent part of ``_REASSURED`` ("on and off", "for weeks", "comes and goes") ...
_LONG_STANDING = lazy_re(
    r"on and off|comes and goes|recurring|recurrent|for (?:weeks|months|ages|years)|over (?:the )?(?:weeks|months)|"
    r"(?:for|over|since) .*(?:years|months)|keeps? \w+|every .*")
#: ... and a turn for the worse told after it ("and now it is pouring", "but today it will not stop", "suddenly much
#: worse"; not "and now the doctor says": the story's now).
_WORSE_NOW = lazy_re(r"\b(?:now|today|tonight|this (?:morning|afternoon|evening)|suddenly|all of a sudden)"
                     r"(?: \w+){0,4}? (?:pouring|gushing|streaming|spurting|soaking|pumping|worse|heavier|"
                     r"will not stop|not stopping|unbearable|a lot more|much more)\b")


#: Words of social chat: greetings, farewells, thanks and their fillers ("ok thanks, bye for now", "have a good day,
#: goodbye", "gracias, adios"). A message of these words alone is small talk: "goodbye" said as a conversation ends
#: is no farewell before a suicide, which says more ("this is the last time i write", "tell my kids i loved them":
#: the crisis detectors read those). Words of finality or of other people ("forever", "for good", "last", "everyone",
#: "all", "kids", "forgive") are not in the list: a message with them is read as usual.
_SOCIAL_WORDS = frozenset(
    "hi hello hey hiya howdy yo greetings morning afternoon evening night good goodnight nite bye byebye goodbye "
    "cya ciao cheers ta thanks thank thankyou thx ty tysm you u ya yah ye see later soon talk tomorrow then now "
    "for again ok okay okey k kk alright right cool great nice lovely wonderful awesome perfect fine sounds got it "
    "have a an the day one weekend take care much very so lot lots really appreciate appreciated helpful help "
    "bot chatbot buddy mate friend dear sir madam well oh ah and bueno hola adios chao chau "
    "gracias muchas mil buenos buenas dias tardes noches hasta luego pronto manana nos vemos cuidate que le vaya bien "
    "saludos vale listo perfecto ".split())
#: ... but a message of them must say one of these (greeting, farewell or thanks), not only fillers ("ok", "then").
_SOCIAL_CORE = frozenset(
    "hi hello hey hiya howdy greetings morning afternoon evening goodnight bye byebye goodbye cya ciao cheers ta "
    "thanks thank thankyou thx ty tysm see later care hola adios chao chau gracias luego vemos cuidate saludos".split())


def small_talk(normal: str) -> bool:
    """Is a message (``safety_normal`` form) only a greeting, a farewell or thanks ("see ya", "ok gracias, adios",
    "have a good day, goodbye")? Such a message carries no emergency or crisis by itself."""
    ws = normal.split()
    return 0 < len(ws) <= 12 and all(w in _SOCIAL_WORDS for w in ws) and any(w in _SOCIAL_CORE for w in ws)
