"""Child process for the SIGKILL test: writes answers through the app's services
and prints each one only after ``set_answer`` returned (i.e. reported saved)."""

from __future__ import annotations

import sys
from pathlib import Path

from mystery_shop.services.profile import Profile
from mystery_shop.services.workspace import Workspace


def main() -> None:
    root, visit_id, start = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    ws = Workspace.open(Profile(root), log_to_file=False)
    editor = ws.open_visit(visit_id)
    questions = [q.id for q in editor.form.questions() if q.type.value == "number"]
    print("ready", flush=True)
    n = start
    while True:
        qid = questions[n % len(questions)]
        editor.set_answer(qid, n)
        print(f"{qid} {n}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
