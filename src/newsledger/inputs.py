"""What can go wrong with an input, and how its bytes become text.

:class:`InputError` (and :class:`Skipped`, for inputs deliberately left out) carry one line
naming the input and the reason. :func:`decode_bytes` turns bytes into text the way browsers
do (WHATWG Encoding Standard): a byte-order mark first, then an encoding the user gives,
then UTF-8, then the charset the document declares, then detection (charset-normalizer).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

DEFAULT_MAX_BYTES = 2 * 1024 * 1024


class InputError(ValueError):
    """An input that cannot be analysed; the message names the input and the reason."""

    kind = "error"

    def __init__(self, name: str, reason: str):
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[str, str]]:  # comes back whole from a worker
        return type(self), (self.name, self.reason)


class Skipped(InputError):
    """A readable input that is deliberately not analysed: a page that is no article, a
    headline without text, a text not in English. Recorded as skipped, not as failed."""

    kind = "skipped"


class PaywallStub(Skipped):
    """A page cut off by a paywall before it says enough to be an article. ``ingest``
    skips it; ``analyze``, asked for this one page, analyses ``document`` — the text before
    the notice — and says so (issue 14, case 21). ``document`` stays in this process (a
    worker's copy comes back without it)."""

    document = None  # set by the reader: newsledger.model.Document


BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"))
# <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">,
# <?xml version="1.0" encoding="x"?>: looked for in the first bytes, as browsers do (WHATWG
# "prescan" reads the first 1,024 bytes; we allow a little more for long heads).
DECLARED = re.compile(rb"""(?:<meta[^>]*?charset\s*=\s*["']?|<\?xml[^>]*?encoding\s*=\s*["'])
                           ([A-Za-z0-9._:-]+)""", re.IGNORECASE | re.VERBOSE)
PRESCAN_BYTES = 4096
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
# WHATWG Encoding Standard: labels that browsers decode as windows-1252.
WINDOWS_1252_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii",
                       "l1", "cp819", "iso_8859-1", "x-cp1252"}


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, with the encoding used and how it was chosen
    (``bom``, ``given``, ``utf-8``, ``declared`` or ``detected``)."""

    text: str
    encoding: str
    how: str


def _codec(label: str) -> str | None:
    label = label.strip().lower()
    if label in WINDOWS_1252_LABELS:
        label = "cp1252"
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    # rot13, base64, zlib… are codecs but no text encodings; "undefined" decodes nothing
    if not getattr(info, "_is_text_encoding", True) or info.name == "undefined":
        return None
    return info.name


def decode_bytes(data: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES,
                 encoding: str | None = None) -> Decoded:
    """Check size and binary content, then decode: a byte-order mark first, then
    ``encoding`` when given, then UTF-8, then the charset the document declares (HTML meta,
    XML declaration), then detection (charset-normalizer). Raises :class:`InputError`."""
    if len(data) > max_bytes:
        raise InputError(name, f"too large: {len(data):,} bytes, over the limit of "
                               f"{max_bytes:,} bytes")
    if not data.strip():
        raise InputError(name, "empty input: no article text")
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return _text(Decoded(data.decode(codec), codec, "bom"), name)
            except UnicodeDecodeError as exc:
                raise InputError(name, f"not valid {codec} after its byte-order mark "
                                       f"(offset {exc.start})") from None
    if encoding is not None:
        codec = _codec(encoding)
        if codec is None:
            raise InputError(name, f"unknown encoding {encoding!r}")
        try:
            return _text(Decoded(data.decode(codec), codec, "given"), name)
        except UnicodeDecodeError as exc:
            raise InputError(name, f"not valid {encoding} (byte 0x{data[exc.start]:02x} "
                                   f"at offset {exc.start})") from None
    if b"\x00" in data[:8192]:
        raise InputError(name, "binary data, not a text, HTML or JSON article")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    declared = DECLARED.search(data[:PRESCAN_BYTES])
    codec = _codec(declared.group(1).decode("ascii")) if declared else None
    if codec is not None and not codec.startswith(("utf-8", "utf-16", "utf-32")):
        try:  # WHATWG: a UTF-16/32 label found in the bytes themselves means UTF-8
            return Decoded(data.decode(codec), codec, "declared")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None or best.encoding is None:
        raise InputError(name, f"not valid UTF-8 (byte 0x{data[first_bad]:02x} at offset "
                               f"{first_bad}) and no other encoding fits")
    # Short texts fit many single-byte code pages equally well; among the equally good,
    # windows-1252 (the web's commonest legacy encoding, WHATWG) wins.
    tied = [m for m in matches if (m.percent_chaos, m.percent_coherence)
            == (best.percent_chaos, best.percent_coherence)]
    if any("cp1252" in m.could_be_from_charset for m in tied):
        try:
            return Decoded(data.decode("cp1252"), "cp1252", "detected")
        except UnicodeDecodeError:  # one of the five bytes windows-1252 leaves undefined
            pass
    return Decoded(str(best), codecs.lookup(best.encoding).name, "detected")


def _text(decoded: Decoded, name: str) -> Decoded:
    """Refuse what a byte-order mark or a given encoding turned into control characters."""
    sample = decoded.text[:8192]
    if len(CONTROL.findall(sample)) > len(sample) // 100:
        raise InputError(name, "binary data, not a text, HTML or JSON article")
    return decoded


def decode(data: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES,
           encoding: str | None = None) -> str:
    """The text of ``data`` (see :func:`decode_bytes`)."""
    return decode_bytes(data, name, max_bytes, encoding).text
