"""Negation in the safety screen's normal form: which words a "no", "not", "without" or "zero" denies ("no chest
pain", "i am not suicidal"), and where the "not" IS the symptom ("is not breathing")."""

from __future__ import annotations

from marrowbot.memory import remembered
from marrowbot.text.lazy import lazy_re

#: Words that start a negation ("no fever", "without pain", "i do not have chest pain") ...
_NEGATORS = frozenset("no zero without never denies nor ni sin nunca".split())
#: "zero" denies only where it opens what is told ("zero suicidal thoughts", "and zero pain"), not as a value ("her
#: counts are basically zero", "platelets near zero").
_ZERO_OPENERS = frozenset("and but with have has had got i absolutely literally".split())
#: What "zero" never denies: a despair noun ("zero reason/will/hope to live" is the despair itself) or a blood
#: count ("zero platelets" is how a patient tells the count). "zero" denies only the next two words, or four after
#: "zero chance" ("absolutely zero chance i would hurt myself"), so it never reaches a telling after it.
_ZERO_KEEPS = frozenset("reason reasons will desire hope hopes point interest wish motivation energy strength "
                        "platelets platelet plts plt neutrophils neutrophil neuts anc wbc white red cells cell count "
                        "counts hemoglobin haemoglobin hb hgb blood immune immunity".split())
_ZERO_SCOPE = 2
_NEGATED_VERBS = frozenset("have has had feel felt get got see notice".split())
#: ... and words that end it.
_SCOPE_END = frozenset("but just only except though although however pero solo and".split())
_NEG_SCOPE = 4
#: A denial of feeling well ("i am not ok", "i do not feel good", "no estoy bien") says the person is unwell: the
#: negation ends with it and never reaches the crisis or emergency told after it ("i am not ok i want to die").
_WELL = frozenset("ok okay fine good well alright bien".split())
#: Words that do not use up a negation's scope ("never had any thoughts of self harm": the harm is denied too).
_SCOPE_FREE = frozenset("any a an the of thoughts thought signs sign history de pensamientos ganas ningun ninguna"
                        .split())
#: "no/zero chance" denies a harm of the speaker's own told right after it ("absolutely zero chance i would ever hurt
#: myself", "no chance of me hurting myself"), through its object and no further; never "no chance i survive" or
#: "zero chance of being here" (the despair itself) nor what is told next (the normal form has no commas).
_CHANCE_HARM = lazy_re(r"^(?:no|zero) chance (?:(?:that )?i (?:would|will|could|am going to|d|ll) (?:ever )?"
                       r"(?:hurt|harm|kill|cut|end)|of me (?:ever )?(?:hurting|harming|killing|cutting|ending)) "
                       r"(?:myself|my life|me)\b")
#: "zero chance of being here tomorrow", "no chance i survive tonight": the despair itself, never denied.
_CHANCE_DESPAIR = lazy_re(r"^(?:no|zero) chance (?:(?:of|of me|that|i|i will|i would|i d|i ll|i am) )?(?:be |being )?"
                          r"(?:here|alive|around|survive|surviving|live|living|make it|making it|wake|waking)\b")
#: "i am not suicidal", "not having chest pain", "i do not want to die" (but "i do not want to live" is no negation).
_NOT_STATES = frozenset("suicidal having in going thinking feeling bleeding confused drowsy dizzy".split())
_NOT_WANTED = frozenset("die hurt harm kill end".split())
_AUXILIARIES = frozenset("do does did is are was were am has have had".split())
#: A bare "not" after these opens a scope ("not short of breath", "and not on chemo"); not after can/will.
_NOT_OPENERS = frozenset("and but also still really definitely certainly so just otherwise though yet or i he she it "
                         "they we".split())
