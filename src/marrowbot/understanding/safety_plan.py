"""Which crises call for the emergency number as well as the crisis line (issue 9): once a crisis is established,
a time set, a plan worked out, methods looked up, means at hand, an attempt under way or a farewell. The decision
(``understanding.safety.decide``) asks ``calls_for_the_number`` besides its own plan and preparation words, and
``said_now`` for a crisis said as a whole idea (a wish to be dead, no future, a final farewell) by the writer now."""

from __future__ import annotations

import re

from marrowbot.memory import remembered
from marrowbot.text.lazy import gated_re
from marrowbot.text.safety_clauses import told_now
from marrowbot.text.safety_stories import general_question, helping_other, joking
from marrowbot.understanding.safety_number import calls_first_too
from marrowbot.understanding.safety_preparation import prepared as prepared

#: ... and, once a crisis is established, what else calls for the emergency number first (read where no negation
#: governs it: "i have not worked out how or when" plans nothing), from the Columbia screener's questions 4-6 and the
#: 988 warning signs: a time set (a day, tonight, "once the kids are at school", "by the time anyone reads this"),
#: a plan worked out ("every step", "how and when", "decided"), methods looked up, means acquired or at hand (a gun
#: bought, a rope, bleach, "everything ready", "right here"), a height or a road, an attempt under way (taken,
#: bleeding, cut deep) and a farewell ("forgive me", "it was not their fault", "final message", "not answering").
_CALL_FIRST = re.compile(
    r"\b(?:(?:^|(?:on|this|next|by|until|till|before|after) )"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tonights?|"
    r"(?<!wake up )(?<!waking up )(?<!woke up )tomorrow|next week|its happening|the anniversary|"
    r"pick (?:a|the) day|picked (?:a|the) day|(?:its )?almost time|(?:its|it is) time|"
    r"once (?:the|my|everyone|he|she|they)|before anyone|by the time|"
    r"lunes|martes|miercoles|jueves|viernes|sabado|domingo|(?<!amanecer )manana|esta noche|(?:la )?proxima semana|"
    r"(?:este )?fin de semana|"
    r"(?<!not )(?<!never )(?:worked|figured|thought|planned) (?:it |it all |everything |all )?(?:out|through)|"
    r"all (?:planned|figured|worked)|"
    r"every step|how and when|when and where|exactly (?:how|what|where|when|which)|know (?:how|where|when|which)|"
    r"i (?:have )?decided|decided to|ya decidi|planead[oa]|lo he pensado|ill do it|i will do it|"
    r"methods?|ways? to (?:die|end|kill|go)|how to (?:die|end|kill)|lethal|deadly|"
    # (a painless way, not a painless lump or swelling)
    r"painless(?:ly| ways?| methods?| death| end| options?| exit| to die)|"
    r"(?:ways?|methods?|options?|which) (?:\w+ ){0,3}?(?:are |is )?painless|"
    r"(?:research\w*|look(?:ed|ing)? up|googl\w*|search\w*) (?:\w+ ){0,3}?"
    r"(?:how|ways?|methods?|doses?|lethal|overdos\w*|pills?|rope|gun|bridges?|heights?)|"
    r"bought|got (?:a|the) (?:gun|rope)|"
    r"ropes?|noose|bleach|soga|everything (?:ready|i need)|what i need|all i need|todo (?:listo|lo necesario)|"
    r"lo necesario|listo|lista|frasco|morfina\w*|fentanyl\w*|fentanilo|oxy\w*|medicine cabinet|botiquin|right here|"
    r"aqui mismo|roof|rooftop|balcony|railing|overpass|motorway|highway|into the sea|into traffic|techo|azotea|"
    # (a height at hand as a balcony is: "sitting by the open window", "on the window ledge")
    r"open window|window ?(?:ledge|sill)|ventana abierta|"
    r"took (?:everything|them all|it all|all of)|me tome|tomarmelas|cut (?:deep|up)|deep cut|stitches|bleeding|"
    r"sangrando|(?:deja|para) de sangrar|"
    r"(?:will|ill) be gone|be gone|gone soon|when i am gone|be soon|forgive me|perdon(?:a|e|en)(?:me)?|me perdone\w*|"
    r"last night on earth|final message|over for me|done now|take care|tell (?:my|her|him|them)|diganle|"
    r"ultima vez|other side|thanks? (?:you )?for trying|me despido|unlocked|find me|love you all|"
    r"suicide notes?|notes|my will|arrangements|actually do|despues de (?:la|mi|el) (?:ultima|proxima|siguiente)|"
    r"after (?:my|the) (?:last|next|final)|"
    # ... round 7: a day or a moment chosen in Spanish, means being gathered, a method said with the self it is for,
    # the steps written, a time when no one is there, affairs wound up (accounts deleted, money moved, "all sorted")
    # and farewells that read as final ("done trying", "at peace now", "if you are reading this", a pet entrusted).
    r"(?:escog\w*|eleg\w*|elegi|fij\w*|tengo) (?:ya )?(?:el|la) (?:dia|fecha|momento|sitio|lugar|hora)|"
    r"gracias por intentarlo|tengo pensado|lo voy a hacer|"
    r"voy a hacerlo|(?:guard|junt|acumul|ahorr|escond)\w* (?:\w+ ){0,2}?(?:medicinas|medicamentos|pastillas|pildoras)|"
    r"(?:saving|saved|collecting|collected|keeping|kept|hiding|hid|stashing|stashed) (?:up )?(?:\w+ ){0,2}?"
    r"(?:pills|tablets|meds|medication|painkillers|patches|insulin)|"
    r"hose\w*|exhaust|charcoal|carbon monoxide|manguera|carbon|"
    r"(?:shoot|hang|drown|stab|poison|gas|overdose|electrocute) (?:myself|himself|herself|themselves|themself)|"
    r"(?:dispar|ahorc|colg|envenen|avent)ar(?:me|se)|tirar(?:me|se) (?:de|del|por|al|a las)|"
    r"(?:written|wrote|writing) (?:out |down )?(?:the |all the |my )?steps|(?:i am|im) doing it|"
    r"(?:going to|gonna) do it|(?:when|while|once) (?:the (?:house|flat|place) is empty|(?:every ?ones?|every ?body|"
    r"every body s|nobody|no ?one) (?:is |s |are |has |have )?(?:out|gone|away|asleep|left|at work))|"
    r"cuando (?:\w+ ){1,3}?(?:salga\w*|se vaya\w*|se vayan|no este\w*|se duerma\w*|este\w* dormid\w*)|"
    r"delet\w* (?:\w+ ){0,2}?(?:social media|accounts?|profiles?|facebook|instagram)|"
    r"(?:savings|money|house|car|accounts?) (?:into|in|to|over to) (?:my|her|his|their) (?:\w+ )?names?|"
    r"(?:its |it is |everything is |everything |all )sorted|(?:deje|tengo) todo (?:en orden|arreglado|listo)|"
    r"done (?:trying|fighting)|(?:i am|im) done$|at peace now|(?:if|when) (?:you are|youre|anyone is|someone is) "
    r"reading this|look after my|cuiden a mi|(?:i|we) tried$|tried (?:again|and failed)|"
    # ... round 36: the fear of acting on it (the writer no longer sure of holding back: "afraid i might do it", "do
    # not trust myself", "tengo miedo de hacerlo"), someone shut in alone (locked in a room, barricaded, "se encerro
    # en el bano", "no abre la puerta") and a stated intent in Spanish ("se va a suicidar", "me voy a matar"): each
    # is immediate danger once a crisis is established
    r"(?:scared|afraid|frightened|terrified|worried|fear|petrified) (?:\w+ ){0,2}?(?:i|he|she|they) (?:will|ll|might|"
    r"may|am going to|is going to|are going to|could|would) (?:actually |really )?(?:act on|do (?:it|something|"
    r"anything)|go through with)|"
    r"miedo (?:de|a) (?:que )?(?:hacerlo|lo haga|hacer algo|no poder (?:parar|detenerme))|"
    r"locked (?:(?:myself|himself|herself|themselves|themself) )?(?:in|inside)|(?:door|doors) (?:is |are )?locked|"
    r"barricad\w*|se (?:ha )?encerr\w*|(?:esta|estan) encerrad[oa]s? en|"
    # (a weapon at hand, "she has a knife", "tiene un cuchillo": means at hand whatever else the threat is tied to)
    r"(?:has|have|got|holding|tiene|tengo|tienes|agarr\w*) (?:a |an |the |his |her |my |un |una |el |la |su |mi )?"
    r"(?:knife|knives|gun|pistol|rifle|blade|razor|cuchillo|navaja|pistola|arma|escopeta)|"
    # (not a threat on a condition, "se va a matar si el trasplante no funciona": no time set)
    r"(?:me|se|te) (?:va|vas|voy|van) a (?:suicidar|matar|quitar la vida)(?! si\b)|"
    r"(?:va|vas|voy|van) a (?:suicidar|matar|quitar)(?:me|se|te)(?! si\b)|"
    # ... round 37: a place chosen ("picked a spot", "found the place"), a time set by the dark, a railway, a height
    # told by its floor or looked down from ("piso 12", "12th floor", "mirando para abajo") and the fear of what one
    # will do ("scared of what i might do today", "miedo de lo que voy a hacer")
    r"(?:picked|chosen|chose|found|scouted) (?:out )?(?:a|the|my) (?:spot|place|location|site)|"
    r"after dark|(?:once|when) it (?:gets|is) dark|cuando (?:oscurezca|anochezca|se haga de noche)|"
    r"railway|rail(?:way)? line|train (?:tracks|line)|(?:la |las )?vias? del tren|"
    r"balcon|cornisa|barandal|barandilla|\d+(?:st|nd|rd|th) floor|piso \d+|"
    # ... round 38: a time told as now or as before the act ("do it now while", "before i kill myself", "this is the
    # last night", "will not be for much longer"), the top of a tall building ("the top of the multi storey car
    # park"), a message left for whoever finds it ("if anyone reads this") and methods looked up in Spanish
    r"do it (?:now|right now|today|tonight|soon)|"
    r"before i (?:go(?! (?:through|for|to|in|into|on|back|home|out|under)\b)|kill myself|end (?:it|my life)|do it|die)|"
    r"(?:this is|it is|tonight is) (?:my |the )last (?:night|day|time|message)|last (?:thing|message|words?) i "
    r"(?:will )?ever|(?:not|wont|will not) be (?:here |around )?(?:for )?(?:much|very|a lot) longer|"
    r"(?:top|edge|roof) of (?:the|a|this) (?:\w+ ){0,2}?(?:car park|building|tower|block|multi storey|parking|"
    r"hospital|cliff|quarry|dam)|multi ?storey|"
    r"(?:if|when) (?:anyone|anybody|someone|somebody|you|my \w+) (?:ever |later )?(?:reads?|finds?) this"
    r"(?!(?: \w+){0,3}? sorry (?:for|about) (?:the|this|my) (?:long|rambling|message|post|essay|rant))|"
    r"(?:busc|investig)\w* (?:\w+ ){0,4}?(?:formas?|maneras?|metodos?|como) (?:\w+ ){0,3}?(?:de )?(?:suicid|matar|"
    r"morir|quitar)\w*|"
    r"(?:looking|staring|mirando) (?:down|para abajo|hacia abajo|abajo)|"
    r"(?:scared|afraid|frightened|terrified|miedo) (?:of|de) (?:what|lo que) (?:i|voy a|pueda|puedo|vaya a|me voy a) "
    r"(?:\w+ )?(?:do|hacer|hacerme)|"
    # ... round 39: the method gone over ("how i would do it"), a message said to be the last one written, and an
    # intent stated in English as in Spanish ("i am going to take my own life"; not on a condition, "... if", nor
    # "take my life back" after treatment)
    r"(?:how|where|when) i (?:would|will|am going to|could|might) (?:actually )?do it|"
    # ... the thoughts' acting on told (the screener's question of intent: "i think i might actually act on it")
    r"(?<!not think )(?<!not know if )i (?:might|will|am going to|could|may) (?:actually |really |finally )?act on "
    r"(?:it|them|(?:these|those|the|my) thoughts)|"
    r"(?:the )?last (?:thing|message|words?|post|text) i (?:will )?(?:ever )?(?:write|send|say|post|type)|"
    r"(?:i am|i will|i am about to) (?:going to |gonna |about to )?(?:take my (?:own )?life|kill myself|"
    r"end my (?:own )?life)(?! if\b| back\b))\b")
