"""The only intents reader: intents/*.yml -> intents, lay terms, red flags, abbreviations, messages."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from marrowbot.errors import IntentsError
from marrowbot.intent_examples import generated_files, load_generated
from marrowbot.intents_reading import check_keys as _check_keys
from marrowbot.intents_reading import read_top as _read
from marrowbot.intents_reading import text_list as _text_list
from marrowbot.intents_reading import text_value as _text
from marrowbot.intents_reading import top as _top
from marrowbot.messages import (
    GOING_ON,
    KIOSK_HINTS,
    OPTIONAL_MESSAGES,
    TRANSLATION_ONLY,
    Messages,
    message_keys,
    placeholders,
    template_problem,
)
from marrowbot.text import terms
from marrowbot.understanding.lay_names import LayName, check_examples
from marrowbot.yamlio import load_file, mapping_items, node_line

#: The intent names of contracts section 2; every intents folder must define them all.
CONTRACT_INTENTS = (
    "definition", "symptoms", "causes", "diagnosis", "treatment", "prognosis", "genetics", "research", "support",
    "symptom_check", "emergency", "personal_advice", "greeting", "thanks", "goodbye", "help", "out_of_scope",
)
#: Intents with their own way of answering; every other intent that lists sections is answered by quoting them.
SPECIAL_INTENTS = frozenset({"symptom_check", "emergency", "personal_advice", "out_of_scope"})
SMALL_TALK = frozenset({"greeting", "thanks", "goodbye", "help"})
FILES = ("intents.yml", "lay_terms.yml", "red_flags.yml", "abbreviations.yml", "messages.yml")


@dataclass(frozen=True)
class Intent:
    name: str
    description: str
    examples: tuple[str, ...]
    sections: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    line: int = 0
    sections_line: int = 0
    reports_as: str | None = None  # a refinement of a contract intent ("risk" of "causes"): answers carry that name


@dataclass(frozen=True)
class LayTerm:
    term: str
    says: tuple[str, ...]
    line: int = 0


@dataclass(frozen=True)
class RedFlag:
    name: str
    kind: str  # "emergency" or "crisis"
    phrases: tuple[str, ...] = ()
    all_of: tuple[tuple[str, ...], ...] = ()
    examples: tuple[str, ...] = ()  # messages the flag's phrases must catch (checked at load; also training data)
    not_examples: tuple[str, ...] = ()  # messages they must not catch
    message: str | None = None  # a message key that leads instead of the kind's own ("poisoning")


@dataclass(frozen=True)
class Translation:
    """The bot's own words in another language, and the words that let it read a question written in it."""

    lang: str
    messages: Messages
    words: tuple[tuple[str, str], ...]  # (word or phrase in that language, English)


@dataclass(frozen=True)
class IntentSet:
    intents: tuple[Intent, ...]
    lay_terms: tuple[LayTerm, ...]
    red_flags: tuple[RedFlag, ...]
    abbreviations: tuple[tuple[str, str], ...]
    messages: Messages
    path: str
    translations: tuple[Translation, ...] = ()
    lay_names: tuple[LayName, ...] = ()  # conditions named by what they mean ("dead marrow": bone marrow necrosis)
    generated: tuple[tuple[str, str], ...] = ()  # (example, intent) of examples.*.yml: the intent matcher's only

    @property
    def languages(self) -> tuple[str, ...]:
        return ("en", *(t.lang for t in self.translations))

    def intent(self, name: str) -> Intent:
        for i in self.intents:
            if i.name == name:
                return i
        raise KeyError(name)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(i.name for i in self.intents)

    def reported(self, name: str) -> str:
        """The name an answer carries: the contract intent an intent refines (``reports_as``), else its own."""
        for i in self.intents:
            if i.name == name:
                return i.reports_as or name
        return name

    @property
    def medical(self) -> frozenset[str]:
        """Intents answered by quoting the documents' sections (definition, symptoms, ..., and any added)."""
        return frozenset(i.name for i in self.intents
                         if i.sections and i.name not in SPECIAL_INTENTS and i.name not in SMALL_TALK)


def intents_files(directory: Path) -> list[Path]:
    """The five files, then the generated examples (``examples.*.yml``) if any."""
    return [Path(directory) / name for name in FILES] + generated_files(Path(directory))


def load_intents(directory: str | Path) -> IntentSet:
    directory = Path(directory)
    if not directory.is_dir():
        raise IntentsError(directory, None, "intents folder not found")
    intents = _load_intent_list(directory / "intents.yml")
    messages, translations = _load_messages(directory / "messages.yml", {i.name for i in intents})
    lay_terms, lay_names = _load_lay_file(directory / "lay_terms.yml")
    return IntentSet(
        intents=intents,
        lay_terms=lay_terms,
        lay_names=lay_names,
        red_flags=_load_red_flags(directory / "red_flags.yml"),
        abbreviations=_load_abbreviations(directory / "abbreviations.yml"),
        messages=messages,
        path=str(directory),
        translations=translations,
        generated=load_generated(directory, {i.name for i in intents}),
    )


