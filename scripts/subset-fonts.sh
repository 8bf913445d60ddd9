#!/usr/bin/env bash
# Regenerates the fonts bundled in themes/default/fonts/:
#
#   NotoSansSC-Regular.otf / NotoSansSC-Bold.otf      subsets of Noto Sans CJK SC (Debian fonts-noto-cjk)
#   NotoSerifSC-Regular.otf / NotoSerifSC-Bold.otf    subsets of Noto Serif CJK SC (the handbook's 宋体 body)
#   DejaVuSans-Subset.ttf / DejaVuSans-Bold-Subset.ttf Latin/symbol fallback (Debian fonts-dejavu-core)
#   LICENSE-OFL.txt, LICENSE-DejaVu.txt, README.md
#
# Usage: bash scripts/subset-fonts.sh
#   SEEDS_DIR   folder whose *.txt files add characters to the set
#               (default: ../shared/seeds beside the repository; set SEEDS_DIR=none to skip)
#
# It installs what it needs (Debian packages, fontTools from PyPI, pinned) and is
# deterministic: the same package versions and seed files give the same bytes.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$REPO/themes/default/fonts"
SEEDS_DIR="${SEEDS_DIR:-$REPO/../shared/seeds}"
FONTTOOLS_VERSION="4.68.0"

NOTO_DIR=/usr/share/fonts/opentype/noto
DEJAVU_DIR=/usr/share/fonts/truetype/dejavu
NEEDED=(
  "$NOTO_DIR/NotoSansCJK-Regular.ttc"
  "$NOTO_DIR/NotoSansCJK-Bold.ttc"
  "$NOTO_DIR/NotoSerifCJK-Regular.ttc"
  "$NOTO_DIR/NotoSerifCJK-Bold.ttc"
  "$DEJAVU_DIR/DejaVuSans.ttf"
  "$DEJAVU_DIR/DejaVuSans-Bold.ttf"
  /usr/share/doc/fonts-noto-cjk/copyright
)

# --- 1. Debian packages (the source fonts) ------------------------------------------------
missing=0
for f in "${NEEDED[@]}"; do [[ -e "$f" ]] || missing=1; done
if [[ $missing == 1 ]]; then
  SUDO=""
  if [[ $(id -u) != 0 ]]; then SUDO="sudo"; fi
  echo "== installing fonts-noto-cjk fonts-dejavu-core"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends \
    fonts-noto-cjk fonts-dejavu-core
fi
for f in "${NEEDED[@]}"; do
  [[ -e "$f" ]] || { echo "error: $f still missing after install" >&2; exit 1; }
done

# --- 2. fontTools (pinned: another version may write different bytes) -----------------------
PY="${PYTHON:-python3}"
have_ft() { "$PY" -c "import fontTools,sys; sys.exit(fontTools.version != '$FONTTOOLS_VERSION')" 2>/dev/null; }
if ! have_ft; then
  echo "== installing fonttools==$FONTTOOLS_VERSION"
  "$PY" -m pip install -q "fonttools==$FONTTOOLS_VERSION" \
    || "$PY" -m pip install -q --break-system-packages "fonttools==$FONTTOOLS_VERSION"
  have_ft || { echo "error: fonttools $FONTTOOLS_VERSION not importable by $PY" >&2; exit 1; }
fi

if [[ "$SEEDS_DIR" != none && ! -d "$SEEDS_DIR" ]]; then
  echo "error: seeds folder $SEEDS_DIR not found (set SEEDS_DIR=<dir> or SEEDS_DIR=none)" >&2
  exit 1
fi

deb_version() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || echo unknown; }
export NOTO_DEB_VERSION="$(deb_version fonts-noto-cjk)"
export DEJAVU_DEB_VERSION="$(deb_version fonts-dejavu-core)"
export OUT SEEDS_DIR NOTO_DIR DEJAVU_DIR FONTTOOLS_VERSION
mkdir -p "$OUT"

# --- 3. subset, write licences and README, verify ------------------------------------------
# PYTHONHASHSEED fixed so that nothing can depend on set iteration order.
PYTHONHASHSEED=0 "$PY" - <<'PYEOF'
import glob, hashlib, io, os, sys, unicodedata
from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

OUT = os.environ["OUT"]
SEEDS_DIR = os.environ["SEEDS_DIR"]
NOTO_DIR = os.environ["NOTO_DIR"]
DEJAVU_DIR = os.environ["DEJAVU_DIR"]

