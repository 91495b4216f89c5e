"""The red-flag screen, the lay-symptom lexicon (phrase matching that tolerates typos: phrases.py) and the decision:
urgent, a safety line first, or nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass

from marrowbot.intents import LayTerm, RedFlag
from marrowbot.text.safety import frame, reassured, safety_normal, small_talk
from marrowbot.text.safety_absent import denials, fine_now
from marrowbot.text.safety_calm import reassured_of_crisis
from marrowbot.text.safety_clauses import clause_normals, told_now
from marrowbot.text.safety_courtesy import thanks_and_apology, without_apology
from marrowbot.text.safety_endings import calm_story, over, resolved, stopped, told_over
from marrowbot.text.safety_episode import episode_over, past_elsewhere, told_now_beyond_ending
from marrowbot.text.safety_frame import asked_whole, dated_past, past_of_another_day
from marrowbot.text.safety_hypothetical import decision_frames
from marrowbot.text.safety_now import OWN_STATE, REACHED_NOW, SEIZING, SUDDEN
from marrowbot.text.safety_routine import routine_only
from marrowbot.text.safety_stories import (
    general_question,
    helping_other,
    joking,
    long_story_asks,
    means_at_hand,
    reported_side_effect,
    story_asks,
    worried,
)
from marrowbot.understanding.phrases import Phrase, PhraseIndex, message_of, phrase_of, word_swapped
from marrowbot.understanding.safety_accident import accidental_ingestion
from marrowbot.understanding.safety_bare import bare_emergency
from marrowbot.understanding.safety_calm_whole import calm_whole, crisis_named
from marrowbot.understanding.safety_features import ALARMING, concepts
from marrowbot.understanding.safety_figures import feared_stepped, of_no_one
from marrowbot.understanding.safety_levels import HEDGE_MARGIN as HEDGE_MARGIN
from marrowbot.understanding.safety_levels import PHRASE_DOUBT as PHRASE_DOUBT
from marrowbot.understanding.safety_levels import (
    all_denied,
    contradicted,
    denied_flags,
    denied_levels,
    hedge,
    landmark_stepped,
    plan_alone,
    stepped_down,
    told_story,
    unnamed_question,
)
from marrowbot.understanding.safety_means import (
    AMOUNT,
    PLAN,
    PREPARED,
    ROUTINE,
    WRITER_AT_MEANS,
    act_told,
    clear_crisis,
    means_named,
    medicine_only,
    place_only,
    without_residence,
)
from marrowbot.understanding.safety_medical import own_crisis
from marrowbot.understanding.safety_model import SafetyScores
from marrowbot.understanding.safety_plain import capped, plain_told
from marrowbot.understanding.safety_plan import FINAL, crisis_said, said_now, wish_denied
from marrowbot.understanding.safety_questions import asked_line
from marrowbot.understanding.safety_route import (
    medical_alone,
    medical_for_another,
    self_harm_cut,
    self_harm_now,
    wound_flags,
)
from marrowbot.understanding.safety_sentences import (
    tells_a_plan,
)
from marrowbot.understanding.safety_signs import (
    bleeding_on_treatment,
    counted_overdose,
    fever_on_treatment,
    recent_attempt,
    sign_told,
)


class RedFlagScreen:
    """Recognises emergencies before anything else; recall matters more than precision here.
    A phrase that a negation governs ("no chest pain", "i'm not suicidal") does not count."""

    def __init__(self, flags: tuple[RedFlag, ...]) -> None:
        self.flags = flags
        self._phrases = [[phrase_of(p) for p in f.phrases] for f in flags]
        self._groups = [[[phrase_of(p) for p in g] for g in f.all_of] for f in flags]
        self._all: list[tuple[int, int, Phrase]] = []  # every phrase once, with (its flag, its all_of group or -1)
        for i, (ps, gs) in enumerate(zip(self._phrases, self._groups)):
            self._all.extend((i, -1, p) for p in ps)
            self._all.extend((i, g, p) for g, grp in enumerate(gs) for p in grp)
        self._index = PhraseIndex([p for _, _, p in self._all], affirmed=True)
        self._key_of = [(i, g) for i, g, _ in self._all]  # each phrase's (flag, group)

    def screen(self, text: str) -> tuple[RedFlag, ...]:
        msg = message_of(text)
        hits: set[tuple[int, int]] = set()  # (flag, -1 or all_of group) that matched
        for n in self._index.exact(msg):
            i, g, _ = self._all[n]
            hits.add((i, g))
        done = {i for i, _ in hits if self._hit(i, hits)}  # (a flag with nothing matched is never hit)
        if len(done) < len(self.flags):  # fuzzy matching (typos) only for the flags exact stems did not find
            candidates = [n for n in self._index.fuzzy_candidates(msg)
                          if self._key_of[n][0] not in done and self._key_of[n] not in hits]
            matched = self._index.fuzzy_matches(candidates, msg)
            for n in (n for n in candidates if n in matched):  # (in the candidates' order)
                i, g = self._key_of[n]  # (a crisis phrase never by another everyday word: "and it all", phrases.py;
                # an emergency phrase never by another everyday word's form: "i am doing fine" for "i am dying")
                if i not in done and (i, g) not in hits and not word_swapped(
                        self._all[n][2], msg, inflected=self.flags[i].kind == "emergency"):
                    hits.add((i, g))
                    if self._hit(i, hits):
                        done.add(i)
        found = [f for i, f in enumerate(self.flags) if i in done]
        # A crisis (thoughts of suicide or self-harm) is answered first.
        return tuple(sorted(found, key=lambda f: f.kind != "crisis"))

    def _hit(self, i: int, hits: set[tuple[int, int]]) -> bool:
        groups = self._groups[i]
        return (i, -1) in hits or bool(groups) and all((i, g) in hits for g in range(len(groups)))


class LaySymptoms:
    """Maps the words people use ("so tired", "yellow eyes") to the documents' terms (fatigue, jaundice)."""

    def __init__(self, lay_terms: tuple[LayTerm, ...]) -> None:
        self.terms = lay_terms
        self._phrases = [[phrase_of(t.term)] + [phrase_of(s) for s in t.says] for t in lay_terms]
        self._all = [(i, p) for i, ps in enumerate(self._phrases) for p in ps]  # in each term's order
        self._index = PhraseIndex([p for _, p in self._all], affirmed=False)

    def find(self, text: str) -> tuple[tuple[str, str], ...]:
        """(document term, the words that matched) for each symptom mentioned (per term, its first phrase
        that matches, in the order the file lists them)."""
        msg = message_of(text)
        found = set(self._index.exact(msg))
        exact_terms = {self._all[n][0] for n in found}
        # A fuzzy match can only change a term's answer where it comes before that term's exact one.
        exact_first: dict[int, int] = {}
        for n in sorted(found):
            exact_first.setdefault(self._all[n][0], n)
        candidates = [n for n in self._index.fuzzy_candidates(msg)
                      if n not in found and n < exact_first.get(self._all[n][0], len(self._all))]
        matched = self._index.fuzzy_matches(candidates, msg)
        for n in candidates:
            i, p = self._all[n]
            if n not in found and (i not in exact_terms or n < min(m for m in found if self._all[m][0] == i)) \
                    and n in matched:
                found.add(n)
        first: dict[int, int] = {}
        for n in sorted(found):
            first.setdefault(self._all[n][0], n)
        return tuple((self.terms[i].term, self._all[n][1].folded) for i, n in sorted(first.items()))


