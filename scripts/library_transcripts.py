"""Writes tests/transcripts/library_*.yml from the bot's current answers: review every answer before committing.

Usage: python scripts/library_transcripts.py tests/transcripts   (turns it cannot answer are listed, not written)
"""
# ruff: noqa: E501
import sys
from pathlib import Path

from marrowbot import Bot, Session

b = Bot.load()
D, S, C, G, T = "definition", "symptoms", "causes", "genetics", "treatment"
Q = {D: "What is {c}?", S: "What are the symptoms of {c}?", C: "What causes {c}?", G: "Is {c} inherited?",
     T: "How is {c} treated?"}
conds = [
 ("aplastic_anemia", "Aplastic anemia", "aplastic anemia", [D, S, C, T]),
 ("leukemia", "Leukemia", "leukemia", [D, S, C, T]),
 ("lymphoma", "Lymphoma", "lymphoma", [D, S, C, T]),
 ("polycythemia_vera", "Polycythemia vera", "polycythemia vera", [D, S, G, T]),
 ("myelofibrosis", "Primary myelofibrosis", "primary myelofibrosis", [D, S, G, T]),
 ("essential_thrombocythemia", "Essential thrombocythemia", "essential thrombocythemia", [D, S, G, T]),
 ("fanconi_anemia", "Fanconi anemia", "Fanconi anemia", [D, S, G, T]),
 ("myelodysplastic_syndromes", "Myelodysplastic syndromes", "myelodysplastic syndromes", [D, S, C, T]),
 ("multiple_myeloma", "Multiple myeloma", "multiple myeloma", [D, S, C, T]),
 ("pnh", "Paroxysmal nocturnal hemoglobinuria", "paroxysmal nocturnal hemoglobinuria", [D, S, G]),
 ("diamond_blackfan_anemia", "Diamond-Blackfan anemia", "Diamond-Blackfan anemia", [D, S, G]),
 ("pearson_syndrome", "Pearson marrow-pancreas syndrome", "Pearson syndrome", [D, S, C]),
 ("shwachman_diamond_syndrome", "Shwachman-Diamond syndrome", "Shwachman-Diamond syndrome", [D, G]),
 ("8p11_myeloproliferative_syndrome", "8p11 myeloproliferative syndrome", "8p11 myeloproliferative syndrome", [D, S, G]),
 ("juvenile_myelomonocytic_leukemia", "Juvenile myelomonocytic leukemia", "juvenile myelomonocytic leukemia", [D, S, T]),
 ("atypical_cml", "Atypical chronic myelogenous leukemia", "atypical chronic myelogenous leukemia", [D, S, G, T]),
 ("chronic_myeloproliferative_neoplasms", "Chronic myeloproliferative neoplasms", "chronic myeloproliferative neoplasms", [D, T]),
 ("mds_mpn", "Myelodysplastic/myeloproliferative neoplasms", "myelodysplastic/myeloproliferative neoplasms", [D, T]),
 ("mds_mpn_unclassifiable", "Myelodysplastic/myeloproliferative neoplasm, unclassifiable", "myelodysplastic/myeloproliferative neoplasm, unclassifiable", [D, S, T]),
 ("thrombocythemia_thrombocytosis", "Thrombocythemia and thrombocytosis", "thrombocythemia and thrombocytosis", [D, S, C, T]),
 ("amyloidosis", "Amyloidosis", "amyloidosis", [D, S, C, T]),
 ("anemia", "Anemia", "anemia", [D, S, C, T]),
 ("acute_lymphoblastic_leukemia", "Acute lymphoblastic leukemia", "acute lymphoblastic leukemia", [D, S, T]),
 ("sickle_cell_disease", "Sickle cell disease", "sickle cell disease", [D, S, G, T]),
 ("tuberculosis", "Tuberculosis", "tuberculosis", [D, S, C, T]),
 ("dic", "Disseminated intravascular coagulation", "disseminated intravascular coagulation", [D, S, C, T]),
 ("hus", "Hemolytic uremic syndrome", "hemolytic uremic syndrome", [D, S, C, T]),
 ("antiphospholipid_syndrome", "Antiphospholipid syndrome", "antiphospholipid syndrome", [D, S, C, T]),
 ("hyperparathyroidism", "Primary hyperparathyroidism", "primary hyperparathyroidism", [D, S, C, T]),
 ("stem_cells", "Stem cells", "stem cells", [D]),
 ("bone_marrow_transplant", "Bone marrow transplantation", "bone marrow transplantation", [D]),
 ("blood_transfusion", "Blood transfusion and donation", "blood transfusions", [D]),
 ("blood_count_tests", "Blood count tests", "blood count tests", [D]),
]
out = Path(sys.argv[1])
titles = {}
for d in b.documents:
    titles.setdefault(d.title.lower(), []).append(d.id)
for key, label, c, kinds in conds:
    lines = [f"# {label}: answered from the linked library's copies of the NIH pages the seed links to or names",
             "# (sources/linked/manifest.tsv); every answer shows the NIH page and the MedQuAD attribution.",
             f"name: {label} from the linked library", "turns:"]
    n = 0
    for k in kinds:
        q = Q[k].format(c=c)
        q = {("stem_cells", D): "What are stem cells?", ("blood_transfusion", D): "What is a blood transfusion?",
             ("blood_count_tests", D): "What are blood count tests?",
             ("bone_marrow_transplant", D): "What is a bone marrow transplant?"}.get((key, k), q)
        a = b.ask(q, Session())
        lib = [s for s in a.snippets if s.doc in b.index.linked_docs]
        if a.abstained or not lib or (a.intent != k and key not in ("bone_marrow_transplant", "blood_count_tests", "blood_transfusion")):
            print("SKIP", key, q, a.intent, a.topic, a.abstained, file=sys.stderr)
            continue
        doc = lib[0].doc
        d = b.corpus.document(doc)
        family = [x for x in titles[d.title.lower()] if x in b.index.linked_docs]
        topic = a.topic if a.topic in family else None
        lines += [f"  - user: {q!r}".replace("'", '"') if "'" not in q else f"  - user: \"{q}\"",
                  "    expect:", f"      intent: {a.intent}"]
        if topic:
            lines.append(f"      topic: [{', '.join(family)}]")
        urls = ", ".join(f'"{b.corpus.document(x).url}"' for x in family)
        lines += ['      contains: ["copy in MedQuAD, before 2019"]', f"      contains_any: [{urls}]",
                  "      abstained: false"]
        n += 1
    if n:
        (out / f"library_{key}.yml").write_text("\n".join(lines) + "\n")