#: "is not breathing", "has not peed", "is not making sense": here the "not" IS the emergency.
_NOT_IS_THE_SYMPTOM = frozenset(
    "breathing breathe breathed responding respond responded waking wake woken woke moving move moved making make "
    "stopping stop stopped peed pee weed urinated come opening open answering answer reacting react talking talk "
    "speaking speak conscious alert right feeding feed eating drinking able want sure slowing improving going "
    "getting coming letting "
    # "the inhaler is not working", "the epipen did not help", "the reliever is not doing anything": a treatment
    # that fails IS the emergency (NHS: an asthma attack when the reliever inhaler does not help), not a denial.
    "working work worked helping help helped doing touching easing ease eased budging "
    # "he is not himself", "i am not myself": a change in someone (NHS sepsis and stroke signs), not a denial.
    "himself herself myself themselves yourself "
    # "it does not matter anymore", "i do not care what happens": the hopelessness itself, not a denial; "not
    # scared of dying" denies a fear, not the dying.
    "matter matters mattered care scared afraid frightened".split())
#: "no reason to live", "no point going on", "no longer want to be here", "no will to live": here the "no" IS the
#: despair (the 988 warning signs' "no reason to live"), not a denial of what follows.
_NO_IS_THE_SYMPTOM = frozenset("reason reasons point longer will desire hope future purpose "
                               # "pienso en no seguir": not going on, the despair itself
                               "seguir".split())
#: "No" before a subject is an answer that opens its own clause ("no, i want to die", "no he is not breathing"): it
#: denies nothing that follows (the clause's own "not" does).
_NO_ANSWERS = frozenset("i im we he she they you".split())
#: Spanish "no" before a verb is the symptom itself ("no puedo respirar", "no despierta"), not a denial.
_SPANISH_NO_VERB = frozenset("puedo puede pueden respira respiro despierta despierto responde reacciona para paro "
                             "aguanto siento siente contesta habla "
                             # "no consigo despertarlo", "no logra respirar": unable, like "no puedo"
                             "consigo consigue conseguimos logro logra logramos "
                             # "no deja de sangrar", "ya no reconoce a nadie", "no se le quita", "no
                             # le baja la fiebre", "no mejora": it does not stop, recognise, go or improve ("no volvio a
                             # convulsionar" denies, and "no vuelve en si" is a red flag's own phrase)
                             "deja dejan dejo reconoce reconocen reconocio quita quitan baja bajan cede "
                             "ceden mejora mejoran".split())
#: Spanish pronouns between "no" and its verb ("no le para", "no se le quita", "no me puedo mover").
_ES_NO_CLITICS = frozenset("me te le se nos les lo la".split())


def _spanish_no_symptom(after: tuple[str, ...]) -> bool:
    """Is the verb after a Spanish "no" (past up to two pronouns: "no se le quita", "no le para") one whose negation
    IS the symptom (see ``_SPANISH_NO_VERB``)?"""
    for w in after[:3]:
        if w in _SPANISH_NO_VERB:
            return True
        if w not in _ES_NO_CLITICS:
            return False
    return False


#: Spanish "sin" before being able or a vital act ("sigue sin poder respirar", "sangra sin parar", "esta sin
#: conocimiento") and "never" before "before" ("like never before"): the symptom itself or its intensity, not a denial.
_SIN_IS_THE_SYMPTOM = frozenset("poder parar respirar despertar despertarse reaccionar responder moverse conocimiento "
                                "sentido aire volver".split())


#: Spanish "no" before the wish to live, through words of having or wanting only ("no tengo razones para vivir", "no
#: quiero seguir viviendo", "no tener que vivir otro dia"): the despair itself, like English "nothing to live for".
_NO_TO_LIVE_BETWEEN = frozenset("tengo tiene tener hay quiero queria quisiera razon razones motivo motivos para ganas "
                                "de que por mas ya nada sentido seguir "
                                # "no tengo ninguna razon para vivir", "no vale la pena vivir asi"
                                "ninguna ningun ninguno vale la pena".split())
_TO_LIVE = frozenset("vivir viviendo vivo".split())


def _no_to_live(after: tuple[str, ...]) -> bool:
    for w in after[:5]:
        if w in _TO_LIVE:
            return True
        if w not in _NO_TO_LIVE_BETWEEN:
            return False
    return False


