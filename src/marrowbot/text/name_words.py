"""Words the stopword list lacks that are never part of a condition's name: who, how sure, how much, which, and
the words joining two things ("they told us maybe extensive marrow necrosis": the name is "marrow necrosis")."""

from __future__ import annotations

#: Pronouns the stopword list lacks ("they told us marrow necrosis"): never part of a condition's name.
PRONOUNS = frozenset("us ya u ur yall".split())
#: Hedges before a name ("doctor say maybe bone marrow problem"): how sure someone is, never part of the name.
HEDGES = frozenset("maybe perhaps possibly probably likely suspected possible probable".split())
#: Words of how much of something a report found ("extensive marrow necrosis", "patchy fibrosis"): never part of a
#: condition's name.
EXTENT = frozenset("extensive widespread focal patchy partial massive marked minimal".split())
#: Words of how many or which ("a transplant for every marrow disease", "several blood disorders"): they pick among
#: the things a name names, and are never part of the name.
QUANTIFIERS = frozenset("every many several various certain different either neither another whichever".split())
#: Joining words the stopword list lacks ("can tb be behind marrow necrosis"): never part of a condition's name.
JOINING = frozenset("behind without among beside besides beyond inside like unlike near since toward towards under "
                    "upon within whenever than".split())
#: All of them.
NOT_IN_A_NAME = PRONOUNS | HEDGES | EXTENT | QUANTIFIERS | JOINING
