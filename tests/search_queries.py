"""Everyday queries and the muscles a good answer starts with (shared by two test files)."""

# (query, muscles of which at least one must be in the first three results)
RANKED = [
    ("headache behind my eye", {"suboccipitals", "sternocleidomastoid", "splenius"}),
    ("my ear feels blocked", {"masseter", "sternocleidomastoid"}),
    ("ringing in my ears", {"sternocleidomastoid", "masseter"}),
    ("heel hurts when I get up", {"soleus", "foot-muscles"}),
    ("thumb aches when I type", {"thumb-muscles", "forearm-extensors", "scalenes", "supinator"}),
    ("golfer's elbow", {"forearm-flexors", "triceps"}),
    ("tennis elbow", {"supinator", "forearm-extensors"}),
    ("tension headache at my temples", {"upper-trapezius", "temporalis"}),
    ("jaw clicks and my teeth ache", {"masseter", "temporalis"}),
    ("crick in my neck, can't turn my head", {"levator-scapulae"}),
    ("pain between my shoulder blades", {"rhomboids", "middle-lower-trapezius",
                                         "serratus-posterior-superior"}),
    ("can't reach behind my back", {"infraspinatus", "subscapularis"}),
    ("lower back pain when I stand up", {"quadratus-lumborum", "iliopsoas", "gluteus-medius"}),
    ("sciatica down my leg", {"piriformis", "gluteus-minimus"}),
    ("pain sitting on my buttock", {"gluteus-maximus", "piriformis", "hamstrings"}),
    ("my knee gives way", {"vastus-medialis"}),
    ("pain around my kneecap", {"rectus-femoris", "vastus-medialis"}),
    ("calf cramps at night", {"gastrocnemius"}),
    ("big toe pain", {"tibialis-anterior"}),
    ("wobbly ankle", {"peroneals"}),
    ("plantar fasciitis", {"soleus", "foot-muscles"}),
    ("groin pain", {"adductors", "iliopsoas"}),
    ("tingling in my fingers", {"scalenes", "pectoralis-minor", "forearm-extensors",
                                "forearm-flexors", "teres-minor", "latissimus-dorsi"}),
    ("shoulder pain lifting my arm", {"supraspinatus", "deltoid", "infraspinatus"}),
    ("hip bursitis", {"gluteus-medius", "tensor-fasciae-latae", "gluteus-minimus",
                      "quadratus-lumborum", "vastus-lateralis"}),
    ("sore trapz", {"upper-trapezius", "middle-lower-trapezius"}),
    ("siatica", {"piriformis", "gluteus-minimus"}),
    ("hedache", {"upper-trapezius", "suboccipitals", "sternocleidomastoid", "splenius",
                 "temporalis"}),
]

EMERGENCIES = [
    ("sudden worst headache of my life", "headache"),
    ("numbness with weakness in my leg", "Numbness with weakness"),
    ("back pain and loss of bladder control", "bladder"),
    ("crushing chest pain", "Chest pain"),
    ("swollen hot calf", "calf"),
]

PLAIN = ["heel hurts when I get up", "golfer's elbow", "stiff neck", "thumb aches when I type"]

HOSTILE = ["", "   ", "<script>alert(1)</script>", "a" * 5000, "🦶🦶🦶", "%00%ff", "' OR 1=1 --",
           "zzzzqqqq xylophone", "the of and my", "1234567890"]


def _made_up_words(count, length, seed):
    """Deterministic nonsense: words no vocabulary holds, each a fresh typo to correct."""
    import random

    rng = random.Random(seed)
    return " ".join("".join(rng.choice("abcdefghiklmnoprstuvy") for _ in range(length))
                    for _ in range(count))


# Queries built to be expensive: the finder must answer them (with nothing, or a little)
# without error and in bounded time (benchmarks/search_cost.py measures them).
ADVERSARIAL = [
    _made_up_words(30, 9, 1),                   # 300 characters of fresh nine-letter typos
    _made_up_words(33, 8, 5),                   # eight letters: the widest typo allowance
    _made_up_words(50, 5, 2),                   # many short ones
    _made_up_words(14, 20, 3),                  # long ones
    _made_up_words(400, 12, 4),                 # far past every cap
    "shoulderr " * 300,                         # one typo repeated hundreds of times
    "neck " * 800,                              # one real word repeated
    "pain " * 60 + "heel",                      # the real word comes after the cap
    "a" * 5000,                                 # one endless word
    "🦶" * 4000,                                # 4,000 characters of emoji
    "ñéüçåø" * 700,                            # accents that fold to letters, no spaces
    "боль в шее и плече " * 200,                # words outside our alphabet
    "头痛" * 2000,
    "\x00" * 4000,                              # NUL bytes
    "neck\x00pain\x00" * 400,
    "e\u0301" * 3000,                           # combining accents
    "ﬁﬂ" * 2000 + " ｎｅｃｋ",                  # compatibility forms that fold to letters
]


def typos(vocabulary, every=5):
    """One or two slips in every `every`-th word of five letters or more: a letter dropped,
    doubled, changed, two swapped, and both of the last two together in the longer words."""
    out = []
    for n, word in enumerate(w for w in vocabulary if len(w) >= 5 and w.isalpha()):
        if n % every:
            continue
        i = n % (len(word) - 1)
        slips = [word[:i] + word[i + 1:], word[:i] + word[i] + word[i:],
                 word[:i] + ("z" if word[i] != "z" else "q") + word[i + 1:],
                 word[:i] + word[i + 1] + word[i] + word[i + 2:]]
        if len(word) >= 8:
            slips.append(word[:i] + word[i + 1] + word[i] + word[i + 2:] + "e")
        out.extend(slips)
    return out
