"""References in every common form (foidesk.read.analyse.reference)."""

from __future__ import annotations

import pytest

from foidesk.read.analyse.reference import find_reference


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("Request Reference: 1267A/21\n\nWest Midlands police can ...", "1267A/21"),
        ("Our reference: NCA FOI 123/25\n\nDear Sir", "NCA FOI 123/25"),
        ("Subject: RE: FoI2025/21877 - Response\n\nDear Sir", "FoI2025/21877"),
        ("Freedom of Information (Scotland) Act 2002 - Request GGC FOI 25-1102", "GGC FOI 25-1102"),
        ("Subject: RE FOI 123/25 response", "FOI 123/25"),
        ("Our reference: FOI ICB 24-25/1127\n\nDear Sir", "FOI ICB 24-25/1127"),
        ("502A-22 PUBLIC INTEREST TEST WEST MIDLANDS POLICE", "502A-22"),
        ("Request Reference: 658A/22", "658A/22"),
        ("end of page\n14/12/2023 1771A_PIT_01\n", "1771A"),
        ("Freedom of Information Request FOI 52625", "FOI 52625"),
        ("Reference No: 01.FOI.23.029569", "01.FOI.23.029569"),
        ("Our reference FOI/2024/00123 - please quote it", "FOI/2024/00123"),
        ("Your request (FOI-2023-1234) has been considered.", "FOI-2023-1234"),
        ("Our ref: 2023/456\nDate: 4 May 2023", "2023/456"),
        ("Request number: 000123/24", "000123/24"),
        ("NPCC FOI Request Reference: 2233/2025", "2233/2025"),
        ("Reference: NPCC 2233/2025", "NPCC 2233/2025"),
        ("Police Scotland\nOur reference: IM-FOI-2024-1234", "IM-FOI-2024-1234"),
        ("Thank you for your email about IM-FOI-2024-1234.", "IM-FOI-2024-1234"),
        ("Our reference: EIR 24-0456", "EIR 24-0456"),
        ("Case reference: IC-290145-X5Y7", "IC-290145-X5Y7"),
        ("Freedom of Information Request: 1502/2024", "1502/2024"),
        ("FOI Ref. 4581/23", "4581/23"),
        ("Freedom of Information Request 000987/25\n\nDear Mr Shah", "000987/25"),
        ("Your FOI request 2024-0031 about drones", "2024-0031"),
        # the authority's reference wins over the requester's
        ("Your ref: AB/12\nOur ref: FOI-2023-1234", "FOI-2023-1234"),
        # a labelled reference wins over an unlabelled one
        ("Re FOI 1111 and 502A-22\nRequest Reference: 658A/22", "658A/22"),
    ],
)
def test_reference_forms(text: str, reference: str) -> None:
    found = find_reference(text)
    assert found is not None
    assert found.value == reference
    assert text[found.start : found.end] == reference


@pytest.mark.parametrize(
    "text",
    [
        "With reference to your request, the information is not held.",
        "Dated 14/12/2023 and sent on 15/12/2023.",
        "Reference: 2023",
        "Section 31(1)(a) applies for 20 working days.",
        "Your Freedom of Information request 12 December was received.",
        "Freedom of Information request 12/12/2024 received.",
        "",
    ],
)
def test_no_reference(text: str) -> None:
    assert find_reference(text) is None
