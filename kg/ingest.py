"""Files in, `Document` records out.

Reads `.txt` (with an optional `NAME.json` sidecar), `.html` (main text through
trafilatura) and `.jsonl` (one article a line). Input is untrusted: every problem with one
file or line becomes an `InputError` handed to `on_problem`, and reading goes on with the
next, so one bad file never stops a build. Only regular files are read, never more than
`MAX_BYTES` of them (a FIFO would block forever, `/dev/zero` never ends), and a symbolic link
found in an input folder is followed only while it stays inside that folder (a link to
`~/.ssh/id_rsa` dropped in a corpus must not end up in a served graph).

Whoever writes the input folder may change it while kg reads it: a file looked at and found a
regular file inside the folder can be a link to a secret, a FIFO or `/dev/zero` by the time it is
opened. So what is read is decided on the open file descriptor (`read_bounded`): a regular file,
the very file found (device and inode), lying inside the input folder (the path the kernel gives
for the descriptor); folders are walked by descriptor too (`os.fwalk`), a folder swapped for a
link meanwhile not entered.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from importlib import resources
from pathlib import Path

from kg.errors import InputError

MAX_BYTES = 20_000_000
MAX_SIDECAR_BYTES = 1_000_000
#: The parser's limit (spaCy's `max_length`; `kg.nlp.pipeline` sets it to this): a longer text
#: would fail inside its batch, so it is refused here, before batching, on its own.
MAX_CHARS = 1_000_000
#: Publication years kg reads: date arithmetic on relative dates ("mardi dernier") stays in
#: `datetime`'s range (year 1 to 9999) with room to spare.
YEARS = range(1000, 3000)
#: Longest document id kept whole; a longer name is cut and given a hash of the whole.
MAX_ID_CHARS = 200
ARTICLE_SUFFIXES = {".txt", ".html", ".htm", ".jsonl"}
#: Matched whole (fullmatch: '$' would let a final line feed through): ASCII digits only, since
#: int() also reads '٢٠٢٤' and '２０２４'.
_PARTIAL_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?", re.ASCII)
_SAFE_ID = re.compile(r"[^\w.\-~]", flags=re.UNICODE)
_FRENCH_WORDS = frozenset(
    "le la les des du de et est une un dans pour que qui avec par sur pas au aux ce cette son ses il elle ont a été".split()
)

ProblemHandler = Callable[[InputError], None]


@dataclass(frozen=True)
class Document:
    """One article as ingested; `text` is what every character offset refers to."""

    id: str
    text: str
    published: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    language: str | None = None
    origin: str = ""
    warnings: tuple[str, ...] = field(default=())
    file_digest: str = ""  # of the absolute path of the file it was read from: see `file_digest`

    @cached_property  # read twice a build (is it in the store? then its graph): the hash of the whole text, made once
    def content_hash(self) -> str:
        meta = json.dumps([self.published, self.source, self.url, self.title], ensure_ascii=False)
        return hashlib.sha256((meta + "\n" + self.text).encode("utf-8")).hexdigest()

    @property
    def published_date(self) -> date | None:
        """The publication day, when the metadata gives one to the day."""
        if self.published and len(self.published) == 10:
            return date.fromisoformat(self.published)
        return None


def file_digest(path: Path) -> str:
    """What a document records of the file it came from: a digest of its absolute path, enough
    to tell that a rebuild brings a document of the same id from another file, without writing
    the user's folders into a graph that may be served."""
    return hashlib.sha256(os.fsencode(os.path.abspath(path))).hexdigest()


def sample_corpus() -> Path:
    """The articles shipped with the package, built when `kg build` gets no path."""
    return Path(str(resources.files("kg") / "data" / "sample"))


