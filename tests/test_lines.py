"""Lines: pairwise findings gathered into one line per disagreement, values as written, outlets by name."""

from __future__ import annotations

from factcheck.records import Article, Claim, Finding, Mention, Report
from factcheck.render.lines import disagreements, outlet_labels

ARTICLES = (Article("000_aa", "", "", "x", outlet="The Guardian"), Article("001_bb", "", "", "x", outlet="The Sun"),
            Article("002_cc", "", "", "x"), Article("003_dd", "", "", "x", outlet="BBC"))
QUOTE = "The UK is prepared to back this with boots on the ground and planes in the air, together with others."
SUN = "boots on the ground and planes in the air, alongside France and others."


def _mentions(*pairs: tuple[str, str]) -> tuple[Mention, ...]:
    return tuple(Mention(source, i, text, 0, len(text)) for i, (source, text) in enumerate(pairs))


def test_outlet_labels_use_names_and_short_ids() -> None:
    assert outlet_labels(ARTICLES) == {"000_aa": "The Guardian", "001_bb": "The Sun", "002_cc": "002",
                                       "003_dd": "BBC"}


def test_one_altered_quotation_is_one_line_in_original_case() -> None:
    m = _mentions(("000_aa", f"He said: “{QUOTE}”"), ("001_bb", f"“{SUN}”"), ("002_cc", f"“{QUOTE}”"),
                  ("003_dd", f"He said “{QUOTE}”"))
    findings = (Finding("quote", "medium", "d", (0, 1, 2, 3), "altered", values=(QUOTE, SUN)),)
    report = Report("e", ARTICLES, (Claim("c001", m, findings, "differs", "medium"),))
    (line,) = disagreements(report)
    assert line.text == ("Quotation differs: The Sun has “the air alongside France and others”; The Guardian, 002 "
                         "and BBC have “the air together with others”")
    assert line.claims == ("c001",) and line.severity == "medium"


def test_a_hedge_told_by_many_pairs_and_inside_one_outlet_is_one_line() -> None:
    m = _mentions(("000_aa", "It will buy 5,000 missiles."), ("001_bb", "It will buy more than 5,000 missiles."),
                  ("002_cc", "More than 5,000 missiles."), ("002_cc", "The 5,000 missiles will be made here."))
    findings = (Finding("numeric", "medium", "qualifier differs: ... — the same number with a different hedge",
                        (0, 1, 2), "qualifier differs", values=("5,000", "more than 5,000")),
                Finding("numeric", "medium", "qualifier differs: ... — the same number with a different hedge",
                        (2, 3), "qualifier differs", True, values=("more than 5,000", "5,000")))
    report = Report("e", ARTICLES, (Claim("c001", m, findings, "differs", "medium"),))
    (line,) = disagreements(report)
    assert line.text == ("Qualifier differs: The Guardian and 002 say “5,000”; The Sun and 002 say “more than 5,000”; "
                         "002 says both — the same number with a different hedge")
    assert len(line.findings) == 2


def test_a_sentence_rule_and_a_fact_finding_with_the_same_values_are_one_line() -> None:
    texts = {"000_aa": "Police said 17 people were injured.", "001_bb": "Police said 16 people were injured."}
    articles = tuple(Article(s, "", "", texts[s], outlet=o) for s, o in (("000_aa", "The Guardian"), ("001_bb", "The Sun")))
    m = _mentions(*texts.items())
    numeric = Claim("c001", m, (Finding("numeric", "high", "conflict: — the figures cannot both be right", (0, 1),
                                        "conflict", values=("17", "16")),), "conflict", "high")
    fact = Claim("c002", m, (Finding("fact", "low", "number injured", (0, 1), "count differs",
                                     values=("17 people", "16 people"),
                                     spans=(("000_aa", 12, 21), ("001_bb", 12, 21))),), "differs", "low")
    report = Report("e", articles, (numeric, fact))
    (line,) = disagreements(report)
    assert line.claims == ("c001", "c002") and line.severity == "high" and line.label == "conflict"
    assert "The Guardian says “17”" in line.text and "The Sun says “16”" in line.text