# --- the five files ---------------------------------------------------------------------------------------------


def _load_intent_list(path: Path) -> tuple[Intent, ...]:
    root, value, node = _read(path, "intents")
    if not isinstance(value, list) or not value:
        raise IntentsError(path, node_line(node), "'intents' must be a non-empty list")
    seen: dict[str, int] = {}
    intents: list[Intent] = []
    allowed = {"name", "description", "examples", "sections", "keywords", "reports_as"}
    for inode, raw in zip(node.value, value):
        items = _check_keys(path, inode, allowed, {"name", "description", "examples"}, "intent")
        name = _text(path, items["name"][1], raw["name"], "name")
        if name in seen:
            raise IntentsError(path, node_line(items["name"][1]),
                               f"duplicate intent {name!r} (first at line {seen[name]})")
        seen[name] = node_line(inode)
        examples = _text_list(path, items["examples"][1], raw["examples"], f"intent {name!r} examples")
        sections: tuple[str, ...] = ()
        sections_line = 0
        if "sections" in items:
            sections = _text_list(path, items["sections"][1], raw["sections"], f"intent {name!r} sections")
            sections_line = node_line(items["sections"][1])
        keywords: tuple[str, ...] = ()
        if "keywords" in items:
            keywords = _text_list(path, items["keywords"][1], raw["keywords"], f"intent {name!r} keywords",
                                  allow_empty=True)
        description = _text(path, items["description"][1], raw["description"], f"intent {name!r} description")
        reports_as = None
        if "reports_as" in items:
            reports_as = _text(path, items["reports_as"][1], raw["reports_as"], f"intent {name!r} reports_as")
            if reports_as not in CONTRACT_INTENTS or reports_as == name or name in CONTRACT_INTENTS:
                raise IntentsError(path, node_line(items["reports_as"][1]),
                                   f"reports_as must name one of the contract's intents ({', '.join(CONTRACT_INTENTS)})"
                                   f" and belongs only on an intent the contract does not name, not {reports_as!r}")
        intents.append(Intent(name, description, examples, sections, keywords, node_line(inode), sections_line,
                              reports_as))
    missing = [n for n in CONTRACT_INTENTS if n not in seen]
    if missing:
        raise IntentsError(path, node_line(node), f"missing intent(s): {', '.join(missing)} (contracts section 2)")
    return tuple(intents)


def _load_lay_file(path: Path) -> tuple[tuple[LayTerm, ...], tuple[LayName, ...]]:
    """lay_terms.yml, read once: its lay terms and its optional lay names."""
    root, whole = load_file(path, IntentsError)
    _, value, node = _top(path, root, whole, "lay_terms", ("lay_names",))
    return _load_lay_terms(path, value, node), _load_lay_names(path, root, whole)


def _load_lay_terms(path: Path, value: Any, node: yaml.Node) -> tuple[LayTerm, ...]:
    if not isinstance(value, list):
        raise IntentsError(path, node_line(node), "'lay_terms' must be a list")
    out: list[LayTerm] = []
    for tnode, raw in zip(node.value, value):
        items = _check_keys(path, tnode, {"term", "says"}, {"term", "says"}, "lay term")
        term = _text(path, items["term"][1], raw["term"], "term")
        out.append(LayTerm(term, _text_list(path, items["says"][1], raw["says"], f"lay term {term!r} says"),
                           node_line(tnode)))
    return tuple(out)


def _load_lay_names(path: Path, top: yaml.Node | None, whole: Any) -> tuple[LayName, ...]:
    """The optional ``lay_names`` of lay_terms.yml: a name a document uses and how people say what it means; each
    entry's phrases must find its examples and none of its not_examples."""
    items = mapping_items(top)
    if "lay_names" not in items:
        return ()
    node, value = items["lay_names"][1], whole["lay_names"]
    if not isinstance(value, list):
        raise IntentsError(path, node_line(node), "'lay_names' must be a list")
    out: list[LayName] = []
    for enode, raw in zip(node.value, value):
        keys = _check_keys(path, enode, {"name", "says", "examples", "not_examples"}, {"name", "says"}, "lay name")
        name = _text(path, keys["name"][1], raw["name"], "name")
        lists = {key: _text_list(path, keys[key][1], raw[key], f"lay name {name!r} {key}")
                 for key in ("says", "examples", "not_examples") if key in keys}
        entry = LayName(name, lists["says"], lists.get("examples", ()), lists.get("not_examples", ()),
                        node_line(enode))
        problem = check_examples(entry)
        if problem is not None:
            raise IntentsError(path, node_line(enode), problem)
        out.append(entry)
    return tuple(out)


