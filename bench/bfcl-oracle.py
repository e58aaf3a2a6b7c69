"""BFCL's own verdicts on candidate answers, for bench/bfcl-agreement.mjs.

Usage: python3 bench/bfcl-oracle.py DATA_DIR REFERENCE_CHECKER_DIR < candidates.jsonl > verdicts.jsonl

Each input line is {"category", "id", "result"}: a candidate answer to question `id` of
DATA_DIR/BFCL_v4_<category>.json, in BFCL's decoded form. Each output line is BFCL's AST checker's
verdict on it, {"valid": bool, "error_type": str}, or {"crash": str} when the checker itself raised
(then BFCL gives no verdict). The checker is imported from REFERENCE_CHECKER_DIR at run time; nothing
of it is copied here.
"""

import json
import sys


def main():
    data_dir, checker_dir = sys.argv[1], sys.argv[2]
    sys.path.insert(0, checker_dir)
    from bfcl_eval.constants.enums import Language
    from bfcl_eval.eval_checker.ast_eval.ast_checker import ast_checker

    loaded = {}

    def entries(category):
        if category not in loaded:
            with open(f"{data_dir}/BFCL_v4_{category}.json", encoding="utf-8") as handle:
                questions = {entry["id"]: entry for entry in map(json.loads, filter(str.strip, handle))}
            with open(f"{data_dir}/possible_answer/BFCL_v4_{category}.json", encoding="utf-8") as handle:
                answers = {entry["id"]: entry for entry in map(json.loads, filter(str.strip, handle))}
            loaded[category] = (questions, answers)
        return loaded[category]

    for line in sys.stdin:
        if not line.strip():
            continue
        candidate = json.loads(line)
        category = candidate["category"]
        language = Language.JAVA if "java" in category and "javascript" not in category else (
            Language.JAVASCRIPT if "javascript" in category else Language.PYTHON
        )
        questions, answers = entries(category)
        question, answer = questions[candidate["id"]], answers[candidate["id"]]
        try:
            verdict = ast_checker(
                question["function"], candidate["result"], answer["ground_truth"], language, category, "inftool-agreement"
            )
            out = {"valid": bool(verdict["valid"]), "error_type": verdict.get("error_type", "")}
        except Exception as error:  # the checker's own failure: no verdict
            out = {"crash": f"{type(error).__name__}: {error}"}
        sys.stdout.write(json.dumps(out) + "\n")


if __name__ == "__main__":
    main()
