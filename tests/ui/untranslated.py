"""Find visible strings in ``coach/ui`` that reach Qt without going through translation.

An AST scan, so it needs no window: every call to a Qt text setter or a text-taking
constructor (and the UI's own label/button helpers) is checked, and an argument that is a
string literal or an f-string with words in it — directly, or as either branch of a
conditional, or formatted with ``.format``/``%``/``+`` — is reported unless it is wrapped in
``tr(...)``/``translate(...)``. Strings that carry no words (" · ", "–", "%", digits) are not
language and pass.

An exception caught in the GUI (``except ... as exc``) must be shown with ``error_text(exc)``, which
says a Coach error in the window's language: inside the handler, ``str(exc)``, ``f"{exc}"``,
``.format(x=exc)`` and ``"%s" % exc`` are reported too (log lines and ``print`` to the console excepted).
"""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

# Methods whose string arguments are shown to the user.
TEXT_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setWhatsThis",
    "addAction", "addMenu", "setTitle", "setLabelText", "setInformativeText", "setDetailedText",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels", "addItem", "addItems",
    "insertItem", "setItemText", "setTabText", "addTab", "insertTab", "setSuffix", "setPrefix",
    "setSpecialValueText", "showMessage", "setPlainText", "setHtml", "setAccessibleName",
    "setAccessibleDescription", "setFormat", "addButton", "setButtonText", "addRow", "setWindowIconText",
    "information", "warning", "critical", "question", "about", "getOpenFileName", "getSaveFileName",
    "getExistingDirectory", "getText", "getItem", "getInt", "getDouble",
    # the UI's own helpers that put text on screen
    "set_message", "show_message", "show_notice", "set_overlay", "clear", "set_sound_word", "show_error",
    "show_incomplete", "show_advice", "set_status", "set_hint", "set_problem", "show_empty", "say", "_fail",
    "_refuse", "_show_result", "_show_contents", "_say", "show_rest", "show_set", "show_plan", "show_stop",
}
# Classes and helper functions that take the visible text as an argument.
TEXT_CONSTRUCTORS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu", "QToolButton",
    "QMessageBox", "QTableWidgetItem", "QListWidgetItem", "QTreeWidgetItem", "QCommandLinkButton",
    "label", "button", "_button", "_body", "_heading", "heading",
}
LOGGERS = {"log", "logger", "logging", "warnings"}  # log lines are for developers, in English
# Which positional arguments carry text, where it is not the first (the others are parents, data, object names).
TEXT_POSITIONS = {
    "QMessageBox": (1, 2), "information": (1, 2), "warning": (1, 2), "critical": (1, 2), "question": (1, 2),
    "about": (1, 2), "getOpenFileName": (1, 3), "getSaveFileName": (1, 3), "getExistingDirectory": (1,),
    "getText": (1, 2), "getItem": (1, 2), "getInt": (1, 2), "getDouble": (1, 2), "addTab": (1,), "insertTab": (2,),
    "setItemText": (1,), "insertItem": (1,), "setTabText": (1,), "addAction": (0, 1), "set_overlay": (0, 1),
    "addItems": (0,), "setHorizontalHeaderLabels": (0,), "QTableWidgetItem": (0,), "QListWidgetItem": (0,),
}
TRANSLATORS = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}
WORD = re.compile(r"[A-Za-z]{2,}")
SHOWN_EXCEPTION = "exception"  # Bypass.call of an exception turned into text with str()


@dataclass(frozen=True)
class Bypass:
    path: Path
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        if self.call == SHOWN_EXCEPTION:
            return f"{self.path}:{self.line}: {self.text} shows an exception's English message; use error_text(...)"
        return f"{self.path}:{self.line}: {self.call}({self.text!r}) is not translated"


def _callee(node: ast.Call) -> str:
    f = node.func
    if isinstance(f, ast.Attribute):
        return f.attr
    if isinstance(f, ast.Name):
        return f.id
    return ""