#: The writer unable to keep safe from themself ("i can not keep myself safe", "no puedo mantenerme a salvo"): a
#: crisis in the words of a safety plan, whatever emergency words come with it: self-harm said (crisis_said).
UNSAFE_SELF = (r"(?:can not|could not|unable to|not sure (?:if )?i can|do not know if i can|do not think i can) "
               r"(?:keep|stay) (?:myself|me) safe|(?:no puedo|no se si puedo|no soy capaz de) "
               r"(?:mantenerme|estar|sentirme) a salvo")
_UNSAFE_SELF_RE = re.compile(rf"\b(?:{UNSAFE_SELF})\b")
#: ... and the farewells said with a negation ("it was not their fault", "they will not have to deal with it", "ya no
#: van a saber de mi"), read on the plain normal form.
_CALL_FIRST_SAID = re.compile(
    r"\b(?:(?:not|was not|is not) (?:your|their|his|her|anyones?) fault|no es (?:su|tu) culpa|(?:will not|wont) matter|"
    r"(?:no one|nobody|they|my family|family) (?:has|have|will have|will not have|wont have) to deal|"
    r"(?:will not|wont) be a need|no longer need|ya no van a saber|no me busquen|"
    r"ya no (?:lo|la|los|las|me) (?:voy|van) a|not answering|no contesta|"
    r"none of (?:this|it|that) (?:was|is) (?:your|their|his|her|anyones?|any ones?) fault|"
    r"(?:nobody|no one|no ones?|not anyones?)s? fault|nadie tiene la culpa|no fue (?:su|tu) culpa|"
    # ... round 36: the writer no longer trusting themself, or someone shut in who will not open the door
    r"(?:can not|do not|no longer) trust (?:myself|himself|herself|themselves)|"
    r"not safe (?:with|around|from|by) (?:myself|himself|herself|themselves)|"
    r"(?:will not|wont|does not|do not|is not|can not) (?:open|unlock|answer) the door|"
    r"no (?:me |nos )?(?:abre|quiere abrir)(?: la puerta)?|"
    # ... round 37: a farewell that clears the others in other words ("you did nothing wrong"), or that tells them
    # they will understand its silence ("if i do not reply tomorrow you will know why")
    r"(?:you|they|he|she|nobody|no one) (?:did|have done|has done) nothing wrong|"
    r"(?:tu|usted|ustedes|no) (?:no )?(?:hiciste|hizo|hicieron) nada (?:malo|mal)|"
    r"(?:you will|youll|you ll|they will|theyll|you would|everyone will) (?:all )?(?:know|understand) why|"
    r"(?:(?:vas|van) a saber|sabras|sabran|sabreis) (?:por que|porque)|"
    # ... round 39: the writer unable to keep safe or to hold off any longer ("i can not keep myself safe", "no
    # puedo mantenerme a salvo", "not sure i can hold off much longer"), and someone who said it and cannot be
    # reached now ("now she is offline and not picking up", "ya no esta conectada")
    rf"{UNSAFE_SELF}|"
    r"(?:can not|could not|not sure (?:if )?i can|do not know if i can|do not think i can|no puedo|no se si puedo) "
    r"(?:hold (?:off|on|out|back|it together)|resist|fight (?:it|this)|aguantar(?:me)?|resistir) "
    r"(?:for )?(?:much |any |mucho )?(?:longer|more|mas)|"
    r"not picking up|(?:is|s|has gone|went) offline|(?:ya )?no (?:esta|sigue) (?:conectad[oa]|en linea)|"
    r"no (?:coge|contesta|responde) el (?:telefono|movil|celular))\b")


