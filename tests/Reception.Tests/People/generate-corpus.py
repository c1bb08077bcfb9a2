#!/usr/bin/env python3
"""Writes person-corpus.csv: labelled pairs (earlier return, new arrival) for the person-matching test.

Deterministic (seeded). Written from how the same Mexican national is recorded differently across returns,
before the scorer was tuned; do not tune it to the scorer.

`same` pairs: one person, the new arrival re-typed with one to three of these real-world variations:
  exact                  re-registered with identical data
  accentsDropped         HERNÁNDEZ -> HERNANDEZ (keyboard without accents)
  bvSwap                 b <-> v (VELÁZQUEZ -> BELÁZQUEZ)
  szSwap                 s <-> z, c(e,i) -> s (GONZÁLEZ -> GONSÁLEZ, CECILIA -> SESILIA)
  yllSwap                y <-> ll (YOLANDA -> LLOLANDA, CASTILLO -> CASTIYO)
  hDropped               silent h dropped or added (HERNÁNDEZ -> ERNÁNDEZ)
  jgxSwap                j <-> x <-> g(e,i) (XIMENA -> JIMENA, JIMÉNEZ -> GIMÉNEZ)
  maAbbreviation         MARÍA -> MA., GUADALUPE -> GPE., FRANCISCO -> FCO.
  initial                second given name written as its initial (JOSÉ LUIS -> JOSÉ L.)
  secondGivenMissing     only the first given name given
  firstGivenDropped      goes by the second given name (MARÍA GUADALUPE -> GUADALUPE)
  secondSurnameMissing   only the first surname (US documents often carry one)
  surnamesTransposed     the two surnames in the other order
  particlesDropped       DE LA CRUZ -> CRUZ, PONCE DE LEÓN -> PONCE LEÓN
  hyphenated             GARCÍA LÓPEZ -> GARCÍA-LÓPEZ (US style)
  oneLetterTypo          one letter substituted, dropped, doubled or transposed in one name token
  dayMonthSwapped        US date order: 1990-03-07 -> 1990-07-03
  birthYearTypo          birth year off by one, day and month right
  estimatedAgeOnly       no date of birth on the new arrival: an estimated age (+-3 years off)
  sexUnspecified         sex not recorded on the new arrival
  curp                   both returns carry the same valid CURP (with other variations on top)

`different` pairs: near misses that must not look like the same person:
  siblingSameSurnames          same two surnames, different given names, born 10 months to 6 years apart
  siblingSharedFirstName       same surnames, same first given name (MARÍA, JOSÉ, JUAN), different second
  twin                         same surnames and date of birth, different given names
  twinSharedFirstName          twins MARÍA GUADALUPE / MARÍA FERNANDA
  cousinSameName-different-dob same full common name, born 2-20 years apart
  commonNameFarApart           same common full name, born 15-40 years apart
  fatherSonJr                  same names, the son with JR., born 18-35 years apart
  differentSexSameNames        same names (GUADALUPE, JESÚS, ...), different sex
  curpDiffers                  homonyms: same name and date of birth, different valid CURPs
  sharedFirstSurname           same given names and first surname, other second surname, birth years close
"""

import csv
import random
import re
import unicodedata
from datetime import date, timedelta

SEED = 20261130
SAME_PAIRS = 340
DIFFERENT_PAIRS = 340
CURP_PAIRS = 40

rng = random.Random(SEED)