#: The intent model's own emergency guess counts as sure from this probability (below it: the possible band).
EMERGENCY_INTENT_MIN = 0.5
#: The intent model's emergency guess puts a safety line first only where the emergency detector is within this
#: much (log-odds) below its "possible" band: where the detector clearly says no, the guess alone (often a weak
#: best of 21 intents, p 0.1-0.4, on any question with a symptom word) is noise. Chosen on the development sets:
#: it removed 3/4 of the safety lines on their safe controls and kept every one on a missed emergency.
INTENT_SUPPORT = 1.5
#: A crisis detector this close (log-odds) below its "possible" band, on a message that names a crisis concept and is
#: not told as over, puts the gentle crisis line first: hopeless or farewell words the detector is not quite sure of
#: ("whats the point, no treatment works, i give up on everything") had got nothing at all. Only a line, never an
#: urgent answer. Chosen on the development sets (safety-blind-1..8, conversations-blind-1..7): the crises given
#: nothing went from 10 to 7, for 15 more lines on 2,283 safe controls and 1 on 1,777 ordinary turns. (Without the
#: concept, 0.4 gave a line to "tell me more about the transplant part": the detector alone is noise there.)
FAINT_CRISIS = 0.4

#: How far (log-odds) below its "possible" band the crisis detector may be on a final farewell or no future said now
#: (safety_plan: the farewell and no-future constructs) for a crisis: those of the development sets (safety-blind-1..20)
#: the decision did not answer as urgent were all crises, down to 1.5 below the band; no safe control said one.
FINAL_DOUBT = 2.0
#: ... on a final farewell ("see you on the other side x"): of the development messages saying one (safety-blind-1..28)
#: 115 are crises, 1 a control (an alarm already); the lowest crisis read 4 below the band.
FAREWELL_DOUBT = 4.5
#: Someone else reported as saying it ("my grandmother says", "he keeps saying").
_SAID_BY_ANOTHER = re.compile(
    r"\b(?:(?:my|our|his|her) (?:\w+ )?(?:mum|mom|mother|dad|father|gran\w*|grand\w*|nan|nana|husband|wife|partner|"
    r"son|daughter|brother|sister|friend|aunt|uncle|neighbou?r)|he|she|they) (?:says|said|keeps saying|kept saying|"
    r"tells (?:me|us|everyone)|told (?:me|us|everyone))\b")