# ---------- character set ----------
def gb2312_rows(first, last):
    out = set()
    for hi in range(first, last + 1):
        for lo in range(0xA1, 0xFF):
            try:
                out.add(ord(bytes([hi, lo]).decode("gb2312")))
            except UnicodeDecodeError:
                pass  # unassigned cell (e.g. 0xD7FA-0xD7FE)
    return out

HANZI = gb2312_rows(0xB0, 0xF7)
GB_SYMBOLS = gb2312_rows(0xA1, 0xA9)
assert len(HANZI) == 6763, len(HANZI)

RANGES = [  # (label, first, last) — whole blocks, assigned code points only
    ("Basic Latin (printable ASCII)", 0x0020, 0x007E),
    ("Latin-1 Supplement (printable)", 0x00A0, 0x00FF),
    ("General Punctuation", 0x2000, 0x206F),
    ("Arrows", 0x2190, 0x21FF),
    ("Mathematical Operators", 0x2200, 0x22FF),
    ("Geometric Shapes", 0x25A0, 0x25FF),
    ("Dingbats", 0x2700, 0x27BF),
    ("CJK Symbols and Punctuation", 0x3000, 0x303F),
    ("Halfwidth and Fullwidth Forms", 0xFF00, 0xFFEF),
]
SINGLES = {0x2605, 0x2606}  # ★ ☆ (Miscellaneous Symbols)
CJK_ONLY_RANGES = {"CJK Symbols and Punctuation", "Halfwidth and Fullwidth Forms"}

def assigned(cp):
    return unicodedata.category(chr(cp)) not in ("Cn", "Cs", "Co", "Cc")

range_cps = set()
latin_cps = set()  # what the DejaVu fallback is asked for
for label, a, b in RANGES:
    cps = {cp for cp in range(a, b + 1) if assigned(cp)}
    range_cps |= cps
    if label not in CJK_ONLY_RANGES:
        latin_cps |= cps
range_cps |= SINGLES
latin_cps |= SINGLES

seed_cps = set()
seed_files = []
if SEEDS_DIR != "none":
    seed_files = sorted(glob.glob(os.path.join(SEEDS_DIR, "*.txt")))
    for path in seed_files:
        with open(path, encoding="utf-8") as fh:
            seed_cps |= {ord(c) for c in fh.read() if assigned(ord(c))}

REQUESTED = HANZI | GB_SYMBOLS | range_cps | seed_cps
LATIN_REQUESTED = latin_cps | {cp for cp in seed_cps if cp < 0x2E80}

# ---------- subsetting ----------
def options(features):
    o = subset.Options()
    o.layout_features = features
    o.hinting = False            # drop TrueType instructions / CFF hints
    o.name_IDs = ["*"]           # keep the whole name table (family, copyright, licence)
    o.name_languages = ["*"]
    o.name_legacy = True
    o.notdef_outline = True      # keep the .notdef box
    o.recalc_timestamp = False   # head.modified stays the source font's: deterministic
    o.recalc_bounds = False
    o.glyph_names = False
    return o

# CJK + Latin shaping; no locl (would pull in JP/KR/TC glyph variants: +5800 glyphs),
# no vertical (vert/vrt2/vkrn/vhal/vpal), no aalt/dlig/hist/ruby/fwid/hwid, no Hangul jamo.
# pwid is kept: it is the only way to get proportional “ ” ‘ ’ · • … (full-width by default in SC).
NOTO_FEATURES = ["ccmp", "calt", "liga", "kern", "mark", "mkmk", "palt", "halt", "pwid"]
DEJAVU_FEATURES = subset.Options().layout_features  # fontTools' default set

def sc_face(path, style, family="Noto Sans CJK SC"):
    coll = TTCollection(path, recalcTimestamp=False, recalcBBoxes=False)
    for font in coll.fonts:
        name = font["name"]
        if (name.getName(1, 3, 1, 0x409).toUnicode() == family
                and name.getName(2, 3, 1, 0x409).toUnicode() == style):
            return font
    sys.exit(f"error: no '{family} {style}' face in {path}")

def write(font, cps, features, out_name):
    s = subset.Subsetter(options(features))
    s.populate(unicodes=sorted(cps))
    s.subset(font)
    buf = io.BytesIO()
    font.save(buf, reorderTables=False)
    data = buf.getvalue()
    with open(os.path.join(OUT, out_name), "wb") as fh:
        fh.write(data)
    return data

