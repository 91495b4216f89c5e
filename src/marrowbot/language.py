"""Which language a message is in (English or Spanish), offline, from a profile of common words and a letter
n-gram model; and the word list that lets the English understanding read a Spanish question. Nothing here
translates medical text: quotes stay as the documents wrote them."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from marrowbot.text import fold

if TYPE_CHECKING:
    from lingua import LanguageDetector

DEFAULT = "en"

# Function words and everyday question words that are common in one language and rare in the other. Words
# spelt the same in both ("a", "no", "me", "he", "son", "mi", "solo", "sin", "o", "e") count for neither.
_PROFILES: dict[str, frozenset[str]] = {
    "es": frozenset(
        """de la que el en y los se del las un por con una su para es al lo como mas pero sus le ya este si
        porque esta entre cuando muy sobre tambien hasta hay donde quien desde todo nos durante todos uno les
        ni contra otros ese eso ante ellos esto antes algunos que unos yo otro otras otra el tanto esa estos
        mucho muchos quienes nada cual poco ella estar estas algunas algo nosotros mis tu te ti tus ellas
        usted ustedes cuales cuando donde como quien cuanto cuanta cuantos cuantas tengo tiene tienes tienen
        tenemos puedo puede pueden puedes debo debe deben necesito quiero quisiera saber hacer hace estoy
        esta estan soy eres somos fue era han ha he hola gracias adios buenos buenas dias tardes noches
        ayuda ayudame por favor sintomas sintoma causa causas tratamiento tratamientos trata tratan
        diagnostico pruebas prueba enfermedad enfermedades medula osea oseas huesos hueso dolor duele
        cansado cansada cansancio fiebre sangre sangrado medico medicos doctor hospital cura curar
        pronostico hereditaria hereditario genes genetica ensayos clinicos experto expertos apoyo grupos
        leucemia linfoma aplasica policitemia mielofibrosis trombocitemia esencial
        trasplante nino nina ninos hijo hija madre padre esposo esposa familia vida morir muerte muy
        mucha aqui ahora hoy ayer manana siempre nunca tambien entonces bien mal mejor peor gracias
        pecho respirar respiro puedo matarme suicidarme quiero triste sola solo vivir siento despues
        sobre vez veces cosa cosas gente persona personas alguien cada mismo misma asi cual porque
        entiendo entender explique expliqueme explicame dime digame gustaria podria podrias sabe sabes
        conoce hablar habla hable quiere quieres siento tiempo anos semana semanas meses dias cuanto cuantos
        mucho poco pasa paso tomar tomo medicina medicinas pastillas analisis resultados curar cura vivo
        mama papa abuelo abuela hermano hermana amigo amiga tambien ademas otra vez todavia aun nuevo""".split()
    ),
    "en": frozenset(
        """the of and to in is it that for with as was on are be at by this from or an have has had not but
        what all were when we there can been if more will would which their they them out so up about into
        than its how who did do does doing you your yours i my mine our us am being should could may might
        must shall please thanks thank hello hi bye goodbye help what where why which whose whom tell know
        want need get got feel feeling sick pain hurts hurt tired bone bones marrow disease diseases
        symptoms symptom cause causes caused treatment treated treat test tests diagnosis prognosis outlook
        blood cells cell doctor hospital cure chest breathe breathing kill myself die dying life wife
        husband son daughter child children mother father family today now always never very much many
        some any every each also just only still then here after before because while again same other
        these those such his her him she he me yes no don't can't isn't i'm it's what's
        tx sx dx ddx hx peds sibs""".split()  # (the clinical shorthand typed in English: "tx?", "sx?")
    ),
}
_PROFILES["es"] = _PROFILES["es"] - _PROFILES["en"] - {"a", "no", "me", "he", "son", "mi", "solo", "sin", "o", "e"}
_PROFILES["en"] = _PROFILES["en"] - {"a", "no", "me", "he", "son", "mi", "solo", "sin", "o", "e"}


def spanish_word(word: str) -> bool:
    """True for a folded word common in Spanish and rare in English ("tiene", "mi" is not: it is both)."""
    return word in _PROFILES["es"]


# Spelling that only Spanish uses: ñ, accented vowels, opening ¿ and ¡; and typical Spanish word endings.
_SPANISH_MARKS = re.compile(r"[ñ¿¡áéíóú]")
#: A message of one letter and nothing else but punctuation ("y?", "u?", "k."): English texting shorthand ("why?",
#: "you?", "ok") as often as a Spanish conjunction, so no evidence of Spanish; "¿y?" has Spanish spelling.
_ONE_LETTER = re.compile(r"\s*[a-z][\s.?!,]*")
_SPANISH_ENDINGS = re.compile(r"\b\w+(?:cion|ciones|dad|dades|mente)\b")
_ENGLISH_ENDINGS = re.compile(r"\b\w+(?:ing|ness|tion|tions|ly|'s|'t|'m|'re|'ve|'ll)\b")


# How the two sources of evidence are weighed (tuned on the development sets, see benchmarks/language-dev):
# a profile margin of _STRONG points or more decides alone (the model is not consulted, nor loaded); otherwise
# each profile point counts _WEIGHT in log-odds next to the model's log-odds, and _PRIOR_EN leans toward
# English, the product's default, when a very short message gives little evidence either way.
_STRONG = 2.0
_WEIGHT = 3.0
_PRIOR_EN = 0.5
_CLAMP = 1e-6


def names_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern of the documents' English names (folded, longest first), for ``detect``'s ``names``."""
    folded = sorted({f for f in (fold(n).strip() for n in names) if f}, key=len, reverse=True)
    if not folded:
        return None
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(f) for f in folded) + r")(?![a-z0-9])")


