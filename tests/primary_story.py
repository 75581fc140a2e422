"""A story written for the primary-source tests: a press-conference
transcript and articles that quote it faithfully, with changes, assembled
from two passages, attributed to the wrong person, and not at all."""

from pathlib import Path

TRANSCRIPT = """---
type: transcript
title: Harbour briefing, 3 March
speakers:
  MAYOR OKAFOR: Ada Okafor
  Q: Reporter
---
MODERATOR: Good morning, and welcome to the briefing on the harbour works.

MAYOR OKAFOR: Thank you. The north pier will reopen in May, and the work on the eastern quay is nearly finished.
We have hired two more crews for the repairs, and they start on Monday.

Q: Will the ferry fares go up for the islanders this year?

MAYOR OKAFOR: The ferry fares will not go up this year. We looked at every option with the council, and the budget holds.
"""

ARTICLES = {
    "exact.txt": """---
outlet: Harbour Herald
published: 2026-03-03
---
Pier to reopen in May

The mayor gave an update on the harbour on Tuesday.

"The north pier will reopen in May," Mayor Ada Okafor said at the briefing.

"The ferry fares will not go up this year," Okafor told reporters.

"We've hired two more crews for the repairs," she added.
""",
    "changed.txt": """---
outlet: Coastal Times
published: 2026-03-04
---
Fares to rise, mayor hints

The mayor spoke about the harbour at a briefing on Tuesday.

"The ferry fares will go up this year," Mayor Ada Okafor said.

"The work on the eastern quay is finished," Okafor added at the briefing.

"We will build a second marina by the lighthouse next spring," Okafor said.
""",
    "assembled.txt": """---
outlet: Island Post
published: 2026-03-04
---
Pier works go on

The harbour repairs took a new turn this week.

"The north pier will reopen in May. We looked at every option with the council," Mayor Ada Okafor said.
""",
    "misattributed.txt": """---
outlet: Morning Wire
published: 2026-03-05
---
Islanders worry about fares

Islanders fear the cost of the crossing this year.

"Will the ferry fares go up for the islanders this year?" Mayor Ada Okafor asked.
""",
}


def write_story(folder: Path, transcript: str = TRANSCRIPT) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "briefing.txt").write_text(transcript, encoding="utf-8")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
