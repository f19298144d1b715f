"""Public interest arguments written as running prose, with no label or heading.

A letter weighs the public interest (FOIA s2(1)(b), s2(2)(b); its refusal notice
must say why, s17(3)) in sentences such as "There is a public interest in
transparency about how the Trust spends public money. However, there is a
stronger public interest in the Trust obtaining value for money ...". Each such
sentence is a factor for or against disclosure; the sentence that weighs them
("On balance, ... outweighs ...") is the balance, not a factor.

:func:`argument_side` reads one sentence: True when it argues for disclosure,
False when against, None when it is no argument (or is the weighing itself).
The side comes from, in order:

* a leading label ("In favour of disclosure, ...", "Against that, ...");
* a contrast word ("However, ...", "On the other hand, ..."), which turns to the
  other side from the argument before it;
* the object of "a public interest in X" (transparency, accountability, knowing
  ... for; protecting, maintaining, not undermining, value for money ... against);
* "disclosure would promote / increase ... transparency" (for), "... is not in the
  public interest" and "favour retention" (against).
"""

from __future__ import annotations

import re

from foidesk.read.analyse.wording import factor_side

WEIGHING_SENTENCE = re.compile(
    r"\boutweigh|\bon\s+balance\b|\bthe\s+balance\b|\bbalance\s+of\b|\bequally\s+balanced\b|"
    r"\b(?:lies|rests|falls)\s+(?:firmly\s+|clearly\s+)?(?:with|in)\b|\bconclu(?:de|ded|sion)\b|"
    r"\b(?:decided|determined|satisfied)\s+that\b|\bhaving\s+(?:weighed|considered)\b|"
    r"\bpublic\s+interest\s+(?:\w+\s+){0,6}?favou?rs\b|"
    r"\bnot\s+(?:be\s+)?in\s+the\s+(?:wider\s+|best\s+)?public\s+interest\s+to\b",
    re.IGNORECASE,
)
"""Words of the sentence that weighs the arguments (the balance), not of an argument."""

OUTWEIGHED_BY = re.compile(
    r"^(?:(?:but|however),?\s+)?(?:this|that|these|it|they|such\s+\w+)\s+(?:is|are|was|were)\s+"
    r"(?:\w+\s+)?outweighed\s+by\s+|"
    r"\bweigh(?:ed|ing)?\s+(?:this|these|that|them|it)\s+against\s+",
    re.IGNORECASE,
)
""""This is outweighed by the public interest in X", "We have weighed this against the public
interest in X": X is an argument on the other side from the one before."""

LABEL = re.compile(
    r"^(?P<label>(?:in\s+favou?r\s+of|against)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?[\w-]+)(?:[,:]\s|\s+(?:is|are)\s+(?=the\b|a\b|an\b))",
    re.IGNORECASE,
)
"""A leading label set off by a comma or colon: "In favour of disclosure, ...", "Against that:"."""

CONTRAST = re.compile(
    r"^(?:however|but|conversely|nevertheless|on\s+the\s+other\s+hand|against\s+(?:this|that|"
    r"these)|(?:balanced|set|weigh(?:ed|ing))\s+against\s+(?:this|that|these))\b",
    re.IGNORECASE,
)
"""A sentence that turns to the other side."""

INTEREST_IN = re.compile(
    r"(?<!\bno\s)\b(?:public\s+interest|interests?\s+of\s+the\s+public)\s+in\s+"
    r"(?P<object>[^.;]{1,120})",
    re.IGNORECASE,
)
"""What the public interest is said to lie in."""

