"""Extraction speed on one core, against a single Aho-Corasick pass over the same text.

Generates a >= 50 MB multilingual corpus in a temporary folder (news-like filler with a share of
paragraphs about copies and licences in 9+ languages), then measures in the same run:

* the extractor: every file through ``Extractor.extract_text`` (read, fold, scan, rules);
* the baseline: one ``pyahocorasick`` iteration over the same text with the same patterns.

usage: python benchmarks/extract_bench.py [--mb 50] [--relevant 0.1] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from copytrace.extract import Extractor
from copytrace.extract.fold import fold
from copytrace.extract.segment import pipeline

FACTS = {
    "en": ["The Romanian PM md. 63 is a licensed copy of the Soviet AKM, made by Cugir from 1963.",
           "Bulgaria, Hungary and Poland built the AKM under licence, while China made the Type 56 without one.",
           "The Zastava M70 was exported to Iraq and Uganda."],
    "ru": ["Болгарский автомат АКК производился по лицензии СССР и экспортировался в Ирак.",
           "Югославский М70 — копия АК-47, сделанная без лицензии."],
    "id": ["Senapan AMD-65 buatan Hungaria merupakan varian dari AKM dan diekspor ke Irak."],
    "pl": ["Karabinek kbk wz. 88 Tantal to polska wersja AK-74, produkowana od 1991 roku."],
    "ro": ["Pistolul mitralieră model 1963 este o copie românească a AKM, fabricată sub licență la Cugir."],
    "bg": ["Китайският Type 56 е копие на АК-47 и се произвежда от Norinco."],
    "de": ["Die MPi-KM ist ein in Lizenz gebauter Nachbau der sowjetischen AKM."],
    "fr": ["Le Type 56 est une copie chinoise de l'AK-47, fabriquée par Norinco à partir de 1956."],
    "es": ["El Tipo 58 norcoreano es una copia del AK-47 fabricada desde 1958."],
}
FILLER = {
    "en": "The city council met on Tuesday to discuss the budget for schools, roads and the new library. "
          "Local residents asked about parking and the weather forecast promised rain for the weekend.",
    "ru": "Городской совет обсудил бюджет на следующий год, ремонт дорог и строительство новой школы. "
          "Жители спрашивали о парковке, а синоптики обещают дождь на выходных.",
    "id": "Dewan kota bertemu pada hari Selasa untuk membahas anggaran sekolah, jalan, dan perpustakaan baru. "
          "Warga bertanya tentang parkir dan prakiraan cuaca menjanjikan hujan pada akhir pekan.",
    "pl": "Rada miasta spotkała się we wtorek, aby omówić budżet szkół, dróg i nowej biblioteki. "
          "Mieszkańcy pytali o parkingi, a prognoza pogody zapowiada deszcz w weekend.",
    "ro": "Consiliul local s-a întrunit marți pentru a discuta bugetul școlilor, drumurilor și noii biblioteci. "
          "Locuitorii au întrebat despre parcare, iar prognoza meteo anunță ploaie în weekend.",
    "bg": "Общинският съвет обсъди бюджета за училища, пътища и новата библиотека във вторник. "
          "Жителите питаха за паркирането, а прогнозата обещава дъжд през уикенда.",
    "de": "Der Stadtrat traf sich am Dienstag, um den Haushalt für Schulen, Straßen und die neue Bibliothek "
          "zu besprechen. Anwohner fragten nach Parkplätzen, und für das Wochenende ist Regen angesagt.",
    "fr": "Le conseil municipal s'est réuni mardi pour discuter du budget des écoles, des routes et de la "
          "nouvelle bibliothèque. Les habitants ont posé des questions sur le stationnement.",
    "es": "El consejo municipal se reunió el martes para discutir el presupuesto de escuelas, carreteras y la "
          "nueva biblioteca. Los vecinos preguntaron por el aparcamiento y se espera lluvia.",
}
DOC_BYTES = 200_000


def make_corpus(folder: Path, megabytes: float, relevant: float, seed: int) -> list[Path]:
    rng = random.Random(seed)
    paths: list[Path] = []
    total = 0
    target = int(megabytes * 1_000_000)
    while total < target:
        lang = rng.choice(sorted(FILLER))
        paras: list[str] = []
        size = 0
        while size < DOC_BYTES:
            para = rng.choice(FACTS[lang]) if rng.random() < relevant else FILLER[lang]
            paras.append(para)
            size += len(para.encode("utf-8")) + 2
        path = folder / f"doc{len(paths):05d}_{lang}.txt"
        path.write_text("\n\n".join(paras), encoding="utf-8")
        total += path.stat().st_size
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0)
    parser.add_argument("--relevant", type=float, default=0.1, help="share of paragraphs stating a fact")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    extractor = Extractor()
    for lang, sentences in FACTS.items():  # load spaCy pipelines and lingua before timing
        extractor.extract_text(" ".join(sentences), "warm-up.txt", lang)
    for code in extractor.codes:  # every language's sentencizer, even where no warm-up text needed it
        pipeline(code)
    with tempfile.TemporaryDirectory() as tmp:
        paths = make_corpus(Path(tmp), args.mb, args.relevant, args.seed)
        texts = [p.read_text(encoding="utf-8") for p in paths]
        megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1_000_000
        # The baseline scans each document with exactly the patterns the extractor scans it with
        # (its language's phrases, every name); choosing them is not timed.
        gazetteer = extractor.knowledge.gazetteer
        automata = [gazetteer.automaton(extractor.allowed_languages(extractor.language_of(t))) for t in texts]
        start = time.perf_counter()
        matches = 0
        for text, automaton in zip(texts, automata, strict=True):
            for _ in automaton.iter(fold(text)):
                matches += 1
        baseline = time.perf_counter() - start
        start = time.perf_counter()
        facts = sum(len(extractor.extract_text(text, path.name)) for text, path in zip(texts, paths, strict=True))
        full = time.perf_counter() - start
    print(f"corpus: {megabytes:.1f} MB in {len(paths)} files, {args.relevant:.0%} of paragraphs relevant, "
          f"{len(gazetteer.automaton())} patterns in all, per-language subsets scanned")
    print(f"single Aho-Corasick pass: {megabytes / baseline:8.1f} MB/s ({matches} matches)")
    print(f"extractor:                {megabytes / full:8.1f} MB/s ({facts} facts)")
    print(f"ratio extractor / AC pass: {full / baseline:.2f}x slower")


if __name__ == "__main__":
    main()
