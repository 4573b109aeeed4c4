"""When a call took place, as French news dates it: one call a passage, each with the date a
careful reader gives it against the article's publication date (a day, a month, or none). The
whole range of how news dates a call, the cases kg got right from the start with those it was
mended for. A span of days ('la semaine dernière', 'ce week-end', 'il y a deux semaines') is
its month when it lies in one, else no date; a plan over such a span has no date yet."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("published, text, date", [
    # weekdays alone, publications on each weekday
    ("2024-03-12", "Emmanuel Macron s'est entretenu mardi par téléphone avec Olaf Scholz.", "2024-03-12"),
    ("2024-03-13", "Emmanuel Macron s'est entretenu mardi par téléphone avec Olaf Scholz.", "2024-03-12"),
    ("2024-03-11", "Joe Biden a téléphoné vendredi à Benjamin Netanyahou.", "2024-03-08"),
    ("2024-03-14", "Vladimir Poutine s'est entretenu ce jeudi au téléphone avec Recep Tayyip Erdogan.", "2024-03-14"),
    ("2024-03-15", "Olaf Scholz a parlé ce mardi avec Volodymyr Zelensky au téléphone.", "2024-03-12"),
    ("2024-03-16", "Giorgia Meloni a appelé vendredi Keir Starmer.", "2024-03-15"),
    ("2024-03-17", "Pedro Sánchez s'est entretenu samedi par téléphone avec Emmanuel Macron.", "2024-03-16"),
    ("2024-03-12", "Xi Jinping et Joe Biden se sont parlé mardi dernier au téléphone.", "2024-03-05"),
    ("2024-03-14", "Xi Jinping et Joe Biden se sont parlé lundi dernier au téléphone.", "2024-03-11"),
    ("2024-03-13", "Emmanuel Macron a eu mardi soir un entretien téléphonique avec Volodymyr Zelensky.", "2024-03-12"),
    ("2024-03-13", "Emmanuel Macron et Joe Biden se sont entretenus mardi soir au téléphone.", "2024-03-12"),
    ("2024-03-13", "Dans la nuit de mardi à mercredi, Joe Biden a téléphoné à Benjamin Netanyahou.", "2024-03-12"),
    ("2024-03-14", "Vladimir Poutine a parlé au téléphone avec Xi Jinping dans la nuit de mardi à mercredi.", "2024-03-12"),
    ("2024-03-15", "Mercredi matin, Olaf Scholz a appelé Emmanuel Macron.", "2024-03-13"),
    ("2024-03-18", "Le président Emmanuel Macron a téléphoné dimanche à son homologue ukrainien Volodymyr Zelensky.", "2024-03-17"),
    # hier, avant-hier, ce matin
    ("2024-03-12", "Joe Biden a parlé hier avec Xi Jinping au téléphone.", "2024-03-11"),
    ("2024-03-12", "Avant-hier, Emmanuel Macron s'est entretenu par téléphone avec Vladimir Poutine.", "2024-03-10"),
    ("2024-03-12", "Ce matin, Olaf Scholz a téléphoné à Volodymyr Zelensky.", "2024-03-12"),
    ("2024-03-12", "Giorgia Meloni a eu ce matin un entretien téléphonique avec Joe Biden.", "2024-03-12"),
    ("2024-03-12", "Emmanuel Macron a appelé cet après-midi Benjamin Netanyahou.", "2024-03-12"),
    # la veille / le lendemain / le soir même / le même jour / plus tard / dans la foulée
    ("2024-03-12", "La veille, Joe Biden avait parlé au téléphone avec Benjamin Netanyahou.", "2024-03-11"),
    ("2024-03-15", "Emmanuel Macron a reçu Olaf Scholz le 7 mars à l'Élysée. La veille, il avait téléphoné à Joe Biden.", "2024-03-06"),
    ("2024-03-15", "Volodymyr Zelensky s'est rendu à Paris le 7 mars. Le lendemain, Emmanuel Macron a téléphoné à Vladimir Poutine.", "2024-03-08"),
    ("2024-03-15", "Emmanuel Macron a reçu Olaf Scholz jeudi 7 mars à Paris. "
     "Le soir même, il s'est entretenu par téléphone avec Joe Biden.", "2024-03-07"),
    ("2024-03-15", "Emmanuel Macron a reçu Olaf Scholz le 7 mars à Paris. Le "
     "soir même, le président français s'est aussi entretenu par téléphone avec Joe Biden.", "2024-03-07"),
    ("2024-03-15", "Le sommet de l'Otan s'est ouvert le 7 mars à Bruxelles. Le "
     "même jour, Joe Biden a parlé pendant une heure avec Vladimir Poutine.", "2024-03-07"),
    ("2024-03-15", "Emmanuel Macron a atterri à Kiev samedi 9 mars. Le même jour, il a téléphoné à Joe Biden.", "2024-03-09"),
    ("2024-03-15", "Joe Biden a rencontré Olaf Scholz le 7 mars à "
     "Washington. Quelques heures plus tard, il a appelé Benjamin Netanyahou.", "2024-03-07"),
    ("2024-03-15", "Emmanuel Macron a reçu Volodymyr Zelensky le 7 mars. Dans "
     "la foulée, il s'est entretenu au téléphone avec Vladimir Poutine.", "2024-03-07"),
    ("2024-03-15", "Emmanuel Macron a reçu Volodymyr Zelensky le 7 mars. Deux "
     "jours plus tard, il s'est entretenu au téléphone avec Vladimir Poutine.", "2024-03-09"),
    ("2024-03-18", "Joe Biden a parlé vendredi avec Xi Jinping. Le lendemain, il a téléphoné à Benjamin Netanyahou.", ['2024-03-15', '2024-03-16']),
    # week, weekend
    ("2024-03-11", "Emmanuel Macron s'est entretenu ce week-end par téléphone avec Olaf Scholz.", "2024-03"),
    ("2024-03-18", "Joe Biden a parlé le week-end dernier avec Xi Jinping au téléphone.", "2024-03"),
    ("2024-03-15", "Giorgia Meloni a téléphoné en fin de semaine à Keir Starmer.", "2024-03"),
    ("2024-03-15", "Giorgia Meloni a téléphoné en début de semaine à Keir Starmer.", "2024-03"),
    ("2024-03-20", "Vladimir Poutine et Xi Jinping se sont entretenus la semaine dernière au téléphone.", "2024-03"),
    ("2024-03-20", "Vladimir Poutine et Xi Jinping se sont entretenus au téléphone la semaine passée.", "2024-03"),
    ("2024-03-05", "Vladimir Poutine et Xi Jinping se sont entretenus la semaine dernière au téléphone.", None),
    ("2024-03-20", "Il y a deux semaines, Emmanuel Macron avait téléphoné à Vladimir Poutine.", "2024-03"),
    ("2024-03-20", "Emmanuel Macron a téléphoné il y a dix jours à Vladimir Poutine.", "2024-03-10"),
    ("2024-03-20", "Il y a trois jours, Joe Biden s'est entretenu au téléphone avec Olaf Scholz.", "2024-03-17"),
    # explicit days
    ("2024-03-12", "Emmanuel Macron s'est entretenu le 3 mars par téléphone avec Olaf Scholz.", "2024-03-03"),
    ("2024-03-12", "Le 3 mars, Joe Biden a appelé Benjamin Netanyahou.", "2024-03-03"),
    ("2024-03-12", "Emmanuel Macron a téléphoné le 3 à Olaf Scholz.", "2024-03-03"),
    ("2024-03-12", "Joe Biden a parlé mardi 5 mars avec Xi Jinping au téléphone.", "2024-03-05"),
    ("2024-05-10", "Le 1er mai, Vladimir Poutine s'est entretenu au téléphone avec Recep Tayyip Erdogan.", "2024-05-01"),
    ("2024-06-10", "Emmanuel Macron avait téléphoné le 3 mars dernier à Vladimir Poutine.", "2024-03-03"),
    ("2024-01-10", "Joe Biden s'est entretenu le 28 décembre avec Xi Jinping par téléphone.", "2023-12-28"),
    ("2024-03-12", "Joe Biden s'est entretenu le 10/03/2024 avec Xi Jinping par téléphone.", "2024-03-10"),
    ("2024-03-12", "Le 2024/03/07, Olaf Scholz a appelé Pedro Sánchez.", "2024-03-07"),
    ("2024-03-12", "Rishi Sunak a parlé au téléphone avec Narendra Modi (2024.03.06).", "2024-03-06"),
    ("2024-03-12", "Giorgia Meloni s'est entretenue le 2024-03-04 par téléphone avec Olaf Scholz.", "2024-03-04"),
    ("2024-03-12", "Le 2024/02/30, Olaf Scholz a appelé Pedro Sánchez.", "2024-03-12"),
    ("2024-03-12", "Joe Biden et Xi Jinping se sont parlé le 12 novembre 2023.", "2023-11-12"),
    # months
    ("2024-03-12", "Début mars, Emmanuel Macron s'est entretenu par téléphone avec Vladimir Poutine.", "2024-03"),
    ("2024-03-12", "Joe Biden a téléphoné fin janvier à Benjamin Netanyahou.", "2024-01"),
    ("2024-03-12", "À la mi-février, Olaf Scholz a parlé au téléphone avec Xi Jinping.", "2024-02"),
    ("2024-03-12", "Olaf Scholz a parlé mi-février au téléphone avec Xi Jinping.", "2024-02"),
    ("2024-03-12", "Le mois dernier, Emmanuel Macron avait téléphoné à Vladimir Poutine.", "2024-02"),
    ("2024-03-12", "Emmanuel Macron s'était entretenu en janvier avec Vladimir Poutine par téléphone.", "2024-01"),
    ("2024-03-12", "Emmanuel Macron s'était entretenu en janvier 2023 avec Vladimir Poutine par téléphone.", "2023-01"),
    ("2024-03-12", "Plus tôt ce mois-ci, Joe Biden a parlé avec Xi Jinping au téléphone.", "2024-03"),
    ("2024-03-12", "Joe Biden avait parlé avec Xi Jinping au téléphone en novembre dernier.", "2023-11"),
    # datelines
    ("2024-03-04", "PARIS, 3 mars (AFP) - Emmanuel Macron s'est entretenu dimanche par téléphone avec Olaf Scholz.", "2024-03-03"),
    ("2024-03", "MOSCOU, 3 mars (AFP) - Vladimir Poutine a parlé au téléphone avec Xi Jinping, a annoncé le Kremlin.", "2024-03-03"),
    # chronology bullets
    ("2024-12-01", "Chronologie des échanges\n• 10 novembre 2024 – Donald Trump a appelé Vladimir "
     "Poutine.\n• 14 novembre 2024 – Emmanuel Macron s'entretient avec Olaf Scholz par téléphone.", ['2024-11-10', '2024-11-14']),
    ("2024-03-01", "Les étapes\n– 12 février : Joe Biden et Xi Jinping se "
     "parlent au téléphone.\n– 20 février : Olaf Scholz reçoit Emmanuel Macron.", "2024-02-12"),
    ("2025-06-01", "Chronologie\n• 19 mai 2025 – Juste après, Donald Trump s'entretient avec Volodymyr Zelensky au téléphone.", "2025-05-19"),
    ("2024-03-15", "Le 7 mars : Emmanuel Macron téléphone à Vladimir Poutine.", "2024-03-07"),
    # month-only or null publication
    ("2024-03", "Emmanuel Macron s'est entretenu mardi par téléphone avec Olaf Scholz.", "2024-03"),
    ("2024-03", "Emmanuel Macron s'est entretenu hier par téléphone avec Olaf Scholz.", "2024-03"),
    ("2024-03", "Joe Biden s'est entretenu le 3 mars avec Xi Jinping par téléphone.", "2024-03-03"),
    (None, "Emmanuel Macron s'est entretenu mardi par téléphone avec Olaf Scholz.", None),
    (None, "Emmanuel Macron s'est entretenu le 3 mars 2024 par téléphone avec Olaf Scholz.", "2024-03-03"),
    # planned
    ("2024-03-12", "Emmanuel Macron doit s'entretenir jeudi prochain par téléphone avec Vladimir Poutine.", "2024-03-14"),
    ("2024-03-12", "Joe Biden et Xi Jinping doivent se parler au téléphone jeudi.", "2024-03-14"),
    ("2024-03-12", "Emmanuel Macron appellera Vladimir Poutine dans les prochains jours.", None),
    ("2024-03-12", "Joe Biden s'entretiendra par téléphone avec Xi Jinping d'ici la fin du mois.", "2024-03"),
    ("2024-03-12", "Olaf Scholz téléphonera demain à Volodymyr Zelensky.", "2024-03-13"),
    # a day or a time of day that 'même' or '-là' points back with: the day told before
    ("2024-03-15", "Emmanuel Macron a reçu Olaf Scholz le 7 mars à Paris. Le jour même, il a téléphoné à Joe Biden.", "2024-03-07"),
    ("2024-03-15", "Emmanuel Macron a reçu Olaf Scholz le 7 mars à Paris. Ce soir-là, il a téléphoné à Joe Biden.", "2024-03-07"),
    ("2024-03-15", "Emmanuel Macron a reçu Olaf Scholz le 7 mars à Paris. Ce jour-là, il a aussi téléphoné à Joe Biden.", "2024-03-07"),
    ("2024-03-15", "Emmanuel Macron a reçu Olaf Scholz le 7 mars à Paris. Le matin même, il avait téléphoné à Joe Biden.", "2024-03-07"),
    ("2024-03-15", "Emmanuel Macron a reçu Olaf Scholz le 7 mars à Paris. La veille au soir, il avait téléphoné à Joe Biden.", "2024-03-06"),
    ("2024-03-15", "Emmanuel Macron a reçu Olaf Scholz le 7 mars à Paris et s'est entretenu le soir même avec Joe Biden au téléphone.", "2024-03-07"),
    # 'trois jours après': after the day told before; 'après l'élection' is after an event
    ("2024-03-12", "Le 5 mars, Joe Biden a reçu Olaf Scholz. Trois jours après, il a téléphoné à Xi Jinping.", "2024-03-08"),
    # the beginning or end of the month ('à la fin du mois dernier')
    ("2024-03-12", "Au début du mois, Joe Biden avait téléphoné à Benjamin Netanyahou.", "2024-03"),
    ("2024-03-12", "À la fin du mois dernier, Joe Biden avait téléphoné à Benjamin Netanyahou.", "2024-02"),
    ("2024-03-12", "Joe Biden a téléphoné à Benjamin Netanyahou à la fin de la semaine dernière.", "2024-03"),
    # a bound before a month's end falls within that month; before a day, it sets none
    ("2024-03-12", "Emmanuel Macron s'entretiendra avec Vladimir Poutine au téléphone avant la fin du mois.", "2024-03"),
    ("2024-02-04", "Justin Trudeau compte appeler Donald Trump avant fin février.", "2024-02"),
    ("2024-02-04", "Olaf Scholz appellera Joe Biden avant le 20 février.", None),
    # bullets of a chronology whose mark the tagger reads as a noun
    ("2024-12-01", "Repères\n• 10 novembre 2024 – Donald Trump appelle Vladimir "
     "Poutine.\n• 14 novembre 2024 – Emmanuel Macron appelle Olaf Scholz.", ['2024-11-10', '2024-11-14']),
    ("2024-12-01", "Repères\n• 10 novembre 2024 – Donald Trump a appelé Vladimir "
     "Poutine.\n• 14 novembre 2024 – Emmanuel Macron a appelé Olaf Scholz.", ['2024-11-10', '2024-11-14']),
])
def test_the_date_of_the_call(parse, published, text, date):
    found = sorted(c.date or "" for c in parse(text, published)._.calls)
    assert found == (sorted(date) if isinstance(date, list) else [date or ""])


@pytest.mark.parametrize("published, text, dates", [
    # a day set in one sentence, the call told one or two sentences later
    ("2024-03-14", "Mardi, Emmanuel Macron était à Bruxelles pour un Conseil européen. Il y a rencontré Olaf "
     "Scholz. Dans la soirée, il s'est entretenu par téléphone avec Joe Biden. Les deux "
     "présidents ont évoqué l'Ukraine.",
     ["2024-03-12"]),
    ("2024-03-18", "Vendredi, Keir Starmer a reçu Olaf Scholz à Londres. Les deux dirigeants ont dîné "
     "ensemble à Downing Street. Plus tard dans la soirée, Keir Starmer a téléphoné à Joe "
     "Biden. Ils ont parlé de l'Otan.",
     ["2024-03-15"]),
    ("2024-03-15", "Mercredi, Giorgia Meloni a présidé une réunion du G7 à Rome. Elle y a défendu l'aide à "
     "l'Ukraine. Le soir, elle a téléphoné à Volodymyr Zelensky. La conversation a duré une "
     "demi-heure.",
     ["2024-03-13"]),
    ("2024-03-15", "Le 7 mars, Olaf Scholz s'est rendu à Washington. Il y a été reçu par Joe Biden à la "
     "Maison Blanche. Le chancelier a ensuite téléphoné à Emmanuel Macron. Les deux hommes ont "
     "parlé de l'Ukraine.",
     ["2024-03-07"]),
    # an earlier call recalled after the one in the news
    ("2024-03-14", "Joe Biden s'est entretenu mercredi par téléphone avec Benjamin Netanyahou. Les deux "
     "dirigeants ont parlé de Gaza pendant quarante minutes. Ils s'étaient déjà parlé le 3 "
     "février.",
     ["2024-02-03", "2024-03-13"]),
    ("2024-03-14", "Emmanuel Macron a téléphoné mercredi à Vladimir Poutine. L'appel a duré deux heures. Leur "
     "dernier échange téléphonique remonte au 3 février.",
     ["2024-02-03", "2024-03-13"]),
    ("2024-03-14", "Olaf Scholz s'est entretenu mardi au téléphone avec Xi Jinping. Il a été question du "
     "commerce. Un premier appel entre les deux dirigeants avait eu lieu début janvier.",
     ["2024-01", "2024-03-12"]),
    # the next call: a plan over next week has no day yet
    ("2024-03-13", "Joe Biden a parlé mardi avec Xi Jinping au téléphone. L'échange a duré une heure. Les "
     "deux dirigeants se reparleront la semaine prochaine.",
     [None, "2024-03-12"]),
    ("2024-03-12", "Emmanuel Macron a téléphoné lundi à Vladimir Poutine. Selon l'Élysée, l'échange a été "
     "franc. Un nouvel échange entre les deux présidents est prévu jeudi.",
     ["2024-03-11", "2024-03-14"]),
    # a dateline, or a line saying when the page appeared, beside metadata giving a month or nothing
    ("2024-03", "KIEV, 4 mars (Reuters) - Volodymyr Zelensky s'est entretenu lundi au téléphone avec "
     "Emmanuel Macron. Les deux présidents ont parlé des livraisons d'armes. La veille, "
     "Volodymyr Zelensky avait parlé avec Rishi Sunak.",
     ["2024-03-03", "2024-03-04"]),
    ("2024-03", "BERLIN, 10 mars (AFP) - Olaf Scholz s'est entretenu dimanche au téléphone avec Volodymyr "
     "Zelensky. Le chancelier avait déjà parlé samedi avec Emmanuel Macron.",
     ["2024-03-09", "2024-03-10"]),
    (None, "Macron appelle Zelensky\nPublié le 04/03/2024 à 18h12\nEmmanuel Macron a téléphoné ce lundi "
     "à Volodymyr Zelensky. Les deux présidents ont parlé de la défense aérienne.",
     ["2024-03-04"]),
    ("2024-03", "Publié le 04/03/2024 à 18h12\nEmmanuel Macron a téléphoné lundi à Volodymyr Zelensky. Il "
     "avait appelé Olaf Scholz samedi.",
     ["2024-03-02", "2024-03-04"]),
    (None, "PARIS, 14 mars (AFP) - Emmanuel Macron s'est entretenu jeudi au téléphone avec Joe Biden.",
     [None]),
    (None, "Scholz et Sánchez se parlent\nAgence du Sud | Publié le 2024-03-12 à 09:41\nOlaf Scholz a téléphoné lundi "
     "à Pedro Sánchez.", ["2024-03-11"]),
    # the stamp in a page's header: a day in full set off by a mark or by the time it was posted at
    ("2024-03", "Biden et Xi font le point\n\nActualités | 2024-03-12 09:41:08\n\nJoe Biden s'est entretenu lundi au "
     "téléphone avec Xi Jinping.", ["2024-03-11"]),
    (None, "Biden et Xi font le point\n\nMONDE 09:41 12.03.2024 (mis à jour 10:05 12.03.2024)\n\nJoe Biden s'est "
     "entretenu lundi au téléphone avec Xi Jinping. Les deux présidents ont parlé de Taïwan.",
     ["2024-03-11"]),
    ("2024-03", "Scholz appelle Zelensky\n\nLa Gazette du Nord | 12.03.2024\n\nOlaf Scholz s'est entretenu dimanche "
     "par téléphone avec Volodymyr Zelensky.",
     ["2024-03-10"]),
    (None, "Meloni et Sunak se parlent\n\nLe Quotidien / le 14 mars 2024 à 07h30\n\nGiorgia Meloni a téléphoné "
     "mercredi à Rishi Sunak. Ils ont évoqué le sommet prévu le 21 mars 2024.",
     ["2024-03-13"]),
    ("2024-03-20", "Scholz appelle Zelensky\n\nLa Gazette du Nord | 12.03.2024\n\nOlaf Scholz s'est entretenu lundi "
     "par téléphone avec Volodymyr Zelensky.",
     ["2024-03-18"]),
    # a headline, a day opening a paragraph for several calls, a night, a weekday with its day and evening
    ("2024-03-13", "Poutine et Xi se sont parlé ce mardi\nVladimir Poutine et Xi Jinping se sont entretenus "
     "mardi soir par téléphone. Les deux présidents ont évoqué l'Ukraine.",
     ["2024-03-12"]),
    ("2024-03-13", "Lundi, Emmanuel Macron a multiplié les contacts. Il a d'abord téléphoné à Volodymyr "
     "Zelensky. Il s'est ensuite entretenu avec Olaf Scholz. En fin de journée, il a appelé Joe "
     "Biden.",
     ["2024-03-11", "2024-03-11", "2024-03-11"]),
    ("2024-03-13", "Dans la nuit de dimanche à lundi, Joe Biden a appelé Benjamin Netanyahou. La conversation "
     "a été tendue. Le président américain a ensuite parlé avec Abdel Fattah al-Sissi.",
     ["2024-03-10", "2024-03-10"]),
    ("2026-03-07", "Emmanuel Macron a téléphoné jeudi 5 mars au soir à Donald Trump. Les deux présidents ont "
     "parlé de l'Iran. Emmanuel Macron avait parlé la veille avec Keir Starmer.",
     ["2026-03-04", "2026-03-05"]),
    ("2024-03-15", "Mardi, Joe Biden a reçu Olaf Scholz. Mercredi, il a téléphoné à Xi Jinping. Il s'est "
     "aussi entretenu avec Emmanuel Macron au téléphone.",
     ["2024-03-13", "2024-03-13"]),
    ("2024-03-14", "Vladimir Poutine s'est entretenu lundi au téléphone avec Recep Tayyip Erdogan. Mardi, il "
     "a parlé avec Xi Jinping.",
     ["2024-03-11", "2024-03-12"]),
    # a day the parser hung on a length told by a round count ('une dizaine de minutes'): the call's
    ("2019-05-23", "Joe Biden s'est entretenu une dizaine de minutes avec Charles Michel mardi après-midi.", ["2019-05-21"]),
    ("2019-05-23", "Joe Biden s'est entretenu une trentaine de minutes avec Charles Michel mardi après-midi.", ["2019-05-21"]),
    # a date set off after the call in the focus of a cleft is the call's; 'au lendemain de' counts the clause's from it
    ("2019-05-23", "C'est au lendemain d'un coup de téléphone avec Recep Tayyip Erdogan, le 14 décembre 2018, que "
     "Donald Trump avait annoncé le retrait des troupes.", ["2018-12-14"]),
    # a day given by an event whose own day the phrase gives
    ("2024-07-20", "Au lendemain du sommet de l'Otan du 10 juillet, Joe Biden a téléphoné à Volodymyr "
     "Zelensky. Ils ont parlé des F-16.",
     ["2024-07-11"]),
    ("2025-01-25", "À la veille de l'investiture, le 19 janvier, Donald Trump s'est entretenu au téléphone "
     "avec Xi Jinping. Les deux dirigeants ont parlé de TikTok.",
     ["2025-01-19"]),
    # calls on days not told ('à plusieurs reprises'), or a habit (no call): no date, not the publication's day
    ("2024-03-12", "Emmanuel Macron a déjà eu Vladimir Poutine au téléphone à plusieurs reprises. Mardi, il a "
     "reçu Olaf Scholz.",
     [None]),
    ("2024-03-12", "Joe Biden et Xi Jinping se parlent régulièrement au téléphone. Les deux présidents se "
     "sont vus en novembre.",
     []),
    ("2024-03-13", "Olaf Scholz a téléphoné mardi à Volodymyr Zelensky. Les deux dirigeants se parlent "
     "souvent, Olaf Scholz ayant déjà eu Volodymyr Zelensky au téléphone à plusieurs reprises.",
     ["2024-03-12"]),
    ("2024-03-13", "Mardi, Giorgia Meloni a reçu Olaf Scholz à Rome. Elle a déjà parlé au téléphone avec Joe "
     "Biden à de nombreuses reprises.",
     [None]),
    # a chronology whose days head their paragraphs, alone on a line: each dates the calls under it up to the next,
    # those that give no day of their own; a heading whose weekday is not its day's heads nothing; a single day
    # alone on a line (a byline's date) is the page's, no heading
    ("2024-03-15", "Chronologie d'une semaine\n\nDimanche 10 mars\nOlaf Scholz téléphone à Emmanuel Macron pour "
     "évoquer l'Ukraine.\n\nMardi 12 mars\nEmmanuel Macron s'entretient avec Joe Biden au téléphone.",
     ["2024-03-10", "2024-03-12"]),
    ("2024-03-15", "Les appels de la semaine\n\nLundi 11 mars :\nJoe Biden a appelé Benjamin Netanyahou pour parler "
     "de Gaza.\n\nLe président américain a aussi évoqué les otages.\n\nJoe Biden a ensuite téléphoné à Abdel Fattah "
     "al-Sissi. Il avait appelé dimanche Mohammed ben Salmane.\n\n13 mars 2024 :\nOlaf Scholz s'est entretenu au "
     "téléphone avec Volodymyr Zelensky.",
     ["2024-03-10", "2024-03-11", "2024-03-11", "2024-03-13"]),
    ("2024-03-15", "Chronologie\n\nJeudi 10 mars\nOlaf Scholz téléphone à Emmanuel Macron.\n\nMardi 12 mars\n"
     "Emmanuel Macron s'entretient avec Joe Biden au téléphone.",
     ["2024-03-15", "2024-03-12"]),
    ("2024-03-15", "Scholz et Macron se parlent\n\nPar Jeanne Martin\n14 mars 2024\n\nOlaf Scholz s'est entretenu "
     "avec Emmanuel Macron au téléphone.",
     ["2024-03-15"]),
    # more of the same kinds
    ("2024-03", "Mis à jour le 6 mars 2024 à 09h30\nGiorgia Meloni s'est entretenue mardi au téléphone avec "
     "Keir Starmer. Les deux dirigeants ont parlé des migrations.",
     ["2024-03-05"]),
    ("2023-09-15", "À la veille du sommet du G20 du 9 septembre, Narendra Modi a téléphoné à Vladimir "
     "Poutine. Ils ont parlé de l'Ukraine.",
     ["2023-09-08"]),
    ("2024-03-12", "Joe Biden a eu Benjamin Netanyahou au téléphone à maintes reprises. Il l'a aussi reçu à "
     "Washington.",
     [None]),
])
def test_the_date_of_each_call_of_a_passage(parse, published, text, dates):
    """Whole passages of four to eight sentences and two to four calls, where a call's day comes
    from elsewhere in the text: a day a sentence before sets, the day an event is said to be, a
    line giving the article's day; and calls on days the text does not tell keep none."""
    found = sorted(c.date or "" for c in parse(text, published)._.calls)
    assert found == sorted(d or "" for d in dates)


def test_days_after_an_event_are_not_counted_from_the_day_told_before(parse):
    """'Trois jours après l'élection': after the election, whose day is not told; not three days
    after the meeting of the sentence before."""
    text = "Emmanuel Macron a reçu Olaf Scholz le 7 mars. Trois jours après l'élection, il a appelé Joe Biden."
    assert [c.date for c in parse(text, "2024-03-15")._.calls] != ["2024-03-10"]


def test_the_end_of_a_month_that_is_no_month_of_the_calendar_is_no_date(parse):
    """'à la fin du mois de ramadan' names no month of the calendar: not the article's month."""
    text = "À la fin du mois de ramadan, Recep Tayyip Erdogan a téléphoné à Vladimir Poutine."
    assert [c.date for c in parse(text, "2024-05-20")._.calls] != ["2024-05"]
