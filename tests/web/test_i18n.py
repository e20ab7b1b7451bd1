"""Pages in the reader's language (the switch's cookie, else Accept-Language), JSON twins in the data's own words,
and `copytrace show --json` with the entity page's assessments."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import pytest
from typer.testing import CliRunner

from copytrace import i18n
from copytrace.cli import app
from copytrace.errors import AmbiguousName
from copytrace.registry import Registry
from copytrace.web.errors import said
from tests.web.conftest import TestClient, csrf_of

RUSSIAN = {"accept-language": "ru-RU,ru;q=0.9,en;q=0.5"}


@pytest.fixture
def viewer(client_as: Callable[[str], TestClient]) -> TestClient:
    return client_as("viewer")


def test_pages_follow_the_browsers_language(viewer: TestClient) -> None:
    page = viewer.get("/product/type-56", headers=RUSSIAN)
    assert '<html lang="ru">' in page.text
    assert ">Обзор</a>" in page.text and ">Поиск</a>" in page.text      # navigation
    assert "<h2>Лицензионный статус</h2>" in page.text
    assert ">без лицензии (заявлено)</span>" in page.text and "сила претензии" in page.text
    assert "Accept-Language" in page.headers["vary"]


def test_an_unsupported_language_gets_english(viewer: TestClient) -> None:
    page = viewer.get("/product/type-56", headers={"accept-language": "de-DE,fr;q=0.8"})
    assert '<html lang="en">' in page.text and ">Dashboard</a>" in page.text
    assert ">unlicensed (stated)</span>" in page.text


def test_the_switch_remembers_the_choice(viewer: TestClient) -> None:
    switched = viewer.get("/language/ru", params={"next": "/review?skip=1"}, follow_redirects=False)
    assert switched.status_code == 303 and switched.headers["location"] == "/review?skip=1"
    assert "copytrace_lang=ru" in switched.headers["set-cookie"]
    # the cookie wins over the browser's preference
    page = viewer.get("/", headers={"accept-language": "en"})
    assert "<h1>Обзор</h1>" in page.text
    assert '<a href="/language/en?next=/" lang="en" hreflang="en">English</a>' in page.text
    back = viewer.get("/language/en", params={"next": "/"}, follow_redirects=True)
    assert "<h1>Dashboard</h1>" in back.text


def test_the_switch_stays_on_this_site(anonymous: TestClient) -> None:
    for away in ("//evil.example/", "https://evil.example/", "/\\evil.example"):
        response = anonymous.get("/language/ru", params={"next": away}, follow_redirects=False)
        assert response.headers["location"] == "/"
    assert anonymous.get("/language/xx").status_code == 404


def test_the_login_page_has_the_switch_and_speaks_russian(anonymous: TestClient) -> None:
    page = anonymous.get("/login", headers=RUSSIAN).text
    assert "<h1>Войти</h1>" in page and "Имя пользователя" in page and "Пароль" in page
    assert 'hreflang="en">English</a>' in page and 'aria-current="true">Русский</strong>' in page


def test_dates_are_written_the_readers_way(viewer: TestClient, loaded: Registry) -> None:
    statement = loaded.statements(subject="pm-md-63")[0]
    russian = viewer.get(f"/statement/{statement.id}", headers=RUSSIAN).text
    assert re.search(r"<dt>записано</dt><dd>\d{1,2} [а-я]+\.? \d{4}\sг\., \d{2}:\d{2} UTC, pack:mini</dd>", russian)
    english = viewer.get(f"/statement/{statement.id}").text
    assert re.search(r"<dt>recorded</dt><dd>[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M UTC by pack:mini</dd>",
                     english)


def test_json_twins_keep_the_datas_words(viewer: TestClient) -> None:
    data = viewer.get("/product/type-56.json", headers=RUSSIAN).json()
    assert [a["label"] for a in data["assessments"]] == ["unlicensed (stated)"]
    assert data["entity"]["kind"] == "product"


def test_show_json_has_the_entity_pages_assessments(viewer: TestClient, cli: CliRunner) -> None:
    for name, ident in (("AIM", "pm-md-63"), ("Type 56", "type-56"), ("AKM", "akm")):
        shown = cli.invoke(app, ["show", name, "--json"])
        assert shown.exit_code == 0, shown.output
        ours = json.loads(shown.stdout)["assessments"]
        kind = json.loads(shown.stdout)["entity"]["kind"]
        web = viewer.get(f"/{kind}/{ident}.json").json()["assessments"]
        assert ours == web
    assert ours == [] or all({"label", "basis", "strength", "producer"} <= a.keys() for a in ours)
    [type_56] = json.loads(cli.invoke(app, ["show", "Type 56", "--json"]).stdout)["assessments"]
    assert (type_56["label"], type_56["basis"], type_56["producer"]["id"]) == ("unlicensed (stated)", "stated", "china")
    assert 0 < type_56["strength"]["score"] <= 100


def test_an_error_page_in_russian(viewer: TestClient) -> None:
    page = viewer.get("/no/such/page", headers=RUSSIAN)
    assert page.status_code == 404
    assert "<h1>Не найдено</h1>" in page.text and "По этому адресу нет страницы." in page.text
    assert viewer.get("/no/such/page.json", headers=RUSSIAN).json()["error"] == "Not found"


# Every page a user reads, in Russian for a Russian browser and in English otherwise: (path, role, Russian, English).
PAGES = [
    ("/account", "viewer", "<h2>API-токены</h2>", "<h2>API tokens</h2>"),
    ("/users", "admin", "<h2>Добавить пользователя</h2>", "<h2>Add a user</h2>"),
    ("/upload", "analyst", "<h1>Загрузка документов</h1>", "<h1>Upload documents</h1>"),
    ("/propose", "analyst", "<legend>Доказательство: фрагмент документа</legend>",
     "<legend>Evidence: a document span</legend>"),
    ("/alerts", "viewer", "<h1>Оповещения <span class=\"dim\">(0 непрочитанных)</span>", "<h1>Alerts"),
    ("/changes", "viewer", "<h1>Что изменилось</h1>", "<h1>What changed</h1>"),
    ("/api/docs", "viewer", "<h1>JSON API</h1>", "<h1>The JSON API</h1>"),
]


@pytest.mark.parametrize(("path", "role", "russian", "english"), PAGES, ids=[p[0] for p in PAGES])
def test_every_page_speaks_russian_and_english(client_as: Callable[[str], TestClient], path: str, role: str,
                                               russian: str, english: str) -> None:
    client = client_as(role)
    page = client.get(path, headers=RUSSIAN)
    assert page.status_code == 200 and russian in page.text and english not in page.text
    page = client.get(path, headers={"accept-language": "en"})
    assert english in page.text and russian not in page.text


def test_the_upload_script_gets_its_words_in_the_pages_language(client_as: Callable[[str], TestClient]) -> None:
    page = client_as("analyst").get("/upload", headers=RUSSIAN).text
    words = json.loads(re.search(r"data-words='([^']*)'", page).group(1))  # type: ignore[union-attr]
    # every plural form Russian has, each with the slot the script fills
    assert words["statements"] == {"one": "{num} утверждение-кандидат", "few": "{num} утверждения-кандидата",
                                   "many": "{num} утверждений-кандидатов"}
    assert words["statuses"]["added"] == "добавлено" and words["states"]["extracting"] == "извлечение фактов"
    assert words["progress"]["few"] == "Обработка: готово {done} из {num} файлов."


def test_the_reasoning_is_explained_in_russian_and_kept_english_in_json(viewer: TestClient) -> None:
    page = viewer.get("/product/type-56", headers=RUSSIAN).text
    assert "Заявлено: без лицензии для стороны China." in page
    assert "Нет подтверждения на втором языке" in page          # a gap in the evidence
    assert "Stated unlicensed" not in page
    data = viewer.get("/product/type-56.json", headers=RUSSIAN).json()
    [assessment] = data["assessments"]
    assert assessment["explanation"][0]["text"] == "Stated unlicensed for China."
    assert any(g.startswith("No corroboration in a second language") for g in assessment["gaps"])


def test_a_views_error_in_russian_and_its_json_in_english(viewer: TestClient) -> None:
    page = viewer.get("/statement/0123456789abcdef", headers=RUSSIAN)
    assert page.status_code == 404 and "Нет утверждения &#39;0123456789abcdef&#39;." in page.text
    data = viewer.get("/statement/0123456789abcdef.json", headers=RUSSIAN).json()
    assert data["detail"] == "No statement '0123456789abcdef'."


def test_a_downloaded_dossier_follows_the_page_language(viewer: TestClient) -> None:
    russian = viewer.get("/dossier/china/html", headers=RUSSIAN)
    assert "<html lang='ru'>" in russian.text and "<h2>Ответчик</h2>" in russian.text
    assert "Заявлено: без лицензии для стороны China." in russian.text
    english = viewer.get("/dossier/china/html", headers={"accept-language": "en"}).text
    assert "<h2>Respondent</h2>" in english and "Stated unlicensed for China." in english
    # the JSON dossier is data: English whatever the page's language
    data = viewer.get("/dossier/china/json", headers=RUSSIAN).json()
    assert data["products"][0]["assessments"][0]["explanation"][0]["text"] == "Stated unlicensed for China."


def test_a_registry_error_in_russian_on_the_page_and_in_the_jsons_message(viewer: TestClient) -> None:
    page = viewer.post("/account/tokens/zz/revoke", data={"csrf_token": csrf_of(viewer)}, headers=RUSSIAN)
    assert page.status_code == 422 and "<h1>Неверные данные</h1>" in page.text
    assert "&#39;zz&#39; — не id токена: укажите хотя бы первые 6 шестнадцатеричных цифр" in page.text
    data = viewer.post("/account/tokens/zz/revoke.json", data={"csrf_token": csrf_of(viewer)}, headers=RUSSIAN).json()
    # "error" and "detail" stay English for programs; "message" is for the person reading
    assert (data["error"], data["detail"]) == (
        "Invalid input", "'zz' is not a token id: give at least its first 6 hex digits (see 'copytrace token list')")
    assert data["message"] == ("'zz' — не id токена: укажите хотя бы первые 6 шестнадцатеричных цифр "
                               "(см. 'copytrace token list')")


@pytest.mark.parametrize(("role", "path", "form", "russian"), [
    ("viewer", "/product/Zzyzx", None, "В реестре нет сущности с именем &#39;Zzyzx&#39;."),
    ("analyst", "/propose", {"subject": "AIM", "predicate": "manufactured_by", "object": "State Arsenal",
                             "valid_from": "sometime", "citation_title": "A history (test source)"},
     "Ничего не сохранено: не дата (нужно YYYY, YYYY-MM или YYYY-MM-DD): &#39;sometime&#39;"),
    ("admin", "/users", {"username": "newcomer", "password": "short", "role": "viewer"},
     "в пароле должно быть не меньше 10 символов"),
])
def test_errors_from_the_library_read_in_russian(client_as: Callable[[str], TestClient], role: str, path: str,
                                                 form: dict[str, str] | None, russian: str) -> None:
    client = client_as(role)
    if form is None:
        page = client.get(path, headers=RUSSIAN)
    else:
        page = client.post(path, data={**form, "csrf_token": csrf_of(client, path)}, headers=RUSSIAN)
    assert page.status_code in (400, 404) and russian in page.text, page.text


def test_an_ambiguous_name_lists_the_kinds_in_the_readers_language() -> None:
    error = AmbiguousName("Type 56", [("type-56", "product", "Type 56"), ("type-56-d", "design", "Type 56")])
    assert said(error) == str(error)   # English as a string, as the registry says it
    with i18n.use_language("ru"):
        assert i18n.translate(said(error)) == (
            "'Type 56' — имя нескольких сущностей (2): Type 56 (изделие, id type-56); Type 56 (конструкция, "
            "id type-56-d). Укажите id или вид сущности.")
