"""Text rules for reading which kind of question a message asks by its own words (causes, outlook, diagnosis, what
helps, ...): the rules of understanding/understand.py and understanding/said.py, on folded text."""

from __future__ import annotations

from marrowbot.text.lazy import lazy_re

#: The end of a question, after a word that adds it to what was said ("can drugs do it too", "... make this also?"),
#: what is brought about said to happen ("can drugs make it happen"; with the condition's word: "make this X start").
_ALSO_END = (r"(?:\s+(?:\w+\s+)?(?:happen|happens|occur|occurs|start|starts))?(?:\s+(?:too|also|as\s+well|aswell))?"
             # a question put as a statement and a word that asks for its answer ("... make it, yes?", "right?")
             r"(?:\s*,?\s*(?:yes|no|right|true|correct|or\s+not|or\s+no|isnt\s+it|is\s+it))?\s*\??\s*$")

#: Asks whether the marrow itself (or its cells) will recover ("can the marrow recover", "will his marrow ever work
#: again", "will the marrow cells come back once it stops"), not whether the person will: the documents say it with
#: the treatment (once the cause is treated, the marrow cells grow again), not with the outlook.
ASKS_IF_MARROW_RECOVERS = lazy_re(r"\b(?:(?:can|will|could|would|does|do|might|is|are)\s+(?:the\s+|his\s+|her\s+"
                                  r"|my\s+|their\s+|your\s+|our\s+)?(?:bone\s+)?marrow(?:\s+cells?)?\s+(?:\w+\s+)?"
                                  # (the marrow said first, then asked of: "and the marrow, does it come back")
                                  r"|marrow(?:\s+cells?)?\s+(?:can|will|could|would|does|do|might|is|are)\s+(?:it|they)\s+)"
                                  r"(?:ever\s+)?"
                                  r"(?:recover|heal|come\s+back|grow\s+(?:back|again)|regrow|regenerate|repair\s+itself"
                                  r"|work\s+(?:again|properly|normally)|start\s+working|get\s+better|be\s+(?:ok|okay|fine"
                                  r"|normal)\s+again)\b")

#: Asks how someone can have the condition and feel well ("how can i have a disease when i feel nothing", "how can he
#: have mds and not feel sick"): whether it shows itself early, what the documents say with its symptoms.
ASKS_HOW_FEELS_WELL = lazy_re(r"\bhow\s+(?:can|could|come|is\s+it\s+possible\s+(?:that|to))\s+(?:i|he|she|you|u"
                              r"|someone|they|we|(?:my|our|his|her)\s+\w+|a\s+person|people)\s+(?:\w+\s+)?"
                              r"(?:have|has|get|got)\s+(?:[\w'-]+\s+){0,5}?(?:and|when|but|if|while|yet)\s+(?:still\s+)?"
                              r"(?:(?:i|he|she|they|you|u|we)\s+)?(?:(?:feel|feels|feeling)\s+(?:totally\s+|completely\s+"
                              r"|perfectly\s+|so\s+)?(?:fine|nothing|ok|okay|well|normal|good|healthy|great)"
                              r"|(?:not|dont|doesnt|never)\s+(?:feel|feels|feeling)\s+(?:sick|ill|unwell|anything|bad))\b")

#: Asks the odds that a family's next or other children have it ("what are the odds for the next child", "what is the
#: risk for another baby"): how it is inherited.
ASKS_IF_CHILDREN_GET_IT = lazy_re(r"\b(?:odds|chances?|risk|likelihood)\b(?:\s+[\w'-]+){0,4}?\s+(?:for|of|that)\s+"
                                  r"(?:(?:our|my|the|a|his|her|their)\s+)?(?:next|other|another|future|second|third)\s+"
                                  r"(?:child|children|baby|babies|kids?|pregnancy)\b")

