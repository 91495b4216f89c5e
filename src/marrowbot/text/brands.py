"""Brand names of medicines -> the generic names the documents use ("gleevec" is imatinib). Used where everyday
words are put in the documents' words (text.questions.SYNONYMS): a question that names a medicine by its brand is
answered from the sentences that name it by its generic name. Only medicines the documents name."""

from __future__ import annotations

#: Brand (folded, one word) -> generic names as the documents spell them. US brands of the medicines the corpus
#: names; one brand may stand for a medicine sold under several.
BRANDS: dict[str, tuple[str, ...]] = {
    "gleevec": ("imatinib",), "glivec": ("imatinib",),
    "hydrea": ("hydroxyurea",), "droxia": ("hydroxyurea",), "siklos": ("hydroxyurea",),
    "revlimid": ("lenalidomide",), "thalomid": ("thalidomide",),
    "coumadin": ("warfarin",), "jantoven": ("warfarin",),
    "agrylin": ("anagrelide",), "sprycel": ("dasatinib",), "tasigna": ("nilotinib",),
    "jakafi": ("ruxolitinib",), "dacogen": ("decitabine",), "vidaza": ("azacitidine",),
    "velcade": ("bortezomib",), "kyprolis": ("carfilzomib",), "darzalex": ("daratumumab",),
    "advil": ("ibuprofen",), "motrin": ("ibuprofen",), "tylenol": ("acetaminophen",),
    "pegasys": ("interferon",), "deltasone": ("prednisone",),
    "neoral": ("cyclosporine",), "sandimmune": ("cyclosporine",),
}
