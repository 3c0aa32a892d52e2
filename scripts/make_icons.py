"""Draw the app's icons (our own artwork) reproducibly with Pillow: `make icons`.

The motif: a pair of shoulders and a head in white on deep teal, with a warm dot on the
shoulder ridge (a trigger point) and rings around it (pain spreading from it).
"""

import io
from pathlib import Path

from PIL import Image, ImageDraw
from zopflipng import png_optimize

OUT = Path(__file__).resolve().parent.parent / "pwa" / "static" / "icons"
TEAL = (15, 94, 89)
WHITE = (255, 255, 255)
ORANGE = (242, 158, 76)
SCALE = 4  # draw large, then shrink, for smooth edges


def motif(draw, size, inset):
    """The figure, fitted into a square of `size` with `inset` kept clear on every side."""
    s = size - 2 * inset

    def box(x0, y0, x1, y1):
        return [inset + x0 * s, inset + y0 * s, inset + x1 * s, inset + y1 * s]

    draw.ellipse(box(0.36, 0.12, 0.64, 0.42), fill=WHITE)  # head
    draw.rounded_rectangle(box(0.44, 0.38, 0.56, 0.52), radius=s * 0.03, fill=WHITE)  # neck
    draw.pieslice(box(0.10, 0.50, 0.90, 1.30), 180, 360, fill=WHITE)  # shoulders
    cx, cy, r = 0.30, 0.62, 0.055
    for ring, width in ((0.20, 0.018), (0.14, 0.018)):
        draw.ellipse(box(cx - ring, cy - ring, cx + ring, cy + ring), outline=ORANGE,
                     width=max(1, round(s * width)))
    draw.ellipse(box(cx - r, cy - r, cx + r, cy + r), fill=ORANGE)


def icon(size, *, maskable=False, rounded=True, transparent_corners=True):
    big = size * SCALE
    mode = "RGBA" if transparent_corners and rounded and not maskable else "RGB"
    image = Image.new(mode, (big, big), (0, 0, 0, 0) if mode == "RGBA" else TEAL)
    draw = ImageDraw.Draw(image)
    if mode == "RGBA":
        draw.rounded_rectangle([0, 0, big - 1, big - 1], radius=big * 0.22, fill=TEAL)
    # Maskable icons keep the art inside the central 80 % circle the launcher may crop to.
    motif(draw, big, inset=big * (0.2 if maskable else 0.1))
    return image.resize((size, size), Image.LANCZOS)


def shortcut(kind):
    big = 96 * SCALE
    image = Image.new("RGB", (big, big), TEAL)
    draw = ImageDraw.Draw(image)
    w = big // 14
    if kind == "timer":
        draw.ellipse([big * 0.2, big * 0.24, big * 0.8, big * 0.84], outline=WHITE, width=w)
        draw.line([big * 0.5, big * 0.54, big * 0.5, big * 0.38], fill=WHITE, width=w)
        draw.line([big * 0.5, big * 0.54, big * 0.62, big * 0.62], fill=ORANGE, width=w)
        draw.line([big * 0.42, big * 0.14, big * 0.58, big * 0.14], fill=WHITE, width=w)
    elif kind == "map":
        draw.ellipse([big * 0.42, big * 0.1, big * 0.58, big * 0.26], fill=WHITE)
        draw.rounded_rectangle([big * 0.36, big * 0.3, big * 0.64, big * 0.6], radius=w, fill=WHITE)
        draw.line([big * 0.44, big * 0.6, big * 0.4, big * 0.9], fill=WHITE, width=w)
        draw.line([big * 0.56, big * 0.6, big * 0.6, big * 0.9], fill=WHITE, width=w)
        draw.line([big * 0.36, big * 0.34, big * 0.24, big * 0.58], fill=WHITE, width=w)
        draw.line([big * 0.64, big * 0.34, big * 0.76, big * 0.58], fill=WHITE, width=w)
        draw.ellipse([big * 0.4, big * 0.36, big * 0.5, big * 0.46], fill=ORANGE)
    else:
        draw.ellipse([big * 0.18, big * 0.18, big * 0.66, big * 0.66], outline=WHITE, width=w)
        draw.line([big * 0.6, big * 0.6, big * 0.82, big * 0.82], fill=WHITE, width=w * 3 // 2)
        draw.ellipse([big * 0.36, big * 0.36, big * 0.48, big * 0.48], fill=ORANGE)
    return image.resize((96, 96), Image.LANCZOS)


SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
<rect width="100" height="100" rx="22" fill="#0f5e59"/>
<circle cx="50" cy="31" r="11.2" fill="#fff"/>
<rect x="45.2" y="40" width="9.6" height="12" rx="2.4" fill="#fff"/>
<path d="M18 90 A32 32 0 0 1 82 90 Z" fill="#fff"/>
<circle cx="34" cy="59.6" r="16" fill="none" stroke="#f29e4c" stroke-width="1.6"/>
<circle cx="34" cy="59.6" r="11.2" fill="none" stroke="#f29e4c" stroke-width="1.6"/>
<circle cx="34" cy="59.6" r="4.4" fill="#f29e4c"/>
</svg>
"""


def save(image, name, *, palette=True):
    # No metadata and no optimiser randomness: the same script gives the same bytes. Flat art
    # in three colours loses nothing visible in a 32-colour palette (the edges' blends), and the
    # file shrinks to a fifth (every icon is precached for offline use).
    if palette:
        image = image.quantize(colors=32, method=Image.Quantize.FASTOCTREE,
                               dither=Image.Dither.NONE)
    png = io.BytesIO()
    image.save(png, format="PNG", optimize=False, compress_level=9)
    # Zopfli recompresses the same pixels, palette and transparency a fifth smaller, the same
    # bytes every run.
    smaller, error = png_optimize(png.getvalue())
    (OUT / name).write_bytes(png.getvalue() if error else smaller)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (192, 512):
        save(icon(size), f"icon-{size}.png")
        save(icon(size, maskable=True), f"maskable-{size}.png")
    # iOS rounds it itself: no alpha (an indexed PNG without transparency, which iOS reads)
    save(icon(180, rounded=False), "apple-touch-icon.png")
    save(icon(32), "favicon-32.png")
    for kind in ("timer", "map", "search"):
        save(shortcut(kind), f"shortcut-{kind}.png")
    (OUT / "icon.svg").write_text(SVG)


if __name__ == "__main__":
    main()