JOBS = [
    ("NotoSansSC-Regular.otf", "Noto Sans CJK SC Regular", "fonts-noto-cjk", os.environ["NOTO_DEB_VERSION"],
     lambda: sc_face(f"{NOTO_DIR}/NotoSansCJK-Regular.ttc", "Regular"), REQUESTED, NOTO_FEATURES),
    ("NotoSansSC-Bold.otf", "Noto Sans CJK SC Bold", "fonts-noto-cjk", os.environ["NOTO_DEB_VERSION"],
     lambda: sc_face(f"{NOTO_DIR}/NotoSansCJK-Bold.ttc", "Bold"), REQUESTED, NOTO_FEATURES),
    ("DejaVuSans-Subset.ttf", "DejaVu Sans Book", "fonts-dejavu-core", os.environ["DEJAVU_DEB_VERSION"],
     lambda: TTFont(f"{DEJAVU_DIR}/DejaVuSans.ttf", recalcTimestamp=False, recalcBBoxes=False),
     LATIN_REQUESTED, DEJAVU_FEATURES),
    ("DejaVuSans-Bold-Subset.ttf", "DejaVu Sans Bold", "fonts-dejavu-core", os.environ["DEJAVU_DEB_VERSION"],
     lambda: TTFont(f"{DEJAVU_DIR}/DejaVuSans-Bold.ttf", recalcTimestamp=False, recalcBBoxes=False),
     LATIN_REQUESTED, DEJAVU_FEATURES),
    # Last, so the indices above stay: the serif body face of the printed standard (宋体 style).
    ("NotoSerifSC-Regular.otf", "Noto Serif CJK SC Regular", "fonts-noto-cjk", os.environ["NOTO_DEB_VERSION"],
     lambda: sc_face(f"{NOTO_DIR}/NotoSerifCJK-Regular.ttc", "Regular", "Noto Serif CJK SC"), REQUESTED, NOTO_FEATURES),
    ("NotoSerifSC-Bold.otf", "Noto Serif CJK SC Bold", "fonts-noto-cjk", os.environ["NOTO_DEB_VERSION"],
     lambda: sc_face(f"{NOTO_DIR}/NotoSerifCJK-Bold.ttc", "Bold", "Noto Serif CJK SC"), REQUESTED, NOTO_FEATURES),
]

results = []
dejavu_licence = None
for out_name, source_face, deb, deb_ver, load, cps, feats in JOBS:
    src = load()
    if dejavu_licence is None and out_name.startswith("DejaVu"):
        dejavu_licence = src["name"].getDebugName(13)
    version = src["name"].getDebugName(5)
    data = write(src, cps, feats, out_name)
    f = TTFont(io.BytesIO(data))  # re-open the written bytes: verification
    name = f["name"]
    results.append(dict(
        file=out_name, source=source_face, deb=deb, deb_ver=deb_ver, version=version,
        family=name.getDebugName(1), style=name.getDebugName(2),
        typo_family=name.getDebugName(16), full=name.getDebugName(4), ps=name.getDebugName(6),
        weight=f["OS/2"].usWeightClass, glyphs=len(f.getGlyphOrder()),
        features=sorted({fr.FeatureTag for tag in ("GSUB", "GPOS") if tag in f
                         for fr in f[tag].table.FeatureList.FeatureRecord}),
        cmap=set(f.getBestCmap()), size=len(data), sha256=hashlib.sha256(data).hexdigest(),
    ))
    print(f"   {out_name}: {len(data):,} bytes, {results[-1]['glyphs']} glyphs, "
          f"family={results[-1]['family']!r} style={results[-1]['style']!r}", file=sys.stderr)

noto_cov = results[0]["cmap"] & results[1]["cmap"]
dejavu_cov = results[2]["cmap"] & results[3]["cmap"]
# what a Typst font list ("Noto Sans CJK SC", "DejaVu Sans") can show, per weight
regular_cov = results[0]["cmap"] | results[2]["cmap"]
bold_cov = results[1]["cmap"] | results[3]["cmap"]

# ---------- checks ----------
missing_hanzi = (HANZI - noto_cov) | (HANZI - (results[4]["cmap"] & results[5]["cmap"]))
if missing_hanzi:
    sys.exit("error: GB2312 hanzi missing from the Noto subset: " + "".join(map(chr, sorted(missing_hanzi))))
for r in results:
    if r["size"] >= 4 * 1024 * 1024:
        sys.exit(f"error: {r['file']} is {r['size']} bytes, over 4 MiB")

uncovered = sorted(cp for cp in REQUESTED if cp not in regular_cov and cp not in bold_cov)
regular_only = sorted(cp for cp in REQUESTED if cp in regular_cov and cp not in bold_cov)
bold_only = sorted(cp for cp in REQUESTED if cp in bold_cov and cp not in regular_cov)
dejavu_only = sorted(cp for cp in REQUESTED
                     if cp not in results[0]["cmap"] | results[1]["cmap"] and cp in dejavu_cov)
