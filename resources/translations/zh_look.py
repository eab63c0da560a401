"""Chinese of the look: the customer actions' tooltips (actions.py)."""

ZH: dict[str, str] = {
    "{tip} ({keys})": "{tip}（{keys}）",
}
BY_CONTEXT: dict[tuple[str, str], str] = {}