def calls_for_the_number(normal: str, affirmed: str) -> bool:
    """``normal``: the message's safety normal form; ``affirmed``: the same with every negated word blanked. (A time
    said of a wish, "i wish i could die while everyone is asleep", is what is wished for, not a time set: read away.)"""
    told = _WISHED_WHEN.sub(" ", affirmed)
    return bool(_CALL_FIRST.search(told) or _CALL_FIRST_SAID.search(normal)) or calls_first_too(told)


#: A wish to die and the circumstance wished with it ("wish i could die while everyone is asleep", "hope i just go in
#: my sleep when nobody is around"): passive ideation, its "while" or "when" no time set.
_WISHED_WHEN = re.compile(r"\b(?:wish\w*|hop(?:e|es|ed|ing)|pray\w*) (?:\w+ ){0,4}?(?:die|dead|pass away|slip away|"
                          r"not wake up|never wake up|go)\b(?: \w+){0,4}? (?:while|when|once)\b.*")


# --- a crisis said without the words the detectors learnt it from ------------------------------------------------
# The Columbia screener's first questions and the 988 warning signs name whole ideas, not words: a wish to be dead
# or not to wake up (passive ideation, said around anything: a transfusion, a bus, the morning), no future at all
# (hopelessness, no reason to live) and a farewell. Each is read as a construct (a wish word with a death or absence
# word near it, in either order; "no future" said any way; a farewell that is final), not as a list of sentences.