def test_who_said_it_names_both_people_and_outlets() -> None:
    m = _mentions(("001_bb", "Ursula von der Leyen said she would present a plan."),
                  ("003_dd", "He also said he would present a plan."))
    findings = (Finding("contradiction", "medium", "rule actor", (0, 1), "actor",
                        values=("Ursula von der Leyen", "Antonio Costa")),)
    (line,) = disagreements(Report("e", ARTICLES, (Claim("c001", m, findings, "differs", "medium"),)))
    assert line.text == ("Who said or did it: The Sun gives it to Ursula von der Leyen; BBC gives it to "
                         "Antonio Costa")


def test_a_day_contradiction_and_a_weekday_fact_are_one_line() -> None:
    texts = {"000_aa": "The shooting happened on Saturday night.", "001_bb": "The shooting happened on Friday night."}
    articles = tuple(Article(s, "", "", texts[s], outlet=o) for s, o in (("000_aa", "WSB"), ("001_bb", "6abc")))
    m = _mentions(*texts.items())
    day = Claim("c001", m, (Finding("contradiction", "medium", "rule day", (0, 1), "day",
                                    values=("saturday", "friday")),), "differs", "medium")
    fact = Claim("c002", m, (Finding("fact", "medium", "weekday", (0, 1), "weekday differs", values=("Saturday", "Friday"),
                                     spans=(("000_aa", 26, 34), ("001_bb", 26, 32))),), "differs", "medium")
    (line,) = disagreements(Report("e", articles, (day, fact)))
    assert line.claims == ("c001", "c002")
    assert "WSB says “saturday”" in line.text and "6abc says “friday”" in line.text


def test_two_peoples_titles_are_two_lines() -> None:
    texts = {"000_aa": "Senator Schumer and Majority Leader McConnell met.", "001_bb": "Minority Leader Schumer met."}
    articles = tuple(Article(s, "", "", texts[s], outlet=o) for s, o in (("000_aa", "NYT"), ("001_bb", "Fox")))
    m = _mentions(*texts.items())
    schumer = Claim("c001", m, (Finding("fact", "low", "title", (0, 1), "title differs", values=("Senator", "Minority Leader"),
                                        spans=(("000_aa", 0, 7), ("001_bb", 0, 15))),), "differs", "low",
                    evidence=("same person: Chuck Schumer",))
    mcconnell = Claim("c002", m, (Finding("fact", "low", "title", (0, 1), "title differs", values=("Senator", "Majority Leader"),
                                          spans=(("000_aa", 0, 7), ("001_bb", 0, 15))),), "differs", "low",
                      evidence=("same person: Mitch McConnell",))
    assert len(disagreements(Report("e", articles, (schumer, mcconnell)))) == 2


def test_one_outlet_at_odds_with_itself() -> None:
    m = _mentions(("002_cc", "Three people were hurt."), ("002_cc", "Two people were hurt."))
    finding = Finding("numeric", "low", "different figures: — two facts", (0, 1), "different figures", True,
                      values=("Three", "Two"))
    (line,) = disagreements(Report("e", ARTICLES, (Claim("c001", m, (finding,), "differs", "low"),)))
    assert line.text.startswith("Different figures: 002 says both “Three” and “Two”")


def test_lines_that_read_the_outlets_differently_do_not_fold() -> None:
    texts = {"000_aa": "Three were shot; Five were hurt.", "001_bb": "Five were shot; Three were hurt."}
    articles = tuple(Article(s, "", "", texts[s], outlet=o) for s, o in (("000_aa", "ABC"), ("001_bb", "CBS")))
    m = _mentions(*texts.items())
    numeric = Claim("c001", m, (Finding("numeric", "low", "different figures", (0, 1), "different figures",
                                        values=("Five", "Three")),), "differs", "low")
    fact = Claim("c002", m, (Finding("fact", "low", "count", (0, 1), "count differs", values=("Three", "Five"),
                                     spans=(("000_aa", 0, 5), ("001_bb", 0, 4))),), "differs", "low")
    lines = disagreements(Report("e", articles, (numeric, fact)))
    assert len(lines) == 2 and all(len({s for _, who in d.sides for s in who}) == 2 for d in lines)