#: Asks whether a group of people named in general gets the condition ("can kids get them", "do older adults get
#: it", "could teenagers develop this"): who is at risk. Not the asker's own ("can my kids get it"), nor from whom
#: ("can kids get it from their parents": how it is inherited).
#: (Not "why do people get it": that asks what causes it.)
ASKS_IF_A_GROUP_GETS_IT = lazy_re(r"(?<!\bwhy\s)(?<!\bhow\s)\b(?:can|could|do|does|will|would|might|may)\s+"
                                  r"(?:kids|children|babies|infants|toddlers|teens|teenagers|elderly|seniors|"
                                  r"(?:young|younger|old|older|elderly)\s+(?:people|adults|men|women))\s+"
                                  r"(?:also\s+|ever\s+|even\s+|really\s+)?"
                                  r"(?:get|have|develop|catch)\s+(?:it|them|this|these|those|that)\b"
                                  # (the pronoun is the condition, not "that test" or "this treatment")
                                  r"(?=\s*(?:$|[?.!,;]|(?:too|also|as well|or|and|at all|more|less|often)\b))")

#: Asks whether something else brings the condition about, the condition its object ("can the cancer medicine make
#: it?", "can it be from a drug", "also from the medicines?"): what causes it. Folded text.
#: Words for people, never what brings a condition about ("will my baby make it", "how do they give it").
_PEOPLE = r"(?:i|you|u|he|she|we|they|my|our|his|her|their|someone|people|doctors?|nurses?)"
ASKS_IF_CAUSED_BY = lazy_re(r"\b(?:cause|causes|trigger|triggers|bring\s+on|brings\s+on"
                               r"|lead\s+to|leads\s+to)\s+(?:it|this|that)" + _ALSO_END +
                               # "make it" / "give it" / "do this" only with a thing for subject ("can the medicine make
                               # it", "can chemo do this too"), not a person ("will my baby make it", "how do they give
                               # it")
                               rf"|\b(?:can|could|does|do|did|will|would|might|may)\s+(?!{_PEOPLE}\b)(?:\w+\s+){{1,4}}?"
                               r"(?:make|give|do)\s+(?:it|this|that)" + _ALSO_END +
                               # "the medicine for cancer also can make it?", "... can make this also?"
                               rf"|^(?:(?:and|so|but|or)\s+)*(?!{_PEOPLE}\b)(?:\w+\s+){{1,5}}?(?:also\s+)?(?:can|could"
                               r"|might|may|will|would)\s+(?:also\s+)?(?:make|give)\s+(?:it|this|that)" + _ALSO_END +
                               r"|\b(?:is|was|could|can|might|may)\s+(?:it|this|that)\s+(?:\w+\s+)?(?:be\s+)?"
                               r"(?:from|because\s+of|due\s+to|caused\s+by|brought\s+on\s+by)\s"
                               # "also from the medicines?", not "from what age do kids get it"
                               # "is X one of the drugs that can do it", "things which may cause this": the things
                               # that bring it about, said in a clause of their own
                               r"|\b(?:that|which)\s+(?:can|could|might|may|will|would|do|does)\s+(?:also\s+)?"
                               r"(?:cause|make|give|do|trigger|bring\s+on|lead\s+to)\s+(?:it|this|that)\b"
                               # "what else can do that": other things that bring it about
                               r"|^(?:(?:and|so|ok)\s+)*(?:what|which)\s+(?:else|other\s+\w+)\s+(?:can|could|might|may|would"
                               r"|does|do)\s+(?:also\s+)?(?:cause|do|make|trigger)\s+(?:it|this|that)\s*\??\s*$"
                               r"|^(?:(?:and|also|or|so|but)\s+)*(?:from|because\s+of|due\s+to)\s+"
                               r"(?!(?:what|which|when|how|where|who|whom|whose|age|birth)\b)")
#: Asks when a condition is found ("when does it usually get found", "when do doctors tend to discover it"): when it
#: is diagnosed. Folded text.
_USUALLY = r"(?:(?:usually|often|normally|typically|mostly|generally|first|most\s+often|tend\s+to|get|got|be)\s+)*"
ASKS_WHEN_FOUND = lazy_re(r"\bwhen\s+(?:is|are|was|were|does|do|did|will|would|can|could)\s+(?:it|this|that|they"
                             r"|(?:the|this|that)\s+\w+)\s+" + _USUALLY
                             + r"(?:found|discovered|detected|diagnosed|noticed|picked\s+up|caught|spotted)\b"
                             r"|\bwhen\s+(?:do|does|did|will|would|can|could)\s+(?:they|doctors?|people|you|u)\s+"
                             + _USUALLY + r"(?:find|discover|detect|diagnose|notice|catch|spot|pick)\b")
