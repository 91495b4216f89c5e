"""Text rules for reading a question: small talk, what is asked about, yes/no (follow-ups: text/follow_ups.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from marrowbot.text import STOPWORDS as _STOPWORDS
from marrowbot.text import fold
from marrowbot.text.brands import BRANDS
from marrowbot.text.lazy import lazy_re

# -- conversation rules (understanding/conversation.py) ---------------------------------------------------------

#: Words that join a name into a follow-up ("and what about PV?") without asking anything of their own.
CARRY_WORDS = frozenset("what about and how the of for with regarding re ok okay so then now also too same "
                        "question for".split())
#: A word this close (rapidfuzz ratio) to a word of a name is that word, typed with a typo.
NAME_TYPO_SCORE = 80.0
#: The words small talk is made of; a message with more than a couple of other words is a question.
SMALL_TALK_WORDS = frozenset(
    """hi hello hey hiya howdy yo greetings morning afternoon evening good day night thanks thank thx ty tysm
    cheers appreciate appreciated it much lot lots so very really great awesome nice cool perfect brilliant
    helpful help ok okay alright right sure fine bye goodbye see later take care soon farewell cya ciao lol
    sorry oh ah well yes yeah yep no nope you your u there again all everything anyway kind kindly hmm hm um uh
    erm goodnight nite""".split())
#: A claim the person reports having read or been told ("i read online that it can cause X"): group "claim".
REPORTED_CLAIM = lazy_re(r"\b(?:read|heard|saw|seen|told|learned|learnt|found out)\s+(?:\w+\s+){0,3}?that\s+"
                            r"(?P<claim>[^.?!;]+?)(?=\s+(?:and|but|so)\s+(?:now\s+|then\s+)?(?:i|im|i'm|ive|we|my)\b"
                            r"|\s*[.?!;]|$)")
#: A question that only checks what was reported ("is that actually true", "have there been cases", "can that really
#: happen"), on a folded clause: what it asks is the claim.
CHECKS_CLAIM = lazy_re(r"^(?:(?:so|and|but|ok|okay|well|like)\s+)*(?:(?:is|was)\s+(?:that|this|it)\s+(?:\w+\s+)?"
                          r"(?:true|right|correct|real|accurate|so)\b|(?:have|has)\s+there\s+(?:\w+\s+)?been\s+"
                          r"(?:any\s+)?(?:cases|reports)\b|(?:can|could|does|do)\s+(?:that|this)\s+(?:\w+\s+)?happen\b)")
#: A sentence that says what something is: "bone marrow is the spongy tissue ..." (folded text; the subject is group 1).
DEFINING_SENTENCE = lazy_re(r"^([a-z][a-z ]{2,40}?) (?:is|are) (?:the|a|an) ")
#: A question that asks for a quantity ("how many weeks", "what percentage", "the icd-10 code", "how much").
ASKS_QUANTITY = lazy_re(r"\b(?:how\s+many|how\s+much|percent(?:age)?s?|statistics?|odds|rates?|codes?|costs?|"
                           r"prices?|numbers?\s+of|how\s+common)\b")
#: A sentence that gives one: a number, a share, how common something is.
GIVES_QUANTITY = lazy_re(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|"
                            r"half|percent|rare|rarely|common|commonly|uncommon|frequent\w*|prevalen\w*|incidence|"
                            r"most|many|few|some)\b")
#: Words that point back at what the conversation is about ("can tuberculosis cause it", "sickle cell too?",
#: "any diseases besides ALL": one more of the things the conversation's document relates to it).
REFERS_BACK = lazy_re(r"\b(?:it|its|this|that|these|those|them|too|also|either|connected|linked|link|besides|apart|"
                         r"except|else)\b"
                         # a condition offered as one of the causes of the conversation's ("is sickle cell a cause",
                         # "one of the causes", "worse than other causes"), not "what is the cause of X"
                         r"|\b(?:(?:one|any|some) of the|among the|other|a (?:possible |common |known |likely )?)"
                         r"\s*(?:causes?|reasons?|triggers?)\b(?!\s+of\b)")
#: A pronoun for the conversation's topic itself ("which symptoms it give"), not for something just named.
POINTS_AT_TOPIC = lazy_re(r"\b(?:it|its|this)\b")
#: Not a person as the subject ("is that how he started", "what my son has"), and a word of a test or its result.
_NOT_A_PERSON = r"(?!(?:he|she|i|they|we|you|u|my|our|his|her|their|mum|mom|dad|me|him)\b)"
_TEST_WORD = (r"(?:tests?|blood\s*work|bloodwork|blood\s+tests?|blood\s+counts?|labs?|scans?|biops(?:y|ies)|x-?rays?"
              r"|results?|slides?|microscope|smears?|reports?)\b")
#: Asks whether what is described IS a condition ("is that bone marrow necrosis?", "could it be leukemia"): a
#: question for someone who can examine the person.
ASKS_IF_IT_IS = lazy_re(r"\b(?:is\s+(?:that|this|it)|(?:could|might|would|can)\s+(?:that|this|it)\s+be)\s+"
                           r"(?!part\b|normal\b|typical\b|common\b|usual\b"
                           # only "is that what X looks like on the tests" and "is that how it starts" ask about X
                           # itself; "is that what he's got / i might have / is wrong with him" ask if a person has it
                           r"|what\s+" + _NOT_A_PERSON + r"(?:[a-z]+\s+){1,4}?looks?\s+like\s+(?:on|in)\s+"
                           r"(?:the\s+|a\s+|an\s+|his\s+|her\s+|my\s+)?" + _TEST_WORD
                           + r"|how\s+" + _NOT_A_PERSON + r"(?:[a-z]+\s+){1,3}?(?:usually\s+|normally\s+|often\s+)?"
                           r"(?:starts?|begins?)\b)"
                           r"(?:a\s+|an\s+|from\s+)?[a-z]"
                           # "does that mean i have X", "which is more likely, X or Y": which one THEY have
                           r"|\b(?:does|do|did)\s+(?:that|this|it|these|those)\s+mean\s+(?:i|he|she|we|they|my\s+\w+)"
                           r"\s+(?:have|has|got)\b|\bwhich\s+(?:one\s+)?(?:is|seems)\s+(?:more|most)\s+likely\b")
#: "can that be tied to X", "is it linked to X", "is it from X": how two conditions relate. Only that when nothing
#: of a person's own complaint or finding is told (see asks_if_it_is); after told symptoms it asks whether theirs IS X.
ASKS_IF_TIED = lazy_re(r"\b(?:is\s+(?:that|this|it)|(?:could|might|would|can)\s+(?:that|this|it)\s+be)\s+"
                          r"(?:tied|linked|related|connected|associated|from|caused\s+by|because\s+of|due\s+to)\b")
#: Told findings that are no complaint word ("nosebleeds", "his counts are low", "her results came back").
TELLS_A_FINDING = lazy_re(r"\b(?:nose\s*bleeds?|nosebleeds?|low|high|counts?|results?|levels?|abnormal|swollen)\b")
#: Words of a bodily complaint ("itchy", "dizzy", "night sweats"), besides the lay terms of intents/lay_terms.yml:
#: what a condition is asked to cause when the question is about its symptoms.
COMPLAINT = lazy_re(r"\b(?:itch\w*|dizz\w*|nause\w*|sick|vomit\w*|throw(?:ing)?\s+up|headaches?|migraines?|pains?"
                       r"|painful|aches?|aching|achy|hurts?|hurting|sore|swell\w*|swollen|sweats?|sweating|sweaty"
                       r"|fevers?|feverish|temperature|tired\w*|fatigue\w*|exhaust\w*|weak\w*|pale|bleed\w*|bruis\w*"
                       r"|rash\w*|weight|thirst\w*|numb\w*|tingl\w*|breath\w*|cough\w*|blurr\w*|yellow\w*"
                       r"|jaundice\w*|infections?|cramps?|chills|shiver\w*|faint\w*|lumps?|bumps?|spots)\b")
#: Blood that is low, in lay words or the documents' ("low blood", "low platelets", "anemia"): what a condition may
#: do to a person when a yes/no question asks if it does it ("does it cause low blood"). Not a complaint told of
#: someone (``COMPLAINT``): "aplastic anemia" is a condition's name.
LOW_BLOOD = lazy_re(r"\b(?:anemi\w*|anaemi\w*|low\s+(?:blood(?!\s+(?:pressure|sugar))|platelets?|(?:blood\s+)?counts?"
                    r"|iron|hemoglobin|haemoglobin))\b")
#: "can it cause ...", "does bone marrow necrosis make you ...": a yes/no question whose subject (group "subject") is
#: the condition, the verb what it does to a person, the rest (group "what") what it would do: a symptom asked about.
ASKS_IF_IT_CAUSES = lazy_re(r"^(?:(?:so|and|but|ok|okay|also|well|hi|hey|um|oh)\s+)*"
                               r"(?:can|could|does|do|did|will|would|might|may)\s+(?P<subject>(?:[a-z]+\s+){1,5}?)"
                               r"(?:ever\s+|also\s+|really\s+|actually\s+|even\s+|sometimes\s+)?"
                               r"(?:cause|make|give|bring\s+on|lead\s+to|result\s+in|trigger)\s+(?P<what>.+)$")
#: An indirect question's "<the condition> (always) causes <a complaint>", put directly ("i was wondering if X always
#: causes pain" -> "x always causes pain"): groups as in ASKS_IF_IT_CAUSES.
TELLS_IT_CAUSES = lazy_re(r"^(?P<subject>(?:[a-z]+\s+){1,5}?)(?:always\s+|ever\s+|usually\s+|often\s+|sometimes\s+"
                             r"|also\s+|really\s+)?(?:causes|makes|gives|brings\s+on|leads\s+to)\s+(?P<what>.+)$")
#: "what else can it cause", "what problems can it give you": what the condition itself does, its symptoms.
ASKS_WHAT_IT_CAUSES = lazy_re(r"\bwhat\s+(?:else|other\s+\w+|(?:kinds?\s+of\s+|sorts?\s+of\s+)?"
                                 r"(?:problems?|symptoms?|issues?|troubles?|effects?|complaints?|things))\s+"
                                 r"(?:\w+\s+)?(?:can|could|does|do|will"
                                 r"|would|might|may)\s+(?:it|this|they|the\s+(?:disease|condition|illness))\s+"
                                 r"(?:cause|give|bring|lead\s+to|do\s+to)\b"
                                 # "what does this condition do to a child"
                                 r"|\bwhat\s+(?:does|do|will|can|could|would|might)\s+(?:it|this|that|(?:the|this|that)\s+"
                                 r"(?:disease|condition|illness|thing))\s+do\s+to\s+(?:a|the|you|u|your|him|her|them"
                                 r"|people|kids|children|someone|somebody|my|his|their)\b")
#: "what does it make", "does the marrow make blood": what something produces, no person it is done to (not "does it
#: make you tired"), nor what it changes ("does it make the outlook worse"): what the thing is and does. The subject
#: is group "subject", what follows group "what".
ASKS_WHAT_IT_MAKES = lazy_re(r"^(?:(?:so|and|but|ok|okay|also|well|hi|hey|um|oh)\s+)*"
                                r"(?:what\s+(?:else\s+|kinds?\s+of\s+\w+\s+)?)?(?:does|do|can|will)\s+(?P<subject>(?:[a-z]+\s+){1,4}?)(?:make|produce|create"
                                r"|form)\b(?!.*\b(?:worse|better|harder|easier|likelier|likely|outlook|prognosis"
                                r"|chances?)\b)(?P<what>(?!\s+(?:you|u|people|someone|somebody|a\s+person|me|him|her|them|us"
                                r"|patients|kids|children|your|my|his|their|one|it)\b).*)$")
#: "what does it do all day", "what does the marrow do normally": what something does, asked of nothing and no one
#: ("what does it do to you" asks what the condition does to a person; "what do they do for it" asks of treatment).
ASKS_WHAT_IT_DOES = lazy_re(r"^(?:(?:so|and|but|ok|okay|also|well|hi|hey|um|oh)\s+)*"
                            r"what\s+(?:does|do|can|will)\s+(?P<subject>(?:[a-z]+\s+){1,4}?)do(?P<what>(?:\s+(?:all\s+day"
                            r"|normally|usually|exactly|actually|really|anyway|then|there|for\s+(?:us|you|the\s+body|your"
                            r"\s+body)|in\s+(?:the|your|our|a)\s+(?:body|bones?)))*)\s*$")
#: Pronouns that stand for the conversation's condition as a question's subject.
TOPIC_PRONOUNS = frozenset("it this that they the disease condition illness".split())
#: A worried hedge after a question, not part of what is asked ("... or am i crazy", "... or is that something else").
HEDGE_TAIL = lazy_re(r",?\s+or\s+(?:am\s+i|im|i'm|is\s+(?:that|it|this)\s+(?:just\s+)?(?:me|silly|stupid|crazy|dumb"
                        r"|paranoid|a\s+myth|something\s+else|unrelated|separate|different))\b.*$", re.IGNORECASE)
#: A question about money (folded text): what something costs, who pays, insurance.
ASKS_MONEY = lazy_re(r"\b(?:costs?|costing|price|prices|pricey|expensive|cheap|cheaper|afford|pay|paying|paid"
                        r"|insurance|insured|medicare|medicaid|bill|bills|billing|fees?|charge|charges|dollars?)\b")
#: Words of how a question is asked and who asks it, not of what it asks about: never the content that picks a
#: sentence ("my son was diagnosed ... how do doctors treat these" asks about treatment, not sons or doctors).
QUESTION_WORDS = """mean means meaning type types kind kinds sort sorts variety varieties u ur ya yall
get gets getting got give gives giving gave one ones happen happens happened people person
someone somebody anyone thing things stuff like much many long find found done seen see look learn read tell know
need want go goes going way ways doctor doctors doc dr nurse nurses son daughter dad father mom mum mother wife
husband brother sister uncle aunt grandma grandmother grandpa grandfather friend child kid baby parent parents
family diagnosed diagnose told say said says think thought wondering wonder question questions ask asking explain
simple simply plainly clearly briefly words plain actually really usually normally exactly basically just bit
little also even still
use used uses using great main please help hi hello thanks thank bye ok okay yes yeah english
someone's anything something everything
whats hows whos wheres whens whys thats theres its im ive dont doesnt cant isnt wont mentioned heard called
named report reports show shows cause causes spread spreads affect affects treat cure make makes turn turns lead leads
trigger become develop involve has have had having enough later sometimes always ever never often typical typically
youre theyre hes shes
linked link links connected connection related relation associated association"""
#: A group of people named in general ("can kids get it", "is it different in children"), not the asker's own
#: ("my kid has it"): what the question asks about, though the word is otherwise one of who asks (QUESTION_WORDS).
GENERIC_GROUP = lazy_re(r"(?<!\bmy )(?<!\bour )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\byour )(?<!\bthe )"
                           r"(?<!\bthis )(?<!\bthat )(?<!\bthese )(?<!\bthose )\b(?:kids|children|babies|infants)\b"
                           # (the relatives of someone who has it, in general: "do the parents have symptoms", "can
                           # siblings be donors"; "my parents" is who asks)
                           r"|(?<!\bmy )(?<!\bour )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\byour )"
                           r"\b(?:parents|siblings)\b")
#: A question asking what a term is ("whats hemoglobin", "what do platelets do", "explain hematocrit"), on a folded
#: message: the term.
DEFINE_TERM = lazy_re(r"^(?:(?:ok|okay|so|and|but|also|then|now|hi|hey|um)\s+)*"
                         r"(?:(?:can|could|would) (?:you|u) (?:please )?|please )?"
                         # ("what is meant by" before "what is": its term is not "meant by X")
                         r"(?:what is meant by|what (?:is|are|s)|whats|what re|define|explain|describe|meaning of"
                         r"|what (?:does|do)(?= .+ (?:do|mean|means)$))\s+(?:an? |the )?"
                         r"(?P<term>[a-z][a-z ]{1,40}?)(?: (?:do|does|mean|means))?$")
#: Asks what a thing is for, on folded text ("what are platelets for", "whats the marrow used for"): what it does.
ASKS_WHAT_FOR = lazy_re(r"^(?:(?:ok|okay|so|and|but|then|now)\s+)*(?:what(?:\s+is|\s+are|s|'s|\s+re)|whats)\s+"
                        r"(?:an?\s+|the\s+)?[a-z][a-z ]{1,40}?\s+(?:used\s+|good\s+|needed\s+)?for\s*\??$")
#: The start of a sentence that says what a term is, on folded text: "<term> is/are ...".
DEFINES = lazy_re(r"^(?:an? |the )?(?P<term>[a-z][a-z ]{1,50}?) (?:is|are|refers to|means) (?P<next>\w+)")
#: After "<term> is": a definition ("an iron-rich protein"), not something said of it ("usually treated").
DEFINING_NEXT = frozenset({"a", "an", "the", "one", "any"})
#: A question asking which ones (a list): "which are inherited", "what other diseases", "list the", "examples of them".
ASKS_WHICH = lazy_re(r"\b(?:which|list|name (?:the|some|all)|examples? of)\b|\b(?:what|tell me (?:the|all|some)|"
                        r"are there(?: any)?) (?:other |kinds? of |types? of |sorts? of )?"
                        r"(?:\w+ ){0,3}(?:diseases|disorders|conditions|illnesses|ones|kinds|types)\b")
#: A question asking what kinds of something there are ("are there different kinds", "what types of anemia are
#: there", "how many forms"): plural only ("what type of doctor" asks for one, not a list of kinds). Folded text.
ASKS_KINDS = lazy_re(r"\b(?:kinds|types|forms|sorts|varieties|subtypes)\b")
#: "what kinds of diseases ...", "which types of leukemia": the word the kinds are of (group "of"). Folded text.
ASKS_KINDS_OF = lazy_re(r"\b(?:what|which)\s+(?:(?:different|other|main)\s+)?(?:kinds?|types?|sorts?|forms?)\s+of\s+"
                           # (the word ends its noun phrase: "what types of leukemia are there", not "what types of
                           # leukemia treatment ...")
                           r"(?P<of>[a-z]+)(?=\s*[?.!,;]|\s*$|\s+(?:are|is|there|can|could|do|does|did|will|would"
                           r"|might|may|exist|have|has|go|happen|affect|affects|come|of|in|for|with|to)\b)")
#: A sentence that says what kinds there are ("There are two main types of stem cells: ...", "many different types
#: of ..."), on folded text.
GIVES_KINDS = lazy_re(r"\b(?:two|three|four|five|six|several|many|different|main|various|other)\s+(?:\w+\s+)?"
                         r"(?:kinds|types|forms|subtypes)\b|\b(?:kinds|types|forms|subtypes)\s+(?:of\s+[\w ]+)?"
                         r"(?:include|are|:)")
#: A question whether something exists ("are there groups ...", "is there a cure"): not a yes/no about the topic.
ASKS_EXISTS = lazy_re(r"^(?:(?:hi|hey|ok|okay|so|and|but|also|well)\s+)*(?:is|are) (?:there|their)\b")
#: Words that end a longer name after the one found ("leukemia virus", "anemia syndrome", "amyloidosis type").
NAME_TAILS = """syndrome syndromes disease diseases disorder disorders virus type types deficiency cancer cancers
neoplasm neoplasms tumor tumors tumour familial visceral form forms"""
#: Verb forms, never part of a disease's name in a question ("my doctor mentioned myelofibrosis").
NOT_A_MODIFIER = lazy_re(r"(?:ed|ing)$")
#: Ways of speaking that use content words without asking about them ("going back to", "in general", "meanwhile").
FILLER_PHRASES = lazy_re(r"\b(?:(?:go|going|come|coming|get|getting|back) back to|back to (?:the|it|this|that)|"
                            # "come back", "grow back": the particle, not the back that hurts ("lower back")
                            r"(?:(?<=come )|(?<=comes )|(?<=coming )|(?<=came )|(?<=grow )|(?<=grows )|(?<=go )|"
                            r"(?<=goes )|(?<=going )|(?<=bounce )|(?<=get )|(?<=gets ))back|in general|generally|"
                            r"^(?:(?:ok|okay|so|and|now|right)\s+)*back to\b|"
                            r"in simple (?:terms|words)|in plain (?:english|words|terms)|simple words|"
                            # "what is going on in my body": what the condition is, no part of the body asked about
                            r"(?:(?:going|goes)\s+on|happening)\s+(?:in|inside|with|to)\s+(?:my|his|her|your|their"
                            r"|our|the)\s+bod(?:y|ies)|"
                            # "is there a cure or is it forever": the other side of the same question, no duration
                            r"\bor\s+(?:is\s+(?:it|this|that)\s+|will\s+(?:it|this|that)\s+(?:be\s+|last\s+|stay\s+))?"
                            r"(?:gone\s+|there\s+|here\s+)?(?:forever|for\s+good|for\s+life)\b|"
                            # "i need to understand what X is": the way of asking, not research that helps understand
                            r"\b(?:i|we)\s+(?:need|want|have|would\s+like|am\s+trying|m\s+trying|was\s+trying)\s+to\s+"
                            r"(?:understand|figure\s+out|find\s+out|work\s+out)(?=\s+(?:what|how|why|whether|if)\b)|"
                            r"my english\b.*$|as far as (?:i|we) know|right now|so much|in the first place|"
                            r"in the meantime|meanwhile|(?:(?:a|my)\s+)?(?:dumb|stupid|silly|basic|quick|daft|simple)"
                            r"\s+question)\b")
#: What a question leaves out ("other things besides blood", "apart from the marrow", "other than leukemia"): the
#: words after it are not what is asked about.
EXCLUDED = lazy_re(r"\b(?:besides|other\s+than|apart\s+from|aside\s+from|except(?:\s+for)?|not\s+counting)\s+"
                      r"(?:the\s+|its\s+|their\s+|his\s+|her\s+|my\s+|your\s+)?[a-z]+(?:\s+(?:cells?|counts?|cancers?"
                      r"|problems?|disease|diseases|marrow))?\b")
#: Asks for the name of what it describes ("my marrow makes too many red cells, what is that called", "is there a
#: name for it when ..."): the words of the request, on folded text.
ASKS_NAME = lazy_re(r"\bwhat(?:\s+is|s|'s)?\s+(?:that|this|it)\s+(?:called|named)\b|\bwhat\s+(?:do|would)\s+"
                       r"(?:you|they|doctors|people)\s+call\s+(?:that|this|it)\b|\b(?:is\s+there|whats|what\s+is)\s+"
                       r"(?:a|the)\s+(?:name|word|term)\s+for\b"
                       r"|\bwhat\s+(?:is\s+)?the\s+name\s+of\s+(?:that|this|it)\b")
#: Asks the name of a thing it describes between its words ("what's the soft part of a bone called", "what do you
#: call the cells that fight germs"): the description is group ``desc`` (folded text).
ASKS_NAME_OF = lazy_re(r"^(?:(?:so|and|ok|okay|um|hey)\s+)*(?:(?:what(?:s|'s|\s+s|\s+is|\s+are)\s+"
                       r"(?:the|a|an|that|those)\s+(?P<desc>.+?)\s+(?:called|named))|(?:(?:what\s+do|how\s+do)\s+"
                       r"(?:you|they|doctors|people)\s+call\s+(?:the|a|an|that|those)\s+(?P<desc2>.+?)))\s*\??$")
#: Asks what something is done for ("why do they do it then", "what is that used for", "what's the point of it"),
#: on folded text. ("why do people get it" asks for causes, not a purpose.)
ASKS_PURPOSE = lazy_re(r"\bwhy\s+(?:do|would|does|did|should|will)\s+"
                          r"(?:they|doctors|you|u|people|anyone|someone|he|she"
                          r"|we)\s+(?:(?:even|still|want\s+to|have\s+to|need\s+to)\s+)?(?:do|use|recommend|suggest|give"
                          r"|perform|bother)\b|\bwhat(?:s|\s+is)?\s+(?:it|that|this)\s+(?:used\s+)?for\s*\??$"
                          r"|\bwhat(?:s|\s+is)?\s+the\s+(?:point|purpose|goal|aim)\s+of\b|\bwhy\s+bother\b")
#: A sentence saying what something is for: its hope, what it is used to treat, its goal.
GIVES_PURPOSE = lazy_re(r"\b(?:best\s+hope|hope\s+for|used?\s+(?:\w+\s+){0,3}?to\s+"
                           r"(?:treat|cure|help|prevent|replace"
                           r"|relieve|control)|(?:goal|purpose|aim)\s+(?:of|is)|(?:is|are)\s+done\s+to|helps?\s+"
                           r"(?:to\s+)?(?:treat|cure|control|relieve|prevent))\b")
#: A yes/no question: answered by the sentence that speaks to the asked thing, or "the documents don't say".
YES_NO = lazy_re(r"^(?:(?:hi|hey|hello|ok|okay|so|and|but|also|well|um|oh)\s+)*"
                    r"(?:is|are|does|do|can|could|will|would|should|has|have|was|were|did|isnt|doesnt|cant)\b"
                    # "do you have information about ...", "can you tell me": asks the bot; "can you catch it from
                    # someone", "can you die from it": "you" is anyone, a yes/no question about the condition
                    r"(?!\s+(?:you|u)\b(?!\s+(?:catch|get|die|inherit|pass|spread|survive|outgrow|live)\b))")
#: The person speaks of themself: a symptom check is about their own symptoms.
FIRST_PERSON = lazy_re(r"\b(?:i|im|ive|id|me|myself)\b")
#: A complaint of the person's own (or their child's): "my ear is itchy", "i have a rash".
OWN_COMPLAINT = lazy_re(r"\b(?:i|im|ive|me|my)\b")
#: Telling a plan to ask someone ("ok i will ask her doctor", "ill call my gp"), folded: no complaint of one's own.
PLANS_TO_ASK = lazy_re(r"\b(?:i|we)\s*(?:ll|will|shall|m going to|am going to|re going to|are going to|gonna)\s+"
                       r"(?:ask|call|ring|phone|talk to|talk with|speak to|speak with|check with|see|tell|message)"
                       r"(?:\s+(?:my|our|his|her|their|the))?(?:\s+(?:doctor|doctors|doc|gp|nurse|team|care team|"
                       r"oncologist|hematologist|specialist|them|him|her))?\b")


def opens_asking_what(text: str) -> bool:
    """Whether a message (as typed) opens by asking what a term is, its fillers and the story after its first clause
    aside ("what even is DIC, nobody explained it to me", "what is ALL anyway i keep nodding when they say it")."""
    first = fold(MESSAGE_CLAUSE_END.split(text.strip(), maxsplit=1)[0])
    return bool(DEFINE_TERM.match(" ".join(w for w in first.split() if w not in FILLER_WORDS)))


def ends_asking_what(text: str) -> bool:
    """Whether a message of several sentences (as typed) ends with one asking what a term is, in its own words and
    not of the topic ("it says sickle cell can be behind it. what is sickle cell anemia"): what it asks is that
    term, whatever the sentences before it point back at."""
    sentences = [s for s in MESSAGE_SENTENCE_END.split(text.strip()) if s.strip()]
    return len(sentences) > 1 and opens_asking_what(sentences[-1]) \
        and not POINTS_AT_TOPIC.search(fold(sentences[-1]))


def tells_own_complaint(folded: str) -> bool:
    """A message (folded) speaking of the person themselves (``OWN_COMPLAINT``), a plan to ask someone aside."""
    return bool(OWN_COMPLAINT.search(PLANS_TO_ASK.sub(" ", folded)))


#: A word this close (rapidfuzz ratio) to one of the intents' own words is that word, typed with a typo.
TYPO_SCORE = 85.0


def misspelt(word: str, words: Iterable[str]) -> bool:
    """A word typed with a typo for one of ``words`` ("wat" for "what", "expain" for "explain"): the one test of it."""
    from rapidfuzz import fuzz, process

    return len(word) >= 3 and process.extractOne(word, words, scorer=fuzz.ratio, score_cutoff=TYPO_SCORE) is not None

#: An unknown word this close to a word of a name is that word misspelt ("ocld urtiacria" is "cold urticaria").
NAME_TYPO_RATIO = 75.0

# Everyday words -> the words the documents use for the same thing, added to what a question asks about when
# retrieval ranks a document's sentences and when coverage counts the asked words ("medicines" and "drugs").
# General vocabulary only; a word is used only when the document being read uses it.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "medicine": ("drugs", "drug"), "medicines": ("drugs", "drug"), "medication": ("drugs", "drug"),
    "medications": ("drugs", "drug"), "meds": ("drugs", "drug"), "info": ("information",),
    # Going home after a stay in hospital is what the documents call a discharge ("Bone marrow transplant -
    # discharge").
    "home": ("discharge",),
    # Reading in Spanish is reading in a language other than English.
    "pills": ("drugs",), "chemo": ("anticancer", "chemotherapy"),
    "fast": ("quickly", "rapidly"), "faster": ("quickly", "rapidly"), "slow": ("slowly",), "slower": ("slowly",),
    # Passing from one person to another: what the documents call contagious, or catching it (not "spreads": a
    # cancer spreads into the marrow).
    "catch": ("contagious",), "caught": ("contagious",), "catching": ("contagious",), "contagious": ("catch",),
    # Turning into another illness ("turn into" is read "develop into") is progressing to it.
    "develop": ("progress",), "develops": ("progress", "progresses"),
    # Whether it can be put right, or stays for good: what the documents say of a cure.
    "fixed": ("cure", "treated"), "fixable": ("cure", "treated"),
    "curable": ("cure", "cured"), "incurable": ("cure",),
    "kid": ("children", "child"), "kids": ("children", "child"), "child": ("children",), "teen": ("children",),
    "teenager": ("children",), "baby": ("children", "infants"), "babies": ("children", "infants"),
    "grownups": ("adults",), "tired": ("fatigue",), "tiredness": ("fatigue",), "exhausted": ("fatigue",),
    "heal": ("recover", "recovery", "regenerate", "thrive"), "heals": ("recover", "regenerate", "thrive"),
    "healed": ("recover", "thrive"), "healing": ("recovery", "thrive"), "healthy": ("thrive",),
    "recover": ("recovery", "thrive"), "recovers": ("recovery", "thrive"), "regrow": ("grow", "thrive"),
    "reason": ("cause",), "reasons": ("cause", "causes"), "why": ("cause",),
    "operation": ("transplant", "surgery"), "surgery": ("transplant",), "complication": ("complications",),
    "old": ("age", "adults"), "older": ("age", "adults"), "elderly": ("age", "adults"), "young": ("age", "children"),
    "inherited": ("genetic", "genetics", "inherit"), "inherit": ("genetic", "genetics"),
    "hereditary": ("genetic", "genetics"),
    # "is it genetic" asks whether it is passed on: what the documents say of its inheritance.
    "genetic": ("inherited", "inheritance"), "genetically": ("inherited", "inheritance"),
    "genes": ("genetic", "genetics"), "surroundings": ("environmental",),
    # Lay words for how the documents describe a tissue ("the soft stuff inside bones": "the spongy tissue").
    "soft": ("spongy",), "squishy": ("spongy",), "jelly": ("spongy",), "mushy": ("spongy",), "stuff": ("tissue",),
    "goo": ("tissue",),
    "illness": ("disease", "disorder", "condition"), "illnesses": ("diseases", "disorders", "conditions"),
    "sickness": ("disease",), "bloodwork": ("laboratory", "blood"), "labs": ("laboratory",), "lab": ("laboratory",),
    "tests": ("laboratory", "findings"),
    # What a test shows: the documents call the results of tests their findings.
    "results": ("findings",), "result": ("findings",),
    "studies": ("research", "trials"), "journals": ("journal", "articles"),
    # Everyday words for infections, outlook, donors, pain, lab enzymes, clotting.
    "germs": ("infections", "infection"), "germ": ("infections", "infection"),
    "bacteria": ("infections", "infection"), "bugs": ("infections", "infection"),
    "viruses": ("infections", "infection"), "virus": ("infection", "infections"),
    "recovered": ("recovery", "thrive"), "recovering": ("recovery", "thrive"),
    "outlook": ("prognosis",), "worse": ("prognosis",), "worst": ("prognosis",),
    "chances": ("prognosis", "chance"), "survive": ("survival",),
    "deadly": ("survival", "prognosis"), "fatal": ("survival", "prognosis"),
    "donor": ("donors", "donate"), "donors": ("donor", "donate"), "donate": ("donor", "donors"),
    "donates": ("donor", "donors"), "donating": ("donor", "donors"), "teenagers": ("children",), "teens": ("children",),
    "hurt": ("pain",), "hurts": ("pain",), "ache": ("pain",), "aches": ("pain",), "yellow": ("jaundice",),
    "enzymes": ("dehydrogenase", "phosphatase"), "enzyme": ("dehydrogenase", "phosphatase"),
    "bleeding": ("clotting", "bleeding"), "clots": ("clotting", "clot", "thrombosis"),
    "clotting": ("coagulation", "clotting"),
    "lungs": ("pulmonary",), "lung": ("pulmonary",),
    # How blood reaches a tissue (its flow, its supply) is what the documents call its circulation.
    "flow": ("circulation",), "supply": ("circulation",),
    # A test's numbers gone up are what the documents call its elevated levels.
    "numbers": ("levels",), "raised": ("elevated",),
    "treatable": ("treatment", "treated"), "untreatable": ("treatment", "treated"),
    # How risky or safe something is (the documents speak of its risks and complications), whether it passes from
    # person to person, and skin and bathing words.
    "dangerous": ("risks", "risk", "serious", "complications"), "danger": ("risks", "risk", "serious"),
    "risky": ("risks", "risk", "serious", "complications"), "unsafe": ("risks", "risk"),
    "safe": ("risks", "risk"), "safety": ("risks", "risk"), "harmful": ("risks", "risk", "complications"),
    "infectious": ("contagious",),
    "itchy": ("itching", "itch"), "itch": ("itching",), "itches": ("itching",), "scratchy": ("itching",),
    "spray": ("pesticides",), "sprays": ("pesticides",), "weedkiller": ("pesticides", "herbicides"),
    "insecticide": ("pesticides",), "insecticides": ("pesticides",), "bugspray": ("pesticides",),
    "shower": ("water", "bath", "bathing"), "showers": ("water", "bath", "bathing"), "bath": ("bathing", "water"),
    **BRANDS,  # a medicine's brand name is its generic name ("gleevec": imatinib)
}
# Stems this long or longer that one is the start of the other are forms of one word ("environ"/"environment").
RELATED_STEM_MIN = 6
# A stem this long inside a longer word of a document is that word's root ("parathyroid" in "hyperparathyroidism",
# "coagulat" in "hypercoagulable"): a word asked about that the document only uses with a prefix.
INSIDE_STEM_MIN = 8

#: Where a typed message's sentences end (people type lower case after a full stop, unlike the documents).
MESSAGE_SENTENCE_END = lazy_re(r"(?<=[.?!])\s+|(?<=[.?!]['\"\u2019\u201d)\]])\s+")
#: Where a long message's clauses end: sentence ends, semicolons and commas (people run questions on with commas).
#: (a closing quote or bracket after the mark ends the clause too: "the report says 'no tissue seen.' what is it")
MESSAGE_CLAUSE_END = lazy_re(r"(?<=[.?!;,])\s+|(?<=[.?!;,]['\"\u2019\u201d)\]])\s+")
#: A clause that starts as a question does ("and what usually causes it", "can you tell me what X is").
QUESTION_START = lazy_re(r"^(?:(?:and|but|so|ok|okay|also|then|please|just|hi|hello|hey|well|now)\s+)*"
                            r"(?:what|whats|how|hows|why|when|where|which|who|whos|is|are|does|do|did|can|could|"
                            r"will|would|should|has|have|isnt|doesnt|tell\s+me|explain|describe)\b")
#: Words that ask, anywhere in a clause ("im trying to understand ... what is it and why ...").
ASKING_WORDS = lazy_re(r"\b(?:what|whats|how|why|which|tell\s+me|explain|describe|wondering|understand)\b")


def _everyday_words() -> frozenset[str]:
    from importlib import resources

    text = (resources.files("marrowbot.text") / "everyday_words.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


#: Words that say how recent, how good or where something asked for is ("any recent articles", "the latest
#: trials", "a reliable website"), or that there is a choice ("treatment options"): they qualify the kind of
#: question asked, never name a subject of their own.
QUALIFYING_WORDS = frozenset("recent recently latest newest current currently modern reliable trustworthy "
                             "useful helpful online nearby local option options choice choices".split())
#: The words of a formal letter's courtesy and of asking formally ("might i enquire", "the customary outlook",
#: "with gratitude", "yours faithfully"): how a question is put or a letter signed, never a subject of its own.
FORMAL_WORDS = frozenset("""enquire enquiring enquiry enquiries inquire inquiring inquiry customary customarily
    gentleman gentlemen madam sir sirs gratitude grateful obliged faithfully sincerely respectfully regards kindly
    humbly furthermore moreover additionally lastly firstly secondly thirdly finally whereby thereof therefore hence
    thus regarding concerning pertaining presently shortly retd retired esteemed correspondence reply replies
    forgive pardon heartfelt""".split())
#: Words of how often or how likely something is ("who tends to get them", "who typically gets it", "is it
#: generally inherited"): they say how a question is asked, never name a subject of their own.
FREQUENCY_WORDS = frozenset("""tend tends tended tending tendency usually usual typically typical commonly
    generally mostly mainly normally frequently frequent occasionally seldom rarely likely unlikely likelihood
    probably possibly""".split())
#: Everyday English words (everyday_words.txt, with the person words people type: "ppl", "folks", and the
#: qualifying, frequency and formal words above): in a follow-up, how a question is asked ("what would someone
#: notice", "what do they give"), never a subject the documents lack.
EVERYDAY = _everyday_words() | frozenset("ppl folks someone somebody anybody anyone".split()) | QUALIFYING_WORDS \
    | FREQUENCY_WORDS | FORMAL_WORDS


#: Words a list's lead-in ends with when it has no colon ("There are different types of leukemia, including").
_LEAD_IN_WORDS = frozenset({"include", "includes", "including", "following", "like"})


#: A sentence that names several things itself ("Treatment for X includes supportive care, drug therapy, and stem
#: cell transplantation"): a summary of its section, not one side of it.
_NAMES_SEVERAL = lazy_re(r"\b(?:includes?|including|such as|using)\b(?=.*(?:,|\band\b|\bor\b))", re.IGNORECASE)


def names_several(text: str) -> int:
    """For a sentence that lists what it speaks of inline ("... include bone pain, fever, and jaundice"): where its
    list begins (what comes before says what the list is of); 0 for any other sentence."""
    m = _NAMES_SEVERAL.search(text)
    return m.start() if m else 0


#: A sentence announcing what follows it ("Studies have identified the following risk factors for leukemia."): the
#: list after it is what it speaks of.
_NAMES_THE_FOLLOWING = lazy_re(r"\bthe following\b[^.:;]*\.$", re.IGNORECASE)


def leads_into_list(text: str) -> bool:
    """True for a sentence that introduces the list after it: it ends in ":" or in a word no sentence ends
    with ("...symptoms, such as", "...types of leukemia, including", "Tests for"), or announces "the following"."""
    text = text.rstrip()
    if text.endswith(":") or _NAMES_THE_FOLLOWING.search(text):
        return True
    if not text or not text[-1].isalpha():
        return False
    last = text.rsplit(None, 1)[-1].lower()
    return last in _STOPWORDS or last in _LEAD_IN_WORDS
#: Words that only lean on a question ("what even is it", "what does it actually do"): the intent model reads the
#: question without them, so that "what is it" is read as it is asked with or without them.
FILLER_WORDS = frozenset("even actually exactly really just basically literally honestly anyway anyways "
                         # slang that only leans on a question ("ok fr tho what is it", "ngl what causes it")
                         "fr frfr ngl tbh lowkey highkey tho though deadass bruh istg".split())
#: Words that only stress a question's subject ("what does it actually make", "what does marrow normally do"): the
#: fillers, and how often it is done.
SUBJECT_FILLERS = FILLER_WORDS | {"normally", "usually"}
#: A sentence asking only what the thing told of is ("what even is that", "whats this", "what does that mean"). Folded
#: text, after its last sentence break.
ASKS_WHAT_IT_IS = lazy_re(r"^(?:(?:so|and|but|ok|okay|um|hmm|well)\s+)*(?:what\s+(?:(?:even|exactly|actually|really)"
                             r"\s+)?(?:is|s)|whats|what's)\s+(?:(?:even|exactly|actually|really)\s+)?(?:it|that|this)"
                             r"(?:\s+(?:thing|disease|condition|illness|word|stuff))?"  # ("what is this thing")
                             # (and who found or said it: "what is this thing they found")
                             r"(?:\s+(?:they|he|she|we|you|(?:the|my|his|her|our)\s+(?:doctors?|specialists?|team"
                             r"|hematologist|consultant|report|biopsy|results?))\s+(?:just\s+)?(?:found|said|called"
                             r"|mentioned|named|saw|wrote|described|diagnosed|told\s+(?:us|me|him|her)(?:\s+about)?))?"
                             r"(?:\s+(?:exactly|even|actually|then|now|anyway))?\s*[?.!]*$"
                             r"|^(?:(?:so|and|but|ok|okay)\s+)*what\s+does\s+(?:it|that|this)\s+(?:even\s+|actually\s+)?"
                             r"mean\s*[?.!]*$")


def asks_if_it_is(folded: str) -> bool:
    """ASKS_IF_IT_IS, except a relation question ("can that be tied to X") that tells no complaint or finding of a
    person: that one asks how two conditions relate. Folded text."""
    if COMPLAINT.search(folded) or TELLS_A_FINDING.search(folded):
        return bool(ASKS_IF_IT_IS.search(folded))
    return any(not ASKS_IF_TIED.match(folded, m.start()) for m in ASKS_IF_IT_IS.finditer(folded))