#: A wish, or not minding: what turns a death or an absence into passive ideation.
_WISH = (r"(?:wish\w*|hop(?:e|es|ed|ing)|pray\w*|easier|better|relief|relieved|welcome|not mind|not care|"
         r"(?:be |is |would be )(?:fine|ok|okay|glad)|"
         r"(?:would|it would|itd|it d) be (?:so |really )?(?:nice|lovely|bliss)|"
         r"ni modo|me haria un favor|"
         r"(?:feels?|felt|would (?:be|feel)) peaceful|"
         r"not be (?:the )?(?:worst|so bad)|not be a bad thing|want|wanted|wanting|"
         r"part of me (?:just |still |really )?wants|"
         r"ojala|quisiera|quiero|queria|esperando|espero|preferiria|prefiero|no me importaria|mejor|alivio|"
         r"dese(?:o|ando|aria|aba|ara)|"
         # "si me muriera hoy estaria bien", "me daria igual morirme": not minding, in Spanish
         r"(?:estaria|seria) (?:bien|un alivio|lo mejor)|(?:me )?daria igual)")
#: ... death, the heart stopping, an accident that would end it, being gone or not here.
_GONE = (r"(?:dead|die|died|dying|death|not (?:to )?wake(?: up)?|never wake(?: up)?|"
         r"(?:heart|breathing) (?:\w+ ){0,4}?(?:stop\w*|gave out|gives out|give out)|"
         r"(?:cancer|leukemia|leukaemia|myeloma|disease|infection|illness) (?:just |would |to )?"
         r"(?:wins?|takes? me|took me)|"
         r"stop(?:ped|s)? (?:breathing|beating|existing)|hit by|run over|"
         r"(?:truck|lorry|car|bus|van|train) (?:\w+ )?(?:hits?|ran|runs|ploughed into) (?:me|into me)|"
         r"corazon (?:\w+ ){0,3}?(?:pare|parara|detenga|detuviera|deje de latir|dejara de latir)|"
         r"not (?:make it|survive\w*|pull through)|(?:finish\w*|polish\w*) me off|"
         r"(?:god|he|it|someone|something) (?:\w+ ){0,2}?(?:take|takes|took) me|"
         r"not (?:be )?(?:here|around|alive)|(?:be |was |were )gone|not exist\w*|disappear\w*|fad(?:e|ing) out|"
         r"go to sleep (?:and not|forever)|sleep forever|(?:fall|falling|fell) asleep (?:forever|for good|and never)|"
         r"morir\w*|muriera|muriese|muert[oa]|muerte|no despertar\w*|atropell\w*|no (?:tener que )?vivir|"
         r"dejar de (?:existir|vivir)|desaparecer)")
_WISHED_DEAD = re.compile(
    rf"\b{_WISH}\b(?:\s+\S+){{0,6}}?\s+{_GONE}\b|\b{_GONE}\b(?:\s+\S+){{0,6}}?\s+{_WISH}\b|"
    # ... or sorry to wake, or to be alive still: "disappointed i woke up again", "me da pena despertar"
    r"\b(?:disappointed|annoyed|upset|angry|sad|sorry|pena|triste)\b(?:\s+\S+){0,3}?\s+(?:i |that i )?"
    r"(?:woke|wake|despert\w*|(?:am |was )?still (?:alive|here)|sigo vivo|sigo viva)\b|"
    # ... or envying the dead, or glad to change places with them ("i envy the people in the death notices", "i would
    # gladly trade places with my nan in the churchyard"; not those who passed a test: "... who passed their exams")
    r"\b(?:envy|envying|envious of|jealous of|(?:swap|swapping|trade|trading|change|changing) places with)\b"
    r"(?:\s+\S+){0,6}?\s+(?:the dead|dead people|(?:the )?obituar\w*|death notices|(?:the )?(?:cemetery|graveyard|"
    r"churchyard|grave)|in (?:heaven|the ground)|(?:who|that) (?:have |has )?(?:died|passed(?! (?:the|their|his|her|"
    r"my|our|your|a|an|all|every|exams?|tests?|driving|first)\b)))\b|"
    # ... or wishing for an accident, a crash, a fatal infection
    rf"\b{_WISH}\b(?:\s+\S+){{0,4}}?\s+(?:an? )?(?:\w+ )?(?:accident|crash|infection)\b|"
    # the writer's thoughts of ending it now, plan or none (Columbia screener, question 2: "i think about ending it
    # all most days"; not "had thoughts of it years ago", nor a friend's)
    # (... the thinking told in a longer clause, "i sat in the car for an hour thinking about ...", and the end said
    # as not going on or finishing things oneself)
    # (no one else thinking in between, and no question: "how would i recognize if my friend is thinking ...")
    # (... "i was thinking" told of now, and the subject left out at the start: "honestly thinking about ...")
    r"\b(?:i (?:was |am |have been |ve been )?(?:(?!(?:if|whether|how|what|why|he|she|they|someone|somebody|is|are|"
    r"was|were)\b)\w+ ){0,10}?(?:think|thinking)|^(?:(?:honestly|really|just|still|been|keep|always|lately) )*"
    r"(?:thinking|think)|i (?:still )?(?:have|get|keep having) (?:\w+ )?thoughts|pienso|"
    r"(?:estoy|sigo) pensando|tengo (?:\w+ )?(?:pensamientos|ideas)) (?:\w+ ){0,2}?"
    r"(?:(?:about|of) how i (?:could|would|might|can)|about|of|en|de|how i (?:could|would|might|can)) (?:just )?"
    r"(?:make myself )?"
    r"(?:ending (?:it|my life|things)|killing myself|taking my (?:own )?life|suicide|acabar con (?:todo|mi vida)|"
    r"stop(?:ping)? existing|not (?:existing|exist|being here)|disappear(?:ing)?|dejar de existir|"
    # ... a euphemism of leaving life early ("checking out early rather than another round")
    r"(?:checking|bowing|tapping) out early|"
    r"not (?:going|carrying) on|(?:finishing|ending) (?:it|things|it all) (?:off )?myself|"
    r"quitarme la vida|matarme|suicidarme)\b|"
    # ... or the end taken into one's own hands, rather than waiting for it ("i'd rather finish it myself")
    r"\b(?:rather|prefer to|would|will|going to|gonna|want to|plan to) (?:\w+ ){0,2}?(?:finish|end) (?:it|things|"
    r"it all|everything) (?:off )?(?:myself|on my own|by myself)\b")
