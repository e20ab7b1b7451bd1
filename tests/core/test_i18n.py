"""The interface in the user's language: complete catalogues, the choice of language, and the command line in
Russian with English wherever a message has no translation."""

from __future__ import annotations

import json
import pickle
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from copytrace import i18n
from copytrace.model.schema import load_schema
from tests.core.conftest import mini_cli

ROOT = Path(__file__).parents[2]
CATALOGUES = sorted(i18n.LOCALES.glob(f"*/LC_MESSAGES/{i18n.DOMAIN}.po"))
PLACEHOLDER = re.compile(r"%\((\w+)\)[sdrfg]")


def _catalogue(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=path.parents[1].name, domain=i18n.DOMAIN)


def _key(message_id: str | tuple[str, ...]) -> str:
    return message_id[0] if isinstance(message_id, tuple) else message_id


@pytest.fixture(scope="module")
def used() -> set[str]:
    """Every message the code and templates ask for, found as scripts/i18n.py finds them (babel.cfg)."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    return {_key(found[2]) for found in extract_from_dir(str(ROOT), method_map, options_map)}


def test_there_is_a_russian_catalogue() -> None:
    assert "ru" in i18n.available()
    assert [p.parents[1].name for p in CATALOGUES] == [code for code in i18n.available() if code != "en"]


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parents[1].name)
def test_a_catalogue_holds_every_message_and_no_stale_one(path: Path, used: set[str]) -> None:
    held = {_key(m.id) for m in _catalogue(path) if m.id}
    assert sorted(used - held) == [], "run python scripts/i18n.py and translate the new messages"
    assert sorted(held - used) == [], "messages no longer used: run python scripts/i18n.py"


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parents[1].name)
def test_every_message_is_translated_with_the_same_placeholders(path: Path) -> None:
    catalogue = _catalogue(path)
    assert [(m.id, [str(e) for e in errors]) for m, errors in catalogue.check()] == []
    problems = []
    for m in catalogue:
        if not m.id:
            continue
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        wanted = set(PLACEHOLDER.findall(_key(m.id)))
        if "fuzzy" in m.flags or not all(strings) or any(set(PLACEHOLDER.findall(s)) != wanted for s in strings):
            problems.append(_key(m.id))
    assert problems == []


def test_a_catalogue_compiles_and_translates() -> None:
    i18n.translations.cache_clear()
    with i18n.use_language("ru"):
        assert i18n.gettext("Dashboard") == "Обзор"
        assert i18n.ngettext("%(num)d place", "%(num)d places", 3) % {"num": 3} == "3 места"
        assert i18n.ngettext("%(num)d place", "%(num)d places", 5) % {"num": 5} == "5 мест"
        assert i18n.translate("unlicensed (stated)") == "без лицензии (заявлено)"
        # not in any catalogue: English, as written
        assert i18n.gettext("A sentence nobody translated") == "A sentence nobody translated"
        assert i18n.translate("Kalashnikov Concern") == "Kalashnikov Concern"   # data, not vocabulary
    assert i18n.gettext("Dashboard") == "Dashboard"


def test_the_vocabulary_covers_the_schemas_words() -> None:
    schema = load_schema()
    words = [*schema.kinds, *schema.licence_statuses, *(k.replace("_", " ") for k in schema.derivation_kinds),
             *schema.statuses, *schema.origins, "unknown", "unlicensed (stated)", "no licence on record"]
    assert [w for w in words if w not in i18n.VOCABULARY] == []


@pytest.mark.parametrize(("flag", "env", "expected"), [
    ("ru", {"LANG": "en_GB.UTF-8"}, "ru"),
    (None, {"COPYTRACE_LANG": "ru", "LC_ALL": "en_US.UTF-8"}, "ru"),
    (None, {"LC_ALL": "ru_RU.UTF-8", "LANG": "en_US.UTF-8"}, "ru"),
    (None, {"LC_MESSAGES": "ru_RU", "LANG": "C"}, "ru"),
    (None, {"LANG": "ru_RU.UTF-8"}, "ru"),
    (None, {"LC_ALL": "C", "LANG": "ru_RU.UTF-8"}, "en"),
    (None, {"LANG": "de_DE.UTF-8"}, "en"),    # no German catalogue: English
    ("xx", {}, "en"),
    (None, {}, "en"),
])
def test_the_command_lines_language(flag: str | None, env: dict[str, str], expected: str,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LANG", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert i18n.from_environment(flag) == expected


@pytest.mark.parametrize(("header", "expected"), [
    ("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7", "ru"),
    ("de-DE,de;q=0.9,ru;q=0.5", "ru"),         # the first supported one
    ("en;q=0.4, ru;q=0.8", "ru"),              # by quality, not by place
    ("ru;q=0, en", "en"),                       # q=0: not acceptable
    ("de, fr", None),
    ("", None),
    ("ru;q=bogus, en", "en"),
])
def test_the_browsers_language(header: str, expected: str | None) -> None:
    assert i18n.from_accept_language(header) == expected


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    return mini_cli(tmp_path, monkeypatch, columns=160)


def test_show_in_russian_with_lang(run) -> None:  # type: ignore[no-untyped-def]
    shown = run("--lang", "ru", "show", "AIM")
    assert shown.exit_code == 0, shown.output
    assert "Утверждения о PM md. 63" in shown.stdout
    assert "(изделие, id pm-md-63)" in shown.stdout
    assert "лицензионная копия" in shown.stdout and "лицензировано" in shown.stdout and "принято" in shown.stdout
    assert "Statements about" not in shown.stdout
    assert "derived_from" in shown.stdout   # data (predicate names) is not translated


def test_an_error_in_russian_from_the_environment(run) -> None:  # type: ignore[no-untyped-def]
    result = run("show", "Zzyzx 9000", env={"COPYTRACE_LANG": "ru"})
    assert result.exit_code == 2
    assert result.stderr.strip() == ("ошибка: В реестре нет сущности с именем 'Zzyzx 9000'. Найти названия можно "
                                     "командой 'copytrace search ТЕКСТ'.")


def test_lineage_and_status_follow_the_locale(run) -> None:  # type: ignore[no-untyped-def]
    tree = run("lineage", "AKM", env={"LANG": "ru_RU.UTF-8"}).stdout
    assert "предки AKM" in tree and "потомки AKM" in tree and "[преемник]" in tree
    status = run("status", env={"LC_ALL": "ru_RU.UTF-8"}).stdout
    assert "Лицензионный статус" in status and "без лицензии (заявлено)" in status and "всего" in status


def test_an_unsupported_language_falls_back_to_english(run) -> None:  # type: ignore[no-untyped-def]
    shown = run("--lang", "de", "show", "AIM")
    assert shown.exit_code == 0 and "Statements about PM md. 63" in shown.stdout
    # and English stays English when the environment says nothing
    assert "Statements about PM md. 63" in run("show", "AIM").stdout


def test_no_message_hides_in_an_f_string() -> None:
    """Extraction (and so the catalogue check above) cannot see a gettext call inside an f-string's braces."""
    hidden = re.compile(r"""\bf["'].*\{[^{}]*\b(_|gettext|ngettext)\(""")
    found = [f"{path.relative_to(ROOT)}:{n}" for path in sorted((ROOT / "src" / "copytrace").rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1) if hidden.search(line)]
    assert found == []


