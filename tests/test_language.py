"""Language of an article (core.language) and entities of articles in other languages."""

from __future__ import annotations

from briefing.core.language import english, function_word

from .test_entities import typed

GERMAN = (
    "Die Stadtwerke haben am Montag mitgeteilt, dass die Preise für Strom und Gas im "
    "kommenden Jahr steigen werden. Sie begründen das mit den höheren Kosten beim Einkauf. "
    "Kundinnen und Kunden sollen noch im November einen Brief erhalten, in dem die neuen "
    "Tarife stehen. Aber nicht alle Haushalte sind betroffen: Wer einen festen Vertrag hat, "
    "zahlt bis zum Ende der Laufzeit den alten Preis. Angela Merkel war bei der Vorstellung "
    "in Berlin nicht dabei, auch die VW-Vertreter nicht."
)
FRENCH = (
    "Le conseil municipal a voté mardi soir le budget de la ville pour l'année prochaine. "
    "Les dépenses pour les écoles et les transports sont en hausse, mais les impôts locaux "
    "ne changeront pas, a expliqué le maire dans une conférence de presse. Il a aussi "
    "annoncé que les travaux sur la place du marché commenceront au printemps."
)
ENGLISH = (
    "The city council voted on Tuesday night to approve the budget for next year. Spending "
    "on schools and transport is up, but local taxes will not change, the mayor said at a "
    "press conference. She also announced that work on the market square would begin in "
    "the spring, and that the bus station would be rebuilt by 2028."
)
RESULTS = (
    "Premier League results\n1. Kestrel Town 3 Harbour City 1\n2. Old Mill 0 Northfield 2\n"
    "3. Ravenscar 1 Westbrook 1\nTop scorers: Dan Ashdown 11, Pete Vilar 9, Sam Okoro 8"
)


def test_english_prose_and_english_tables_are_english():
    assert english(ENGLISH)
    assert english(RESULTS)  # few function words of any language: stays English
    assert english(ENGLISH + " Der Spiegel and Le Monde both ran the story.")
    assert english("")


def test_other_languages_and_scripts_are_not_english():
    assert not english(GERMAN)
    assert not english(FRENCH)
    assert not english("北京时间周二晚间，市议会投票通过了明年的城市预算，学校和交通的支出有所增加。")
    assert not english("Городской совет во вторник вечером утвердил бюджет города на следующий год.")


def test_function_words_are_of_other_languages_only():
    assert function_word("Aber") and function_word("dans") and function_word("nicht")
    assert not function_word("the") and not function_word("Berlin") and not function_word("die")


def test_a_german_article_keeps_only_the_names_briefing_knows():
    names = typed(GERMAN)
    assert ("Berlin", "GPE") in names and ("Angela Merkel", "PERSON") in names
    assert ("November", "DATE") in names
    # capitalised German nouns and pronouns are no names
    assert not {t for t, _ in names} & {"Sie", "Die Stadtwerke", "Kundinnen", "Aber", "Strom", "Wer"}


def test_an_english_article_is_read_as_before():
    # a name only its context types (no list knows "Oduya") is kept in English text
    names = typed("Ana Silva said on Monday that Mr Oduya, the club's chairman, agreed.")
    assert {("Ana Silva", "PERSON"), ("Oduya", "PERSON"), ("Monday", "DATE")} <= names