#: "i would rather die than eat the hospital jello": a figure of speech.
_RATHER = re.compile(r"\brather (?:\w+ )?die than\b")
#: No future, no point, no reason to live (hopelessness about the whole of life, not a job or a test result).
_NO_FUTURE = gated_re(
    r"\b(?:(?:can not|do not|never) see (?:a |any |much of a |the )?(?:future|way out|point|light|end to)|"
    r"no (?:future|way out(?! of)|point (?:in|to) (?:anything|living|going on|carrying on|any of it))|"
    r"what is (?:even )?the point(?: anymore| of (?:anything|living|going on|carrying on|any of this|it all))?$|"
    r"nothing (?:is (?:ever )?going to|will ever|is never going to|will never) (?:get|be) (?:any )?better|"
    # ("it is never going to get better, my anemia?": about a symptom; only told as the whole of it)
    r"it (?:is (?:ever )?going to|will ever|is never going to|will never) (?:get|be) (?:any )?better"
    r"(?:$| (?:for me|i |and i |anymore|so i ))|"
    r"(?:no|nothing to) (?:reason to |left to )?live for|no reason to (?:live|go on|keep going|carry on)|"
    r"(?:my )?life is over|why (?:even )?bother (?:living|anymore|with anything)|"
    # ... round 38: tired of life itself ("tired of existing", "sick of being alive", "cansada de vivir"; not of
    # living with a symptom)
    r"(?:tired|sick|weary|exhausted) of (?:(?:existing|living)(?! (?:with|in|on|at|near|off|out of|from)\b)|"
    r"being alive|life itself)|cansad[oa]s? de (?:existir|vivir)(?! (?:con|en|de|a)\b)|"
    r"sin futuro|no (?:le )?veo (?:ningun[oa]? )?(?:futuro|salida|sentido)|no tiene sentido (?:seguir|vivir|nada)|"
    r"para que seguir|no hay (?:salida|futuro|esperanza)|nada va a mejorar|ya nada tiene sentido|"
    r"nada tiene sentido (?:ya|para mi|en mi vida))\b")
#: An act on one's own body (picking, scratching, digging, pressing, hitting ... at, on or into "my").
_ON_MY_BODY = (r"(?:pick|scratch|dig|digg|press|hit|hitt|punch|bang|pull|rip|ripp|tear|tore|bit|bite|biting|squeez|"
               r"pinch|burn|burnt|cut|cutt|slam|slamm|scrap|rasc|pellizc|golpe|arranc)\w* "
               r"(?:at |on |into |off |out |open |up )?(?:my|myself|me)\b")