AGAINST_OBJECT = re.compile(
    r"\b(?:protect\w*|maintain\w*|preserv\w*|safeguard\w*|secur\w*|not\s+\w+|avoid\w*|"
    r"prevent\w*|withh\w*|non-?disclos\w*|retention|retain\w*|value\s+for\s+money|privacy|"
    r"confidential\w*|safe\s+space|candid\w*|frank\w*|effective\w*|"
    r"efficien\w*|integrity|neither|best\s+(?:available\s+)?price|commercial\w*|competiti\w*)\b",
    re.IGNORECASE,
)
FOR_OBJECT = re.compile(
    r"\b(?:open\w*|transparen\w*|accountab\w*|scrutin\w*|understand\w*|inform\w*|know\w*|"
    r"debate|aware\w*|disclos\w*|releas\w*|publi(?:sh|cation)\w*|confirm\w*|how|why|whether|"
    r"the\s+cost)\b",
    re.IGNORECASE,
)
CONCEDED = re.compile(
    r"^(?:we|i|the\s+\w+(?:\s+\w+)?)\s+(?:also\s+)?(?:recognises?|recognizes?|acknowledges?|"
    r"accepts?|appreciates?|understands?)\b",
    re.IGNORECASE,
)
"""An authority granting an argument ("We recognise the public interest in ..."): an argument
for disclosure unless what it grants is plainly against."""
STRONG_AGAINST = re.compile(
    r"\b(?:protect\w*|maintain\w*|preserv\w*|safeguard\w*|withh\w*|non-?disclos\w*|not\s+\w+)\b",
    re.IGNORECASE,
)
PROMOTES = re.compile(
    r"\b(?:disclosure|release|publication|disclosing|releasing|publishing|confirming|revealing|"
    r"confirmation)\b[^.]{0,60}?"
    r"\b(?:would|could|might|will|may)\s+(?:\w+\s+){0,2}?(?:promote|increase|enhance|improve|aid|"
    r"assist|help|inform|demonstrate|reassure|contribute|add)\w*\b",
    re.IGNORECASE,
)
NOT_IN_INTEREST = re.compile(
    r"\bnot\s+(?:be\s+)?in\s+the\s+(?:wider\s+|best\s+)?public\s+interest\b", re.IGNORECASE
)
FAVOUR_OBJECT = re.compile(
    r"\bfavou?rs?\s+(?:a\s+|the\s+)?(?P<object>disclos\w*|releas\w*|retention|withh\w*|"
    r"non-?disclos\w*)",
    re.IGNORECASE,
)


def _object_side(text: str) -> bool | None:
    """The side of what a public interest lies in: the first telling word decides (None
    when there is none, as in "an inherent public interest in the loan charge")."""
    against = AGAINST_OBJECT.search(text)
    for_ = FOR_OBJECT.search(text)
    if against is None or for_ is None:
        return None if against is None and for_ is None else against is None
    return for_.start() < against.start()


def labelled_side(sentence: str, previous: bool | None) -> bool | None:
    """The side a sentence announces by a leading label ("Against disclosure, ...") or a
    contrast word ("However, ...", turning from ``previous``), or None."""
    label = LABEL.match(sentence)
    if label is not None:
        return factor_side(label.group("label"))
    if CONTRAST.match(sentence):
        return False if previous is None else not previous
    return None


def argument_side(sentence: str, previous: bool | None = None) -> bool | None:
    """The side a sentence of a public interest paragraph argues, or None.

    Args:
        sentence: one sentence.
        previous: the side of the argument just before it in the paragraph, if any
            ("However, ..." turns from it).

    Example:
        >>> argument_side("There is a public interest in openness.")
        True
        >>> argument_side("However, there is a strong public interest in protecting sources.",
        ...               previous=True)
        False
        >>> argument_side("On balance, the public interest favours withholding.") is None
        True
    """
    outweighed = OUTWEIGHED_BY.search(sentence)
    if outweighed is not None:
        interest = INTEREST_IN.search(sentence, outweighed.end())
        side = _object_side(interest.group("object")) if interest is not None else None
        if side is None:
            return False if previous is None else not previous
        return side
    if WEIGHING_SENTENCE.search(sentence):
        return None
    side = labelled_side(sentence, previous)
    if side is not None:
        return side
    interest = INTEREST_IN.search(sentence)
    if interest is not None:
        if CONCEDED.match(sentence):
            return STRONG_AGAINST.search(interest.group("object")) is None
        side = _object_side(interest.group("object"))
        return True if side is None else side
    if NOT_IN_INTEREST.search(sentence):
        return False
    favour = FAVOUR_OBJECT.search(sentence)
    if favour is not None:
        return _object_side(favour.group("object"))
    if PROMOTES.search(sentence):
        return True
    return None