seed_extra = sorted(seed_cps - HANZI - GB_SYMBOLS - range_cps
                    - set(range(0x20, 0x7F)))

def fmt(cps):
    return ", ".join(f"U+{cp:04X} {chr(cp) if unicodedata.category(chr(cp))[0] not in 'CZM' else ''}"
                     .rstrip() + f" ({unicodedata.name(chr(cp), '?').lower()})" for cp in cps)

def compact(cps):
    """Printable list of code points as ranges: U+2000–U+200A, ..."""
    cps = sorted(cps)
    parts, i = [], 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        parts.append(f"U+{cps[i]:04X}" if i == j else f"U+{cps[i]:04X}–U+{cps[j]:04X}")
        i = j + 1
    return ", ".join(parts)

# ---------- licences ----------
def debian_licence_stanza(path, name):
    """Body of the standalone 'License: NAME' paragraph of a DEP-5 copyright file."""
    with open(path, encoding="utf-8") as fh:
        paragraphs = fh.read().split("\n\n")
    for para in paragraphs:
        lines = para.strip("\n").split("\n")
        if lines[0].strip() == f"License: {name}" and len(lines) > 1:
            body = ["" if l[1:] == "." else l[1:] for l in lines[1:]]
            return "\n".join(body).rstrip() + "\n"
    sys.exit(f"error: no 'License: {name}' paragraph in {path}")

ofl = debian_licence_stanza("/usr/share/doc/fonts-noto-cjk/copyright", "SIL-1.1")
assert "SIL OPEN FONT LICENSE Version 1.1" in ofl
with open(os.path.join(OUT, "LICENSE-OFL.txt"), "w", encoding="utf-8") as fh:
    fh.write(
        "Noto Sans CJK SC (NotoSansSC-Regular.otf, NotoSansSC-Bold.otf in this folder) and\n"
        "Noto Serif CJK SC (NotoSerifSC-Regular.otf, NotoSerifSC-Bold.otf in this folder)\n\n"
        "Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'.\n"
        "Noto is a trademark of Google Inc.\n\n"
        "This Font Software is licensed under the SIL Open Font License, Version 1.1.\n"
        "The files in this folder are subsets (Modified Versions) of the original fonts,\n"
        "made by scripts/subset-fonts.sh, and are distributed under the same licence.\n"
        "The licence text follows (as shipped in Debian's fonts-noto-cjk package);\n"
        "it is also available with a FAQ at https://openfontlicense.org\n\n" + ofl)

assert dejavu_licence and "Bitstream Vera" in dejavu_licence
with open(os.path.join(OUT, "LICENSE-DejaVu.txt"), "w", encoding="utf-8") as fh:
    fh.write(
        "DejaVu Sans (DejaVuSans-Subset.ttf, DejaVuSans-Bold-Subset.ttf in this folder)\n\n"
        "The files in this folder are subsets of DejaVu Sans made by scripts/subset-fonts.sh.\n"
        "Their names contain neither \"Bitstream\", \"Vera\", \"Arev\" nor \"Tavmjong Bah\",\n"
        "as the licences below require of modified fonts. The licence text follows, as\n"
        "embedded in the font (name table, licence description); see also\n"
        "https://dejavu-fonts.github.io/License.html\n\n"
        + dejavu_licence.replace("\r\n", "\n").rstrip() + "\n")

# ---------- README ----------
symbols_seen = "".join(chr(cp) for cp in sorted(GB_SYMBOLS))
rows = "\n".join(
    f"| `{r['file']}` | {r['source']} | {r['version']} (Debian {r['deb']} {r['deb_ver']}) "
    f"| `{r['family']}` | `{r['style']}` | {r['weight']} | {r['glyphs']} | {r['size']:,} |"
    for r in results)
sums = "\n".join(f"{r['sha256']}  {r['file']}" for r in results)
range_lines = "\n".join(f"- {label}: U+{a:04X}–U+{b:04X} (assigned code points)" for label, a, b in RANGES)
seed_names = ", ".join(os.path.basename(p) for p in seed_files) or "(none)"