#: Spanish "no se" before a pronoun, a question word or a filler is "no se" (I don't know: "la verdad no se, me quiero
#: morir", "no se que hacer"), no negation of what follows (the normal form has no accents and no commas).
_NO_SE_KNOW_NEXT = frozenset("me te le nos les que si como cuando donde quien cual ni ya pero y o la lo yo bien "
                             "nada mas porque por".split())


def _no_se_know(words: tuple[str, ...], i: int) -> bool:
    return i + 2 < len(words) and words[i + 1] == "se" and words[i + 2] in _NO_SE_KNOW_NEXT \
        or i + 2 == len(words) and words[i + 1] == "se"


#: A Spanish act told with its pronoun ("se comio", "me tome") after the words a negation denies opens a clause of
#: its own: "no se comio ni una pastilla, se comio las pilas" (the normal form has no commas) tells the second act.
_ES_CLITICS = frozenset("se me le".split())
_ES_ACTS = frozenset("tomo tome trago trague comio comi bebio bebi cayo cai pego pegue golpeo golpee desmayo desmaye "
                     "corto corte quemo queme".split())


#: Spanish "nobody", "none of them" before an act ("nadie se tomo nada").
_ES_NOBODY = frozenset("nadie ninguno ninguna".split())
#: An act someone did, denied by "nobody" before it ("nobody overdosed", "nobody took any").
_DONE_ACTS = frozenset("overdose took swallowed ate drank got fell collapsed tried cut harmed hurt injured fainted "
                       "passed stopped".split())
#: A vital function whose stopping is the emergency ("did not stop breathing" denies it).
_VITAL = frozenset("breathing responding moving talking".split())


def negated(words: list[str]) -> list[bool]:
    """See ``_negated`` (remembered: the screen, the detectors and the decision read the same message)."""
    return list(_negated(tuple(words)))


@remembered(maxsize=1024)
def _negated(words: tuple[str, ...]) -> tuple[bool, ...]:
    """For each word, whether a negation governs it ("no chest pain", "i do not have a fever": True for
    "chest", "pain", "fever"). "can not breathe" and "will not stop" are not negations of a symptom: they ARE
    the symptom, so only "no", "without", "never" and "do/did not have|feel|get" open a scope."""
    out = [False] * len(words)
    left = 0
    for i, w in enumerate(words):
        if w in _SCOPE_END or (left > 0 and w in _ES_CLITICS and i + 1 < len(words) and words[i + 1] in _ES_ACTS
                               and words[i - 1] not in _NEGATORS and words[i - 1] not in _ES_NOBODY):
            left = 0
        if left > 0:
            out[i] = True
            left = 0 if w in _WELL else left - (w not in _SCOPE_FREE)
        # ("no tengo razones para vivir": the despair itself, see ``_no_to_live``)
        if w in _NEGATORS and not (w == "no" and (_no_to_live(words[i + 1 : i + 6]) or _no_se_know(words, i))) \
                and not (w == "no" and i + 1 < len(words) and (_spanish_no_symptom(words[i + 1 : i + 4])
                                                             or words[i + 1] in _NO_IS_THE_SYMPTOM
                                                             or words[i + 1] in _NO_ANSWERS)) \
                and not (w == "zero" and i > 0 and words[i - 1] not in _ZERO_OPENERS) \
                and not (w == "sin" and i + 1 < len(words) and words[i + 1] in _SIN_IS_THE_SYMPTOM) \
                and not (w == "never" and i + 1 < len(words) and words[i + 1] == "before"):
            chance = _chance_scope(" ".join(words[i : i + 9])) if w in ("no", "zero") else None
            left = chance if chance is not None else _NEG_SCOPE if w != "zero" else _zero_scope(words[i + 1 : i + 2])
        elif w == "not" and (i + 3 < len(words) and words[i + 1] in ("plan", "planning", "intend", "intending")
                             and words[i + 3] in ("be", "being", "around", "here", "alive", "stay", "staying")
                             or _not_here(words[i + 1 : i + 4], _after_here(words, i))):
            pass  # "i do not plan on being around", "ways to not be here anymore", "not existing": the despair itself
        elif w == "not" and any(words[j : j + 2] in (("to", "live"), ("live", "for"))
                                for j in range(i + 1, min(i + 6, len(words)))):
            pass  # "i do not have anything left to live for", "not much to live for": the despair itself
        elif scope := _nobody_scope(words, i):
            left = scope
        elif w == "not" and i + 2 < len(words) and i > 0 and words[i - 1] in _AUXILIARIES \
                and words[i + 1] in ("stop", "stopped") and words[i + 2] in _VITAL:
            left = 2  # "he did not stop breathing", only that ("it did not stop bleeding" IS the symptom)
        elif w == "not" and i + 1 < len(words) and i > 0 and words[i - 1] in _AUXILIARIES \
                and words[i + 1] not in _NOT_IS_THE_SYMPTOM:
            left = _NEG_SCOPE + 1  # "he is not confused", "she did not hit her head", "i am not having chest pain"
        elif w == "not" and i + 1 < len(words) and (i == 0 or words[i - 1] in _NOT_OPENERS
                                                    or words[i + 1] in ("a", "an")) \
                and words[i + 1] not in _NOT_IS_THE_SYMPTOM:
            left = _NEG_SCOPE  # "not dizzy, not short of breath", "and not on chemo anymore", "99.1, not a fever"
        elif w == "not" and i + 1 < len(words) and (words[i + 1] in _NOT_STATES or (
                words[i + 1 : i + 3] == ("want", "to") and i + 3 < len(words) and words[i + 3] in _NOT_WANTED)):
            left = _NEG_SCOPE
    return tuple(out)