def read_documents(paths: Iterable[Path], on_problem: ProblemHandler) -> Iterator[Document]:
    """Every article under `paths`, in a stable order; problems go to `on_problem`.

    A file reached by several names (given twice, a symbolic link to a file of the input, a hard
    link) is read once, under its first name that is no symbolic link if it has one: read under
    each name, one article was that many documents of one source, and a call it reports that
    many reports of it."""
    found = list(_input_files(paths, on_problem))
    files = [file for file, _ in found]
    identities = [_identity(file) for file in files]
    read_as = _first_names(files, identities)
    for index, (file, folder) in enumerate(found):
        first = read_as.get(index, index)
        if first != index:
            on_problem(InputError(file, f"the same file as {files[first]}, read once under that name"))
            continue
        yield from _read_file(file, Expected(folder, identities[index]), on_problem)


@dataclass(frozen=True)
class Expected:
    """What a file of the input was when it was looked at, checked again on the file once open:
    the real path of the input folder it must lie in (None for a file named on the command
    line, which is read wherever it is), and which file it was (device, inode; None unknown)."""

    folder: str | None = None
    identity: tuple[int, int] | None = None


def _input_files(paths: Iterable[Path], on_problem: ProblemHandler) -> Iterator[tuple[Path, str | None]]:
    """The files `paths` name, folders walked, each with the real path of the input folder it was
    found in (None for a file named itself); what cannot be an article goes to `on_problem`."""
    for path in paths:
        if not path.exists():
            on_problem(InputError(path, _missing(path)))
        elif path.is_dir():
            folder = os.path.realpath(path)
            for file in _article_files(path, on_problem):
                if _leaves(file, path):
                    on_problem(InputError(file, LEAVES))
                    continue
                yield file, folder
        elif path.suffix.lower() == ".json":
            on_problem(InputError(path, "a .json file is read as the sidecar of NAME.txt, not as an article"))
        else:
            yield path, None


LEAVES = "symbolic link leaving the input folder"


def _identity(path: Path) -> tuple[int, int] | None:
    """The file `path` leads to (device, inode), or None where it cannot be looked at."""
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _first_names(files: list[Path], identities: list[tuple[int, int] | None]) -> dict[int, int]:
    """Index in `files` -> the index of the name that file is read under, for each file reached
    by more than one name (the same `identities`): the first that is no symbolic link, else the first."""
    names: dict[tuple[int, int], list[int]] = {}
    for index, identity in enumerate(identities):
        if identity is not None:
            names.setdefault(identity, []).append(index)
    read_as = {}
    for indexes in names.values():
        first = next((i for i in indexes if not files[i].is_symlink()), indexes[0])
        read_as.update(dict.fromkeys(indexes, first))
    return read_as


def _missing(path: Path) -> str:
    """Why `path`, which does not exist, cannot be read: absent, or a link that leads nowhere."""
    if path.is_symlink():
        try:
            path.stat()
        except OSError as exc:
            return f"symbolic link that leads nowhere ({exc.strerror})"
    return "no such file or folder"


def _leaves(path: Path, folder: Path) -> bool:
    """Does `path`, once its symbolic links are followed, lie outside `folder`? Yes too for a name
    that changed while it was followed (Python 3.11's realpath raises EINVAL when a link is made
    a file between its look and its read, and the error stopped the whole build)."""
    try:
        return not Path(os.path.realpath(path)).is_relative_to(os.path.realpath(folder))
    except OSError:
        return True


def _article_files(folder: Path, on_problem: ProblemHandler) -> list[Path]:
    """Article files below `folder`, sorted; symlinked folders are not followed (no loops), and
    one that leads out of `folder` is named. Walked by descriptor (`os.fwalk`): a folder is
    entered only if it is still, once open, the folder (not a link) it was when listed."""
    found = []

    def named(error: OSError) -> None:  # a name fwalk gives is relative to the folder it was looking in
        where = folder if not isinstance(error.filename, str) else Path(folder, error.filename)
        on_problem(InputError(where, error.strerror or str(error)))

    top = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)  # a link named as the folder is followed
    try:
        for relative, dirs, files, _ in os.fwalk(".", dir_fd=top, onerror=named):  # from ".": fwalk enters no top that is a link
            root = Path(folder, relative)
            dirs.sort()
            for name in dirs:
                if (root / name).is_symlink() and _leaves(root / name, folder):
                    on_problem(InputError(root / name, LEAVES))
            found += [root / name for name in sorted(files) if (root / name).suffix.lower() in ARTICLE_SUFFIXES]
    finally:
        os.close(top)
    return found