# Weights roughly follow the frequency of surnames in Mexico (INEGI / RENAPO counts).
SURNAMES = [
    ("HERNÁNDEZ", 110), ("GARCÍA", 80), ("MARTÍNEZ", 70), ("LÓPEZ", 65), ("GONZÁLEZ", 60),
    ("RODRÍGUEZ", 45), ("PÉREZ", 45), ("SÁNCHEZ", 42), ("RAMÍREZ", 40), ("CRUZ", 30), ("FLORES", 28),
    ("GÓMEZ", 27), ("MORALES", 20), ("VÁZQUEZ", 20), ("REYES", 19), ("JIMÉNEZ", 18), ("TORRES", 17),
    ("DÍAZ", 16), ("GUTIÉRREZ", 15), ("RUIZ", 14), ("MENDOZA", 14), ("AGUILAR", 14), ("ORTIZ", 13),
    ("MORENO", 12), ("CASTILLO", 12), ("ROMERO", 11), ("ÁLVAREZ", 11), ("MÉNDEZ", 11), ("CHÁVEZ", 11),
    ("RIVERA", 10), ("JUÁREZ", 10), ("RAMOS", 10), ("DOMÍNGUEZ", 9), ("HERRERA", 9), ("MEDINA", 9),
    ("CASTRO", 8), ("VARGAS", 8), ("GUZMÁN", 8), ("VELÁZQUEZ", 8), ("MUÑOZ", 7), ("ROJAS", 7),
    ("CONTRERAS", 7), ("SALAZAR", 7), ("LUNA", 7), ("ORTEGA", 6), ("SANTIAGO", 6), ("GUERRERO", 6),
    ("BAUTISTA", 6), ("CORTÉS", 5), ("SOTO", 5), ("ALVARADO", 5), ("ESPINOZA", 5), ("LARA", 5),
    ("ÁVILA", 5), ("RÍOS", 5), ("SILVA", 4), ("VEGA", 4), ("CERVANTES", 4), ("ZAVALA", 3), ("BECERRA", 3),
    ("VILLANUEVA", 3), ("GALLEGOS", 3), ("LLAMAS", 2), ("YÁÑEZ", 3), ("ZÚÑIGA", 3), ("XOLALPA", 1),
    ("MEJÍA", 4), ("GUILLÉN", 2), ("QUINTERO", 3), ("DE LA CRUZ", 5), ("DE LEÓN", 4), ("PONCE DE LEÓN", 1),
    ("DEL ÁNGEL", 2), ("DE LOS SANTOS", 2), ("IBARRA", 4), ("OLVERA", 3), ("BENÍTEZ", 4), ("CERVERA", 1),
    ("ESCOBEDO", 2), ("SERVÍN", 1), ("ZAMORA", 3), ("HUERTA", 3), ("HIDALGO", 3), ("VILLEGAS", 3),
]

FEMALE = [
    ("MARÍA GUADALUPE", 30), ("MARÍA", 20), ("GUADALUPE", 12), ("MARÍA DE JESÚS", 10), ("ALEJANDRA", 10),
    ("MARÍA ELENA", 8), ("JUANA", 8), ("MARÍA DEL CARMEN", 8), ("VERÓNICA", 7), ("LETICIA", 6),
    ("ROSA MARÍA", 6), ("YOLANDA", 5), ("GABRIELA", 6), ("ANA KAREN", 4), ("MARÍA FERNANDA", 5),
    ("DIANA LAURA", 4), ("CECILIA", 4), ("XIMENA", 3), ("ISABEL", 4), ("BEATRIZ", 4), ("SILVIA", 4),
    ("ELIZABETH", 4), ("ADRIANA", 4), ("CLAUDIA", 4), ("MARÍA DE LOS ÁNGELES", 4), ("ARACELI", 3),
    ("ESPERANZA", 3), ("GRISELDA", 2), ("VIRIDIANA", 2), ("YESENIA", 2), ("JAQUELINE", 2), ("BRENDA", 3),
    ("MARISOL", 3), ("ESTHER", 2), ("MARTHA", 4), ("LUZ MARÍA", 3), ("PATRICIA", 5), ("NORMA", 3),
]

MALE = [
    ("JOSÉ LUIS", 25), ("JUAN CARLOS", 18), ("JESÚS", 15), ("FRANCISCO JAVIER", 14), ("JOSÉ", 12),
    ("JUAN", 12), ("MIGUEL ÁNGEL", 12), ("JOSÉ ANTONIO", 10), ("ALEJANDRO", 10), ("FRANCISCO", 9),
    ("PEDRO", 7), ("JORGE", 7), ("RICARDO", 6), ("VÍCTOR MANUEL", 6), ("ROBERTO", 6), ("SERGIO", 6),
    ("EDUARDO", 5), ("GUILLERMO", 5), ("JOSÉ GUADALUPE", 5), ("JAVIER", 5), ("ÓSCAR", 5), ("RAÚL", 5),
    ("JUAN MANUEL", 5), ("LUIS ÁNGEL", 4), ("JOSÉ DE JESÚS", 4), ("GERARDO", 4), ("GILBERTO", 3),
    ("SALVADOR", 3), ("ESTEBAN", 2), ("HÉCTOR", 4), ("HUGO", 3), ("CÉSAR", 3), ("ABRAHAM", 2),
    ("ÁNGEL", 4), ("BENJAMÍN", 2), ("ISRAEL", 2), ("EZEQUIEL", 1), ("YAHIR", 1), ("BRAYAN", 2),
    ("JOSÉ MANUEL", 5), ("JUAN JOSÉ", 4), ("JUAN PABLO", 3), ("LUIS FERNANDO", 3), ("CARLOS", 6),
]

