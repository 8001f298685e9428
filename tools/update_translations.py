"""Update the Qt Linguist files ``resources/translations/tzcld_*.ts`` from the Python code.

``pyside6-lupdate`` (Qt 6) reads ``self.tr("…")``, ``QCoreApplication.translate("Context", "…")``
and ``QT_TRANSLATE_NOOP("Context", "…")`` only when both arguments are string literals. It
skips, without a warning, two kinds of user-visible texts of this project:

* calls whose context is a module constant, as in ``QCoreApplication.translate(CONTEXT, "…")``;
* French texts given to ``UserError`` and its subclasses, as in ``raise StorageError("…")``.
  Those are translated when shown, in the context named by the class's ``context`` attribute.

This script finds both kinds with the ``ast`` module, writes them as ``QT_TRANSLATE_NOOP``
calls into a temporary Python file, and runs ``pyside6-lupdate`` on the package plus that
file. lupdate then merges everything into the existing ``.ts`` files, so translations
already made are kept and texts that left the code are dropped.

``tzcld_fr.ts`` is then completed by copying each source text into its translation, since
French is the source language. Plural messages (``self.tr("%Ln …", "", count)``) are the
exception: their French singular form is written by hand in ``tzcld_fr.ts`` and kept. With ``--release``, ``pyside6-lrelease`` compiles every
``.ts`` file into the ``.qm`` file the application loads.

Usage::

    python tools/update_translations.py            # update the .ts files
    python tools/update_translations.py --release  # update them, then build the .qm files
    python tools/update_translations.py --check    # exit 1 when the .ts files are out of date
    python tools/update_translations.py --todo en:todo.json   # unfinished English messages as JSON
    python tools/update_translations.py --fill en:todo.json   # write them back once translated
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = ROOT / "tzcld_desktop"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "fr"
LANGUAGES = ("fr", "en")

# The base class whose subclasses carry a French text translated in their ``context``.
USER_ERROR = "UserError"
# Classes whose own ``super().__init__`` call only forwards a text made by a subclass.
FORWARDING_CLASSES = frozenset({USER_ERROR, "ValidationError"})
# Functions that build an error from a text chosen at run time among texts already
# marked with QT_TRANSLATE_NOOP, keyed by file and function name.
MARKED_ELSEWHERE = {
    ("tzcld_desktop/db/store.py", "storage_error"),  # texts marked in _SQLITE_TROUBLE
}
# Functions whose (context, text) arguments name one translatable message.
TRANSLATE_FUNCTIONS = frozenset({"translate", "QT_TRANSLATE_NOOP"})


def ts_path(language: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    return folder / f"tzcld_{language}.ts"


def find_tool(name: str) -> str:
    """Return the path of ``pyside6-lupdate`` or ``pyside6-lrelease``, preferring this venv's."""
    beside_python = Path(sys.executable).parent / name
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found beside {sys.executable} nor on PATH; install PySide6")
    return found


# --- Collecting the texts that lupdate skips -------------------------------------------


@dataclass
class Collected:
    """Messages found by ``collect_messages`` and the call sites it could not resolve."""

    messages: set[tuple[str, str]] = field(default_factory=set)
    # "file:line: reason" for each translatable call whose text or context is not static.
    problems: list[str] = field(default_factory=list)


@dataclass
class _Module:
    path: Path
    tree: ast.Module
    # Module-level names bound to a string, or to a QT_TRANSLATE_NOOP call (context, text).
    strings: dict[str, str] = field(default_factory=dict)
    marked: dict[str, tuple[str | None, str]] = field(default_factory=dict)
    # Module-level helpers such as ``def _tr(text): return translate(CONTEXT, text)``,
    # by name, with the context they translate in.
    wrappers: dict[str, str] = field(default_factory=dict)


def _python_files(package_dir: Path) -> list[Path]:
    return sorted(path for path in package_dir.rglob("*.py") if "__pycache__" not in path.parts)