#: Self-harm kept hidden (the 988 list's self-harm; marks hidden or explained away): only where a detector reads a
#: crisis ("hiding the bruises from my kids" may be kindness).
_HIDDEN_HARM = re.compile(
    r"\b(?:(?:hurt|hit|hitting|pinch|punch|bruise|bite|biting|starve|starving)\w* myself|"
    # ... or made to bleed by oneself ("i make myself bleed", "i still make it bleed more myself")
    # (not by a razor, floss or a toothbrush: "i made myself bleed shaving, my platelets are 30")
    r"(?:make|made|making|makes) (?:myself|it|them|me|my \w+) bleed(?: \w+){0,2} myself|"
    r"(?:make|made|making) myself bleed(?!(?: \w+){0,4} (?:shav|floss|brush|blow)\w*)|"
    r"(?:hide|hiding|hid|cover up|covering up) (?:\w+ ){0,3}?(?:cuts|bruises|burns|scars|marks)|"
    # ... or covered up whatever the weather ("long sleeves all summer", "mangas largas en pleno verano")
    r"(?:long sleeves|mangas largas)(?: \w+){0,3}? (?:all summer|in (?:the )?summer|in (?:the|this) heat|"
    r"when it is hot|(?:en|todo el|en pleno) verano|con (?:este )?calor)"
    # (not a sleeve worn for a reason given: "because of skin gvhd", "for the sun", "the doctor said to")
    r"(?!.{0,60}\b(?:because|gvhd|sun|sunburn|skin|rash|eczema|psoriasis|doctor|nurse|told|por el sol|piel))|"
    r"me (?:lastimo|pellizco|los hago yo|las hago yo)|"
    # ... or a hot thing held to one's own skin ("pressing a hot spoon on my arm", "stubbed a cigarette out on my hand")
    r"(?:press|hold|held|put|stub|touch)\w* (?:a |the |my )?(?:hot|heated|burning|lit) (?!(?:compress|water|pack|towel|"
    r"flannel|cloth|pad|wheat|bath|drink|tea|gel|oil|stone)\b)(?:\w+ )?(?:on|onto|against|into|to) (?:my|me)|"
    r"(?:stub|put)\w* (?:a |my )?cigarettes? out (?:on|into) my|"
    # ... or kept up, in Spanish: "me he estado quemando el brazo", "me sigo cortando las piernas"
    r"me (?:he estado|estoy|sigo|vuelvo a|volvi a) (?:quemando|cortando|lastimando|golpeando|rasgu\w+|quemar|cortar|"
    r"lastimar)(?: \w+)? (?:brazos?|piernas?|piel|munecas?|manos?|panza|muslos?)|"
    # ... or an act on one's own body told with its purpose, in any verb ("picking at my scab to make it bleed",
    # "scratch my arm till it bleeds", "hit my legs till they are black and blue", "me rasco hasta sangrar")
    rf"{_ON_MY_BODY}(?: \w+){{0,6}}? (?:to make (?:it|them|me) (?:bleed|hurt|bruise)|(?:till|until|so|so that) "
    r"(?:it|they|i|the \w+) (?:bleeds?|bleed|hurts?|bruises?|splits?|gets? infected|(?:are|is|go|goes|went|turn\w*) "
    r"black and blue)|hasta (?:que )?(?:sangr\w*|me duel\w*|le duel\w*))|"
    # ... or its marks found on the body ("my arms are covered in cuts", "found cuts on her arms")
    r"(?:arms?|legs?|thighs?|wrists?|stomach|belly) (?:are |is )?(?:covered in|full of) (?:\w+ )?(?:cuts|burns)|"
    r"(?:found|noticed|saw|seen) (?:\w+ )?(?:cuts|burns) (?:on|all over) (?:my|her|his|their) (?:\w+ s )?"
    r"(?:arms|legs|thighs|wrists|stomach)|"
    # ... or the relief it brings ("cutting helps", "burning myself is the only thing that helps")
    r"(?:^|i |the )(?:cutting|burning myself|hurting myself|cortarme|quemarme) (?:really |still )?(?:helps|"
    r"is the only thing|is what helps|me ayuda))\b")
#: A farewell that is final: to everyone, for good, from the other side.
_FAREWELL = gated_re(
    r"\b(?:(?:my|a|this is|posting|post|say|said|saying) farewell|"
    r"(?:see|meet|catch) (?:you|u|ya)(?: all)? (?:on|in|at) the other side(?! of)(?!.*\b(?:surgery|operation|op|"
    r"theatre|procedure|transplant|anaesthetic|anesthetic|going under|biopsy|scan|results)\b)|"
    # ... a life's farewell in the words of leaving ("it was nice knowing everyone", "goodbye world", "checking out
    # for good", "kissed them goodnight for the last time", "won't be at any appointment. bye")
    r"(?:nice|good|great|lovely) knowing (?:you|everyone|every one|you all|all of you|u)|"
    r"(?:goodbye|bye|farewell) (?:cruel )?world|"
    # (not "checking out early tomorrow, the ward said i can go home"; not a last time told as past grief, "held my
    # dad's hand for the last time yesterday, he died"; not "i wont make it to my appointment, car broke down. bye")
    r"check(?:ing|ed)? out (?:permanently|for good|forever|of (?:this|life))|"
    r"(?:hugged|kissed|held|said goodnight to|tucked in) (?:\w+ ){0,6}?for the (?:very )?last time"
    r"(?!.*\b(?:yesterday|ago|last (?:week|night|month|year)|died|passed|funeral)\b)|"
    r"(?:(?:will not|wont) (?:be at|be coming to|make it to|need) (?:\w+ ){0,8}?(?:any|anymore|again|ever|after "
    r"(?:today|tonight|this))\b|(?:will not|wont) need (?:\w+ ){0,3}?(?:appointments?|treatment|chemo|transfusions?|"
    r"meds|medication|medicine|pills|tablets|refills?|prescriptions?|any of (?:it|this|that)))"
    r"(?: \w+){0,8}? (?:(?<!thanks )(?<!thank you )bye|take care of yourself|look after yourself)$|"
    r"(?:die|go|end it|end things|do it|leave) (?!(?:home|back|to|the hospital|hospital|the ward|work|my job)\b)"
    r"(?:\w+ ){0,2}?on my own terms|"
    # ... or a last word that clears the others, then goodbye ("this is it for me. bye", "it was nobody's fault. bye")
    r"(?:this|that) is (?:it|the end) for me|"
    # ... the writer done, then goodbye, with nothing between ("i am done. bye"; not "done with my questions, bye")
    r"(?:i am|im) (?:done|finished)(?: now)? (?:bye|goodbye|adios)(?: (?:everyone|all|world))?$|"
    r"(?:not|was not|is not|nobody s|no one s|nobodys) (?:\w+ ){0,2}?fault"
    r"(?: \w+){0,4} (?:bye|goodbye)$|"
    r"sign(?:ing|ed)? off (?:for good|forever|for the last time)|(?:this|it) is (?:my )?goodbye|"
    # ("done fighting with the insurance", "tired of fighting this cold": a fight with something named)
    r"(?:done|finished|tired of) fighting(?! (?:with|against|the|this|that|a|an|my|our|his|her|their|about|over|"
    r"for (?!my life)|off|to))|sorry i (?:could not|can not|did not) stay|"
    r"(?:will not|wont|do not) need (?:\w+ ){0,7}?(?:or ever|ever again)|"
    # ... or the writer's silence to come left to explain itself ("if i go quiet after tonight you will know why")
    r"if i (?:do not|am not|have not|never|stop|can not|go) (?:\w+ ){1,6}?(?:you|u|you all|everyone) (?:will|ll|would) "
    r"(?:know|understand|get) why|si (?:no|ya no|manana no|dejo de) (?:\w+ ){1,6}?(?:ya )?(?:sabras|sabran|sabreis|"
    r"entenderas|entenderan) (?:por que|porque|el porque)|"
    r"despedida|me despido (?:de (?:todos|ustedes|ti|todo)|para siempre)|"
    r"(?:ya )?no voy a estar|cuando (?:alguien )?lea\w* esto|"
    # ... round 38: a life summed up as over ("it has been a good run"), a farewell said as one in Spanish ("esto es
    # un adios") and an apology left for whoever reads it ("if anyone reads this, i am sorry")
    r"(?<!says )(?<!said )(?<!say )(?:it is|its|it has|it s|has) been a (?:good|great|long|decent) (?:run|innings|life)"
    r"(?! of\b)(?! for (?:her|him|them)\b)|"
    r"(?:esto|este|que esto) es (?:un|mi) adios|"
    r"(?:if|when) (?:anyone|anybody|someone|somebody|you|my \w+) (?:ever |later )?(?:reads?|finds?|sees?) this"
    r"(?: \w+){0,3}? (?:i am|im) sorry(?! (?:for|about) (?:the|this|my) (?:long|rambling|message|post|essay|rant|"
    r"questions?|typos?|spelling)))\b")