UNISEX = ["GUADALUPE", "JESÚS", "JOSÉ GUADALUPE", "MARÍA DE JESÚS", "ROSARIO", "TRINIDAD", "REFUGIO", "CRUZ"]

STATES = ["GT", "MN", "JC", "OC", "GR", "PL", "VZ", "MC", "ZS", "CS", "DF", "SP", "HG", "MS", "NL", "DG"]

ABBREVIATIONS = {"MARÍA": "MA.", "GUADALUPE": "GPE.", "FRANCISCO": "FCO.", "GUILLERMO": "GMO."}
PARTICLES = {"DE", "DEL", "LA", "LAS", "LOS", "Y"}


def pick(weighted):
    names, weights = zip(*weighted)
    return rng.choices(names, weights)[0]


def fold(text):
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def random_date(start_year, end_year):
    start = date(start_year, 1, 1)
    return start + timedelta(days=rng.randrange((date(end_year, 12, 31) - start).days))


def age_on(dob, day):
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


class Person:
    def __init__(self, sex=None, given=None, surnames=None, dob=None):
        self.sex = sex or rng.choice(["Female", "Male"])
        self.given = given or pick(FEMALE if self.sex == "Female" else MALE)
        if surnames is None:
            first = pick(SURNAMES)
            second = pick(SURNAMES)
            while second == first:
                second = pick(SURNAMES)
            # About one in twelve records carries a single surname from the start.
            surnames = first if rng.random() < 0.08 else f"{first} {second}"
        self.surnames = surnames
        self.dob = dob or random_date(1960, 2008)
        self.curp = ""


class Record:
    """One return: what the desk typed."""

    def __init__(self, person, arrived, known_dob=True):
        self.given = person.given
        self.surnames = person.surnames
        self.sex = person.sex
        self.dob = person.dob if known_dob else None
        self.age = "" if known_dob else max(1, age_on(person.dob, arrived) + rng.randint(-3, 3))
        self.arrived = arrived
        self.curp = ""

    def row(self):
        return [self.given, self.surnames, self.sex, self.dob.isoformat() if self.dob else "", self.age,
                self.arrived.isoformat(), self.curp]


# --- CURP (RENAPO) ------------------------------------------------------------------------------------
CHECK_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def check_digit(first17):
    total = sum(CHECK_ALPHABET.index(c) * (18 - i) for i, c in enumerate(first17))
    return (10 - total % 10) % 10


def curp_tokens(text):
    tokens = [t for t in re.sub(r"[^A-ZÑ ]", " ", fold(text)).split() if t not in PARTICLES]
    return [t.replace("Ñ", "X") for t in tokens] or ["X"]


def first_internal(token, vowels):
    for c in token[1:]:
        if (c in "AEIOU") == vowels:
            return c
    return "X"


def make_curp(person, homonym_key=0):
    surnames = curp_tokens(person.surnames)
    given = curp_tokens(person.given)
    name = given[1] if len(given) > 1 and given[0] in ("MARIA", "JOSE", "MA", "J") else given[0]
    first = surnames[0]
    second = surnames[1] if len(surnames) > 1 else "X"
    head = first[0] + first_internal(first, True) + second[0] + name[0]
    born = person.dob
    century = str(homonym_key % 10) if born.year < 2000 else "ABCDEFGHIJ"[homonym_key % 10]
    body = (head + born.strftime("%y%m%d") + ("M" if person.sex == "Female" else "H") + rng.choice(STATES)
            + first_internal(first, False) + (first_internal(second, False) if second != "X" else "X")
            + first_internal(name, False) + century)
    return body + str(check_digit(body))