readme = f"""# Bundled fonts

Generated by `scripts/subset-fonts.sh` — do not edit by hand; run `bash scripts/subset-fonts.sh`
from the repository root to regenerate them (this README included). It installs Debian's
`fonts-noto-cjk` and `fonts-dejavu-core` and `fonttools=={os.environ.get('FONTTOOLS_VERSION', '')}` from PyPI if they are
missing (it needs root or sudo for apt), and is deterministic: the same package versions and seed
files give byte-identical output (`head.modified` is kept from the source fonts).

| file | source face | version | family (name ID 1) | style (name ID 2) | weight | glyphs | bytes |
| --- | --- | --- | --- | --- | --- | --- | --- |
{rows}

Typographic family (name ID 16): {"; ".join(f"`{r['file']}` " + (repr(r['typo_family']) if r['typo_family'] else "(none)") for r in results)}.
Typst selects them by family: `"Noto Sans CJK SC"` (regular and bold) and `"DejaVu Sans"` (regular "Book" and bold),
e.g. `#set text(font: ("Noto Sans CJK SC", "DejaVu Sans"))`, with the DejaVu subset as the
fallback for the symbols listed below that Noto Sans CJK lacks. `"Noto Serif CJK SC"` (regular
and bold, {len(results[4]['cmap'] & results[5]['cmap'])} code points mapped in both, cut from the same character set) is the
printed handbook's and sheets' body face when `handbook.body_font: serif` (the default);
headings stay in the sans. The name tables are kept whole,
so the subsets carry the same names as the full fonts: if a full system copy is also visible to
the font loader, both are offered under the same family.

## Character set

Noto Sans CJK SC subsets (`NotoSansSC-*.otf`), {len(noto_cov)} code points mapped in both:

- all 6763 GB2312 hanzi: every two-byte GB2312 code 0xB0A1–0xF7FE that decodes;
- all {len(GB_SYMBOLS)} GB2312 non-hanzi characters: rows 0xA1–0xA9 (punctuation, numerals,
  Latin, Greek, Cyrillic, kana, pinyin, bopomofo, box drawing);
{range_lines}
- U+2605 ★, U+2606 ☆;
- every character in the seed texts ({seed_names}).

Of these, only what the font has is kept: code points a font lacks are simply not in it.

DejaVu Sans subsets (`DejaVuSans-*Subset.ttf`), {len(dejavu_cov)} code points mapped in both: the same
blocks minus CJK Symbols and Punctuation and Halfwidth and Fullwidth Forms (i.e. ASCII, Latin-1,
General Punctuation, Arrows, Mathematical Operators, Geometric Shapes, Dingbats, ★ ☆), plus the
seed texts' characters below U+2E80.

Seed characters outside all the sets above: {fmt(seed_extra) or 'none'}.

Requested code points that only the DejaVu subset covers ({len(dejavu_only)}):
{compact(dejavu_only) or 'none'}

Requested code points that neither font covers, in either weight ({len(uncovered)}):
{compact(uncovered) or 'none'}

Requested code points covered in the regular weight only (DejaVu Sans Bold lacks them, and so
does Noto) ({len(regular_only)}): {compact(regular_only) or 'none'}

Requested code points covered in the bold weight only ({len(bold_only)}): {compact(bold_only) or 'none'}

## How they were cut

- Noto: the face whose name ID 1 is "Noto Sans CJK SC" and name ID 2 "Regular"/"Bold" is taken
  from `NotoSansCJK-Regular.ttc` / `NotoSansCJK-Bold.ttc` (and "Noto Serif CJK SC" from
  `NotoSerifCJK-Regular.ttc` / `NotoSerifCJK-Bold.ttc`); CFF outlines (CID-keyed), subroutines
  kept. Features asked for: {", ".join(NOTO_FEATURES)}; present in the output: {", ".join(results[0]["features"])}.
  No `locl` (it would add the JP/KR/TC glyph variants, +5800 glyphs) and no vertical-writing
  features. In the SC face “ ” ‘ ’ · • … are full-width (1000 units); `pwid` (Typst:
  `text(features: ("pwid",))`) gives their proportional forms.
- DejaVu: `DejaVuSans.ttf` / `DejaVuSans-Bold.ttf`, fontTools' default feature set; present in
  the output: {", ".join(results[2]["features"])}.
- All: hinting removed, `.notdef` outline kept, whole name table kept, timestamps untouched.

## Licences

- Noto Sans CJK and Noto Serif CJK: SIL Open Font License 1.1 — `LICENSE-OFL.txt`.
- DejaVu Sans: Bitstream Vera / Arev licence (DejaVu changes public domain) — `LICENSE-DejaVu.txt`.

## SHA-256

```
{sums}
```
"""
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
    fh.write(readme)

print(f"   dejavu-only: {compact(dejavu_only)}", file=sys.stderr)
print(f"   uncovered:   {compact(uncovered)}", file=sys.stderr)
print(f"   regular weight only: {compact(regular_only)}", file=sys.stderr)
print(f"   bold weight only:    {compact(bold_only)}", file=sys.stderr)
PYEOF

echo "== wrote:"
ls -l "$OUT"
