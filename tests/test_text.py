"""fold(): how names and cue words are compared, on the characters that make it hard."""
import pytest

from kg.text import fold, slug


@pytest.mark.parametrize(("written", "folded"), [
    ("Radosław Sikorski", "radoslaw sikorski"),  # a mark in the glyph itself, which NFKD keeps
    ("Đukanović Ørsted Ħamrun İstanbul ı", "dukanovic orsted hamrun istanbul i"),
    ("Œuvre Æther Straße ẞ", "œuvre æther straße ß"),  # ligatures and sharp s stay: one letter for one
    ("ǅemal Ǆ ﬁ", "dzemal dz fi"),  # compatibility forms are decomposed
    ("Ségolène’s L’Élysée", "segolene's l'elysee"),
    ("e\u0301te\u0301 a\u0300 n\u0303 x\u0345y", "ete a n xy"),  # marks already combining, the iota subscript too
    ("a\u00a0b\u202fc", "a b c"),
    ("Ａｂｅ", "abe"),  # full-width letters
    ("𝐌𝐚𝐜𝐫𝐨𝐧", "Macron"),  # beyond the BMP: mathematical bold has no lower case; NFKD gives its letters
    ("🇫🇷 😀 \U0001d15f \U0001d15e\U0001d165", "🇫🇷 😀 \U0001d158 \U0001d157"),  # a musical note's stem and flag are marks
])
def test_fold_drops_marks_and_case_on_hard_characters(written, folded):
    assert fold.__wrapped__(written) == folded
    assert fold.__wrapped__(written) == fold.__wrapped__(written)  # the table's first and cached answers agree


def test_slug_of_a_name_with_marks_beyond_its_letters():
    assert slug("Radosław Sikorski-Œuvre") == "radoslaw-sikorski-uvre"


def test_folding_hostile_text_keeps_the_table_of_marks_bounded():
    """Text holding every code point of several planes folds right, and the remembered code points
    stay within their bound (a server folds hostile text for as long as it runs)."""
    from kg import text
    hostile = "".join(chr(c) for c in range(0x20000, 0x20000 + 3 * text._MARKS_KEPT))  # CJK extension B: no marks
    assert fold.__wrapped__(hostile + "e\u0301") == hostile + "e"
    assert len(text._MARKS) <= text._MARKS_KEPT