# --- variations of the same person --------------------------------------------------------------------
def tokens_of(record):
    return record.given.split(" "), record.surnames.split(" ")


def replace_in_one_token(record, predicate, change):
    """Applies change to one randomly chosen name token for which predicate holds; False when none does."""
    fields = [("given", i, t) for i, t in enumerate(record.given.split(" "))] + \
             [("surnames", i, t) for i, t in enumerate(record.surnames.split(" "))]
    fields = [f for f in fields if fold(f[2]) not in PARTICLES and predicate(fold(f[2]))]
    if not fields:
        return False
    field, index, token = rng.choice(fields)
    parts = getattr(record, field).split(" ")
    parts[index] = change(token)
    setattr(record, field, " ".join(parts))
    return True


def sub_first(pattern_pairs):
    def change(token):
        folded = fold(token)
        options = [(a, b) for a, b in pattern_pairs if a in folded]
        a, b = rng.choice(options)
        return folded.replace(a, b, 1)
    return lambda t: any(a in t for a, _ in pattern_pairs), change


BV = sub_first([("B", "V"), ("V", "B")])
SZ = sub_first([("Z", "S"), ("S", "Z"), ("CE", "SE"), ("CI", "SI")])
YLL = sub_first([("LL", "Y"), ("Y", "LL")])
JGX = sub_first([("X", "J"), ("J", "X"), ("JI", "GI"), ("JE", "GE"), ("GI", "JI"), ("GE", "JE")])


def drop_or_add_h(token):
    folded = fold(token)
    if folded.startswith("H"):
        return folded[1:]
    return "H" + folded


def typo(token):
    letters = list(fold(token))
    i = rng.randrange(1, len(letters))
    kind = rng.choice(["substitute", "drop", "double", "transpose"])
    if kind == "substitute":
        letters[i] = rng.choice([c for c in "ABCDEFGILMNORSTUVZ" if c != letters[i]])
    elif kind == "drop":
        del letters[i]
    elif kind == "double":
        letters.insert(i, letters[i])
    elif i < len(letters) - 1 and letters[i] != letters[i + 1]:
        letters[i], letters[i + 1] = letters[i + 1], letters[i]
    else:
        letters[i] = rng.choice([c for c in "AEIOU" if c != letters[i]])
    return "".join(letters)


def apply(kind, record, person):
    """Changes the new arrival's record by one variation; False when it does not apply to this person."""
    given, surnames = tokens_of(record)
    if kind == "exact":
        return True
    if kind == "accentsDropped":
        changed = fold(record.given) != record.given or fold(record.surnames) != record.surnames
        record.given, record.surnames = fold(record.given), fold(record.surnames)
        return changed
    if kind in ("bvSwap", "szSwap", "yllSwap", "jgxSwap"):
        predicate, change = {"bvSwap": BV, "szSwap": SZ, "yllSwap": YLL, "jgxSwap": JGX}[kind]
        return replace_in_one_token(record, predicate, change)
    if kind == "hDropped":
        return replace_in_one_token(record, lambda t: t.startswith("H") or t[0] in "AEIOU" and len(t) > 4, drop_or_add_h)
    if kind == "maAbbreviation":
        return replace_in_one_token(record, lambda t: t in {fold(k) for k in ABBREVIATIONS},
                                    lambda t: ABBREVIATIONS[{fold(k): k for k in ABBREVIATIONS}[fold(t)]])
    if kind == "initial":
        named = [i for i, t in enumerate(given) if fold(t) not in PARTICLES]
        if len(named) < 2:
            return False
        last = named[-1]
        record.given = " ".join(given[:named[0] + 1] + [given[last][0] + "."])
        return True
    if kind == "secondGivenMissing":
        if len(given) < 2:
            return False
        record.given = given[0]
        return True
    if kind == "firstGivenDropped":
        named = [t for t in given if fold(t) not in PARTICLES]
        if len(named) < 2:
            return False
        record.given = named[-1]
        return True
    if kind == "secondSurnameMissing":
        if len(surnames) < 2 or fold(surnames[0]) in PARTICLES:
            return False
        record.surnames = surnames[0]
        return True
    if kind == "surnamesTransposed":
        if len(surnames) != 2:
            return False
        record.surnames = f"{surnames[1]} {surnames[0]}"
        return True
    if kind == "particlesDropped":
        kept = [t for t in surnames if fold(t) not in PARTICLES]
        if len(kept) == len(surnames):
            return False
        record.surnames = " ".join(kept)
        return True
    if kind == "hyphenated":
        if len(surnames) != 2:
            return False
        record.surnames = "-".join(surnames)
        return True
    if kind == "oneLetterTypo":
        return replace_in_one_token(record, lambda t: len(t) >= 5, typo)
    if kind == "dayMonthSwapped":
        dob = record.dob
        if dob is None or dob.day > 12 or dob.day == dob.month:
            return False
        record.dob = date(dob.year, dob.day, dob.month)
        return True
    if kind == "birthYearTypo":
        dob = record.dob
        if dob is None or (dob.month, dob.day) == (2, 29):
            return False
        record.dob = date(dob.year + rng.choice([-1, 1]), dob.month, dob.day)
        return True
    if kind == "estimatedAgeOnly":
        if record.dob is None:
            return False
        record.dob = None
        record.age = max(1, age_on(person.dob, record.arrived) + rng.randint(-3, 3))
        return True
    if kind == "sexUnspecified":
        record.sex = "Unspecified"
        return True
    raise ValueError(kind)