#: After "not": being here or existing ("to not be here", "not being around", "not exist"): the wish not to be.
_NOT_HERE = (("be", "here"), ("being", "here"), ("to", "be"), ("be", "around"), ("being", "around"), ("exist",),
             ("existing",), ("be", "alive"), ("being", "alive"))


#: ... not for an occasion ("i will not be here for the appointment", "prefer not to be here when they do it").
_OCCASION = frozenset("when while for during at on tomorrow today tonight next in this that until till".split())


def _not_here(after: tuple[str, ...], following: str) -> bool:
    return any(after[: len(t)] == t for t in _NOT_HERE) and (after[:2] != ("to", "be") or after[2:3] in (
        ("here",), ("around",), ("alive",))) and following not in _OCCASION


def _after_here(words: tuple[str, ...], i: int) -> str:
    """The word after the "here", "around", "alive" or "exist..." that follows a "not" at ``i`` ("" at the end)."""
    for j in range(i + 1, min(i + 5, len(words))):
        if words[j] in ("here", "around", "alive") or words[j].startswith("exist"):
            return words[j + 1] if j + 1 < len(words) else ""
    return ""


def _nobody_scope(words: tuple[str, ...], i: int) -> int:
    """How many words a "nobody" at ``i`` denies: an act after it ("nobody overdosed", "nobody took any"; "nadie se
    tomo nada", "ninguno comio pastillas"), else none ("nobody cares" is no denial). The normal form has no commas, so
    the scope is short: "nobody took any, she is having a fit"."""
    w, after = words[i], words[i + 1 : i + 3]
    if w in ("nobody", "noone") and after and after[0] in _DONE_ACTS:
        return 3
    if w in _ES_NOBODY and after and (after[0] in _ES_ACTS or after[0] in _ES_CLITICS and len(after) > 1
                                      and after[1] in _ES_ACTS):
        return 3 + (after[0] in _ES_CLITICS)
    return 0


def _zero_scope(after: tuple[str, ...]) -> int:
    """How many words "zero" denies, given the word after it (see ``_ZERO_KEEPS``)."""
    if not after or after[0] in _ZERO_KEEPS:
        return 0
    return _NEG_SCOPE if after[0] == "chance" else _ZERO_SCOPE


def _chance_scope(run: str) -> int | None:
    """How many words a "no/zero chance" at the start of ``run`` denies: none before a despair ("zero chance of being
    here"), the speaker's own harm through its object ("no chance i would hurt myself"); None for any other run."""
    if _CHANCE_DESPAIR.match(run):
        return 0
    harm = _CHANCE_HARM.match(run)
    return sum(x not in _SCOPE_FREE for x in harm.group(0).split()[1:]) if harm else None
