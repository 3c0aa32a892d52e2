"""Queries in a person's own words for the muscles added to the library, and the new muscles
of which at least one must be among the first three results (used by test_library_search.py)."""

LIBRARY_RANKED = [
    ("my jaw clicks and hurts in front of my ear", {"lateral-pterygoid"}),
    ("jaw opens crooked", {"lateral-pterygoid"}),
    ("ache in my lower front teeth", {"digastric"}),
    ("headache from the back of my head to my temple", {"posterior-neck"}),
    ("neck hurts when I look down at my phone", {"posterior-neck"}),
    ("pain reaching up at the back of my shoulder", {"teres-major"}),
    ("front of my shoulder hurts and the ache goes down the back of my arm",
     {"coracobrachialis"}),
    ("pain at the base of my thumb", {"brachialis"}),
    ("pain in the front of my elbow", {"brachialis"}),
    ("forearm hurts when I turn my palm down", {"pronator-teres"}),
    ("my finger joints ache", {"hand-interossei"}),
    ("aching at the bottom of my ribs in my back", {"serratus-posterior-inferior"}),
    ("sharp pain along the front of my thigh to my inner knee", {"sartorius"}),
    ("inner thigh pain", {"adductor-magnus"}),
    ("deep groin ache when I cross my legs", {"pectineus"}),
    ("pain behind my knee walking downhill", {"popliteus"}),
    ("arch of my foot hurts when I walk", {"tibialis-posterior", "long-toe-flexors"}),
    ("shin splints", {"tibialis-posterior"}),
    ("my toes keep cramping", {"long-toe-flexors", "long-toe-extensors"}),
    ("pain in the ball of my foot", {"long-toe-flexors"}),
    ("pain under my big toe", {"long-toe-flexors"}),
    ("top of my foot hurts", {"long-toe-extensors", "extensor-digitorum-brevis"}),
]

# Queries the current ranking misses, with the reason; remove an entry once search gets it right.
KNOWN_MISSES = {}