def test_a_message_is_english_until_shown() -> None:
    gap = i18n.lazy_ngettext("%(num)d pending statement awaiting review", "%(num)d pending statements awaiting review",
                             3)
    stated = i18n.lazy_gettext("Stated %(status)s for %(party)s%(standing)s%(period)s.",
                               status=i18n.Word("licensed"), party="Romania", standing="",
                               period=i18n.lazy_gettext(" (from %(year)s)", year="1963"))
    assert (gap, stated) == ("3 pending statements awaiting review", "Stated licensed for Romania (from 1963).")
    assert json.dumps([gap]) == '["3 pending statements awaiting review"]'      # JSON: the English text
    with i18n.use_language("ru"):
        assert i18n.translate(gap) == "3 утверждения ждут проверки"
        assert i18n.translate(stated) == "Заявлено: лицензировано для стороны Romania (с 1963)."
        assert i18n.translate(pickle.loads(pickle.dumps(stated))) == i18n.translate(stated)


def test_explain_in_russian_and_its_json_in_english(run) -> None:  # type: ignore[no-untyped-def]
    shown = run("--lang", "ru", "explain", "Type 56")
    assert shown.exit_code == 0, shown.output
    assert "1. Заявлено: без лицензии для стороны China." in shown.stdout
    assert "пробел: Нет подтверждения на втором языке" in shown.stdout and "Stated" not in shown.stdout
    data = json.loads(run("--lang", "ru", "explain", "Type 56", "--json").stdout)
    assert data[0]["explanation"][0]["text"] == "Stated unlicensed for China."


