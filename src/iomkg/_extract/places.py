"""Places named in a text, found with the gazetteer.

>>> [p.name for p in find_places("The delegation travelled from Bishkek to Chisinau, Moldova.")]
['Bishkek', 'Chisinau', 'Moldova']
"""

from __future__ import annotations

from .._models import Place
from .._reference.gazetteer import Gazetteer, gazetteer

__all__ = ["find_places"]


def find_places(text: str, *, places: Gazetteer | None = None) -> tuple[Place, ...]:
    """Every known place named in ``text``: one record per place, in order of first mention.

    Each record carries every mention as a :class:`~iomkg.Span` into ``text``.
    The longest spelling wins (``Osh Oblast`` is the oblast, ``Osh`` alone
    the city; ``Kyrgyz Republic`` is Kyrgyzstan, ``Kyrgyz`` alone is no
    place); English, Russian (in any case) and Kyrgyz spellings are found.
    ``places`` is the gazetteer to use (default: :func:`iomkg.gazetteer`).

    >>> found = find_places("A Kyrgyz team met in Osh Oblast, then in Osh and в Бишкеке.")
    >>> [(p.id, [m.text for m in p.mentions]) for p in found]
    [('KG-O', ['Osh Oblast']), ('KG-GO', ['Osh']), ('KG-GB', ['Бишкеке'])]
    >>> found[1].mentions[0].start
    41
    """
    return (places if places is not None else gazetteer()).find(text)
