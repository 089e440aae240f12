"""quotes.extract: who each sentence says is speaking, and quotations clipped to the sentence that holds them
(quotation finding and speakers: tests/test_quotes.py)."""

from __future__ import annotations

from factcheck.quotes.extract import clip_quotes, extract_quotes, sentence_speakers
from factcheck.records import Article, Quote, Sentence
from factcheck.settings import Settings


def _spans(text: str, sentences: list[str]) -> list[tuple[int, int]]:
    return [(text.index(s), text.index(s) + len(s)) for s in sentences]


TEXT = ("Title\nStarmer said the fund was ready. He added that talks would go on. Nothing else happened. "
        "The weather was fine. He said it was over.")
SENTENCES = ["Starmer said the fund was ready.", "He added that talks would go on.", "Nothing else happened.",
             "The weather was fine.", "He said it was over."]


def test_a_pronoun_reaches_back_as_far_as_the_settings_say() -> None:
    article = Article("a", "a.txt", "Title", TEXT)
    speakers = sentence_speakers(article, _spans(TEXT, SENTENCES))
    assert speakers == [("Starmer", True), ("Starmer", False), (None, False), (None, False), (None, False)]
    further = sentence_speakers(article, _spans(TEXT, SENTENCES), Settings(pronoun_sentences=4))
    assert further[-1] == ("Starmer", False)


def test_a_quotation_running_past_the_sentence_keeps_its_words_in_it() -> None:
    text = "Title\n“We will act. We will not wait,” Starmer said."
    article = Article("a", "a.txt", "Title", text)
    quotes = extract_quotes(article)
    first = Sentence("a", 0, "“We will act.", text.index("“We"), text.index(" We will not"))
    second = Sentence("a", 1, "We will not wait,” Starmer said.", text.index("We will not"), len(text))
    assert [q.text for q in clip_quotes(quotes, first, article)] == ["We will act."]
    (clipped,) = clip_quotes(quotes, second, article)
    assert clipped.text == "We will not wait" and clipped.speaker == "Starmer"


def test_a_quotation_outside_the_sentence_is_left_out() -> None:
    article = Article("a", "a.txt", "Title", "Title\nA plain sentence. “Quoted words here,” she said.")
    quote = Quote("Quoted words here,", 25, 45, None, None)
    assert clip_quotes([quote], Sentence("a", 0, "A plain sentence.", 6, 23), article) == ()