#: ... and the farewells that are final only where a detector reads a crisis: the care of those left behind, a
#: message for later, "i am done".
_PARTING = re.compile(
    r"\b(?:(?:i am|im) (?:done|finished)(?: now| with (?:it all|everything|life|living))?$|"
    r"farewell|love you all|me despido|gracias por (?:intentarlo|tratar|todo lo que hicieron)|"
    # ("last chat. thanks for listening all these months"; not a sign-off alone: "last chat thanks, the nurse will
    # take it from here")
    r"(?:^|this is (?:my |our |the )?)last (?:chat|conversation|talk|post)(?= (?:thanks?|thank you|goodbye|bye|"
    r"from me|ever|with (?:you|anyone))\b|$)|"
    r"(?:^|es (?:mi|nuestra|la) )ultima (?:charla|conversacion)(?= gracias| adios|$)|"
    # ("this will be the last time i ask you anything", "es la ultima vez que les escribo": a last message)
    r"(?:this|it) (?:is|will be) the last time (?:i|you) (?:will )?(?:ask|talk|write|message|speak|hear|bother)\w*|"
    r"(?:es|sera) la ultima vez que (?:les|te|le|me) (?:escribo|pregunto|hablo|molesto|oyen|oiras)|"
    r"(?:take care|look after) of my|look after my|"
    # a last time kept for the others ("so the kids get one last nice one with me", "one last weekend with us")
    r"one last (?:\w+ ){0,3}?with (?:me|us)|"
    r"tell (?:my|her|him|them) (?:\w+ ){0,3}?"
    r"(?:i lov\w*|i am sorry|sorry|it was not)|cuiden (?:a|de) mi|diganle)\b")


#: Thanks for what the conversation gave ("love you all, thanks for the info", "gracias por la informacion"): a
#: warm ending of a chat, no parting before a suicide (unlike "thanks for trying", "thanks for everything").
_THANKS_FOR_ANSWERS = re.compile(
    r"\b(?:thanks?|thank you|thx|ty)(?: you)?(?: so much| a lot| very much| again)? for (?:the|your|all the|this|"
    r"that|these) (?:\w+ )?(?:info|information|answers?|explanations?|reply|replies|advice|tips|links?|chat|"
    r"help with|info on|facts)\b|\bgracias (?:por|x) (?:la|tu|su|las|tus|sus) (?:\w+ )?(?:informacion|info|"
    r"respuestas?|explicaci\w+|consejos?|ayuda con)\b")


#: A plan settled without a word of suicide (the Columbia screener's question 5, "worked out the details"): the how
#: and the when decided ("worked out how and when", "i know when and how now"); not how and when to tell someone
#: something, or to do an everyday thing ("decided how and when to tell the kids").
_SETTLED_PLAN = re.compile(
    r"\b(?:worked out|figured out|decided|decided on|know|knew|chosen|chose|picked|planned|sorted|settled on|"
    r"got) (?:exactly |both |now |already )?(?:the )?(?:how|when|where) and (?:the )?(?:how|when|where)\b"
    r"(?! (?:to|i (?:will|ll|am going to) (?:tell|say|talk|ask|do the|go to|start))\b)"
    r"|\bya (?:se|decidi|tengo) (?:el )?(?:como|cuando|donde) y (?:el )?(?:como|cuando|donde)\b"
    # ... or the place or the day chosen, said calmly and alone ("ive picked the place", "i have chosen the date now",
    # "i know which day"); not a place or a day for something ("picked the place for the party", "chosen the date of
    # the wedding", "i know which day my scan is").
    r"|\b(?:i|i have|have|already|finally) (?:already |finally |now )?(?:picked|chosen|chose|found|settled on|"
    r"decided on) (?:out )?(?:a|the|my) (?:place|spot|day|date|time|location)\b(?! (?:for|of|to|at|where|when|that|"
    r"we|our|your|with|venue|restaurant|party|wedding|holiday|trip|meeting|appointment)\b)"
    r"|\bi (?:already |now )?know (?:exactly )?(?:which|what) (?:day|date|night|place|spot)(?: (?:it (?:will|is going "
    r"to) be|i will|i am going to|to do it|already|now))?$")