def _literal_words(node: ast.AST) -> Iterator[str]:
    """The untranslated literal texts with words in ``node`` (an argument expression)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if WORD.search(node.value):
            yield node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        if WORD.search(text):
            yield text
        for v in node.values:  # f"{'Voice' if x else 'Sound'}"
            if isinstance(v, ast.FormattedValue):
                yield from _literal_words(v.value)
    elif isinstance(node, ast.IfExp):
        yield from _literal_words(node.body)
        yield from _literal_words(node.orelse)
    elif isinstance(node, ast.BinOp):
        yield from _literal_words(node.left)
        yield from _literal_words(node.right)
    elif isinstance(node, (ast.List, ast.Tuple)):
        for e in node.elts:
            yield from _literal_words(e)
    elif isinstance(node, ast.Call):
        name = _callee(node)
        if name in TRANSLATORS:
            return
        if name in ("format", "join", "strip", "upper", "lower", "capitalize") and isinstance(node.func, ast.Attribute):
            yield from _literal_words(node.func.value)
            for a in node.args:
                yield from _literal_words(a)


def _is_name(node: ast.AST, name: str) -> bool:
    return isinstance(node, ast.Name) and node.id == name


def _as_text(node: ast.AST, name: str) -> bool:
    """Whether ``node`` itself turns the exception called ``name`` into its (English) text."""
    if isinstance(node, ast.Call):
        if _callee(node) == "str" and isinstance(node.func, ast.Name) and any(_is_name(a, name) for a in node.args):
            return True
        if _callee(node) == "format" and isinstance(node.func, ast.Attribute):
            return any(_is_name(a, name) for a in node.args) or any(_is_name(k.value, name) for k in node.keywords)
    if isinstance(node, ast.FormattedValue):
        return _is_name(node.value, name)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        right = node.right.elts if isinstance(node.right, ast.Tuple) else [node.right]
        return any(_is_name(e, name) for e in right)
    return False


def _is_console(node: ast.AST) -> bool:
    """A log line or a print to the console: for developers and the terminal, in English."""
    if not isinstance(node, ast.Call):
        return False
    if isinstance(node.func, ast.Name) and node.func.id == "print":
        return True
    receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
    return isinstance(receiver, ast.Name) and receiver.id in LOGGERS


def _exception_texts(node: ast.AST, name: str) -> Iterator[ast.AST]:
    """Where the handler's body turns its exception into text, not counting log lines and prints."""
    if _is_console(node):
        return
    if _as_text(node, name):
        yield node
    for child in ast.iter_child_nodes(node):
        yield from _exception_texts(child, name)


def shown_exceptions_in(path: Path, tree: ast.AST) -> list[Bypass]:
    found = []
    for handler in ast.walk(tree):
        if isinstance(handler, ast.ExceptHandler) and handler.name:
            for statement in handler.body:
                for node in _exception_texts(statement, handler.name):
                    found.append(Bypass(path, node.lineno, SHOWN_EXCEPTION, ast.unparse(node)))
    return found


def bypasses_in(path: Path, source: str) -> list[Bypass]:
    tree = ast.parse(source, str(path))
    found = shown_exceptions_in(path, tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _callee(node)
        if name not in TEXT_METHODS and name not in TEXT_CONSTRUCTORS:
            continue
        if name in ("clear",) and not node.args:
            continue
        receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
        if isinstance(receiver, ast.Name) and receiver.id in LOGGERS:
            continue
        positions = TEXT_POSITIONS.get(name, (0,))
        args = [a for i, a in enumerate(node.args) if i in positions]
        args += [k.value for k in node.keywords if k.arg in ("text", "title", "label", "tip")]
        for arg in args:
            for text in _literal_words(arg):
                found.append(Bypass(path, node.lineno, name, text))
    return found


def bypasses(root: Path) -> list[Bypass]:
    found = []
    for path in sorted(root.rglob("*.py")):
        found.extend(bypasses_in(path, path.read_text(encoding="utf-8")))
    return found


if __name__ == "__main__":
    import sys

    hits = bypasses(Path(sys.argv[1] if len(sys.argv) > 1 else "coach/ui"))
    for h in hits:
        print(h)
    print(len(hits), "bypasses")
