"""Welsh paragraphs of a bilingual response, dropped so the analyser reads the English.

Welsh public authorities (Dyfed-Powys, North Wales, South Wales and Gwent Police,
the Welsh Government, Welsh councils) answer in both languages under the Welsh
Language Standards, side by side or paragraph by paragraph. A paragraph is Welsh
when its words are mostly Welsh function words and FOI terms and hardly any
English ones. A document that is Welsh throughout is left as it is.
"""

from __future__ import annotations

import re

from foidesk.read.cleaners.base import Context, step, word_set
from foidesk.read.cleaners.lines import Line, iter_lines, line_with_break
from foidesk.read.cleaners.offsets import Edit

WELSH = word_set(
    """
    a'r ac ag â ar y yr 'r yn ei eu ein eich mae maen oes nad na nac nid bod fod
    wedi gan gyda gydag o'r i'r yw'r sy'n mae'n ydy ydyw yw ydym rydym rydyn ni chi nhw
    hyn hynny hon hwn honno hwnnw sydd bydd fydd byddai fyddai oedd roedd cael gael
    ddim neu ond pan os fel hefyd rhaid dylai gall gallai gellir drwy trwy dros rhwng
    gyfer ynghylch ynglŷn ymhlith yng ngh nghyd mewn wrth heb hyd tuag i'w o'i
    deddf rhyddid gwybodaeth wybodaeth hwybodaeth cais gais heddlu heddlu'r ymateb
    adran eithriad eithriadau prawf budd lles cyhoedd cyhoeddus niwed rhesymau
    penderfyniad adolygiad mewnol comisiynydd swyddfa cyfeirnod dyddiad diolch
    gofyn gofynnwch atoch chi'n cysylltwch cysylltu ymchwiliad ymchwiliadau
    troseddau trosedd diogelwch cenedlaethol gorfodi'r gyfraith cyfraith datgelu
    ddatgelu datgeliad ffactorau o blaid erbyn cydbwysedd casgliad rheoliad
    rheoliadau amgylcheddol ymdrin cadarnhau gwadu ddal dal cedwir gedwir
    """
)
"""Welsh function words and the words of an FOI response (mutated forms included)."""
ENGLISH = word_set(
    """
    the of and to in is that for be this with as by on not are it or which would have
    has will we our you your from was were been an at any can may information request
    public police section act freedom interest disclosure exemption
    """
)
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIN_WELSH_WORDS = 2


def is_welsh(paragraph: str) -> bool:
    """True when a paragraph is written in Welsh (not English, not both)."""
    words = [w.lower().replace("’", "'") for w in _TOKEN.findall(paragraph)]
    if not words:
        return False
    welsh = sum(1 for w in words if w in WELSH and w not in ENGLISH)
    english = sum(1 for w in words if w in ENGLISH)
    if welsh < MIN_WELSH_WORDS and not (welsh == 1 and len(words) <= 3 and english == 0):
        return False
    return welsh >= 0.15 * len(words) and english * 3 <= welsh


_HINT = word_set(
    """
    yr yn mae wedi gyda ddim hynny sydd wybodaeth gwybodaeth rhyddid heddlu ydym rydym eich
    gyfer o'r i'r a'r mae'r
    """
)
"""Words nearly every Welsh paragraph has: without any, there is nothing to look at."""
_SEPARATOR = re.compile(r"[ \t]+/[ \t]+|[ \t]*\|[ \t]*")
"""Between the halves of a bilingual line: ``Niwed / Harm``, ``Harm | Niwed``."""


def bilingual_cut(line: Line) -> tuple[int, int] | None:
    """The range to drop from a one-line heading in both languages, keeping the English half.

    ``Niwed / Harm``, ``Harm / Niwed`` and ``Niwed | Harm`` (Welsh Language Standards
    headings) have one Welsh half and one English half; the cut takes the Welsh half
    and the separator. None when the line is not such a pair.
    """
    found = list(_SEPARATOR.finditer(line.text))
    if len(found) != 1:
        return None
    sep = found[0]
    first, second = line.text[: sep.start()], line.text[sep.end() :]
    if not first.strip() or not second.strip():
        return None
    welsh_first, welsh_second = is_welsh(first), is_welsh(second)
    if welsh_first and not welsh_second:
        return line.start, line.start + sep.end()
    if welsh_second and not welsh_first:
        return line.start + sep.start(), line.end
    return None


@step("welsh")
def welsh(text: str, context: Context) -> list[Edit]:
    """Drop Welsh paragraphs, keeping the English, when the document has both languages.

    A bilingual heading line (``Niwed / Harm``) keeps its English half.
    """
    if _HINT.isdisjoint(text.lower().split()):
        return []
    lines = [line for line in iter_lines(text) if not line.blank]
    cuts = {line.start: cut for line in lines if (cut := bilingual_cut(line))}
    dropped = [line for line in lines if line.start not in cuts and is_welsh(line.text)]
    if not dropped and not cuts:
        return []
    total = sum(len(line.text) for line in lines)
    if total - sum(len(line.text) for line in dropped) < 0.2 * total:
        return []
    ranges = sorted([line_with_break(text, line) for line in dropped] + list(cuts.values()))
    edits: list[Edit] = []
    for start, end in ranges:
        if edits and start < edits[-1].end:
            start = edits.pop().start
        edits.append(Edit(start, end, ""))
    return edits