#: An operation or a test ahead, "see you on the other side" said of it ("surgery tomorrow, see you on the other
#: side"): no farewell to life.
_CARE_AHEAD = re.compile(r"\b(?:surgery|operation|op|theatre|procedure|transplant|anaesthetic|anesthetic|going under|"
                         r"biopsy|scan|results)\b(?:.*\bother side\b)|\bother side\b(?:.*\b(?:surgery|operation|"
                         r"theatre|procedure|transplant|anaesthetic|anesthetic|biopsy)\b)")


#: A thing, not the writer, wished gone ("i want the fatigue to disappear", "i hope the nosebleeds disappear"): no
#: wish to be dead.
_THING_GONE = gated_re(
    r"\b(?:the|these|this|those|that|it|they|them|all|my|his|her|their|los|las|el|la|esto|esta|este)"
    r"(?: (?!i\b|me\b|myself\b)\w+){0,3}? (?:(?:to|would|will|could|should|just|all|go away and) ){0,3}"
    r"(?:disappear\w*|desaparecer|be gone|was gone|were gone)\b")


#: The partings that are also a warm closing of a chat: only these are cancelled by thanks for the answers.
_WARM_CLOSINGS = frozenset(("love you all", "take care"))


@remembered(maxsize=1024)  # the decision asks it twice of each message (the farewell, then ``said_now``)
def crisis_said(normal: str) -> str | None:
    """The crisis construct a message says, or None: "wish" (to be dead, not to wake), "no_future", "farewell" (said
    so that it is final on its own), "parting", "self_harm" or "preparation" (affairs put in order: ``prepared``) (a
    crisis only where a detector reads one). ``normal``:
    the safety normal form (negations are the caller's: "i do not want to die" is read by the denial check)."""
    if _WISHED_DEAD.search(_THING_GONE.sub(" ", normal)) and not _RATHER.search(normal):
        return "wish"
    if _FAREWELL.search(normal) and not _CARE_AHEAD.search(normal):
        return "farewell"
    if _NO_FUTURE.search(normal):
        return "no_future"
    partings = [m.group() for m in _PARTING.finditer(normal)]
    if partings and (not _THANKS_FOR_ANSWERS.search(normal) or any(p not in _WARM_CLOSINGS for p in partings)):
        return "parting"  # thanks cancel only a warm closing, never "take care of my kids", "diganle"
    if _HIDDEN_HARM.search(normal) or _UNSAFE_SELF_RE.search(normal):  # (or unsafe with oneself: UNSAFE_SELF)
        return "self_harm"
    if _SETTLED_PLAN.search(normal):
        return "plan"
    if prepared(normal):
        return "preparation"
    return None


#: The crisis constructs that get at least the gentle line on their own, whatever the detector says ("see you on
#: the other side"); a parting ("take care of my kids", "i am done") needs the detector's possible band.
FINAL = ("wish", "no_future", "farewell", "plan")


#: The writer in a wish to be dead (one said of "the patient" or of "you" in general is a question about others).
FIRST_PERSON = re.compile(r"\b(?:i|me|my|myself|mine|yo|mi|mis|conmigo|quiero|quisiera|queria|espero|prefiero)\b")


#: Someone else, or people in general, in a wish said without the writer ("he would be better off dead", "do people
#: wish they could die"); a wish with no one in it is the writer's, the subject left out as texts are written ("would
#: be nice to just fall asleep forever", "honestly thinking about checking out early").
_ANOTHER = re.compile(r"\b(?:he|she|they|him|her|them|his|their|you|your|u|someone|somebody|anyone|anybody|people|"
                      r"patients?|person|everyone|nobody|one|el|ella|ellos|ellas|alguien|gente|pacientes?|usted)\b")

#: ... unless it is asked as a question about anyone ("is wanting to die a symptom of depression").
_ASKED_START = re.compile(r"^(?:is|are|was|does|do|did|can|could|should|will|what|why|how|when|where|who|which|"
                          r"would it|es|son|puede|por que|que|como|cuando)\b")


def said_now(text: str, normal: str, framed: frozenset[str], hedged: bool) -> str | None:
    """The crisis construct of a message (``crisis_said``) told by the writer now: not denied or over (``hedged``),
    not in the past, not a general question, a joke or a helper's question; a wish with the writer in it, self-harm
    not imagined ("if i ever feel like hurting myself")."""
    said = crisis_said(normal)
    if said is None or hedged or said == "wish" and not FIRST_PERSON.search(normal) \
            and (_ANOTHER.search(normal) or _ASKED_START.search(normal)) \
            or said == "self_harm" and "hypothetical" in framed:
        return None
    if "now" not in framed and ("past" in framed or general_question(normal)
                                or helping_other(normal) and not told_now(text)):
        return None
    return None if joking(normal) else said


#: The negations that deny a wish said right after them ("no quiero morir", "i do not want to die").
_DENYING = frozenset("no not never nunca ni nor".split())


def wish_denied(normal: str, affirmed_text: str) -> bool:
    """Is a wish to be dead denied by a negation right before it that governs its first word ("no pienso en quitarme
    la vida, quiero luchar", "no quiero morir")? (``affirmed_text``: ``normal`` with "_" for each word a negation
    governs.) Not a negation after the wish's start ("si me atropellara un coche no me importaria" is the wish) nor
    one of something else before it ("not a chance, i want to die")."""
    m = _WISHED_DEAD.search(normal) if crisis_said(normal) == "wish" else None
    if m is None:
        return False
    first = normal.count(" ", 0, m.start())
    words, affirmed = normal.split(), affirmed_text.split()
    return 0 < first < len(affirmed) and affirmed[first] == "_" and words[first - 1] in _DENYING
