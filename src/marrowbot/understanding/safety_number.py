"""More of what calls for the emergency number first once a crisis is established (round 40; the rest is
``safety_plan._CALL_FIRST``): read only where the decision has already found a crisis, so none of these makes a
crisis of an ordinary message (a sentence of a long message is still scored alone: ``safety_sentences``).

From the Columbia screener's questions on plan, intent and preparation, and the 988 warning signs: a time set by
someone else's absence ("when my husband leaves for his night shift", "cuando salga del hospital") or by a day of
one's own ("on my birthday", "after christmas"), an amount to be taken all at once, intent to go through with it,
the most dangerous medicine looked up or a supply held, means ordered, a note written or left (Spanish "la nota" as a
farewell note, not a grade), affairs sorted or things handed out, a farewell in words of silence to come ("you won't
have to worry about me much longer", "i won't be talking to you again", a phone switched off, "dile a mi madre que la
quiero"), a cut bleeding in Spanish, and an amount taken told in the Spanish perfect ("me he
tomado 20 paracetamoles")."""

from __future__ import annotations

from marrowbot.text.lazy import gated_re

_PEOPLE = r"(?:my|the|his|her|our|everyone|everybody|he|she|they|mi|mis|el|ella)"

_CALLS_FIRST_TOO = gated_re(
    # a time set by another's absence or by a day of one's own
    rf"\b(?:when|once|after|as soon as) {_PEOPLE} (?:\w+ ){{0,3}}?(?:leaves?|goes (?:out|to (?:work|bed|sleep))|"
    r"falls? asleep|(?:is|are) (?:asleep|out|away|at work)|gets? (?:home|back))\b|"
    r"\bcuando (?:\w+ ){0,3}?(?:salga\w*|se vaya\w*|se vayan|no este\w*|se duerma\w*|este\w* dormid\w*)\b|"
    r"\b(?:on|after|before|by) (?:my|his|her|our|the) (?:\w+ )?(?:birthday|anniversary)\b|"
    r"\b(?:after|before|by) (?:christmas|new year|easter|the holidays)\b|"
    r"\b(?:en|despues de|antes de) (?:mi|su|el) cumpleanos\b|"
    # an amount taken all at once, or the whole of it; intent to go through with it; a decision in Spanish
    r"\b(?:take|took|taking|swallow\w*|do|did|doing) (?:\w+ ){0,4}?(?:all|everything|it all|them all|the lot) "
    r"at once\b|"
    r"\b(?:take|swallow|drink|use) (?:all of (?:it|them)|everything|them all|it all|the lot|the whole (?:lot|box|"
    r"bottle|packet))\b|"
    r"\b(?:going to|gonna|will|ll|about to|ready to|decided to|finally|really|actually) (?:go )?through with it\b|"
    r"\bya (?:lo )?(?:decidi|he decidido|tengo decidido)\b|"
    # the most dangerous medicine looked up, a supply held, means ordered or arrived
    r"\b(?:meds|medicines|medications|pills|tablets|drugs) (?:\w+ ){0,2}?(?:is|are) (?:the )?most "
    r"(?:dangerous|lethal|toxic|deadly)\b|"
    r"\b(?:big|large|huge|whole|month s|months) (?:supply|stash|stock)\b|"
    r"\b(?:ordered|bought|got hold of|purchased) (?:\w+ ){0,4}?to (?:end|kill|die|do it)\b|"
    r"\b(?:it|they) (?:came|arrived) today\b|"
    # a note written or left (a farewell note, not a grade), affairs sorted, things handed out, "ready now"
    r"\bnotas? (?:suicida|de suicidio|de despedida)\b|"
    r"\b(?:escrib\w*|escrita|escrito|deje|dejo|tengo escrita) (?:\w+ ){0,2}?(?:mi|la|una) nota\b|"
    r"\b(?:mi|la) nota (?:y|en|a|para)\b|"
    r"\b(?:sorted|sorting|sort|put|putting|got) (?:out )?(?:all )?(?:of )?my affairs\b|"
    r"\bboxes labell?ed\b|\bhand(?:ed|ing) (?:out|over|down) my\b|\bready now$|"
    # a farewell in words of silence to come
    r"\b(?:will not|wont|not going to|never) be (?:talking|writing|speaking|chatting|messaging|around)\b|"
    r"\b(?:will not|wont|not) have to (?:worry about|look after|care for|deal with|put up with) me\b|"
    r"^so long\b|\bturned (?:my )?phone off\b|\b(?:turned|switched) off my phone\b|"
    r"\b(?:ultimo|ultima) (?:dia|mensaje|noche) (?:que|en)\b|"
    r"\b(?:dile|diles|digale|diganle|diganles|decidle) a (?:mi|mis)\b|"
    # a cut deeper than before, bleeding in Spanish; an amount taken in the Spanish perfect
    r"\bsangra (?:mucho|mas|sin parar|y no para)\b|"
    r"\bme (?:he )?tomado (?:\d+|todas?|todos?|un (?:bote|frasco|blister)|una caja)\b|"
    # a method said with intent ("going to drive my car into a wall", "step in front of a bus"), the method known,
    # the act near ("so close to doing it"), a time come ("it will be time")
    r"\b(?:going to|gonna|will|ll) (?:\w+ ){0,2}?(?:drive|crash|steer|step|walk|jump|throw myself|run|lie down) "
    r"(?:\w+ ){0,4}?(?:into|in front of|off|under|onto) (?:a |the |my |some )?(?:wall|tree|bus|train|lorry|truck|"
    r"traffic|cars?|bridge|cliff|building|river|sea|tracks|motorway)\b|"
    r"\b(?:so|very|really) close to (?:doing it|ending it|acting on it|doing something)\b|"
    r"\bknows? (?:exactly )?(?:how|where|when) (?:he|she|they|i) (?:would|d|will|ll|is going to|are going to|"
    r"am going to) do it\b|\b(?:it will|itll|it ll) be time\b|"
    # a shot to oneself in Spanish, found by whoever comes, everything prepared
    r"\b(?:pegar(?:me|se)?|pegue|pego) un (?:tiro|balazo)\b|\b(?:whoever|who ever|the person who|whoever it is that) "
    r"finds? me\b|\btodo (?:preparado|listo|arreglado|organizado)\b|"
    # the writer unsure how long they can hold off, or about to do something to themself
    r"\b(?:do not know|not sure|no se) (?:how|cuanto) (?:much )?(?:long(?:er)? )?(?:i can|puedo|voy a) "
    r"(?:hold (?:off|on|out)|resist|last|keep|aguantar|resistir)\b|"
    r"\b(?:going to|gonna|will|ll) do something to myself\b")


def calls_first_too(normal: str) -> bool:
    """Does a message (``normal``: safety normal form, negated words blanked by the caller where it matters) tell
    one of the round-40 signs that call for the emergency number once a crisis is established?"""
    return bool(_CALLS_FIRST_TOO.search(normal))