def test_a_dossier_in_russian(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    russian, english = tmp_path / "ru.html", tmp_path / "en.html"
    assert run("dossier", "China", "-o", str(russian), env={"COPYTRACE_LANG": "ru"}).exit_code == 0
    page = russian.read_text(encoding="utf-8")
    assert "<html lang='ru'>" in page and "<h1>Досье претензии: China</h1>" in page
    for heading in ("<h2>Ответчик</h2>", "<h2>Сводка</h2>", "<h4>Почему</h4>", "<h2 class='product'>Приложения</h2>"):
        assert heading in page
    assert "<li>Заявлено: без лицензии для стороны China. (Приложение 1)</li>" in page
    assert "Страница " in page and "Respondent" not in page          # the PDF's page footer too
    assert run("--lang", "en", "dossier", "China", "-o", str(english)).exit_code == 0
    assert "<h2>Respondent</h2>" in english.read_text(encoding="utf-8")


def test_a_pdf_dossier_in_russian(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("weasyprint")
    import pypdfium2 as pdfium

    out = tmp_path / "ru.pdf"
    assert run("--lang", "ru", "dossier", "China", "--format", "pdf", "-o", str(out)).exit_code == 0
    text = "".join(page.get_textpage().get_text_range() for page in pdfium.PdfDocument(out))
    assert "Досье претензии" in text and "Ответчик" in text and "Страница 1 из" in text


def test_help_in_russian(run) -> None:  # type: ignore[no-untyped-def]
    for shown in (run("--lang", "ru", "--help"), run("--help", env={"COPYTRACE_LANG": "ru"})):
        assert shown.exit_code == 0
        assert "Использование: copytrace" in shown.stdout and "Команды:" in shown.stdout
        assert "Досье претензии к ответчику" in shown.stdout         # a command's summary
        assert "Показать это сообщение и выйти." in shown.stdout
    english = run("--help").stdout
    assert "Usage: copytrace" in english and "A claim dossier for a respondent" in english


@pytest.mark.parametrize(("command", "russian", "english"), [
    (("show",), "Название, псевдоним или id в любой письменности", "A name, alias or id in any script"),
    (("lineage",), "Только связи не дальше этого числа шагов от NAME.", "Only links at most this many steps"),
    (("ingest",), "Файлы или папки (папки просматриваются рекурсивно).", "Files or folders (searched recursively)."),
    (("review",), "Решения добавляются, а не перезаписываются.", "Decisions are appended, never overwritten."),
    (("watch", "add"), "Как часто его загружать (30m, 6h, 1d).", "How often to fetch it (30m, 6h, 1d)."),
    (("token", "add"), "Пользователь, от имени которого действует токен.", "The user the token acts as."),
])
def test_a_commands_help_in_russian(run, command: tuple[str, ...], russian: str,  # type: ignore[no-untyped-def]
                                    english: str) -> None:
    shown = run("--lang", "ru", *command, "--help")
    assert shown.exit_code == 0, shown.output
    text = " ".join(shown.stdout.split())   # as click wraps it
    assert russian in text and english not in text
    assert "Использование: copytrace" in text and "Параметры:" in text
    assert english in " ".join(run(*command, "--help").stdout.split())


def test_the_words_click_adds_to_help_in_russian(run) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(run("show", "--help", env={"COPYTRACE_LANG": "ru"}).stdout.split())
    assert "[обязательно]" in text and "Аргументы:" in text
    assert "[переменная окружения: COPYTRACE_DB; по умолчанию:" in text
    assert "по умолчанию: 6h" in " ".join(run("--lang", "ru", "watch", "add", "--help").stdout.split())


def test_a_groups_commands_are_listed_in_russian(run) -> None:  # type: ignore[no-untyped-def]
    text = run("--lang", "ru", "watch", "--help").stdout
    assert "Отслеживать папку, страницу или ленту" in text and "Команды:" in text


def test_every_help_text_is_in_the_catalogue() -> None:
    """Every command's help and every option's: a help text written without N_ (or a docstring's new paragraph not
    yet translated) shows here."""
    import typer.main

    from copytrace.cli import app
    from copytrace.cli.help import localised

    def texts(command: Any, path: str) -> Iterator[tuple[str, str]]:
        yield path, command.help
        yield from ((f"{path} {p.name}", p.help) for p in command.params if getattr(p, "help", None))
        for name, sub in getattr(command, "commands", {}).items():
            yield from texts(sub, f"{path} {name}")

    with i18n.use_language("ru"):
        untranslated = [where for where, text in texts(typer.main.get_command(app), "copytrace")
                        if text and localised(text) == text]
    assert untranslated == []


@pytest.mark.parametrize(("args", "russian", "english"), [
    (("review", "0123456789", "accepted", "--reason", "x"),
     "ни один id утверждения не начинается с '0123456789': id утверждений выводит 'copytrace show NAME'",
     "no statement id begins with '0123456789': 'copytrace show NAME' prints statement ids"),
    (("review", "01", "accepted", "--reason", "x"),
     "'01' — не id утверждения: укажите id целиком или хотя бы первые 8 шестнадцатеричных цифр",
     "'01' is not a statement id: give its id, or at least 8 of its first hex digits"),
    (("token", "revoke", "zz"),
     "'zz' — не id токена: укажите хотя бы первые 6 шестнадцатеричных цифр (см. 'copytrace token list')",
     "'zz' is not a token id: give at least its first 6 hex digits (see 'copytrace token list')"),
])
def test_a_registry_error_in_russian(run, args: tuple[str, ...], russian: str,  # type: ignore[no-untyped-def]
                                     english: str) -> None:
    result = run("--lang", "ru", *args)
    assert (result.exit_code, result.stderr.strip()) == (2, f"ошибка: {russian}")
    assert run(*args).stderr.strip() == f"error: {english}"


def test_a_missing_registry_in_russian(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "nowhere.db"
    result = run("show", "AKM", "--db", str(missing), env={"LANG": "ru_RU.UTF-8"})
    assert result.stderr.strip() == f"ошибка: реестра {missing} нет: сначала выполните 'copytrace init'"


def test_a_registry_message_stays_english_as_a_string() -> None:
    from copytrace.errors import NotFound
    from copytrace.registry.ids import _NONE_BEGINS

    error = NotFound(i18n.lazy_gettext(_NONE_BEGINS["document"], prefix="abc123"))
    assert str(error) == "no document id begins with 'abc123': 'copytrace documents' lists document ids"
    assert pickle.loads(pickle.dumps(error)).args == error.args


def test_ingest_rejections_in_russian(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    result = run("--lang", "ru", "ingest", "--workers", "1", str(tmp_path / "empty.txt"), str(tmp_path / "picture.png"))
    assert result.exit_code == 1, result.output
    assert f"отклонено: {tmp_path / 'empty.txt'}: пустой файл" in result.stderr
    assert "неподдерживаемый формат: изображение PNG" in result.stderr
    summary = " ".join(result.stdout.split())
    assert "Итоги загрузки" in summary and "отклонено: пустой файл" in summary


def test_errors_outside_the_registry_are_english_strings_shown_in_russian() -> None:
    from copytrace import textcodec
    from copytrace.errors import InvalidStatement
    from copytrace.model.dates import PartialDate
    from copytrace.model.statement import Statement

    def raised(make: Any) -> Exception:
        with pytest.raises((InvalidStatement, textcodec.Undecodable)) as caught:
            make()
        return caught.value

    errors = [raised(lambda: PartialDate.parse("sometime")),
              raised(lambda: Statement("akm", "introduced_year", value="1959", confidence=2.0)),
              raised(lambda: textcodec.decode(b"\xef\xbb\xbf\xff\xfe"))]
    assert [str(e) for e in errors] == [
        "not a partial date (want YYYY, YYYY-MM or YYYY-MM-DD): 'sometime'",
        "confidence must be within 0..1, got 2.0",
        "undecodable text: starts with a utf-8-sig byte-order mark but invalid start byte at byte 0"]
    with i18n.use_language("ru"):
        assert [i18n.translate(e.args[0]) for e in errors] == [
            "не дата (нужно YYYY, YYYY-MM или YYYY-MM-DD): 'sometime'",
            "уверенность должна быть от 0 до 1, а дано 2.0",
            "текст не читается: он начинается с метки порядка байтов utf-8-sig, но в байте 0 — invalid start byte"]


def test_pack_rule_and_setting_errors_in_russian(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pack = tmp_path / "mini.yaml"
    pack.write_text((ROOT / "tests" / "data" / "mini.yaml").read_text(encoding="utf-8").replace(
        "kind: design", "kind: gadget", 1), encoding="utf-8")
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules:\n  - {id: typo, kind: new_copy, owner: alice, designs: [Zzyzx 9000]}\n", encoding="utf-8")
    for args, russian in [
        (("load-pack", str(pack)), "mini.yaml: неизвестный вид сущности 'gadget' (известные: "),
        (("watch", "rules", str(rules)), f"{rules}: правило 1 (typo): конструкции 'Zzyzx 9000' нет в реестре"),
        (("ingest", "--languages", "en,qq", str(pack)), "неизвестный код языка 'qq' в настройке языков"),
    ]:
        result = run("--lang", "ru", *args)
        assert result.exit_code == 2 and russian in " ".join(result.output.split()), result.output


@pytest.mark.parametrize(("args", "russian", "english"), [
    (("lineage", "AKM", "--depth", "x"),
     "Ошибка: Недопустимое значение для '--depth': нужно целое число",
     "Error: Invalid value for '--depth': Input should be a valid integer, unable to parse string as an integer"),
    (("show",), "Ошибка: Не указан аргумент 'entity'.", "Error: Missing argument 'entity'."),
    (("show", "AKM", "--x"), "Ошибка: Нет параметра --x", "Error: No such option: --x"),
    (("show", "AKM", "extra"), "Ошибка: Лишние аргументы (extra)", "Error: Got unexpected extra argument(s) (extra)"),
])
def test_clicks_usage_errors_in_russian(run, args: tuple[str, ...], russian: str,  # type: ignore[no-untyped-def]
                                        english: str) -> None:
    usage = f"copytrace {args[0]} [OPTIONS] " + ("{name}" if args[0] == "lineage" else "{entity}")
    result = run("--lang", "ru", *args)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"Использование: {usage}", f"Справка: 'copytrace {args[0]} --help'.", "",
                                          russian]
    # English exactly as click writes it
    assert run(*args).stderr.splitlines() == [f"Usage: {usage}", f"Try 'copytrace {args[0]} --help' for help.", "",
                                              english]


def test_a_mistake_in_the_roots_options_in_russian(run) -> None:  # type: ignore[no-untyped-def]
    """click rejects an unknown option of the root before it reads --lang: the language comes from the words given."""
    for result in (run("--lang", "ru", "--bogus"), run("--bogus", "--lang=ru"),
                   run("--bogus", env={"COPYTRACE_LANG": "ru"})):
        assert (result.exit_code, result.stderr.splitlines()[-1]) == (2, "Ошибка: Нет параметра --bogus"), result.stderr
        assert result.stderr.startswith("Использование: copytrace [OPTIONS] COMMAND")
    assert run("--bogus").stderr.splitlines()[-1] == "Error: No such option: --bogus"
    assert run("--lang", "ru", "shwo", "AKM").stderr.splitlines()[-1] == (
        "Ошибка: Нет команды 'shwo'. Возможно, вы имели в виду 'show'?")
    assert run("--lang", "ru", "lineage", "AKM", "--depth").stderr == "Ошибка: Параметру '--depth' нужно значение.\n"


def test_clicks_messages_match_their_templates() -> None:
    """Every template is click's English sentence: filled with values it reads back, and in Russian translated."""
    from copytrace.cli.usage import localised

    with i18n.use_language("ru"):
        assert localised("Invalid value for 'files': file '/x y' does not exist.") == (
            "Недопустимое значение для 'files': файла '/x y' не существует.")
        assert localised("No such option: --dbb (Possible options: --db)") == (
            "Нет параметра --dbb (возможно, вы имели в виду --db)")
        assert localised("Invalid value: --format должен быть jsonl или table") == (
            "Недопустимое значение: --format должен быть jsonl или table")   # the CLI's own: already translated
        assert localised("Something click never said.") == "Something click never said."