def _load_red_flags(path: Path) -> tuple[RedFlag, ...]:
    _, value, node = _read(path, "red_flags")
    if not isinstance(value, list) or not value:
        raise IntentsError(path, node_line(node), "'red_flags' must be a non-empty list")
    out: list[RedFlag] = []
    seen: set[str] = set()
    for fnode, raw in zip(node.value, value):
        items = _check_keys(path, fnode, {"name", "kind", "phrases", "all_of", "examples", "not_examples", "message"},
                            {"name", "kind"}, "red flag")
        name = _text(path, items["name"][1], raw["name"], "name")
        if name in seen:
            raise IntentsError(path, node_line(items["name"][1]), f"duplicate red flag {name!r}")
        seen.add(name)
        kind = raw["kind"]
        if kind not in ("emergency", "crisis"):
            raise IntentsError(path, node_line(items["kind"][1]), f"kind must be 'emergency' or 'crisis', not {kind!r}")
        phrases: tuple[str, ...] = ()
        if "phrases" in items:
            phrases = _text_list(path, items["phrases"][1], raw["phrases"], f"red flag {name!r} phrases")
        groups: list[tuple[str, ...]] = []
        if "all_of" in items:
            gnode, graw = items["all_of"][1], raw["all_of"]
            if not isinstance(graw, list) or not graw:
                raise IntentsError(path, node_line(gnode), f"red flag {name!r} all_of must be a list of lists")
            for sub_node, sub in zip(gnode.value, graw):
                groups.append(_text_list(path, sub_node, sub, f"red flag {name!r} all_of group"))
        if not phrases and not groups:
            raise IntentsError(path, node_line(fnode), f"red flag {name!r} needs 'phrases' or 'all_of'")
        lists = {key: _text_list(path, items[key][1], raw[key], f"red flag {name!r} {key}")
                 for key in ("examples", "not_examples") if key in items}
        message = None
        if "message" in items:
            message = _text(path, items["message"][1], raw["message"], f"red flag {name!r} message")
            if message not in message_keys():
                raise IntentsError(path, node_line(items["message"][1]),
                                   f"red flag {name!r}: no message {message!r} in messages.yml")
        flag = RedFlag(name, kind, phrases, tuple(groups), lists.get("examples", ()), lists.get("not_examples", ()),
                       message)
        _check_flag_examples(path, flag, items)
        out.append(flag)
    return tuple(out)


def _check_flag_examples(path: Path, flag: RedFlag, items: dict[str, Any]) -> None:
    """A flag's phrases must catch each of its examples and none of its not_examples."""
    if not flag.examples and not flag.not_examples:
        return
    from marrowbot.understanding.safety import RedFlagScreen  # the screen is the one judge of a phrase

    screen = RedFlagScreen((flag,))
    for key, want in (("examples", True), ("not_examples", False)):
        vnode = items[key][1] if key in items else None
        for i, text in enumerate(getattr(flag, key)):
            if bool(screen.screen(text)) != want:
                line = node_line(vnode.value[i]) if vnode is not None else 0
                what = "does not catch its example" if want else "catches its not_example"
                raise IntentsError(path, line, f"red flag {flag.name!r} {what} {text!r}")


def _load_abbreviations(path: Path) -> tuple[tuple[str, str], ...]:
    _, value, node = _read(path, "abbreviations")
    if not isinstance(value, dict):
        raise IntentsError(path, node_line(node), "'abbreviations' must be a mapping like 'PV: polycythemia vera'")
    out = []
    for key_node, val_node in node.value:
        short = str(key_node.value).strip()
        if not isinstance(val_node, yaml.ScalarNode) or not str(val_node.value).strip():
            raise IntentsError(path, node_line(val_node), f"abbreviation {short!r} must expand to a name")
        out.append((short, str(val_node.value).strip()))
    return tuple(out)


def _load_messages(path: Path, intent_names: set[str]) -> tuple[Messages, tuple[Translation, ...]]:
    root, value, node = _read(path, "messages", optional=("languages",))
    english = _message_map(path, node, value, intent_names, "en", None)
    translations: list[Translation] = []
    items = mapping_items(root)
    if "languages" in items:
        lnode = items["languages"][1]
        if not isinstance(lnode, yaml.MappingNode):
            raise IntentsError(path, node_line(lnode), "'languages' must map a language code (es) to its words")
        for lang, (knode, tnode) in mapping_items(lnode).items():
            if not re.fullmatch(r"[a-z]{2}", str(lang)) or lang == "en":
                raise IntentsError(path, node_line(knode), f"language {lang!r} must be a two-letter code other "
                                                          "than 'en' (English is the 'messages' above)")
            parts = _check_keys(path, tnode, {"messages", "words"}, {"messages"}, f"language {lang!r}")
            mnode = parts["messages"][1]
            messages = _message_map(path, mnode, _value(mnode), intent_names, lang, english)
            words: tuple[tuple[str, str], ...] = ()
            if "words" in parts:
                wnode = parts["words"][1]
                if not isinstance(wnode, yaml.MappingNode):
                    raise IntentsError(path, node_line(wnode), f"language {lang!r}: 'words' must map its words "
                                                              "to English ones")
                pairs = []
                for word, (wk, wv) in mapping_items(wnode).items():
                    if not isinstance(wv, yaml.ScalarNode) or not str(word).strip():
                        raise IntentsError(path, node_line(wk), f"language {lang!r}: word {word!r} must map to "
                                                                "English text (may be \"\" to drop it)")
                    pairs.append((str(word), str(wv.value)))
                words = tuple(pairs)
            translations.append(Translation(str(lang), messages, words))
    return english, tuple(translations)