def _read_file(path: Path, expected: Expected, on_problem: ProblemHandler) -> Iterator[Document]:
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        on_problem(InputError(path, f"unsupported file type {suffix or '(none)'}; expected .txt, .html or .jsonl"))
        return
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl(path, expected, on_problem)
        else:
            yield _read_article(path, expected)
    except InputError as problem:
        on_problem(problem)
    except OSError as exc:
        on_problem(InputError(path, _missing(path) if path.is_symlink() and not path.exists() else exc.strerror or str(exc)))
    except Exception as exc:  # noqa: BLE001 - a reader (JSON, HTML) failing on one file must not stop the build
        on_problem(InputError(path, f"could not be read ({_one_line(exc)})"))


def _one_line(error: BaseException) -> str:
    detail = str(error).splitlines()[0][:200] if str(error) else ""
    return f"{type(error).__name__}: {detail}" if detail else type(error).__name__


def _read_article(path: Path, expected: Expected) -> Document:
    text, warnings = _decode(path, expected)
    if path.suffix.lower() in {".html", ".htm"}:
        text = _main_text(path, text)
    meta = _sidecar(path)
    title = meta.get("title")
    return _document(path, document_id(path.stem), text, meta, warnings, title, path)


def _read_jsonl(path: Path, expected: Expected, on_problem: ProblemHandler) -> Iterator[Document]:
    text, warnings = _decode(path, expected)
    # Lines end at a line feed only (JSON Lines): str.splitlines() also cuts at U+2028, U+0085
    # and other separators, which JSON lets stand unescaped inside a string.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = parse_json(line, where)
            if not isinstance(record, dict):
                raise InputError(where, "a line must be a JSON object")
            if isinstance(record.get("id"), bool) or not isinstance(record.get("id"), (str, int)) \
                    or not str(record["id"]).strip():
                raise InputError(where, "missing 'id' (a string or an integer)")
            if not isinstance(record.get("text"), str):
                raise InputError(where, "missing 'text' (a string)")
            meta = _checked_meta(record, where)
            yield _document(where, document_id(record["id"]), record["text"], meta, warnings, meta.get("title"), path)
        except InputError as problem:
            on_problem(problem)


def parse_json(text: str, where: object) -> object:
    """`text` as JSON, or InputError: not JSON, nested too deeply for the parser (RecursionError),
    a number too long for int() (ValueError), or a key given twice in one object, which
    readers resolve differently (Python keeps the last, others the first)."""
    try:
        return json.loads(text, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"not valid JSON ({exc.msg})") from None
    except _KeyTwiceError as exc:
        raise InputError(where, f"not valid JSON for kg (the key {exc.args[0]!r} is given twice in one object)") from None
    except RecursionError:
        raise InputError(where, "not valid JSON for kg (nested too deeply)") from None
    except ValueError as exc:  # int() on a number of more than 4,300 digits
        raise InputError(where, f"not valid JSON for kg ({str(exc).split(':')[0][:120]})") from None


