"""Words around people's names that every field reads alike.

A person's full name may be followed by letters for an office, a rank of counsel or an
honour: "Crown prosecutor Sally Dowling SC", "Lord Pannick KC", "Jane Smith OBE". The
people field ends the name before them, and the organizations field reads none of them as an
organization; both ask :data:`POST_NOMINALS`, so they never disagree on what the letters are.

    >>> "KC" in POST_NOMINALS, "NATO" in POST_NOMINALS
    (True, False)
"""

from __future__ import annotations

from newsfacts.tables import read_words

#: Post-nominal letters ("KC", "QC", "MP", "OBE"), from ``newsfacts/data/post_nominals.txt``:
#: after a name of two words or more they are neither part of it nor an organization.
POST_NOMINALS = read_words("newsfacts", "post_nominals.txt")