#: Asks how two things relate ("what does sickle cell have to do with it", "does the environment play a part", "how
#: does it relate to X"): the
#: documents relate conditions by what they are associated with, their causes. Folded text.
ASKS_HOW_RELATED = lazy_re(r"\b(?:have|has|had|got)\s+(?:\w+\s+)?to\s+do\s+with\b"
                              # "how does it relate to X", "is it linked with X", "the connection between them"
                              # (not a name's "X-linked with ...": how a gene is inherited)
                              r"|(?<!\bx\s)\b(?:relate|relates|related|relating|connected|connects?|tied|ties|linked|links?)\s+"
                              r"(?:in\s+)?(?:to|with)\b|\b(?:link|links|connection|relationship|relation)\s+between\b"
                              r"|\bplays?\s+(?:a|any|some)\s+(?:\w+\s+)?(?:part|role)\b")
#: Asks how the illness will go for someone ("why cant they tell us how it will go", "what will decide how he does",
#: "does it get worse over time"): the outlook. Folded text.
ASKS_HOW_IT_GOES = lazy_re(r"\bhow\s+(?:it|things|this|he|she|they|my\s+\w+|(?:he|she)s|(?:he|she)\s+is)\s+"
                              r"(?:will|would|is\s+going\s+to|gonna|might|may)\s+(?:go|turn\s+out|end\s+up"
                              # ("how he will do", not "how they will do the biopsy": how a test is done)
                              r"|progress|fare|do(?!\s+(?:the|a|an|this|that|these|those|his|her|my|your|their|it|each"
                              r"|any)\b))\b|\bhow\s+(?:he|she|they|my\s+\w+)\s+(?:does|do|fares|is\s+doing)"
                              r"\s*(?:$|[,.?!])|\b(?:does|will|can|could|would|might)\s+(?:it|this|that|the\s+(?:disease"
                              r"|condition|illness))\s+(?:\w+\s+)?(?:get\s+worse|worsen|progress|stay\s+the\s+same"
                              r"|get\s+better)\b"
                              # one person's chances ("what are the odds my baby makes it", "will she pull through"):
                              # the outlook (contracts: prognosis is the chance of recovery)
                              r"|\b(?:odds|chances?)\s+(?:are\s+)?(?:that\s+)?(?:i|he|she|they|(?:my|our|his|her)\s+\w+)\s+"
                              r"(?:will\s+|would\s+)?(?:make\s+it|makes\s+it|survive|survives|pull\s+through|pulls\s+through"
                              r"|recover|recovers)\b|\b(?:will|is|are)\s+(?:he|she|they|(?:my|our|his|her)\s+\w+)\s+"
                              r"(?:going\s+to\s+|gonna\s+)?(?:make\s+it|survive|pull\s+through)\b")
#: Asks whether the illness comes back or goes away, in itself or as someone grows ("will it come back after
#: treatment", "once it stops does it come back", "can it go away by itself", "will he grow out of it"): the
#: outlook. Not going away with a treatment ("does it go away once treated": how it is treated), nor a symptom or a
#: side effect going away ("will the pain go away"), nor the marrow's own cells coming back
#: (``ASKS_IF_MARROW_RECOVERS``, read first). Folded text.
ASKS_IF_IT_RETURNS = lazy_re(r"\b(?:will|would|does|do|did|can|could|might|may|is|are)\s+(?:it|this|that|they|he|she"
                             r"|(?:the|my|his|her|our|their)\s+(?!(?:pain|aches?|itch\w*|bruis\w*|swelling|fever|rash"
                             r"|tired\w*|fatigue|symptoms?|side|headaches?|nausea|sickness|hair|marrow\s+cells?"
                             r"|(?:blood\s+)?counts?)\b)\w+(?:\s+\w+)?)\s+"
                             r"(?:(?:ever|just|likely|to|going|gonna|really|usually|eventually|completely|fully"
                             r"|all|also|then|still)\s+){0,3}"
                             r"(?:come\s+back|coming\s+back|comes\s+back|return|returns?|relapse|recur|grow\s+out\s+of\s+it"
                             r"|outgrow\s+it|(?:go\s+away|going\s+away|clear\s+up|disappear)"
                             # (going away with a treatment: what it does, "does it go away once treated")
                             r"(?!.*\b(?:treat\w*|therap\w*|medic\w*|meds|drugs?|chemo\w*|transplant\w*"
                             r"|transfusions?)\b))\b")