class _KeyTwiceError(Exception):
    pass


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    found = dict(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        raise _KeyTwiceError(next(key for key, _ in pairs if key in seen or seen.add(key)))  # type: ignore[func-returns-value]
    return found


def _document(where: object, doc_id: str, text: str, meta: dict, warnings: tuple[str, ...], title: str | None,
              file: Path) -> Document:
    if not text.strip():
        raise InputError(where, "empty article (no text)")
    language = meta.get("language") or _guess_language(text)
    if language and language.lower()[:2] != "fr":
        raise InputError(where, f"article language is {language!r}, kg reads French")
    strings = [v for v in (text, doc_id, *meta.values(), title) if isinstance(v, str)]
    if any("\x00" in v for v in strings):
        raise InputError(where, "NUL character in the text or its metadata, not an article")
    if not all(_encodable(v) for v in strings):
        raise InputError(where, "not valid Unicode (a lone surrogate, as JSON's \\ud800 writes it)")
    if len(text) > MAX_CHARS:
        raise InputError(where, f"article too long ({len(text):,} characters; the parser reads at most {MAX_CHARS:,})")
    return Document(
        id=doc_id,
        text=text,
        published=meta.get("published"),
        source=meta.get("source"),
        url=meta.get("url"),
        title=title,
        language="fr",
        origin=str(where),
        warnings=warnings,
        file_digest=file_digest(file),
    )


def read_bounded(path: Path, limit: int, expected: Expected = Expected()) -> bytes:
    """The bytes of a regular file of at most `limit` bytes. Opened without blocking and checked
    on the open file itself (not on the name, which may change meanwhile): a FIFO, a device or
    a socket is refused, so is a file other than the `expected` one or outside its folder, and
    no more than `limit` bytes are read even if the file grows."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:  # a socket cannot be opened at all: "No such device or address" said nothing of why
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            raise InputError(path, f"not a regular file ({_kind(mode)}); kg reads only files") from None
        raise
    with os.fdopen(fd, "rb") as opened:
        opened_stat = os.fstat(fd)
        if not stat.S_ISREG(opened_stat.st_mode):
            raise InputError(path, f"not a regular file ({_kind(opened_stat.st_mode)}); kg reads only files")
        if expected.folder is not None and not _opened_inside(fd, path, expected.folder):
            raise InputError(path, LEAVES)
        if expected.identity not in (None, (opened_stat.st_dev, opened_stat.st_ino)):
            raise InputError(path, "another file took this name while the input was read; not read")
        size = opened_stat.st_size
        raw = opened.read(limit + 1) if size <= limit else b""
        if size > limit or len(raw) > limit:
            raise InputError(path, f"file too large ({max(size, len(raw)) // 1_000_000} MB; at most {limit // 1_000_000} MB)")
        return raw


def _opened_inside(fd: int, path: Path, folder: str) -> bool:
    """Whether the file open at `fd` lies in `folder` (a real path): asked of the descriptor
    (`/proc/self/fd`, Linux), whose path no later change of names alters. Where there is no
    `/proc`, of the name's real path, which must still lead to the open file."""
    try:
        where = os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        where = os.path.realpath(path)
        try:
            if not os.path.samestat(os.stat(where), os.fstat(fd)):
                return False
        except OSError:
            return False
    return Path(where).is_relative_to(folder)


def _kind(mode: int) -> str:
    kinds = {stat.S_ISFIFO: "a named pipe", stat.S_ISCHR: "a character device", stat.S_ISBLK: "a block device",
             stat.S_ISSOCK: "a socket", stat.S_ISDIR: "a folder"}
    return next((name for test, name in kinds.items() if test(mode)), "not a file")


def _encodable(text: str) -> bool:
    """Can `text` be written as UTF-8 (the store, the hash)? JSON lets a lone surrogate through."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _decode(path: Path, expected: Expected) -> tuple[str, tuple[str, ...]]:
    raw = read_bounded(path, MAX_BYTES, expected)
    if b"\x00" in raw:
        raise InputError(path, "binary file (NUL bytes), not text")
    try:
        return raw.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(path, "not UTF-8 text, nor Windows-1252") from None
    return text, (f"{path}: not UTF-8; decoded as Windows-1252",)


#: The attributes one HTML tag may have: libxml2 (under trafilatura) checks each new attribute
#: against those before it, so a tag's parse grows with their square (10,000 attributes on one
#: `<p>`, 0.2 MB, took 12 s to read; 40,000 took 300 s, and the build waited). Pages have tens.
MAX_ATTRIBUTES = 1_000
_TAG = re.compile(r"<[A-Za-z][^>]*")
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")


def _main_text(path: Path, html: str) -> str:
    import trafilatura

    for tag in _TAG.finditer(html):  # one pass: the quoted values left out, each name one word
        if tag.end() - tag.start() > MAX_ATTRIBUTES and len(_QUOTED.sub(" ", tag.group()).split()) > MAX_ATTRIBUTES + 1:
            raise InputError(path, f"an HTML tag with more than {MAX_ATTRIBUTES:,} attributes (at character {tag.start():,}); "
                                   "its parse would take time that grows with their square")
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise InputError(path, "no article text found in the HTML page")
    return text


def _sidecar(path: Path) -> dict:
    sidecar = path.with_suffix(".json")
    if not sidecar.exists():
        return {}
    if _leaves(sidecar, path.parent):
        raise InputError(sidecar, LEAVES)
    try:
        # utf-8-sig, as for articles: a sidecar saved by Windows' Notepad starts with a BOM, and its article was skipped
        raw = read_bounded(sidecar, MAX_SIDECAR_BYTES, Expected(os.path.realpath(path.parent)))
        meta = parse_json(raw.decode("utf-8-sig"), sidecar)
    except UnicodeDecodeError as exc:
        raise InputError(sidecar, f"sidecar is not valid JSON ({exc})") from None
    except InputError as problem:
        raise InputError(sidecar, f"sidecar is {problem.problem}") from None
    if not isinstance(meta, dict):
        raise InputError(sidecar, "sidecar must be a JSON object")
    return _checked_meta(meta, sidecar)


def _checked_meta(meta: dict, where: object) -> dict:
    checked = {}
    for key in ("source", "url", "title", "language"):
        value = meta.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(where, f"'{key}' must be a string or null, not {type(value).__name__}")
        checked[key] = value
    checked["published"] = _checked_date(meta.get("published"), where)
    return checked


def _checked_date(value: object, where: object) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _PARTIAL_DATE.fullmatch(value):
        raise InputError(where, f"'published' must be YYYY-MM-DD, YYYY-MM, YYYY or null, not {value!r}")
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        raise InputError(where, f"'published' is not a real date: {value!r}") from None
    if parts[0] not in YEARS:
        raise InputError(where, f"'published' year {parts[0]} is out of range ({YEARS.start} to {YEARS.stop - 1})")
    return value


def _guess_language(text: str) -> str | None:
    """'fr' unless the text is clearly not French: mostly in another script than the Latin
    one, or common French words are rare in it."""
    sample = text[:5000].lower()
    letters = [c for c in sample if c.isalpha()]
    if len(letters) >= 20 and sum(c <= "\u024f" for c in letters) < len(letters) / 2:
        return "unknown (not in the Latin script)"
    words = re.findall(r"[^\W\d_]+", sample)
    if len(words) < 20:
        return None
    share = sum(w in _FRENCH_WORDS for w in words) / len(words)
    return "fr" if share > 0.08 else "unknown (not French)"


def document_id(name: str | int) -> str:
    """A document id usable in an IRI, and never the same for two names: a name already safe
    in an IRI is its own id (the usual case, 'd01', 's03_putin_trump_oil_2020-04'); else its
    spaces and reserved characters become '_' and a short hash of the exact name follows, so
    that 'a b' and 'a_b', a name with a zero-width space, or the JSON Lines ids 7 and "7" stay
    two documents. A name longer than `MAX_ID_CHARS` is cut there, and hashed likewise. A name of
    dots alone ('.', '..': the files '..txt', '...txt') is hashed too: as the last segment of an
    IRI it is a dot-segment, which resolving or normalising the IRI removes ('doc/../actor/X' is
    the actor 'actor/X' itself, 'doc/.' the folder of every document). So is a name ending in a
    dot ('ab.', the file 'ab..txt'): Turtle writes its IRI `doc:ab\\.`, which rdflib cannot read,
    so a whole export in Turtle or TriG failed to load there."""
    text = name if isinstance(name, str) else json.dumps(name)
    safe = _SAFE_ID.sub("_", text)
    if safe == text and isinstance(name, str) and text.strip(".") and not text.endswith(".") and len(text) <= MAX_ID_CHARS:
        return text
    safe = safe[:MAX_ID_CHARS]  # a name of a million characters would be the IRI of every triple of its graph
    digest = hashlib.sha256(json.dumps(name).encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return f"{safe}-{digest}"