def _faint_crisis(scores: SafetyScores | None, named: bool, ended: bool) -> bool:
    return named and scores is not None and not ended and scores.crisis >= scores.crisis_band - FAINT_CRISIS


#: Death itself named (not only a concept word like "live" or "gone").
_DEATH = re.compile(r"\b(?:die|dying|dead|death|kill\w*|suicid\w*|end(?:ing)? (?:it|my life|things)|morir\w*|"
                    r"muert[oae]s?|muriera|muriese|matar\w*|quitar(?:me|se|te) la vida|acabar con (?:todo|mi vida))\b")
#: The same event again within the day ("fainted twice today", "collapsed again this morning", "se desmayo dos veces
#: hoy"): not a story told as over, however fine the writer feels between (NHS: faints that keep happening).
AGAIN_TODAY = re.compile(
    r"\b(?:twice|two times|three times|\d+ times|several times|again|a (?:second|third) time|dos veces|tres veces|"
    r"otra vez|de nuevo)(?: \w+){0,2} (?:today|this (?:morning|afternoon|evening)|tonight|since (?:this morning|lunch|"
    r"breakfast)|in (?:the last|an|one) hours?|hoy|esta (?:manana|tarde|noche))\b")


def names_alarming(normal: str) -> bool:
    return bool(concepts(normal) & (ALARMING["emergency"] | ALARMING["crisis"]))


def _names_crisis(normal: str) -> bool:
    return bool(concepts(normal) & ALARMING["crisis"])


def names_crisis_itself(normal: str) -> bool:
    """A crisis concept other than something swallowed (an ingestion may be an accident: safety_accident)."""
    return bool(concepts(normal) & (ALARMING["crisis"] - {"swallowed"}))


#: A question about a reading or a sign owned as the writer's own now ("is 38.2 too high on chemo? that's what i have",
#: "... thats where mine is", "that's what my temp is now"): the question is about the writer now, no general one.
_OWNED_NOW = re.compile(r"\b(?:that s|thats|that is|this is) (?:what|where|exactly what) (?:i have|i ve got|i got|"
                        r"i m at|i am at|mine is|my (?:temp|temperature|reading|son s|daughter s|husband s|wife s) is|"
                        r"(?:he|she) (?:has|is at))(?: now| right now| today| tonight)?\b")


def _framed(text: str, normal: str, alarming: bool) -> frozenset[str]:
    """The frames of a message; when a clause tells of something happening again ("there was a time i wanted to die.
    i feel that way again"), the past of another clause frames nothing. A question owned as the writer's own now
    (``_OWNED_NOW``) is told now."""
    framed = frame(normal) | decision_frames(clause_normals(text), normal, _names_crisis) | (
        {"asking"} if asked_whole(text) else set()) | ({"past"} if dated_past(normal) else set()) | (  # ("¿...?", 2019)
        {"now"} if alarming and _OWNED_NOW.search(normal) else set())
    return framed - {"past"} if alarming and "past" in framed and (told_now(text) or past_elsewhere(
        text, names_alarming) or not past_of_another_day(normal)) else framed  # (... safety_episode, safety_frame)


