// SPDX-License-Identifier: GPL-2.0-or-later
#include "towndata.h"

#include "demorandom.h"

namespace Ratsmappe::Demo {

SizeParams paramsFor(TownSize size)
{
    switch (size) {
    case TownSize::Small:
        return {5, 0, 2, 5, 7, 3, 5, 16, 10, 6, 6, 1, 2, 24};
    case TownSize::Town:
        return {7, 0, 4, 3, 5, 4, 8, 70, 50, 25, 25, 1, 3, 36};
    case TownSize::Large:
        return {9, 12, 40, 1, 3, 5, 9, 260, 260, 50, 50, 3, 9, 60};
    }
    return paramsFor(TownSize::Town);
}

const QList<QString> townNames = {
    QStringLiteral("Wiesenfeld"),
    QStringLiteral("Lindenbrück"),
    QStringLiteral("Hohenau"),
    QStringLiteral("Talheim am See"),
    QStringLiteral("Kirchberg an der Aue"),
    QStringLiteral("Mühlhausen-Süd"),
    QStringLiteral("Bad Steinfurt"),
    QStringLiteral("Eichenrode"),
};

const QList<QString> committeeNames = {
    QStringLiteral("Haupt- und Finanzausschuss"),
    QStringLiteral("Ausschuss für Stadtentwicklung und Umwelt"),
    QStringLiteral("Bau- und Verkehrsausschuss"),
    QStringLiteral("Ausschuss für Bildung, Kultur und Sport"),
    QStringLiteral("Sozial- und Gesundheitsausschuss"),
    QStringLiteral("Rechnungsprüfungsausschuss"),
    QStringLiteral("Jugendhilfeausschuss"),
    QStringLiteral("Werksausschuss Stadtwerke"),
    QStringLiteral("Ausschuss für Wirtschaft, Digitalisierung und Tourismus"),
};

const QList<QString> placeNames = {
    QStringLiteral("Oberdorf"),
    QStringLiteral("Unterau"),
    QStringLiteral("Kleinhausen"),
    QStringLiteral("Buchenhain"),
    QStringLiteral("Altenweiler"),
    QStringLiteral("Rotbach"),
    QStringLiteral("Grünsfeld"),
    QStringLiteral("Hasselroth"),
    QStringLiteral("Mittelstetten"),
    QStringLiteral("Weißenstein"),
    QStringLiteral("Lerchenberg"),
    QStringLiteral("Sonnenhof"),
};

const QList<QString> factions = {
    QStringLiteral("CDU-Fraktion"),
    QStringLiteral("SPD-Fraktion"),
    QStringLiteral("Fraktion Bündnis 90/Die Grünen"),
    QStringLiteral("FDP-Fraktion"),
    QStringLiteral("Fraktion Freie Wähler"),
    QStringLiteral("Fraktion Die Linke"),
};

const QList<QString> firstNames = {
    QStringLiteral("Anna"),     QStringLiteral("Bernd"),       QStringLiteral("Claudia"),
    QStringLiteral("Dieter"),   QStringLiteral("Elke"),        QStringLiteral("Frank"),
    QStringLiteral("Gabriele"), QStringLiteral("Hans-Jürgen"), QStringLiteral("Ingrid"),
    QStringLiteral("Jörg"),     QStringLiteral("Karin"),       QStringLiteral("Lukas"),
    QStringLiteral("Monika"),   QStringLiteral("Norbert"),     QStringLiteral("Özlem"),
    QStringLiteral("Petra"),    QStringLiteral("Rüdiger"),     QStringLiteral("Sabine"),
    QStringLiteral("Thomas"),   QStringLiteral("Ulrike"),      QStringLiteral("Volker"),
    QStringLiteral("Werner"),   QStringLiteral("Yasemin"),     QStringLiteral("Zoë"),
};

const QList<QString> lastNames = {
    QStringLiteral("Müller"),   QStringLiteral("Schmidt"),    QStringLiteral("Schneider"),
    QStringLiteral("Fischer"),  QStringLiteral("Weber"),      QStringLiteral("Meyer"),
    QStringLiteral("Wagner"),   QStringLiteral("Becker"),     QStringLiteral("Schulz"),
    QStringLiteral("Hoffmann"), QStringLiteral("Schäfer"),    QStringLiteral("Koch"),
    QStringLiteral("Bauer"),    QStringLiteral("Richter"),    QStringLiteral("Klein"),
    QStringLiteral("Wolf"),     QStringLiteral("Schröder"),   QStringLiteral("Neumann"),
    QStringLiteral("Schwarz"),  QStringLiteral("Zimmermann"), QStringLiteral("Krüger"),
    QStringLiteral("Hartmann"), QStringLiteral("Lange"),      QStringLiteral("Yılmaz"),
};

const QList<QString> topics = {
    QStringLiteral("Sanierung der Grundschule Am Markt"),
    QStringLiteral("Bebauungsplan Nr. %1 „Am Mühlenbach“"),
    QStringLiteral("Neubau der Feuerwache Nord"),
    QStringLiteral("Radverkehrskonzept 2030"),
    QStringLiteral("Elternbeiträge für Kindertagesstätten"),
    QStringLiteral("Jahresabschluss der Stadtwerke"),
    QStringLiteral("Beschaffung eines Hilfeleistungslöschfahrzeugs HLF 20"),
    QStringLiteral("Umgestaltung des Marktplatzes"),
    QStringLiteral("Kommunale Wärmeplanung"),
    QStringLiteral("Änderung der Hundesteuersatzung"),
    QStringLiteral("Zuschuss an den TuS %2 e. V."),
    QStringLiteral("Umrüstung der Straßenbeleuchtung auf LED"),
    QStringLiteral("Breitbandausbau in %2"),
    QStringLiteral("Friedhofsgebührensatzung"),
    QStringLiteral("Spielplatzkonzept für %2"),
    QStringLiteral("Schulentwicklungsplan 2026–2031"),
    QStringLiteral("Stellenplan"),
    QStringLiteral("Ausbau der Ganztagsbetreuung an Grundschulen"),
    QStringLiteral("Lärmaktionsplan Stufe 4"),
    QStringLiteral("Sanierung der Brücke an der Mühlenstraße"),
    QStringLiteral("Photovoltaik auf städtischen Dächern"),
    QStringLiteral("Parkraumbewirtschaftung in der Innenstadt"),
    QStringLiteral("Wirtschaftsplan des Eigenbetriebs Abwasser"),
    QStringLiteral("Hochwasserschutz am Mühlbach"),
    QStringLiteral("Einrichtung einer Fahrradstraße in der Goethestraße"),
    QStringLiteral("Ortsumgehung %2"),
    QStringLiteral("Verkehrsberuhigung der Schulstraße in %2"),
    QStringLiteral("Neufassung der Straßenreinigungssatzung"),
    QStringLiteral("Förderprogramm für Dach- und Fassadenbegrünung"),
    QStringLiteral("Barrierefreier Umbau der Bushaltestellen"),
};

const QList<QString> nonPublicTopics = {
    QStringLiteral("Grundstücksangelegenheit Gemarkung %2, Flur %1"),
    QStringLiteral("Personalangelegenheit"),
    QStringLiteral("Vergabe von Bauleistungen: Los %1"),
    QStringLiteral("Stundung einer Gewerbesteuerforderung"),
    QStringLiteral("Vertragsangelegenheit Stadtwerke"),
};

QString pickTopic(Random &random, const QList<QString> &bank)
{
    QString t = random.pick(bank);
    if (t.contains(QLatin1String("%1"))) {
        t = t.arg(random.range(3, 140));
    }
    if (t.contains(QLatin1String("%2"))) {
        t = t.arg(random.pick(placeNames));
    }
    return t;
}

} // namespace Ratsmappe::Demo