def _call_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def _static_string(node: ast.expr, strings: dict[str, str]) -> str | None:
    """Return the value of a literal, a string constant, or a ``+`` of those; else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return strings.get(node.id)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left = _static_string(node.left, strings)
        right = _static_string(node.right, strings)
        if left is not None and right is not None:
            return left + right
    return None


def _load_module(path: Path) -> _Module:
    module = _Module(path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
    for statement in module.tree.body:
        if isinstance(statement, ast.Assign):
            targets, value = statement.targets, statement.value
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            targets, value = [statement.target], statement.value
        else:
            continue
        names = [target.id for target in targets if isinstance(target, ast.Name)]
        text = _static_string(value, module.strings)
        if text is not None:
            module.strings.update(dict.fromkeys(names, text))
        elif isinstance(value, ast.Call) and _call_name(value) == "QT_TRANSLATE_NOOP" and len(value.args) == 2:
            context = _static_string(value.args[0], module.strings)
            source = _static_string(value.args[1], module.strings)
            if source is not None:
                module.marked.update(dict.fromkeys(names, (context, source)))
    for statement in module.tree.body:
        context = _wrapped_context(statement, module.strings)
        if context is not None:
            module.wrappers[statement.name] = context
    return module


def _wrapped_context(statement: ast.stmt, strings: dict[str, str]) -> str | None:
    """Return the context of a one-line helper that translates its first parameter, else None."""
    if not isinstance(statement, ast.FunctionDef) or not statement.args.args:
        return None
    body = [node for node in statement.body if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant))]
    if len(body) != 1 or not isinstance(body[0], ast.Return) or not isinstance(body[0].value, ast.Call):
        return None
    call = body[0].value
    parameter = statement.args.args[0].arg
    if (_call_name(call) in TRANSLATE_FUNCTIONS and len(call.args) == 2
            and isinstance(call.args[1], ast.Name) and call.args[1].id == parameter):
        return _static_string(call.args[0], strings)
    return None


def _text_parameters(modules: list[_Module], contexts: dict[str, str]) -> dict[str, str | None]:
    """Map each ``UserError`` class to the name of its constructor's first parameter.

    The parameter is "text" for most classes and "errors" for ``ValidationError``. A
    class whose constructor takes something else (``RecordNotFound(record_id)``) builds
    its text itself, in a ``super().__init__`` call collected on its own.
    """
    own: dict[str, str | None] = {}
    parents: dict[str, list[str]] = {}
    for module in modules:
        for node in ast.walk(module.tree):
            if not isinstance(node, ast.ClassDef) or node.name not in contexts:
                continue
            parents[node.name] = [base.id for base in node.bases if isinstance(base, ast.Name)]
            for statement in node.body:
                if isinstance(statement, ast.FunctionDef) and statement.name == "__init__":
                    arguments = statement.args.posonlyargs + statement.args.args
                    own[node.name] = arguments[1].arg if len(arguments) > 1 else None

    def first_parameter(name: str) -> str | None:
        if name in own:
            return own[name]
        for parent in parents.get(name, []):
            if parent in contexts:
                return first_parameter(parent)
        return None

    return {name: first_parameter(name) for name in contexts}


def _error_contexts(modules: list[_Module]) -> dict[str, str]:
    """Map the name of ``UserError`` and of each subclass to its translation context.

    A subclass without its own ``context`` attribute inherits its parent's. Classes are
    matched by name, which is correct as long as no two exception classes share a name.
    """
    parents: dict[str, list[str]] = {}
    own_context: dict[str, str] = {}
    for module in modules:
        for node in ast.walk(module.tree):
            if not isinstance(node, ast.ClassDef):
                continue
            parents[node.name] = [base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")
                                  for base in node.bases]
            for statement in node.body:
                if (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                        and isinstance(statement.targets[0], ast.Name) and statement.targets[0].id == "context"):
                    value = _static_string(statement.value, module.strings)
                    if value is not None:
                        own_context[node.name] = value

    def context_of(name: str, seen: frozenset[str] = frozenset()) -> str | None:
        if name in own_context:
            return own_context[name]
        for parent in parents.get(name, []):
            if parent in parents and parent not in seen:
                found = context_of(parent, seen | {name})
                if found is not None:
                    return found
        return None

    def _is_user_error(name: str, seen: frozenset[str]) -> bool:
        if name == USER_ERROR:
            return True
        return any(parent not in seen and _is_user_error(parent, seen | {name})
                   for parent in parents.get(name, []))

    contexts = {}
    for name in parents:
        if _is_user_error(name, frozenset()):
            context = context_of(name)
            if context is not None:
                contexts[name] = context
    return contexts


def _walk_with_scope(tree: ast.AST) -> Iterator[tuple[ast.AST, list[ast.AST]]]:
    """Yield each node with the chain of enclosing class and function definitions."""
    stack: list[tuple[ast.AST, list[ast.AST]]] = [(tree, [])]
    while stack:
        node, scopes = stack.pop()
        yield node, scopes
        inner = scopes + [node] if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) else scopes
        stack.extend((child, inner) for child in ast.iter_child_nodes(node))


def _parameters(scopes: list[ast.AST]) -> set[str]:
    names: set[str] = set()
    for scope in scopes:
        if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef)):
            arguments = scope.args
            for argument in arguments.posonlyargs + arguments.args + arguments.kwonlyargs:
                names.add(argument.arg)
    return names


def _enclosing_class(scopes: list[ast.AST]) -> str | None:
    for scope in reversed(scopes):
        if isinstance(scope, ast.ClassDef):
            return scope.name
    return None


def _error_text_argument(node: ast.Call) -> ast.expr | None:
    if node.args:
        return node.args[0]
    for keyword in node.keywords:
        if keyword.arg in ("text", "errors"):
            return keyword.value
    return None


def _collect_error_text(module: _Module, node: ast.expr, context: str, parameters: set[str],
                        marked_elsewhere: bool, where: str, found: Collected) -> None:
    """Add the message that an exception built with ``node`` as its text will show."""
    text = _static_string(node, module.strings)
    if text is not None:
        found.messages.add((context, text))
        return
    if isinstance(node, ast.Call) and _call_name(node) == "QT_TRANSLATE_NOOP" and len(node.args) == 2:
        marked = (_static_string(node.args[0], module.strings), _static_string(node.args[1], module.strings))
    elif isinstance(node, ast.Name) and node.id in module.marked:
        marked = module.marked[node.id]
    elif isinstance(node, ast.Name) and node.id in parameters:
        return  # A text forwarded from the caller, collected where the caller wrote it.
    elif marked_elsewhere:
        return
    else:
        found.problems.append(f"{where}: text of a {context} error is not a string literal or constant")
        return
    marked_context, source = marked
    if marked_context != context:
        found.problems.append(
            f"{where}: text marked in context {marked_context!r} but shown in context {context!r}"
        )
    if source is not None:
        found.messages.add((context, source))


def collect_messages(package_dir: Path = PACKAGE_DIR) -> Collected:
    """Find the translatable texts of ``package_dir`` that lupdate does not read.

    Those are the texts of ``UserError`` subclasses (including ``ValidationError``'s
    dictionary values and ``super().__init__`` calls inside a subclass), the
    translate or ``QT_TRANSLATE_NOOP`` calls whose context is a module constant, and
    the texts given to a module's one-line translating helper (``_tr("…")``).
    """
    modules = [_load_module(path) for path in _python_files(package_dir)]
    contexts = _error_contexts(modules)
    text_parameters = _text_parameters(modules, contexts)
    found = Collected()
    for module in modules:
        relative = module.path.relative_to(package_dir.parent)
        for node, scopes in _walk_with_scope(module.tree):
            if not isinstance(node, ast.Call):
                continue
            where = f"{relative}:{node.lineno}"
            name = _call_name(node)

            if name in module.wrappers and isinstance(node.func, ast.Name) and node.args:
                source = _static_string(node.args[0], module.strings)
                if source is not None:
                    found.messages.add((module.wrappers[name], source))
                continue

            if name in TRANSLATE_FUNCTIONS and len(node.args) >= 2:
                context = _static_string(node.args[0], module.strings)
                source = _static_string(node.args[1], module.strings)
                if source is None:
                    continue  # A look-up of a text marked elsewhere.
                if context is None:
                    found.problems.append(f"{where}: context of {source[:40]!r} is not a string constant")
                else:
                    found.messages.add((context, source))
                continue

            if name == "__init__" and isinstance(node.func, ast.Attribute):
                class_name = _enclosing_class(scopes)
                is_super = isinstance(node.func.value, ast.Call) and _call_name(node.func.value) == "super"
                # The base classes only pass their own parameters on to Exception.
                if not is_super or class_name not in contexts or class_name in FORWARDING_CLASSES:
                    continue
                context = contexts[class_name]
            elif name in contexts and text_parameters[name] in ("text", "errors"):
                context = contexts[name]
            else:
                continue
            argument = _error_text_argument(node)
            if argument is None:
                continue
            parameters = _parameters(scopes)
            functions = [scope.name for scope in scopes if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef))]
            marked_elsewhere = bool(functions) and (relative.as_posix(), functions[-1]) in MARKED_ELSEWHERE
            if isinstance(argument, ast.Dict):  # ValidationError({field: text})
                for value in argument.values:
                    _collect_error_text(module, value, context, parameters, marked_elsewhere, where, found)
            elif text_parameters.get(name) == "errors":
                continue  # A dictionary filled elsewhere, with texts marked where it is filled.
            else:
                _collect_error_text(module, argument, context, parameters, marked_elsewhere, where, found)
    return found


def write_marker_file(messages: set[tuple[str, str]], path: Path) -> None:
    """Write ``messages`` as QT_TRANSLATE_NOOP calls that lupdate reads."""
    lines = ["# Generated by tools/update_translations.py for pyside6-lupdate; not imported."]
    for context, source in sorted(messages):
        # JSON string syntax (double quotes, backslash escapes) is also valid Python.
        lines.append(f"QT_TRANSLATE_NOOP({json.dumps(context, ensure_ascii=False)}, "
                     f"{json.dumps(source, ensure_ascii=False)})")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# --- Running lupdate and lrelease ------------------------------------------------------


def run_lupdate(ts_files: list[Path], package_dir: Path = PACKAGE_DIR) -> Collected:
    """Update ``ts_files`` from the code of ``package_dir`` and return what the AST pass found.

    Source locations are left out of the ``.ts`` files so that moving code does not
    rewrite them, and texts no longer in the code are dropped instead of kept as obsolete.
    """
    collected = collect_messages(package_dir)
    with tempfile.TemporaryDirectory(prefix="tzcld-lupdate-") as folder:
        marker = Path(folder) / "collected_texts.py"
        write_marker_file(collected.messages, marker)
        sources = [str(path) for path in _python_files(package_dir)] + [str(marker)]
        command = [find_tool("pyside6-lupdate"), *sources, "-locations", "none", "-no-obsolete",
                   "-source-language", SOURCE_LANGUAGE]
        for ts_file in ts_files:
            language = ts_file.stem.rsplit("_", 1)[-1]
            subprocess.run([*command, "-target-language", language, "-ts", str(ts_file)],
                           check=True, capture_output=True, text=True)
    return collected


def finish_source_language(ts_file: Path) -> None:
    """Make every message of ``ts_file`` finished, its translation equal to its source."""
    tree = ET.parse(ts_file)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source", default="")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            # The source gives only the plural; a singular written here by hand is kept.
            for form in translation.findall("numerusform"):
                form.text = form.text or source
        else:
            translation.text = source
    ET.indent(tree, space="    ")
    with ts_file.open("w", encoding="utf-8") as stream:
        stream.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(stream, encoding="unicode", xml_declaration=False)
        stream.write("\n")


def update_ts_files(folder: Path = TRANSLATIONS_DIR, package_dir: Path = PACKAGE_DIR) -> Collected:
    """Create or update ``tzcld_<language>.ts`` in ``folder`` for every language."""
    folder.mkdir(parents=True, exist_ok=True)
    ts_files = [ts_path(language, folder) for language in LANGUAGES]
    collected = run_lupdate(ts_files, package_dir)
    finish_source_language(ts_path(SOURCE_LANGUAGE, folder))
    return collected


def release(ts_file: Path, qm_file: Path | None = None) -> Path:
    """Compile ``ts_file`` with pyside6-lrelease and return the ``.qm`` path."""
    qm_file = qm_file or ts_file.with_suffix(".qm")
    subprocess.run([find_tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)],
                   check=True, capture_output=True, text=True)
    return qm_file


def read_messages(ts_file: Path) -> set[tuple[str, str]]:
    """Return the (context, source) pairs of ``ts_file``."""
    root = ET.parse(ts_file).getroot()
    return {(context.findtext("name", default=""), message.findtext("source", default=""))
            for context in root.iter("context") for message in context.iter("message")}


def unfinished_count(ts_file: Path) -> int:
    root = ET.parse(ts_file).getroot()
    return sum(1 for translation in root.iter("translation") if translation.get("type") == "unfinished")


def extract_to(folder: Path, package_dir: Path = PACKAGE_DIR) -> tuple[set[tuple[str, str]], Collected]:
    """Extract the messages of ``package_dir`` into a new ``.ts`` file in ``folder``."""
    ts_file = folder / "tzcld_extracted.ts"
    collected = run_lupdate([ts_file], package_dir)
    return read_messages(ts_file), collected


def write_todo(ts_file: Path, todo_file: Path) -> int:
    """Write the unfinished messages of ``ts_file`` as JSON for a translator; return their number.

    The file is a list of ``{"context", "source", "translation"}`` objects (with
    ``"plural": true`` for plural messages, whose translation is a list of forms); the
    translator fills ``translation`` and gives the file back to ``--fill``.
    """
    todo = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            entry = {"context": name, "source": message.findtext("source", default=""), "translation": ""}
            if message.get("numerus") == "yes":
                entry.update(plural=True, translation=["", ""])
            todo.append(entry)
    todo_file.write_text(json.dumps(todo, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(todo)


def fill_translations(ts_file: Path, done_file: Path) -> int:
    """Write the translations of ``done_file`` (see ``write_todo``) into ``ts_file``; return how many."""
    done = {(entry["context"], entry["source"]): entry["translation"]
            for entry in json.loads(done_file.read_text(encoding="utf-8")) if entry.get("translation")}
    tree = ET.parse(ts_file)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            text = done.get((name, message.findtext("source", default="")))
            translation = message.find("translation")
            if text is None or translation is None or translation.get("type") != "unfinished":
                continue
            translation.attrib.pop("type")
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                for form_text in text:
                    ET.SubElement(translation, "numerusform").text = form_text
            else:
                translation.text = text
            filled += 1
    ET.indent(tree, space="    ")
    with ts_file.open("w", encoding="utf-8") as stream:
        stream.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(stream, encoding="unicode", xml_declaration=False)
        stream.write("\n")
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--release", action="store_true", help="also build the .qm files with pyside6-lrelease")
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 when the .ts files miss or keep extra messages")
    parser.add_argument("--todo", metavar="LANG:FILE",
                        help="write the unfinished messages of one language as JSON, e.g. en:todo.json")
    parser.add_argument("--fill", metavar="LANG:FILE", help="write the translations of a filled --todo file")
    options = parser.parse_args(argv)

    if options.todo or options.fill:
        language, _, name = (options.todo or options.fill).partition(":")
        if options.todo:
            print(f"{write_todo(ts_path(language), Path(name))} messages to translate written to {name}")
        else:
            print(f"{fill_translations(ts_path(language), Path(name))} translations written")
        return 0

    if options.check:
        with tempfile.TemporaryDirectory(prefix="tzcld-check-") as folder:
            extracted, collected = extract_to(Path(folder))
        stale = [language for language in LANGUAGES if read_messages(ts_path(language)) != extracted]
        for problem in collected.problems:
            print(f"warning: {problem}", file=sys.stderr)
        if stale:
            print(f"Out of date with the code: {', '.join(stale)}. Run tools/update_translations.py.",
                  file=sys.stderr)
            return 1
        return 0

    collected = update_ts_files()
    for problem in collected.problems:
        print(f"warning: {problem}", file=sys.stderr)
    for language in LANGUAGES:
        ts_file = ts_path(language)
        print(f"{ts_file.relative_to(ROOT)}: {len(read_messages(ts_file))} messages, "
              f"{unfinished_count(ts_file)} unfinished")
        if options.release:
            print(f"  built {release(ts_file).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
