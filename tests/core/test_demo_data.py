"""The demo data files (`<app>/demo/*.yaml`) are complete in every language and refer only to
what exists; their loader fails loudly, naming the file and the slug, when they are not."""

import csv
import sys
from pathlib import Path

from django.conf import settings

import pytest

from core.demo import DemoDataError, load_demo_data

DATA = Path(settings.BASE_DIR) / "core" / "data"
LANGUAGES = [code for code, _name in settings.LANGUAGES]

# (package, name) of every translated data file, and the text keys each language must give.
TRANSLATED = {
    ("agenda.demo", "index"): {"title", "intro"},
    ("agenda.demo", "events"): {"title", "summary", "description"},
    ("directory.demo", "index"): {"title", "intro"},
    ("directory.demo", "organisations"): {"summary", "description"},
    ("news.demo", "index"): {"title", "intro"},
    ("news.demo", "press_room"): {"title", "intro"},
    ("news.demo", "news"): {"title", "summary", "body"},
    ("home.demo", "home"): {"title", "hero_title", "hero_intro", "intro", "figures"},
    ("home.demo", "pages"): {"title", "intro", "body"},
}
IDS = [f"{package}/{name}" for package, name in TRANSLATED]


def slugs_of(path, column):
    with open(path, encoding="utf-8", newline="") as file:
        return {row[column] for row in csv.DictReader(file)}


COMMUNES = slugs_of(DATA / "communes_05.csv", "insee")
THEMES = slugs_of(DATA / "themes.csv", "slug")
SECTORS = slugs_of(DATA / "sectors.csv", "slug")
TERRITORIES = slugs_of(DATA / "territories.csv", "slug")


def entries(data):
    """The entries of a data file, children included (a single entry for a mapping)."""
    pending = [data] if isinstance(data, dict) else list(data)
    while pending:
        entry = pending.pop(0)
        yield entry
        pending.extend(entry.get("children", []))