def _value(node: yaml.Node) -> Any:
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _message_map(path: Path, node: yaml.Node, value: Any, intent_names: set[str], lang: str,
                 english: Messages | None) -> Messages:
    """One language's messages; a translation must have every key, and the same placeholders as English."""
    keys = set(message_keys())
    optional = set(OPTIONAL_MESSAGES) | set(KIOSK_HINTS) | set(GOING_ON) \
        | (TRANSLATION_ONLY if english is None else set())
    what = "messages" if english is None else f"messages of language {lang!r}"
    items = _check_keys(path, node, keys, keys - optional, what)
    values: dict[str, Any] = {"lang": lang}
    for key, (_, vnode) in items.items():
        raw = value[key]
        if key == "suggestions":
            values[key] = _text_list(path, vnode, raw, "suggestions")
            continue
        if key == "follow_ups":
            values[key] = _follow_ups(path, vnode, raw, intent_names)
            continue
        text = _text(path, vnode, raw, f"message {key!r}")
        problem = template_problem(text)
        if problem:
            raise IntentsError(path, node_line(vnode), f"message {key!r}: {problem}")
        used = placeholders(text)
        if english is not None and key not in TRANSLATION_ONLY:
            missing = placeholders(getattr(english, key)) - used
            if missing:
                raise IntentsError(path, node_line(vnode), f"message {key!r} ({lang}) must use "
                                   f"{{{sorted(missing)[0]}}} as the English one does")
        values[key] = text
    for key, fallback in OPTIONAL_MESSAGES.items():  # an older messages.yml: the nearest message stands in
        values.setdefault(key, values[fallback])
    for key, hint in (*KIOSK_HINTS.items(), *GOING_ON.items()):
        values.setdefault(key, hint if english is None else getattr(english, key))
    return Messages(**values)


def _follow_ups(path: Path, node: yaml.Node, value: Any, intent_names: set[str]) -> tuple[tuple[str, str], ...]:
    if not isinstance(node, yaml.MappingNode) or not isinstance(value, dict):
        raise IntentsError(path, node_line(node), "follow_ups must map an intent name to a question with {topic}")
    out = []
    for name, (knode, vnode) in mapping_items(node).items():
        if name not in intent_names:
            raise IntentsError(path, node_line(knode), f"follow_ups: {name!r} is not an intent of intents.yml")
        text = _text(path, vnode, value[name], f"follow_ups {name!r}")
        if placeholders(text) != {"topic"}:
            raise IntentsError(path, node_line(vnode), f"follow_ups {name!r} must name the topic as {{topic}}, "
                                                       "and nothing else in braces")
        out.append((str(name), text))
    return tuple(out)


def check_against_corpus(intent_set: IntentSet, headings: set[str], intents_dir: Path) -> tuple[str, ...]:
    """Warnings for intents none of whose sections (lowercased ``headings``) any document has: they answer from
    sentences that use the intent's words instead. A warning, never a refusal, so that a clinic's copy of the
    packaged intents (made for many corpora) works with its own small corpus exactly as the packaged ones do."""
    path = intents_dir / "intents.yml"
    warnings = []
    for intent in intent_set.intents:
        if intent.name not in intent_set.medical:
            continue
        missing = [s for s in intent.sections if s.lower() not in headings]
        if len(missing) == len(intent.sections):
            warnings.append(str(IntentsError(
                path, intent.sections_line,
                f"intent {intent.name!r}: no document has any of its sections ({', '.join(missing)})")))
    return tuple(warnings)


def lay_term_warnings(intent_set: IntentSet, vocabulary: Mapping[str, int], intents_dir: Path) -> tuple[str, ...]:
    """Lay terms whose document word the corpus never uses (harmless, but worth knowing)."""
    return tuple(f"{intents_dir / 'lay_terms.yml'}:{lay.line}: the term {lay.term!r} is not in the corpus"
                 for lay in intent_set.lay_terms if not all(t in vocabulary for t in terms(lay.term)))