SPELLING = ["accentsDropped", "bvSwap", "szSwap", "yllSwap", "hDropped", "jgxSwap", "oneLetterTypo"]
STRUCTURE = ["maAbbreviation", "initial", "secondGivenMissing", "firstGivenDropped", "secondSurnameMissing",
             "surnamesTransposed", "particlesDropped", "hyphenated"]
DATES = ["dayMonthSwapped", "birthYearTypo", "estimatedAgeOnly"]
SINGLE = SPELLING + STRUCTURE + DATES + ["sexUnspecified", "exact"]


TODAY = date(2026, 11, 30)


def arrivals():
    first = random_date(2016, 2025)
    return first, min(TODAY, first + timedelta(days=rng.randint(20, 2200)))


def same_pair(curp):
    while True:
        person = Person()
        if rng.random() < 0.25:
            # Some variations need the names that carry them: draw a name that does.
            person.given = rng.choice(["MARÍA GUADALUPE", "MA. DE JESÚS", "FRANCISCO JAVIER", "GUILLERMO",
                                       "XIMENA", "YOLANDA", "JOSÉ LUIS", "VÍCTOR MANUEL"])
            person.sex = "Male" if person.given in ("FRANCISCO JAVIER", "GUILLERMO", "JOSÉ LUIS", "VÍCTOR MANUEL") else "Female"
            if rng.random() < 0.3:
                person.surnames = rng.choice(["DE LA CRUZ HERNÁNDEZ", "PONCE DE LEÓN GARCÍA", "DE LEÓN LÓPEZ",
                                              "DEL ÁNGEL MARTÍNEZ", "SÁNCHEZ DE LA ROSA"])
        first_arrival, second_arrival = arrivals()
        earlier = Record(person, first_arrival, known_dob=rng.random() > 0.06)
        later = Record(person, second_arrival)
        count = rng.choices([1, 2, 3], [50, 35, 15])[0]
        kinds = rng.sample([k for k in SINGLE if k != "exact"], count) if count > 1 else [rng.choice(SINGLE)]
        if all(apply(k, later, person) for k in kinds):
            break
    if curp:
        person.curp = make_curp(person)
        earlier.curp = later.curp = person.curp
        kinds = ["curp"] + kinds
    return "same", "+".join(kinds), earlier, later


