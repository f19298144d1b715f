"""PDF renderer: the rendered HTML laid out by WeasyPrint, tagged for accessibility.

Metadata comes from the page itself: ``<title>``, ``<meta name="author">``,
``description`` (Subject), ``keywords``, ``dcterms.created`` and ``lang="en-GB"``
(the document language). The PDF is tagged (PDF/UA-1), so screen readers can follow
its headings and lists. Nothing is fetched from the network: the URL fetcher refuses
every URL that is not local (``file:`` or ``data:``), and fonts are the machine's own
(DejaVu by default).
"""

from __future__ import annotations

import logging
import warnings
from typing import Any

from foidesk.errors import WriteError

LOCAL_SCHEMES = ("file", "data")


def _fetcher() -> Any:
    """A WeasyPrint URL fetcher that refuses any non-local URL."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from weasyprint.urls import URLFetcher  # type: ignore[import-untyped]

    class LocalOnlyFetcher(URLFetcher):  # type: ignore[misc]
        """Fetches ``file:`` and ``data:`` URLs only; anything else is refused."""

        def fetch(self, url: str, headers: Any = None) -> Any:
            scheme = url.split(":", 1)[0].lower() if ":" in url else ""
            if scheme not in LOCAL_SCHEMES:
                raise ValueError(f"foidesk does not fetch remote resources: {url}")
            return super().fetch(url, headers)

    return LocalOnlyFetcher(allowed_protocols=LOCAL_SCHEMES)


def html_to_pdf(html: str, *, base_url: str | None = None) -> bytes:
    """Lay out ``html`` as a tagged PDF/UA-1 document and return its bytes.

    Raises:
        WriteError: when WeasyPrint is not installed or cannot lay out the page.
    """
    try:
        with warnings.catch_warnings():
            # WeasyPrint warns, once at import, when the system lacks HarfBuzz-Subset.
            warnings.simplefilter("ignore", DeprecationWarning)
            import weasyprint  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - weasyprint is a declared dependency
        raise WriteError("PDF output needs WeasyPrint: pip install weasyprint") from None
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    document = weasyprint.HTML(string=html, base_url=base_url, url_fetcher=_fetcher())
    try:
        pdf = document.write_pdf(pdf_variant="pdf/ua-1", pdf_tags=True)
    except (ValueError, TypeError, AssertionError) as exc:
        raise WriteError(f"cannot lay out the PDF: {exc}") from None
    if not isinstance(pdf, bytes):  # pragma: no cover - write_pdf() returns bytes
        raise WriteError("WeasyPrint returned no PDF")
    return pdf