@dataclass(frozen=True)
class SafetyDecision:
    urgent: str | None = None  # the message key that leads an urgent answer ("emergency", "crisis", ...)
    line: str | None = None  # the message key of one safety line before a normal answer


def _carries_crisis(without_sign: SafetyDecision) -> bool:
    """Does the reading without the added fever/overdose sign carry a crisis or a despair line (kept beside the sign:
    both numbers, crisis_now, never a bare emergency)?"""
    return without_sign.urgent in ("crisis", "crisis_now") or without_sign.line == "despair"


def decide(text: str, red_flags: tuple[RedFlag, ...], scores: SafetyScores | None, intent: str,
           confidence: float, sign: bool = True) -> SafetyDecision:
    """Curated phrases OR the detectors OR the intent model: never a downgrade, a crisis first.
    A phrase in a message framed as a question, the past or a hypothetical ("what are the signs of a stroke",
    "i had chest pain last year") counts only when its detector does not say no."""
    normal = safety_normal(text)
    if not red_flags and (small_talk(normal) or thanks_and_apology(normal)):
        return SafetyDecision()  # "see ya", "ok gracias, adios": a conversation ending, no farewell before a crisis
        # (... or thanks with an apology for the writing or all the messages: "thanks, sorry for all the questions")
    alarming = bool(red_flags) or (scores is not None and (scores.emergency_level, scores.crisis_level) != ("no", "no"))
    framed = _framed(text, normal, alarming)
    ws = normal.split()
    neg = denials(ws, _names_crisis(normal) or scores is not None and scores.crisis_level != "no")  # safety_absent
    # Alarming words said of a thing ("the router keeps collapsing"): a figure, hedged as an exaggeration (below);
    # crisis words of a pain or an illness's outlook ("am i going to die of this"): feared. As denied (safety_figures).
    neg, figure, feared = of_no_one(ws, neg, _DEATH, scores is not None and scores.emergency
                                    >= scores.emergency_sure + 2 * HEDGE_MARGIN) if alarming else (neg, False, False)
    affirmed_text = " ".join("_" if n else w for w, n in zip(ws, neg))  # (the words no negation governs)
    red_flags = wound_flags(red_flags, normal, affirmed_text)  # (a crisis phrase read in a wound: safety_route)
    # Hedged: the message denies one of the alarming concepts ("no fever", "did not swallow it", "i do not want
    # to die") or says things are fine or long-standing ("otherwise fine", "for weeks"). A hedged message is
    # alarming only when a detector is clearly sure (HEDGE_MARGIN above its threshold); just above it, it is a
    # possible one (a safety line first).
    denied = concepts(" ".join(w for w, n in zip(ws, neg) if n and w != "wake")) if any(neg) else set()
    # A clause told in the present names an alarming concept ("he collapsed and is not breathing. last time it turned
    # out to be his heart"): no story told as over, no helper's question.
    now_told = alarming and told_now(text, names_alarming)
    # Told in the past ("i had sepsis after my transplant, now 1 year out"): hedged too.
    past = "past" in framed and "now" not in framed
    # Imagined ("if my kid has a seizure, what do i do"), not told as reached after it ("i feel that way now").
    imagined = "hypothetical" in framed and "now" not in framed and not REACHED_NOW.search(normal)
    # A long story that ends in a question for information, with no question about what to do now ("my husband was
    # diagnosed with ..., i am terrified, what causes it"): the fear and the symptoms are the story's, hedged too.
    # (The frames of stories and questions are read only where they can change something: a red flag, or a detector
    # that does not say no.)
    story = alarming and story_asks(text, normal)
    # A general question (a definition, a threshold, a figure, about no one in particular): hedged too, and its
    # phrases need their detector to be sure, as in the past.
    # Laughing or joking ("... jump off a bridge lol", "me van a matar jaja"): an exaggeration, hedged like a question.
    # Never with "now" in the frame, nor over an emergency detector that is sure (nervous laughter is common; an act,
    # an ingestion or the means are no joke: see ``joking``).
    laughs = alarming and "now" not in framed and joking(normal) \
        and not (scores is not None and scores.emergency_level == "sure")
    laughs = laughs or figure  # (every alarming word said of a thing)
    asked = alarming and "now" not in framed and general_question(normal) or laughs
    # Settled now ("the cut stopped bleeding after 5 minutes", "her temp is normal now"), nothing alarming told now:
    # (Read narrowly, never with "now" in the frame but the time it took: "the bleeding stopped but he collapsed 5
    # minutes ago", "swallowed a button battery, she is fine" are emergencies; see ``calm_story``.)
    calm = (whole := alarming and calm_whole(text)) or alarming and not now_told and calm_story(normal)
    # (A denial of one act does not hedge a second act told: "no se tomo ninguna pastilla, se fumo todo el
    # fentanilo".)
    act = act_told(normal, affirmed_text)
    # A routine statement of the day ("took my tablets with my porridge and had a shower", "my sister drove me to
    # clinic and waited with me"): every clause an everyday act done, no sign told in the present, no red flag, no
    # amount of medicine (a reading, "36.8", is none), nothing again today ("took my pills and then slumped over" is
    # none). Hedged, and each detector one step down (``stepped_down``).
    routine = alarming and not red_flags and routine_only(text) and not AGAIN_TODAY.search(normal) \
        and not (AMOUNT.search(normal) and "swallowed" in concepts(normal))
    # A question whether to give a medicine ("can i give her ibuprofen tonight": its "tonight" is the dose's time), or
    # a fever of some days with no risk nor sign of danger (safety_plain): hedged, a possible emergency at most.
    told_plainly = plain_told(normal, affirmed_text, bool(red_flags)) if alarming else None
    hedged_e = bool(denied & ALARMING["emergency"]) and not act or reassured(normal) or past or imagined or story \
        or asked or calm or routine or told_plainly is not None
    # Imagined, not happening ("if a friend tells me she wants to end her life, what do i say"),
    # or said with reassurance ("i promise", "i just want to understand"): a crisis needs a clearly sure detector.
    # A conditional vow ("if i have to do another round i will end my life") is a threat, not imagined.
    # So is the writer's own absence ("they would be better off if i was gone"): a burden, not a scenario.
    framed_c = framed - {"hypothetical"} if framed & {"vowed", "absent", "kept"} else framed
    told = "hypothetical" in framed_c and "now" not in framed and not REACHED_NOW.search(normal)
    # A denial hedges a crisis unless death itself is still said ("ways to die that do not hurt" denies no wish), nor
    # a plan denied alone ("i think of ending it all, i have made no plan"), nor where another act is told: "no se
    # tomo ninguna pastilla, se fumo todo el fentanilo" denies one act and tells a second, a medicine taken.
    denied_c = bool(denied & ALARMING["crisis"] - {"plan"}) and not _DEATH.search(affirmed_text) and not act
    named_c = set() if whole and not crisis_named(affirmed_text) else concepts(without_residence(
        without_apology(affirmed_text))) & ALARMING["crisis"]  # ("perdón por el mensaje": text/safety_courtesy)
    named_c -= {"swallowed"} if medicine_only(affirmed_text) else set()  # (a medicine named as the treatment)
    long_story = story and not named_c and long_story_asks(text, normal)
    # (A worry or fear told with no crisis concept named, "worried her memory is getting worse": hedged too, "now" or
    # not; never with a plan, the means or preparations named: "scared i will go through with it tonight".)
    fear = alarming and worried(normal) and not PLAN.search(normal) and not PREPARED.search(normal)
    hedged_c = denied_c or past or told or reassured_of_crisis(normal) or laughs or (story or fear) and not named_c \
        or routine
    # Told as over ("none since", "it went away", "that passed"; "he passed out last week, he is okay now":
    # told_over), nothing now: no emergency answer or line; a crisis keeps at most its gentle line (an attempt, even
    # long ago, is a risk in itself). (Never a crisis: "sorted my will this week" is a preparation.)
    again = bool(AGAIN_TODAY.search(normal))  # ("fainted twice today, ok now": not over)
    # (A story's loose ending steps down no emergency detector clearly sure.)
    loose_end = scores is None or scores.emergency < scores.emergency_sure + 2 * HEDGE_MARGIN
    ended = alarming and not now_told and not again and ((past and over(normal)) or ("now" not in framed
                                                                                   and stopped(normal))
                                           or (not named_c and told_over(text, normal, names_alarming) and loose_end))
    episode = alarming and not (now_told and told_now_beyond_ending(text, names_alarming)) and not again \
        and episode_over(text, names_alarming, names_crisis_itself) and loose_end
    ended = ended or episode  # (an episode told as over, read on the clauses of the whole message: safety_episode)
    # Every alarming concept named is denied ("the kids did not get into my pills", "nobody overdosed", "he did not
    # stop breathing, he snores"), no death word said: a detector alone is not enough, unless clearly sure.
    denied_all = all_denied(normal, affirmed_text, _DEATH) and not feared or figure  # (a fear denies no emergency)
    # (a plan denied alone, the crisis detector sure: "wondering how i would do it. not planning" denies no thoughts)
    denied_all = denied_all and not (plan_alone(normal) and scores is not None and scores.crisis_level == "sure")
    scores = denied_levels(scores, fine_now(normal)) if scores is not None and denied_all else scores  # (and fine)
    red_flags, scores = feared_stepped(red_flags, scores) if feared else (red_flags, scores)
    plain = scores  # a phrase needs its detector's own agreement; the hedge is for a detector alone
    if scores is not None and (hedged_e or hedged_c):
        scores = hedge(scores, hedged_e, hedged_c)
    scores = capped(scores, told_plainly)
    if scores is not None:
        scores = stepped_down(scores, text, ws, framed, concepts(affirmed_text), {f.kind for f in red_flags},
                               resolved_story=past and resolved(normal), routine=routine)
    if plain is not None and (framed & {"asking", "past", "hypothetical"} or asked) and "now" not in framed:
        # Asked about, past or hypothetical: a phrase alone is not enough, its detector must agree (a question only
        # needs it not to say no; the past and hypotheticals need it sure; a general question, clearly sure).
        # (An imagined case's phrase too, "should i call 999 if my mum faints": the detector clearly sure.)
        level = {"emergency": "possible" if (asked and not laughs and not OWN_STATE.search(normal)
                                             or imagined and not now_told)
                 and plain.emergency_sure <= plain.emergency
                 < plain.emergency_sure + HEDGE_MARGIN else plain.emergency_level, "crisis": plain.crisis_level}
        # (A side effect reported of someone else's past, asked about: "my cousin said she had suicidal thoughts on
        # prednisone, is that common?" needs its crisis detector to be sure, as in the past; a possible one keeps the
        # gentle line.)
        side = "asking" in framed and reported_side_effect(normal) and not told_now(text, _names_crisis)
        need = {kind: ("sure",) if frames & {"past", "hypothetical"} or asked or (side and kind == "crisis")
                else ("sure", "possible")
                if frames & {"asking"} else ("sure", "possible", "no")  # a vow: the phrase stands on its own
                for kind, frames in (("emergency", framed), ("crisis", framed_c))}
        # ... except a crisis stated in a clause of its own: "ive been having suicidal thoughts, is that the steroids?"
        # tells of a crisis now and asks about it; the question does not make it a question about suicide.
        stated = "asking" in framed and not framed_c & {"past", "hypothetical"} and not asked \
            and told_now(text, _names_crisis) or bool(REACHED_NOW.search(normal))  # ("... i feel that way now")
        red_flags = tuple(f for f in red_flags if level[f.kind] in need[f.kind] or (stated and f.kind == "crisis"))
    doubted: tuple[RedFlag, ...] = ()
    if plain is not None:  # a phrase its own detector firmly contradicts: a safety line, not an urgent answer
        doubted = tuple(f for f in red_flags if contradicted(f, plain, len(ws), laughs))
        red_flags, doubted = denied_flags(red_flags, doubted, plain, denied_all, text)
    helper = alarming and "now" not in framed and not now_told and not framed & {"vowed", "absent", "kept"} \
        and helping_other(normal)
    # (A calm story steps down no emergency detector that is clearly sure, nor a poisoning phrase.)
    calm = (calm and plain is not None and plain.emergency < plain.emergency_sure + HEDGE_MARGIN or whole) \
        and not any("poison" in f.name or f.name == "overdose" for f in red_flags)
    red_flags, doubted, scores = told_story(red_flags, doubted, scores, ended=ended, asks=long_story or helper
                                            or whole and not named_c, calm=calm)
    detectors_silent = scores is not None and scores.emergency_level == "no" and scores.crisis_level == "no"
    # ("the bridge is close to my house": no plan, see safety_means)
    landmark = place_only(affirmed_text, named_c, normal)
    scores = landmark_stepped(scores, landmark)
    # An ingestion told as an accident (a young child into the pills, a dose mixed up, a button battery) with no
    # other crisis concept named: no attempt, whatever the crisis detector reads in the words of taking pills (it
    # learnt them from overdoses). Poison control's advice, not the crisis line (see safety_accident).
    accident = not named_c - {"swallowed", "plan"} \
        and accidental_ingestion(normal, "swallowed" in concepts(affirmed_text))
    # (An acute event told by its bare name, "head injury", "heart attack i think", safety_bare.)
    emergency = (any(f.kind == "emergency" for f in red_flags)
                 or (scores is not None and scores.emergency_level == "sure")
                 or not episode and (bare_emergency(text, normal) or not ended and sign_told(normal))
                 or self_harm_now(affirmed_text, framed, ended))
    # A fever told now on a treatment that lowers the counts, however well the writer feels or the last count was,
    # or a painkiller counted past a day's most and taken, even passed on from someone else (safety_signs reads them
    # told as past, over, asked or imagined itself): an emergency added to what the rest reads, never in place of it
    # (it neither makes a crisis "medical" below nor replaces a despair line: both are kept, crisis_now).
    sign_added = sign and not emergency and not asked and (fever_on_treatment(normal, affirmed_text)
                                                  or counted_overdose(normal, affirmed_text))
    # (Someone else's collapse naming no crisis, or no crisis beyond the emergency's words: safety_route.)
    medical = emergency and not any(f.kind == "crisis" for f in red_flags) \
        and (medical_for_another(normal, scores, named_c) or medical_alone(normal, affirmed_text, plain))
    crisis = any(f.kind == "crisis" for f in red_flags) or (scores is not None and scores.crisis_level == "sure"
                                                             and not accident and not medical)
    emergency = emergency or sign_added
    # The intent model's own emergency guess is a possible emergency (a line first, never an abstention; urgent alone
    # it caught nothing the detectors missed and raised false alarms); with a detector not silent it lifts a crisis.
    intent_emergency = (intent == "emergency" and confidence >= EMERGENCY_INTENT_MIN and not detectors_silent
                        and not hedged_e and not framed & {"hypothetical", "past"})
    # A plan or the means lift a possible crisis (not a farewell alone, "goodbye"; not asked, past or imagined).
    told_about = bool(framed_c & {"asking", "past", "hypothetical"}) and "now" not in framed
    # (A time alone lifts nothing where no other crisis concept is named: "recommend a good movie for tonight".)
    # (A means or a place named, "the roof", "a rope", lifts with a crisis concept named, the writer there or the
    # crisis detector clearly in its band: "my husband fell off the roof" is a fall.)
    means = means_named(affirmed_text, named_c)  # (none in an episode told as over: a tablet of its own care)
    # (... and a crisis concept named or a clear crisis detector lift a possible crisis with a medical emergency.)
    named_or_clear = not accident and not landmark and (bool(named_c - {"plan"}) or clear_crisis(plain))
    plan_words = None if hedged_c or told_about or accident or landmark or ended or not means else \
        (named_or_clear or bool(WRITER_AT_MEANS.search(affirmed_text)) or any(w in ROUTINE for w in means))
    possible_crisis = scores is not None and scores.crisis_level == "possible"
    # A crisis said as a whole idea (a wish to be dead, no future, a final farewell: safety_plan.crisis_said) by the
    # writer now, where the crisis detector reads at least a possible one: a crisis, whatever hedged the detector.
    # (A farewell often clears the others with a negation, "it was not your fault. bye": no denial of it.)
    farewell = crisis_said(normal) == "farewell"
    said = said_now(text, normal, framed, denied_c and not farewell or ended or reassured(normal)
                    or wish_denied(normal, affirmed_text))
    # (A final farewell, "see you on the other side", "goodbye world", "it was nice knowing everyone", or no future at
    # all, "i can't see any future", is a crisis with the detector within FINAL_DOUBT below its band: said so, it is
    # final on its own, and the detector has read only a few words of it.)
    # (A farewell another person is reported to say, "my grandmother says it has been a good run", only FINAL_DOUBT.)
    doubt = FAREWELL_DOUBT if said == "farewell" and not _SAID_BY_ANOTHER.search(normal) else FINAL_DOUBT \
        if said in ("farewell", "no_future", "self_harm", "plan") else 0.0  # (or unsafe with oneself, a plan)
    crisis = crisis or bool(said) and plain is not None and plain.crisis >= plain.crisis_band - doubt
    # An attempt made in the last day, however well the person is said to be now: both numbers (safety_signs).
    attempt = recent_attempt(normal, affirmed_text)
    crisis = crisis or attempt
    if crisis or (possible_crisis and not medical and (named_or_clear and (emergency or intent_emergency
                                                                          and not hedged_c) or plan_words)):
        # Ideation with a plan, the means or an attempt (or a crisis that is also a medical emergency): the
        # emergency number as well as the crisis line.
        plan = emergency or intent_emergency or attempt or any(f.kind == "emergency" for f in red_flags) \
            or tells_a_plan(normal, affirmed_text)
        return SafetyDecision(urgent="crisis_now" if plan else "crisis")
    # A possible emergency that is happening now is one, asked about or told ("is he dying right now?"); a long story
    # that asks for information is not (the "now" of "and now the doctor says ..." is the story's).
    if (not emergency or sign_added) and scores is not None and scores.emergency_level == "possible" and not hedged_e \
            and ("now" in framed and not (fear and not concepts(affirmed_text) & ALARMING["emergency"])
                 or SUDDEN.search(normal) or SEIZING.search(normal) or act or accident):  # (a worry's "now": none)
        # (an amount of a medicine taken, or an ingestion told as an accident, "my 3 year old ate some of my
        # tablets": told, and poison control cannot wait)
        emergency, sign_added = True, False  # (read so without the sign too)
    if emergency:  # (the means at hand and a crisis detector nearly sure, or cuts made to oneself: both numbers)
        own = [f.message for f in red_flags if f.kind == "emergency" and f.message]
        both = (means_at_hand(affirmed_text) and (_faint_crisis(plain, bool(named_c), ended)
                                                  or own_crisis(affirmed_text))
                or self_harm_cut(normal) and not ended) and not accident \
            or sign_added and _carries_crisis(decide(text, red_flags, scores, intent, confidence, sign=False))
        return SafetyDecision(urgent="crisis_now" if both else own[0] if own else "poisoning" if accident and not any(
            f.kind == "emergency" for f in red_flags) else "emergency")  # (a sign of its own, "can not wake him")
    if possible_crisis or any(f.kind == "crisis" for f in doubted):
        return SafetyDecision(line="despair")
    # (Bleeding told in everyday words on a treatment that lowers the counts or with low platelets, now: the line at
    # least, whatever the detector reads: safety_signs.)
    bleeding = not (past or imagined or asked or ended) and bleeding_on_treatment(normal, affirmed_text)
    if (scores is not None and scores.emergency_level == "possible") or doubted or bleeding:
        return SafetyDecision(line="possible_emergency")
    if intent == "emergency" and not denied_all and not ended and not routine \
            and (scores is None or scores.emergency >= scores.emergency_band - INTENT_SUPPORT) \
            and not unnamed_question("emergency", text, ws, framed, concepts(affirmed_text)):
        return SafetyDecision(line="possible_emergency")
    # (A routine statement of the day, "finished my tablets", is no faint despair: the detector read the pills.)
    # (A parting, "take care of my dog for me", "one last christmas with me", needs a crisis detector nearly sure for
    # the line: alone it is a kindness or a plan for a holiday.)
    faint = _faint_crisis(plain, bool(named_c) or said == "parting", ended) and not routine
    return SafetyDecision(line="despair" if faint or said in FINAL else asked_line(
        normal, concepts(affirmed_text), told_now=not (past or imagined), denied_crisis=denied_c))