def texts(value):
    """Every string inside `value`."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from texts(item)


@pytest.fixture(scope="module")
def organisations():
    return load_demo_data("directory.demo", "organisations")


@pytest.mark.parametrize(("package", "name"), TRANSLATED, ids=IDS)
def test_every_entry_has_its_texts_in_every_language(package, name):
    for entry in entries(load_demo_data(package, name)):
        for code in LANGUAGES:
            missing = TRANSLATED[package, name] - entry[code].keys()
            assert not missing, f"{name}.{code}.yaml, {entry.get('slug')}: no {missing}"
            assert all(entry[code][key] for key in TRANSLATED[package, name])


@pytest.mark.parametrize(("package", "name"), TRANSLATED, ids=IDS)
def test_texts_separate_paragraphs_by_a_blank_line_only(package, name):
    for entry in entries(load_demo_data(package, name)):
        for text in texts({code: entry[code] for code in LANGUAGES}):
            where = f"{name}, {entry.get('slug')}: {text[:60]!r}"
            assert text == text.strip(), where
            assert all(p and "\n" not in p for p in text.split("\n\n")) or not text, where


@pytest.mark.parametrize(("package", "name"), [k for k in TRANSLATED if k[1] != "home"])
def test_slugs_are_unique(package, name):
    slugs = [entry["slug"] for entry in entries(load_demo_data(package, name))]
    assert len(slugs) == len(set(slugs))


def test_places_are_in_communes_and_of_organisations_that_exist(organisations):
    slugs = {o["slug"] for o in organisations}
    places = load_demo_data("agenda.demo", "places", translated=False)
    assert len({place["slug"] for place in places}) == len(places)
    for place in places:
        assert place["commune"] in COMMUNES, place["slug"]
        assert place.get("organisation", "la-roue") in slugs, place["slug"]


def test_events_refer_to_organisations_places_communes_and_themes_that_exist(organisations):
    slugs = {o["slug"] for o in organisations}
    places = {place["slug"] for place in load_demo_data("agenda.demo", "places", translated=False)}
    events = load_demo_data("agenda.demo", "events")
    assert sum("place" in event for event in events) >= 20  # the register is used
    for event in events:
        assert event["organisers"], event["slug"]
        assert set(event["organisers"]) <= slugs, event["slug"]
        assert set(event["themes"]) <= THEMES, event["slug"]
        # a place of the register, or a venue typed with its commune
        assert event["place"] in places if "place" in event else event["commune"] in COMMUNES
        assert isinstance(event["day"], int), event["slug"]
        assert isinstance(event["free"], bool), event["slug"]


def test_news_refer_to_organisations_and_themes_that_exist(organisations):
    slugs = {o["slug"] for o in organisations}
    for item in load_demo_data("news.demo", "news"):
        assert 1 <= len(item["organisations"]) <= 3 and set(item["organisations"]) <= slugs
        assert 1 <= len(item["themes"]) <= 3 and set(item["themes"]) <= THEMES, item["slug"]
        assert item["kind"] in {"news", "press"}
        for code in LANGUAGES:
            kinds = {kind for kind, _value in item[code]["body"]}
            assert kinds <= {"heading", "paragraph", "list", "quote"}, (item["slug"], code)


def test_organisations_are_in_communes_sectors_and_themes_that_exist(organisations):
    for organisation in organisations:
        slug = organisation["slug"]
        assert organisation["commune"] in COMMUNES, slug
        assert organisation["sectors"] and set(organisation["sectors"]) <= SECTORS, slug
        assert organisation["themes"] and set(organisation["themes"]) <= THEMES, slug
        for code in LANGUAGES:
            offers = organisation[code].get("offers", [])
            assert len(offers) == len(organisation["offers"]), (slug, code)
            assert all(offer["title"] for offer in offers), (slug, code)


def test_demo_feeds_and_accounts_belong_to_organisations_that_exist(organisations):
    slugs = {o["slug"] for o in organisations}
    feeds = Path(settings.BASE_DIR) / "news" / "demo_feeds"
    assert {path.stem for path in feeds.glob("*.xml")} <= slugs
    accounts = load_demo_data("home.demo", "accounts", translated=False)
    assert set(accounts["trusted_organisations"]) <= slugs
    for account in accounts["accounts"]:
        assert set(account["organisations"]) <= slugs, account["username"]


def test_press_contacts_refer_to_outlets_themes_territories_and_organisations(organisations):
    slugs = {o["slug"] for o in organisations}
    outlets = load_demo_data("press.demo", "outlets", translated=False)
    for outlet in outlets.values():
        assert set(outlet["territories"]) <= TERRITORIES, outlet["name"]
    for contact in load_demo_data("press.demo", "contacts", translated=False):
        who = contact["last_name"]
        assert contact["outlet"] is None or contact["outlet"] in outlets, who
        assert contact["beats"] and set(contact["beats"]) <= THEMES, who
        assert set(contact["territories"]) <= TERRITORIES, who
        assert contact["added_for"] is None or contact["added_for"] in slugs, who
    assert load_demo_data("press.demo", "sources", translated=False)


# The loader, on data files written for the test.


@pytest.fixture
def package(tmp_path, monkeypatch):
    """A package `demo_files` in a temporary folder; yields a function writing its files
    (`things_en="…"` writes things.en.yaml)."""
    (tmp_path / "demo_files").mkdir()
    (tmp_path / "demo_files" / "__init__.py").write_text("")
    monkeypatch.syspath_prepend(tmp_path)
    sys.modules.pop("demo_files", None)

    def write(**files):
        for name, text in files.items():
            (tmp_path / "demo_files" / f"{name.replace('_', '.')}.yaml").write_text(text)

    yield write
    sys.modules.pop("demo_files", None)


def texts_of(*slugs):
    return "".join(f"{slug}:\n  title: {slug.title()}\n" for slug in slugs)


def test_loader_merges_the_texts_of_each_language_under_its_code(package):
    package(
        things="- slug: a\n  day: -3\n  children:\n    - slug: b\n",
        **{f"things_{code}": texts_of("a", "b") for code in LANGUAGES},
    )
    things = load_demo_data("demo_files", "things")
    assert things[0]["day"] == -3
    assert things[0]["en"] == {"title": "A"}
    assert things[0]["children"][0]["it"] == {"title": "B"}


def test_loader_turns_body_blocks_into_pairs(package):
    body = "title: T\nbody:\n  - heading: H\n  - list: [x, y]\n"
    package(page="slug: p\n", **{f"page_{code}": body for code in LANGUAGES})
    assert load_demo_data("demo_files", "page")["fr"]["body"] == [
        ("heading", "H"),
        ("list", ["x", "y"]),
    ]


def test_loader_names_the_file_and_the_slug_a_language_misses(package):
    package(things="- slug: a\n- slug: b\n", things_fr=texts_of("a", "b"), things_en=texts_of("a"))
    with pytest.raises(DemoDataError, match=r"demo_files/things\.en\.yaml: no texts for b"):
        load_demo_data("demo_files", "things")


def test_loader_names_the_file_and_an_unknown_slug(package):
    package(things="- slug: a\n", things_fr=texts_of("a", "typo"))
    with pytest.raises(DemoDataError, match=r"demo_files/things\.fr\.yaml: not slugs .*: typo"):
        load_demo_data("demo_files", "things")


def test_loader_refuses_a_slug_or_a_key_given_twice(package):
    package(things="- slug: a\n- slug: a\n")
    with pytest.raises(DemoDataError, match=r"demo_files/things\.yaml: slug 'a' given twice"):
        load_demo_data("demo_files", "things")
    package(things="- slug: a\n", things_fr=texts_of("a") + texts_of("a"))
    with pytest.raises(
        DemoDataError, match=r"demo_files/things\.fr\.yaml: line 3: 'a' given twice"
    ):
        load_demo_data("demo_files", "things")


def test_loader_names_a_missing_language_file(package):
    package(things="- slug: a\n", things_fr=texts_of("a"), things_en=texts_of("a"))
    with pytest.raises(DemoDataError, match=r"demo_files/things\.it\.yaml: no such file"):
        load_demo_data("demo_files", "things")