def different_pair(kind):
    first_arrival, second_arrival = arrivals()
    a = Person()
    if kind in ("siblingSameSurnames", "twin", "siblingSharedFirstName", "twinSharedFirstName"):
        while " " not in a.surnames:
            a = Person()
        b = Person(surnames=a.surnames)
        if kind.startswith("twin"):
            b.dob = a.dob
        else:
            b.dob = a.dob + timedelta(days=rng.choice([-1, 1]) * rng.randint(300, 6 * 365))
        if kind.endswith("SharedFirstName"):
            first = rng.choice(["MARÍA", "JOSÉ", "JUAN", "MIGUEL", "LUIS"])
            b.sex = a.sex = "Female" if first == "MARÍA" else "Male"
            pool = [g for g, _ in (FEMALE if first == "MARÍA" else MALE)]
            seconds = [g.split(" ", 1)[1] for g in pool if " " in g and g.split(" ", 1)[1] != first]
            second_a = rng.choice(seconds)
            second_b = rng.choice([s for s in seconds if s != second_a])
            a.given, b.given = f"{first} {second_a}", f"{first} {second_b}"
        else:
            while b.given == a.given:
                b.given = pick(FEMALE if b.sex == "Female" else MALE)
    elif kind in ("cousinSameName-different-dob", "commonNameFarApart"):
        a.given = pick(FEMALE[:6] + MALE[:8]) if rng.random() < 0.7 else a.given
        a.sex = "Female" if a.given in dict(FEMALE) else "Male"
        years = rng.randint(2, 20) if kind.startswith("cousin") else rng.randint(15, 40)
        b = Person(sex=a.sex, given=a.given, surnames=a.surnames,
                   dob=a.dob + timedelta(days=rng.choice([-1, 1]) * (years * 365 + rng.randint(-150, 150))))
    elif kind == "fatherSonJr":
        a = Person(sex="Male", dob=random_date(1955, 1975))
        b = Person(sex="Male", given=a.given, surnames=a.surnames,
                   dob=a.dob + timedelta(days=rng.randint(18 * 365, 35 * 365)))
        b.given = b.given + " JR."
    elif kind == "differentSexSameNames":
        a = Person(given=rng.choice(UNISEX))
        b = Person(sex="Male" if a.sex == "Female" else "Female", given=a.given, surnames=a.surnames,
                   dob=a.dob + timedelta(days=rng.randint(-4 * 365, 4 * 365)))
    elif kind == "curpDiffers":
        b = Person(sex=a.sex, given=a.given, surnames=a.surnames, dob=a.dob)
        a.curp = make_curp(a, homonym_key=0)
        b.curp = make_curp(b, homonym_key=1)
    elif kind == "sharedFirstSurname":
        while " " not in a.surnames:
            a = Person()
        first, second = a.surnames.split(" ", 1)
        other = pick(SURNAMES)
        while other in (first, second):
            other = pick(SURNAMES)
        b = Person(sex=a.sex, given=a.given, surnames=f"{first} {other}",
                   dob=a.dob + timedelta(days=rng.randint(-3 * 365, 3 * 365)))
    else:
        raise ValueError(kind)
    earlier = Record(a, first_arrival, known_dob=rng.random() > 0.06)
    later = Record(b, second_arrival, known_dob=rng.random() > 0.1)
    earlier.curp, later.curp = a.curp, b.curp
    # The desk's everyday spelling noise hits near misses too.
    if rng.random() < 0.3:
        apply("accentsDropped", later, b)
    return "different", kind, earlier, later


DIFFERENT_KINDS = [
    ("siblingSameSurnames", 70), ("siblingSharedFirstName", 30), ("twin", 30), ("twinSharedFirstName", 20),
    ("cousinSameName-different-dob", 60), ("commonNameFarApart", 35), ("fatherSonJr", 30),
    ("differentSexSameNames", 25), ("curpDiffers", 20), ("sharedFirstSurname", 20),
]


def main():
    rows = []
    for i in range(SAME_PAIRS):
        rows.append(same_pair(curp=i < CURP_PAIRS))
    for kind, count in DIFFERENT_KINDS:
        for _ in range(count):
            rows.append(different_pair(kind))
    assert sum(c for _, c in DIFFERENT_KINDS) == DIFFERENT_PAIRS
    with open(__file__.replace("generate-corpus.py", "person-corpus.csv"), "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        side = ["given{0}", "surnames{0}", "sex{0}", "dob{0}", "age{0}", "arrived{0}", "curp{0}"]
        writer.writerow(["label", "kind"] + [c.format(1) for c in side] + [c.format(2) for c in side])
        for label, kind, earlier, later in rows:
            writer.writerow([label, kind] + earlier.row() + later.row())


if __name__ == "__main__":
    main()