#: Asks whether one person will be well ("will my dad be ok?", "she will be fine right?"), not a statement of it ("the
#: doctor says she will be fine"): their own outlook, which only their care team can judge. Lower-case text.
ASKS_IF_ONE_IS_WELL = lazy_re(r"\b(?:will|is|are)\s+(?:he|she|(?:my|our|his|her)\s+\w+)\s+(?:going\s+to\s+|gonna\s+)?"
                                 r"be\s+(?:cured?|ok|okay|alright|all\s+right|fine)\b|\b(?:he|she|(?:my|our|his|her)\s+\w+)"
                                 r"\s+(?:will|would|is\s+going\s+to)\s+be\s+(?:cured?|ok|okay|alright|all\s+right|fine)"
                                 # (a word of when may end it: "he will be fine after?", "she will be ok later, yes?")
                                 r"(?:\s+(?:after|afterwards?|later|again|eventually|in\s+the\s+end))?"
                                 r"(?:\s*,?\s*(?:right|or\s+no|or\s+not|yes|true)\b|\s*\?)")
#: Compared odds ("what about adults, better odds?") and whether someone will be cured or be well ("he will be cure
#: or no?"): the outlook only as a question about the condition in general, no person told (understand.py), not one
#: person's own ("my mom has it, she will be fine right?") nor a statement ("there's a good chance he has it").
ASKS_IF_WELL = lazy_re(r"\b(?:better|worse|good|bad|higher|lower)\s+(?:odds|chances?|outlook)\b"
                              r"|\b(?:will|is|are)\s+(?:he|she|they|(?:my|our|his|her)\s+\w+)\s+(?:going\s+to\s+|gonna\s+)?"
                              r"be\s+(?:cured?|ok|okay|alright|all\s+right|fine)\b"
                              r"|\b(?:he|she|they|(?:my|our|his|her)\s+\w+)\s+(?:will|would|is\s+going\s+to)\s+be\s+"
                              r"(?:cured?|ok|okay|alright|all\s+right|fine)\b")
#: Asks what tests find, or what the blood work shows ("what would show up on the blood work", "what blood results go
#: with it", "and how do they know if you have it"): how it is diagnosed. Folded text.
_TESTS = r"(?:blood\s*work|blood\s+tests?|bloodwork|labs?|lab\s+(?:tests?|work|results?)|blood\s+results?|tests?)"
ASKS_WHAT_TESTS_SHOW = lazy_re(r"\bwhat\b(?:\s+\w+){0,4}?\s+(?:show|shows|showed|turn|turns|come|comes|look|looks|go"
                                  r"|goes|is|are)\s+(?:up\s+|back\s+)?(?:\w+\s+)?(?:on|in|with|from)\s+(?:the\s+|a\s+"
                                  r"|his\s+|her\s+|my\s+)?" + _TESTS + r"\b"
                                  r"|\bwhat\s+(?:\w+\s+)?(?:blood|lab|test)\s+(?:test\s+)?(?:results?|findings|values)\b"
                                  r"|\bhow\s+(?:do|would|can|will|did)?\s*(?:they|doctors?|the\s+doctors?)\s+(?:know|tell"
                                  r"|check|confirm|find\s+out|see)\s+(?:if|whether)\b"
                                  # "what would the blood tests show", "what do they look for in the blood count"
                                  r"|\bwhat\s+(?:would|will|do|does|did|might|can|could|should)\s+(?:the\s+|a\s+|his\s+"
                                  r"|her\s+|my\s+|their\s+)?(?:\w+\s+)?" + _TESTS
                                  + r"\s+(?:show|find|say|reveal|look\s+like)\b"
                                  r"|\bwhat\s+(?:do|would|will|did|should)\s+(?:they|doctors?|the\s+doctors?)\s+look\s+for\s+"
                                  r"(?:in|on)\s+(?:the\s+|a\s+|his\s+|her\s+|my\s+)?(?:blood\s+counts?|" + _TESTS + ")")
