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