def detect(text: str, languages: tuple[str, ...] = ("en", "es"), names: re.Pattern[str] | None = None) -> str:
    """The message's language among ``languages`` (English when unsure, or when Spanish is not offered).

    The word profile decides when it has strong evidence; otherwise a letter n-gram model of English and
    Spanish (lingua, shipped inside its package, offline) weighs in, with the profile and a prior toward
    English. A message made of nothing but the documents' English names (``names``: "fanconi anemia?") is
    English: the letters of a name are no evidence of the language it is asked in."""
    if "es" not in languages or not text or not text.strip():
        return DEFAULT
    if names is not None and not re.search(r"[a-z]", names.sub(" ", fold(text))):
        return DEFAULT
    if _ONE_LETTER.fullmatch(text.lower()):
        return DEFAULT
    margin = profile_margin(text)
    if abs(margin) >= _STRONG:
        return "es" if margin > 0 else DEFAULT
    score = model_log_odds(text) + _WEIGHT * margin - _PRIOR_EN
    return "es" if score > 0 else DEFAULT


def profile_margin(text: str) -> float:
    """Spanish evidence minus English evidence from common words, Spanish spelling and word endings."""
    lowered = text.lower()
    folded = fold(lowered)
    words = folded.split()
    es = sum(1.0 for w in words if w in _PROFILES["es"])
    en = sum(1.0 for w in words if w in _PROFILES["en"])
    es += 1.5 * len(_SPANISH_MARKS.findall(lowered))
    es += 0.5 * len(_SPANISH_ENDINGS.findall(folded))
    en += 0.5 * len(_ENGLISH_ENDINGS.findall(lowered.replace("\u2019", "'")))
    return es - en


def model_log_odds(text: str) -> float:
    """log(P(Spanish) / P(English)) from the n-gram model; 0.0 when it sees no letters it knows."""
    from lingua import Language

    values = {v.language: v.value for v in _model().compute_language_confidence_values(text)}
    es, en = values.get(Language.SPANISH, 0.0), values.get(Language.ENGLISH, 0.0)
    if es + en <= 0:
        return 0.0
    es, en = min(max(es, _CLAMP), 1.0), min(max(en, _CLAMP), 1.0)
    return math.log(es / en)


@functools.cache
def _model() -> LanguageDetector:
    """Built on first need only (about 0.3-1 s to load the English and Spanish models), then kept."""
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.SPANISH).build()


class Glossary:
    """Spanish words and phrases -> the English words the bot understands, to find the intent and the topic.

    Only the message is read this way; it is never shown, and nothing the documents say is translated."""

    def __init__(self, words: Mapping[str, str]) -> None:
        pairs = {fold(k): fold(v) for k, v in words.items() if fold(k)}
        self._pairs = pairs
        self._names: dict[str, str] = {}  # English (folded) -> the first phrase given for it, as written
        for k, v in words.items():
            self._names.setdefault(fold(v), k)
        # Longest phrases first, so "medula osea" is read before "osea".
        alternatives = "|".join(re.escape(k) for k in sorted(pairs, key=len, reverse=True))
        self._pattern = re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])") if pairs else None

    def __bool__(self) -> bool:
        return bool(self._pairs)

    def name(self, english: str) -> str | None:
        """How to write an English name ("Bone marrow necrosis") in this language, if the list says."""
        return self._names.get(fold(english))

    def english(self, text: str) -> str:
        folded = fold(text)
        if self._pattern is None:
            return folded
        return " ".join(self._pattern.sub(lambda m: self._pairs[m.group()], folded).split())