#: Asks what a condition comes from, the asking word last ("caused by what?", "comes from what"): its causes. Folded.
ASKS_FROM_WHAT = lazy_re(r"\b(?:make|made|come|comes|coming|came|caused|cause|result|results|resulting|develop"
                            r"|develops|arise|arises|start|starts|started)\s+(?:from|by|because\s+of)\s+what\b")
#: Asks what a thing is done with or comes from, its verb after the subject ("what is X treated with", "what are they
#: usually caused by", "what is it diagnosed with"): the verb says the kind of question, not "what is". Folded text.
ASKS_WHAT_IT_IS_DONE_WITH = lazy_re(r"\bwhat\s+(?:is|are|s|was|were)\s+"
                                    # (the verb the subject's: not "what is life like once you are diagnosed with")
                                    r"(?:(?!(?:like|once|when|after|before|if|since|until|whether|because|and|or"
                                    r"|is|are|was|were|being|been|get|gets|got)\b)\w+\s+){1,6}?"
                                    r"(?:usually\s+|normally\s+|mostly\s+)?(?P<verb>treated|managed|cured|caused|triggered|diagnosed|tested|detected"
                                    r"|inherited|passed\s+down|prevented)\s+(?:with|by|for|using|through|from|on)\b")
#: The kind of question each verb of ASKS_WHAT_IT_IS_DONE_WITH asks.
DONE_WITH_KIND = {"treated": "treatment", "managed": "treatment", "cured": "treatment", "caused": "causes",
                  "triggered": "causes", "diagnosed": "diagnosis", "tested": "diagnosis", "detected": "diagnosis",
                  "inherited": "genetics", "passed down": "genetics", "prevented": "prevention"}
#: Asks what eases a complaint or the condition ("is there anything that helps the pain", "what can relieve it",
#: "ways to calm the itch"): how it is treated or managed. Folded text.
ASKS_WHAT_HELPS = lazy_re(r"\b(?:anything|something|what|whatever|ways?|how)\s+(?:else\s+)?(?:that\s+|which\s+|to\s+"
                             r"|can\s+|could\s+|will\s+|would\s+|might\s+|do\s+you\s+|does\s+one\s+)?(?:\w+\s+)?"
                             r"(?:helps?|eases?|relieves?|soothes?|calms?|lessens?)\s+(?:with\s+)?(?:the|it|this|that|my|his"
                             r"|her|their|your|them)\b")
#: Asks what a thing itself does or makes, and nothing more ("ok and what does it do", "what do they do exactly", "and
#: what does it really produce"): what it is and does (its definition), not what it does to a person (symptoms: "what
#: does it do to you"). Folded text.
ASKS_ITS_FUNCTION = lazy_re(r"^(?:(?:so|and|but|ok|okay|also|well|then|now|hmm|um)\s+)*what\s+(?:does|do|can|will)"
                               r"\s+(?:it|they|that|this|the\s+marrow|marrow)\s+(?:(?:even|actually|exactly|really"
                               r"|basically|just)\s+)*(?:do|make|produce)(?:\s+(?:exactly|actually|then|anyway|even))*"
                               r"\s*[?.!]*$")
