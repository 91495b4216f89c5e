"""Affairs put in order for those left behind (the Columbia screener's preparatory acts, the 988 list's "giving away
possessions", "putting affairs in order"): one of the crisis constructs of ``safety_plan.crisis_said``."""

from __future__ import annotations

from marrowbot.text.lazy import gated_re

#: Affairs put in order for those left behind (the Columbia screener's preparatory acts, the 988 list's "giving away
#: possessions", "putting affairs in order"): a will finished, things given to named people, passwords or pins written
#: down for someone, papers sorted, treatment cancelled, a letter explaining why, debts paid off and the home cleared
#: "so nobody has to", nothing left to do. Any one alone is often ordinary (a will before a transplant is advised):
#: only two different ones in a message, or the one that explains, read as preparations.
_PREPARATIONS = (
    r"(?:finish\w*|wrote|written|writing|made|making|updat\w*|sign\w*|sort\w*|done|did) (?:out |up )?(?:my|the) "
    r"(?:will|testament)|(?:hice|termine|firme|actualice) (?:mi|el) testamento",
    r"(?:gave|giving|given|give|left|leaving|handed) (?:away )?(?:(?:my|all my|the) (?:\w+ ){0,3}?to (?:my |our )?"
    r"(?:niece|nephew|sister|brother|son|daughter|friend|mum|mom|dad|kids|neighbou?r|cousin|grandson|granddaughter|"
    r"best friend|partner|wife|husband)|(?:my|her|his) (?:niece|nephew|sister|brother|son|daughter|friend|kids|"
    r"cousin|neighbou?r) my)|regale mis|(?:le|les) (?:di|deje) mis",
    r"(?:wrote|written|writing|write|told|tell|telling|showed|left) (?:\w+ ){0,3}?(?:down )?(?:all )?"
    r"(?:(?:the|my|all my) )?(?:passwords?|pins?|pin numbers|bank details|account details|logins?)|"
    r"where (?:everything|all my stuff|my (?:papers|documents|passwords|things)) (?:is|are)|"
    r"(?:contrasenas|claves) (?:del banco|de todo)|(?:poner|puse|pase|deje) (?:\w+ ){0,2}?a nombre de (?:mi|mis)",
    r"(?:sort\w*|organi[sz]\w*|put\w*|got) (?:out |in order )?(?:all )?(?:of )?(?:my|the) (?:paperwork|papers|affairs|"
    r"finances|documents|accounts|stuff into boxes|things into boxes)|boxes labell?ed with|"
    r"(?:ordene|arregle) (?:todos )?(?:mis )?(?:papeles|documentos|cuentas)",
    r"cancel\w* (?:the |my |all my )?(?:treatment|chemo|transfusions?|transplant|appointments?)(?: i had| for next)|"
    r"cancele (?:el|mi|la) (?:tratamiento|quimio|trasplante|cita)",
    r"(?:letter|note|message|carta|nota) (?:\w+ ){0,4}?(?:explaining why|explicando (?:el )?por que)",
    r"paid off (?:the|my|all my) (?:credit cards?|debts?|loans?|bills)|which bills to pay",
    r"so (?:nobody|no one) (?:has|will have|would have) to (?:do|sort|deal|clear|clean)|"
    r"(?:there is |theres )?nothing left to (?:do|sort|say)|(?:it is|its|everything is) all settled|"
    r"para que nadie tenga que",
    r"funeral (?:playlist|songs|music|plans)|(?:plan\w*|chose|picked) (?:my|the) (?:own )?funeral",
    # (a life insurance checked for a death by one's own hand: decisive alone, like the letter that explains)
    r"insurance (?:\w+ ){0,8}?(?:pays? out|paid out|covers?|cover) (?:\w+ ){0,5}?(?:suicide|(?:take|took|taking) "
    r"(?:my|your|their) own life|kill (?:myself|yourself|themselves)|(?:die|dies|died) by (?:my|your|their) own hand|"
    # ... or by a veiled word for it ("pays out in these circumstances", "covers it if i do it")
    r"in (?:these|such|those|my) circumstances|(?:if|when) i (?:do it|did it|go through with it|am gone))",
    # ... round 40: belongings given away with no one named ("giving away his tools"), and a last occasion said of
    # oneself ("this is his last christmas"): each one act of two
    r"(?:giv(?:ing|en|es)|gave|give) away (?:all )?(?:of )?(?:my|his|her|their) (?:\w+ )?(?:things|stuff|belongings|"
    r"possessions|tools|clothes|jewel\w*|books|games|records|guitars?|watch|rings?|collection)|"
    r"(?:regalando|regalo|regalado) (?:todas )?(?:sus|mis) (?:cosas|herramientas|joyas|libros|pertenencias)",
    r"(?:this is|this will be|it will be|its|it is) (?:my|his|her|their) last (?:christmas|birthday|summer|easter|"
    r"new year|holiday|anniversary)|(?:es|sera) (?:mi|su) ultima (?:navidad|pascua)|(?:es|sera) (?:mi|su) ultimo "
    r"(?:cumpleanos|verano|ano nuevo)",
)
_PREPARATION = [gated_re(rf"\b(?:{p})\b") for p in _PREPARATIONS]
#: ... the one that says what for: a letter explaining why, "so nobody has to do it after".
#: (Of the seventh family only "so nobody has to ...": "nothing left to do but wait", "all settled with the insurance"
#: say no what-for; they count as one act of two.)
_SO_NOBODY = (r"so (?:nobody|no one) (?:has|will have|would have) to (?:do|sort|deal|clear|clean)|"
              r"para que nadie tenga que")
_EXPLAINS = gated_re(rf"\b(?:{_PREPARATIONS[5]}|{_SO_NOBODY}|{_PREPARATIONS[9]})\b")


def prepared(normal: str) -> bool:
    """Does a message (safety normal form) tell affairs put in order for those left behind: two different
    preparatory acts, or one that says what for?"""
    return sum(1 for p in _PREPARATION if p.search(normal)) >= 2 or bool(_EXPLAINS.search(normal))
