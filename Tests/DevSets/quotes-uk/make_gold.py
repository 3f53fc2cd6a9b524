"""Writes gold.jsonl for the quotes-uk development set from the attributions below.

Written for Lede: the articles in docs/ are original fiction in British, broadcast and wire
styles, and so are their annotations. Each attribution is given by its text: the content (with
its quotation marks when it is a quotation), whether it is direct (verbatim speech), the source
as written, and the cue. The script finds their code-point offsets (the source nearest to its
content) and writes the PolNeAR layout `lede-bench quotes DIR` reads:
{"doc", "quotes": [{"content": [start, end], "direct", "source": [start, end], "source_text",
"cue": [start, end], "cue_text"}]}. Run it after editing an article or an attribution.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

GOLD = {
    "bbc-politics-ferry-levy.txt": [
        ('it was "the only fair way" to pay for new vessels', True, "the transport secretary", "insisting"),
        ("the charge would raise £40m a year", False, "Transport Secretary Helen Marsh", "told"),
        ('"Every penny will go back into the boats,"', True, "she", "said"),
        ('"Nobody on the islands will pay more than they do on the mainland."', True, "she", "said"),
        ('the plan had been "cooked up in Whitehall without a single conversation with the people who will pay for it"',
         True, "Mr Dalby", "told"),
        ('the prime minister had "full confidence" in both ministers', True, "A Downing Street spokesman", "said"),
        ('"This is a normal disagreement about how to fund a public service,"', True, "the spokesman", "added"),
        ("they would seek a judicial review if the levy went ahead", False, "Islanders' groups", "said"),
        ('"We have been ignored for ten years, and we will not be ignored again,"', True, "Morag Innes", "said"),
        ('"If the boats break down, the shops close. If the shops close, the young people leave.', True,
         "Morag Innes", "said"),
        ('"That is what is at stake here."', True, "Morag Innes", "said"),
        ("two of the five vessels on the route are more than 30 years old", False, "the Scottish Government",
         "According to"),
        ('the levy was "a tax on living in the wrong postcode"', True, "Opposition leader Ruth Calder", "said"),
    ],
    "bbc-regional-flood-defences.txt": [
        ("work had been delayed by a shortage of steel and by the wettest spring on record", False,
         "The Environment Agency", "said"),
        ('"The water came up to the second stair in February,"', True, "she", "said"),
        ('"I had to be carried out by the fire brigade. I have never been so frightened in my life.', True,
         "she", "said"),
        ('"I just want to know that it will not happen again."', True, "she", "said"),
        ("he had spent £12,000 on repairs", False, "Tom Okafor", "said"),
        ("the insurance company had told him his premium would treble", False, "He", "said"),
        ('"We understand how distressing this is for residents, and we are doing everything we can to speed up the work."',
         True, "A spokeswoman for the agency", "said"),
        ('the delay was "simply not good enough"', True, "The local MP, Graham Pike", "told"),
        ("they had already moved their furniture upstairs for the season", False, "Several residents", "told"),
    ],
    "wire-copper-strike.txt": [
        ("Workers at the Cerro Alto copper mine extended their strike into a third week on Monday after talks with management broke down",
         False, "the union", "said"),
        ("The mine produced 310,000 tonnes of copper last year", False, "company filings", "according to"),
        ('"The company has not moved an inch on wages,"', True, "union president Jorge Fuentes", "told"),
        ('"We will stay out as long as it takes."', True, "union president Jorge Fuentes", "told"),
        ("it had offered a 4 percent rise and a one-off bonus", False, "Cerro Alto's owner, Andes Metals", "said"),
        ('"The offer on the table is fair and generous,"', True, "the statement", "said"),
        ("the government had offered to mediate", False, "Two people familiar with the talks", "said"),
        ("a strike lasting beyond a month could push copper prices up by as much as 3 percent", False,
         "Analysts at Banco Pacifico", "said"),
        ("the union would meet again on Thursday", False, "Fuentes", "said"),
    ],
    "broadcast-morning-programme.txt": [
        ("The health secretary, Daniel Rowe, is with us. Good morning.", True, "SARAH HOLT", ":"),
        ("Good morning, Sarah.", True, "DANIEL ROWE", ":"),
        ("Waiting lists are longer than they have ever been. Why should anyone believe they will come down?", True,
         "PRESENTER", ":"),
        ("Because for the first time in a decade we are opening more beds than we are closing. That is a fact.", True,
         "DANIEL ROWE", ":"),
        ("you do not have the staff to open them", False, "The Royal College of Nursing", "says"),
        ("The Royal College of Nursing says you do not have the staff to open them.", True, "PRESENTER", ":"),
        ("Our health correspondent, Priya Nair, has been looking at the figures.", True, "PRESENTER", ":"),
        ("The minister is right that more nurses have been recruited, but the college points out that nearly as many "
         "have left. One senior nurse in Leeds told me she had never seen morale so low.", True, "PRIYA NAIR", ":"),
        ("Daniel Rowe, is that not the real problem?", True, "PRESENTER", ":"),
        ("With respect, the college is wrong about that. We have recruited eleven thousand nurses this year.", True,
         "DANIEL ROWE", ":"),
        ("nearly as many have left", False, "the college", "points out"),
        ("she had never seen morale so low", False, "One senior nurse in Leeds", "told"),
        ("Morale matters enormously, and that is why we have agreed the pay award in full.", True, "DANIEL ROWE", ":"),
    ],
    "tabloid-striker-row.txt": [
        ('the 24-year-old "lazy"', True, "Doran", "called"),
        ('"It was the worst row anyone can remember. Kieran just threw his bib down and walked off."', True,
         "A source at the club", "said"),
        ('he had "given everything" for the club', True, "Webb", "posted"),
        ('"What happens on the training ground stays on the training ground,"', True, "he", "told"),
        ('"These things happen in every dressing room,"', True, "Marsh", "said"),
        ('"By Monday it will be forgotten."', True, "Marsh", "said"),
        ("Webb has already asked his agent to find him a new club", False, "one team-mate", "According to"),
    ],
}


def nearest(text, needle, around):
    """The occurrence of needle as whole words nearest to offset `around`."""
    best = None
    pattern = (r"\b" if needle[0].isalnum() else "") + re.escape(needle) + (r"\b" if needle[-1].isalnum() else "")
    for m in re.finditer(pattern, text):
        start = m.start()
        if best is None or abs(start - around) < abs(best - around):
            best = start
    if best is None:
        raise SystemExit(f"not found: {needle!r}")
    return best


def main():
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as out:
        for doc, items in GOLD.items():
            with open(os.path.join(HERE, "docs", doc), encoding="utf-8") as f:
                text = f.read()
            quotes = []
            for content, direct, source, cue in items:
                c = text.find(content)
                if c < 0:
                    raise SystemExit(f"{doc}: content not found: {content[:60]!r}")
                s = nearest(text, source, c)
                k = nearest(text, cue, s)
                quotes.append({
                    "content": [c, c + len(content)], "direct": direct,
                    "source": [s, s + len(source)], "source_text": source,
                    "cue": [k, k + len(cue)], "cue_text": cue,
                })
            out.write(json.dumps({"doc": doc, "quotes": quotes}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