#: Asks what goes wrong in the condition ("so in necrosis what goes wrong with it", "what is going wrong in the
#: marrow"): what it is, the definition's account of what happens. Folded text.
ASKS_WHAT_GOES_WRONG = lazy_re(r"\bwhat\s+(?:(?:exactly|actually|really)\s+)?(?:goes|went|is\s+going|has\s+gone)"
                                  r"\s+wrong(?:\s+(?:with|in|to|inside)\s+(?:it|this|that|them|the\s+marrow|marrow|the\s+bone"
                                  r"\s+marrow|the\s+cells|the\s+bones?|(?:her|his|my|their)\s+marrow))?"
                                  r"(?:\s+(?:exactly|actually|then))?\s*[?.!]*$")
#: Asks why the condition comes about ("why would it happen in kids with leukemia"): its causes. Folded text.
ASKS_WHY_IT_HAPPENS = lazy_re(r"\bwhy\s+(?:would|does|do|did|will|is|might|could)\s+(?:it|this|that)\s+(?:\w+\s+)?"
                                 r"(?:happen|happens|occur|occurs|start|starts|develop|develops|show\s+up|come\s+on)\b")
#: Asks what several things share ("what do these illnesses have in common", "what do all of them share"): what they
#: are, what the documents say of them all (not how common one is). Folded text.
ASKS_WHAT_THEY_SHARE = lazy_re(r"\b(?:have|has|had)\s+in\s+common\b|\bwhat\s+(?:do|does|did)\s+(?:\w+\s+){1,5}?share\b")
#: Asks whom a treatment or test is for ("who needs one", "who is it for", "who should have it"): the people it is
#: used to treat, what the documents say with how it is used (a condition is no thing anyone needs). Folded text.
ASKS_WHO_IT_IS_FOR = lazy_re(r"\bwho\s+(?:(?:would|might|will|does|do)\s+)?(?:needs?|should\s+(?:get|have"
                             r"|have\s+got))\s+(?:one|it|this|that|them|these|those)\b|\bwho\s+(?:is|are)\s+(?:it|one|this|that|they"
                             r"|these|those)\s+(?:\w+\s+)?for\b")
#: Asks how doctors make it or a person better ("how do they make it better", "how doctor make him well"): how it is
#: treated, not whether it gets better by itself (the outlook). Folded text.
ASKS_HOW_MADE_BETTER = lazy_re(r"\bhow\s+(?:(?:do|does|will|would|can|could|did)\s+)?(?:they|doctors?"
                               r"|the\s+doctors?|you|u|we)\s+(?:make|get)\s+(?:it|him|her|them|this|that|people|someone|patients|(?:my|our|his"
                               r"|her)\s+\w+)\s+(?:better|well)\b")
#: Asks whether the condition passes from one person to another ("is it catching", "is this contagious", "can i
#: catch it from my brother", "can you catch leukemia", "does it spread from person to person"): what the documents
#: say with its causes (how people get it; "SCD is not contagious"), never its outlook. Folded text; not doctors
#: catching it on a test ("catch it early", "can you catch mds on a blood test"), nor catching a germ ("catch a virus
#: from one"), nor how one catches a condition named ("how do you catch tb": how it spreads, the model's reading), nor
#: "can my kids get it from me" (how it is inherited).
ASKS_IF_IT_SPREADS = lazy_re(r"\b(?:is|are|its|it\s+s|isnt|arent)\s+(?:it|this|that|they|these|those|\w+)?\s*"
                             r"(?:(?:very|really|at\s+all|even)\s+)?(?:contagious|infectious|catching|catchable)\b"
                             r"|\b(?:can|could|will|would|do|does|did|might)\s+(?:i|you|u|we|people|ppl|others|anyone"
                             r"|someone|kids|children|(?:my|our|his|her|the)\s+(?!(?:doctors?|gp|nurses?|team|tests?|scans?|"
                             r"specialists?|oncologists?|ha?ematologists?)\b)\w+)\s+(?:\w+\s+)?catch\s+"
                             r"(?:it|this|that)\b"
                             r"|(?<!\bhow\s)\b(?:can|could|will|would|do|does|might)\s+(?:i|you|u|we|people|ppl|anyone"
                             r"|someone|kids|children)\s+catch\s+(?!(?:a|an|any|some|something|anything|the|infections?"
                             r"|viruses?|germs?|bugs?|diseases?|colds?|flu)\b)(?!.*\b(?:early|earlier|sooner|in\s+time"
                             r"|tests?|scans?|screening|checkups?|biopsy|blood\s+counts?)\b)\w+"
                             r"|\b(?:spread|spreads|passed|pass|passes|go|goes|jump|jumps)\s+(?:on\s+)?(?:from\s+)?"
                             r"(?:person\s+to\s+person|one\s+person\s+to\s+another|to\s+other\s+people|to\s+others)\b")

