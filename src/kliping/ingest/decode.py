"""Bytes to text: encoding detection, binary detection and text normalisation.

Scraped Indonesian pages are mostly UTF-8, but older CMS exports and copy-pastes from Word arrive
as cp1252 (smart quotes 0x93/0x94, dashes 0x96/0x97) or as UTF-8 with a few stray cp1252 bytes.
We decode UTF-8 and fall back to cp1252 *for the bytes that are not UTF-8*, so one bad quote does not
lose or mangle a whole article; only when the result is not text at all is the file a Problem.

Bytes that are valid UTF-8 are always read as UTF-8, whatever characters they hold: scraped text is
often *mojibake* (UTF-8 once read as cp1252 upstream and saved again: ``AsociaciÃ³n``, ``23Â°C``,
``â‚¬3.100``), which is valid UTF-8 full of C1 control characters. Handing such a file to a charset
detector turned every record of a JSONL into Chinese (GB18030) because two of its records quoted
mis-decoded Arabic. Mojibake is repaired per text by ftfy (:func:`repair_mojibake`), the library
made for it: 20 of the 485 detik-dev articles have some (``€``, ``m²``, ``°C``, accented names).
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import ftfy

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: decode the offending bytes one by one as cp1252 (latin-1 where undefined)."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    chunk = err.object[err.start : err.end]
    out = []
    for b in chunk:
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(bytes([b]).decode("latin-1"))
    return "".join(out), err.end


codecs.register_error("kliping-cp1252", _cp1252_fallback)

# Characters that do not occur in text: C0/C1 controls except tab, newline, carriage return, form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")


_C1_ONLY = re.compile(r"[\x80-\x9f]")
# A letter that starts a two-byte UTF-8 sequence, read as cp1252/latin-1 (Â..ô), followed by what a
# continuation byte becomes (U+0080-U+00BF or a cp1252 special): the mark of mojibake. Only texts
# holding it go through ftfy, so clean text costs one regex search.
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def repair_mojibake(text: str) -> str:
    """``AsociaciÃ³n`` -> ``Asociación``, ``â‚¬3.100`` -> ``€3.100``: text that was UTF-8 read as
    cp1252 (or latin-1) somewhere upstream, re-read as UTF-8. ftfy only changes a run when the
    result is more plausible text, so correct accented words (``Rosé``, ``Ã`` in a name) stay."""
    if not _MOJIBAKE_HINT.search(text):
        return text
    return ftfy.fix_encoding(text)


class DecodeError(ValueError):
    """The bytes are not usable text; the message is the one-line reason for a ``Problem``."""


def decode_bytes(data: bytes) -> str:
    """Decode file contents to ``str`` or raise ``DecodeError`` with a one-line reason.

    Order: BOM, then UTF-16 without BOM (when NUL bytes show it), then UTF-8 with a per-byte cp1252
    fallback, then charset-normalizer as a last try for other encodings. Text is "garbage" when control characters make up more than 1 % of it.
    """
    if not data.strip():
        return ""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as e:
                raise DecodeError(f"not valid {enc} text despite its byte-order mark ({e.reason})") from e
    if b"\x00" in data[:8192]:
        utf16 = _bomless_utf16(data)
        if utf16 is not None:
            return utf16
        raise DecodeError("binary file (contains NUL bytes), not text")
    try:
        strict = data.decode("utf-8")
    except UnicodeDecodeError:
        strict = None
    if strict is not None:
        # Valid UTF-8 is UTF-8: C1 characters in it are mojibake (repaired by normalize_text), and
        # only C0 controls mean binary.
        if _looks_like_text(_C1_ONLY.sub("", strict)):
            return strict
        raise DecodeError("binary data, not text (control characters)")
    text = decode_utf8_text(data)
    if text is not None:
        return text
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # charset-normalizer is an aid, never a reason to fail
        best = None
    if best is not None:
        alt = str(best)
        if _looks_like_text(alt):
            return alt
    raise DecodeError("not text: bytes do not decode as UTF-8 or cp1252 (unknown encoding or binary)")


def decode_utf8_text(data: bytes) -> str | None:
    """The UTF-8 step of :func:`decode_bytes`, shared with the JSON Lines reader's per-line decoding:
    UTF-8 with stray bytes read as cp1252 (one bad quote must not lose an article), or ``None`` when
    the result fails the text test (too many control characters: binary, or another encoding)."""
    text = data.decode("utf-8", errors="kliping-cp1252")
    return text if _looks_like_text(text) else None


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark (some Windows exports), else ``None``.

    Latin-script text in UTF-16 has a NUL as the high byte of nearly every character, so NULs on
    one side only are the sign; random binary has them on both sides or on neither.
    """
    head = data[:8192]
    if len(head) < 4 or len(data) % 2:
        return None
    for enc, zeros, others in (("utf-16-le", head[1::2], head[0::2]), ("utf-16-be", head[0::2], head[1::2])):
        if zeros.count(0) >= 0.9 * len(zeros) and others.count(0) <= 0.01 * len(others):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                return None
            return text if _looks_like_text(text) else None
    return None


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    bad = len(_CONTROL.findall(text))
    return bad <= max(2, len(text) // 100)


# Zero-width and invisible formatting characters that break tokenisation.
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Bidirectional embeddings, overrides and isolates: invisible, and in a report they reorder what
# follows them, so "naik \u202e0051 rupiah" would be shown as "naik 1500 rupiah" while the data
# says 0051. News text has no use for them (the marks U+200E/U+200F are kept).
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile("[\u00a0\u2007\u202f\u2000-\u200a\u3000\t\f\v]+")
_C1_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_MANY_BLANKS = re.compile(r"\n[ ]*(?:\n[ ]*)+")
_TRAILING = re.compile(r"[ ]*\n[ ]*")


def normalize_text(text: str) -> str:
    """Mojibake repaired, NFC, ``\\n`` line ends, plain spaces, no zero-width, bidi or control characters, trimmed lines.

    Paragraph structure is kept: each non-empty line stays a line. Runs of blank lines collapse to
    one newline because ``Document.text`` separates paragraphs with a single ``\\n``.
    """
    text = unicodedata.normalize("NFC", repair_mojibake(text))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = BIDI_CONTROLS.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _C1_CONTROLS.sub("", text)
    text = re.sub(r" {2,}", " ", text)
    text = _TRAILING.sub("\n", text)
    text = _MANY_BLANKS.sub("\n", text)
    return text.strip()