#: Asks who is more likely to have a condition, comparing groups ("is it more common in women", "are older people
#: more likely to get it", "does it run higher in smokers"): its risk factors (contracts section 2: causes), not how
#: common it is overall. Folded text.
ASKS_WHO_MORE = lazy_re(r"\b(?:more|less)\s+(?:common|likely|frequent|prevalent|usual|often)\s+(?:in|among|for|with"
                           r"|if|when)\b|\b(?:higher|bigger|greater|increased|raised)\s+(?:risk|chance|chances|odds)\b")
#: An animal, named as someone's, as the subject of a complaint ("my dog keeps throwing up", "our cat has been
#: sneezing", "the puppy won't eat"): its complaints are no person's (the documents are about people). Not a word that
#: is also a food or a thing ("my fish oil", "the chicken soup"); "PET" (a scan) is told apart by the caller. Folded.
AN_ANIMAL = lazy_re(r"\b(?:my|our|the|his|her|their)\s+(?:(?:old|little|young|new)\s+)?(?:dog|dogs|cat|cats|puppy"
                       r"|puppies|kitten|kittens|pet|pets|horse|pony|rabbit|bunny|hamster|parrot|budgie|guinea\s+pig"
                       r"|ferret|goldfish|tortoise|turtle|lizard)\s+(?:(?:also|still|now|just|really)\s+)?"
                       r"(?:keeps|kept|has|had|have|is|was|are|were|seems|seemed|looks|looked|won't|wont|isn't|isnt"
                       r"|hasn't|hasnt|can't|cant|doesn't|doesnt|got|gets|started|threw|vomited|vomits|bled|bleeds"
                       r"|limps|limped|coughs|coughed|sneezes|sneezed|stopped|collapsed|lost)\b")
#: Asks whether animals get a condition ("can cats get leukemia", "do dogs have it too"): the documents are about
#: people. Not whether they give a person something ("can pets get me sick") nor what a person must do with them
#: ("does my dog have to go away"). Folded text.
ASKS_OF_ANIMALS = lazy_re(r"\b(?:can|could|do|does|will|would|are|is|did)\s+(?:my\s+|our\s+|the\s+|a\s+)?"
                             r"(?:dogs?|cats?|pets?|animals?|horses?|puppies|puppy|kittens?|rabbits?|birds?)\s+(?:also\s+|ever\s+)?"
                             r"(?:get|have|catch|develop|be\s+born\s+with|suffer\s+from)\b"
                             r"(?!\s+(?:me|us|you|him|her|them|my|our|your|his|their|to|sick|people|humans?|kids|children)\b)")
#: A person telling of their own complaint ("i feel", "bit me", "my arm"): with an animal named, the complaint may
#: still be theirs ("should i worry" is only their worry).
TELLS_OF_SELF = lazy_re(r"\b(?:(?:i|im|i'm|ive|i've)\s+(?:have|had|has|feel|felt|am|was|get|got|keep|been|can't|cant"
                           r"|cannot|think\s+i)|me|myself|my\s+(?:son|daughter|kid|child|baby|wife|husband|mom|mum|dad"
                           r"|mother|father|brother|sister|partner|body|skin|arm|leg|hand|face|pills?|dose|doses|meds"
                           r"|medicines?|medications?|tablets?|prescription|blood|counts?|platelets|chemo|treatment)"
                           r"|(?:should|can|could|do|may|must)\s+i\s+(?:take|stop|give|use|double|skip|miss|have|change|start|keep))\b")
