// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// The demo PDFs' randomness and word banks: plausible German administrative text.

#include <QtGlobal>

#include <array>
#include <cstddef>

namespace Ratsmappe::Demo::Pdf {

// --- Randomness: splitmix64, the same numbers on every platform and library version ---

class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    /// In [0, n); n > 0.
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    /// In [lo, hi].
    int range(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T, std::size_t N>
    const T &pick(const std::array<T, N> &items)
    {
        return items[static_cast<std::size_t>(below(static_cast<int>(N)))];
    }

private:
    quint64 m_state;
};

// --- German administrative text ---

inline constexpr std::array kOpeners = {
    "Im Rahmen der Haushaltskonsolidierung",
    "Nach eingehender Prüfung durch die Fachverwaltung",
    "Aufgrund der gestiegenen Baukosten",
    "Gemäß § 41 Abs. 1 GO NRW",
    "Vor dem Hintergrund des demografischen Wandels",
    "Entsprechend dem Beschluss des Rates vom 14.03.2024",
    "Zur Sicherstellung der Verkehrssicherheit",
    "Im Vergleich zum Vorjahr",
    "Nach Rücksprache mit der Bezirksregierung",
    "Unter Berücksichtigung der Förderrichtlinien des Landes",
    "Im Anschluss an die Bürgerversammlung",
    "Seit Inkrafttreten der neuen Satzung",
};
inline constexpr std::array kSubjects = {
    "die Verwaltung",
    "der Fachbereich Tiefbau",
    "das Amt für Schule und Sport",
    "die Gebäudewirtschaft",
    "der Ausschuss für Bildung und Soziales",
    "die Kämmerei",
    "das Ordnungsamt",
    "der Eigenbetrieb Stadtentwässerung",
    "die Wirtschaftsförderung",
    "das Jugendamt",
    "die Stabsstelle Klimaschutz",
    "das Bürgerbüro",
};
struct Predicate
{
    const char *verb;
    const char *rest;
};
inline constexpr std::array kPredicates = {
    Predicate{"prüft", "derzeit die Sanierung der Straße „Am Mühlenbach“"},
    Predicate{"empfiehlt", "die Umsetzung der Maßnahme in zwei Bauabschnitten"},
    Predicate{"plant", "die Erweiterung des Offenen Ganztags um zwei Gruppen"},
    Predicate{"beabsichtigt", "die Ausschreibung noch im laufenden Haushaltsjahr zu veröffentlichen"},
    Predicate{"hat", "die Kostenschätzung auf Grundlage aktueller Baupreisindizes fortgeschrieben"},
    Predicate{"stellt", "die erforderlichen Mittel im Haushaltsplanentwurf 2026 bereit"},
    Predicate{"sieht", "weiteren Abstimmungsbedarf mit den Anliegern der Hauptstraße"},
    Predicate{"erwartet", "Mehraufwendungen von rund 8 % gegenüber der ursprünglichen Planung"},
    Predicate{"bewertet", "die vorliegenden Angebote nach Wirtschaftlichkeit und Nachhaltigkeit"},
    Predicate{"schlägt", "eine Verlängerung der Förderung um weitere drei Jahre vor"},
    Predicate{"begleitet", "die Umgestaltung des Schulhofs in enger Abstimmung mit der Schulleitung"},
    Predicate{"weist", "darauf hin, dass eine Änderung des Bebauungsplans erforderlich ist"},
    Predicate{"koordiniert", "die Maßnahmen zur Barrierefreiheit an öffentlichen Gebäuden"},
    Predicate{"berichtet", "über den Stand der Arbeiten an der Brücke über die Wiese"},
    Predicate{"überprüft", "die Gebührenkalkulation für die Abfallbeseitigung"},
};
inline constexpr std::array kStandalone = {
    "Die Maßnahme ist im Investitionsprogramm unter der Nummer 5.012 veranschlagt.",
    "Eine Beteiligung der Öffentlichkeit hat bereits stattgefunden.",
    "Über die weitere Entwicklung wird die Verwaltung im Fachausschuss berichten.",
    "Die Maßnahme trägt zur Erreichung der Klimaschutzziele der Stadt bei.",
    "Größere Beeinträchtigungen des Straßenverkehrs sind nicht zu erwarten.",
    "Die Zustimmung der Gleichstellungsbeauftragten liegt vor.",
    "Der Seniorenbeirat und der Behindertenbeirat wurden beteiligt.",
    "Auswirkungen auf den Stellenplan ergeben sich nicht.",
    "Die Haushaltsmittel stehen unter dem Vorbehalt der Genehmigung durch die Aufsichtsbehörde.",
    "Eine Kosten-Nutzen-Betrachtung ist als Anlage beigefügt.",
    "Alternativen wurden geprüft und sind in der Begründung dargestellt.",
    "Die Bauzeit beträgt voraussichtlich vierzehn Monate.",
};
inline constexpr std::array kResolutions = {
    "die Sanierung der Grundschule Am Markt auf Grundlage der vorgelegten Entwurfsplanung",
    "die Umsetzung der Maßnahme in zwei Bauabschnitten",
    "die Änderung der Straßenreinigungssatzung in der als Anlage beigefügten Fassung",
    "die überplanmäßige Bereitstellung der erforderlichen Haushaltsmittel",
    "die Fortschreibung des Klimaschutzkonzepts wie in der Begründung dargestellt",
    "die Vergabe der Planungsleistungen an das wirtschaftlichste Angebot",
    "den Abschluss der Vereinbarung mit dem Kreis über die Schülerbeförderung",
};
inline constexpr std::array kCostItems = {
    "Baustelleneinrichtung",
    "Erdarbeiten und Entwässerung",
    "Rohbauarbeiten",
    "Dachabdichtung und Wärmedämmung",
    "Fenster und Außentüren",
    "Heizungs- und Lüftungsanlage",
    "Elektroinstallation",
    "Sanitärinstallation",
    "Innenausbau und Bodenbeläge",
    "Außenanlagen und Straßenanschluss",
    "Planungs- und Ingenieurleistungen",
    "Brandschutzmaßnahmen",
    "Ausstattung und Möblierung",
    "Unvorhergesehenes (ca. 10 %)",
};
inline constexpr std::array kOffices = {
    "Fachbereich 2 – Finanzen",
    "Fachbereich 4 – Schule, Kultur und Sport",
    "Fachbereich 5 – Jugend und Soziales",
    "Fachbereich 6 – Planen, Bauen, Umwelt",
    "Amt 66 – Straßen und Verkehr",
    "Zentrale Gebäudewirtschaft",
};
inline constexpr std::array kBodies = {
    "Ausschuss für Bildung und Soziales",
    "Haupt- und Finanzausschuss",
    "Ausschuss für Stadtentwicklung und Umwelt",
    "Bezirksvertretung Nord",
    "Rat der Stadt",
    "Jugendhilfeausschuss",
};
inline constexpr std::array kSurnames = {
    "Müller",
    "Schäfer",
    "Köhler",
    "Groß",
    "Weiß",
    "Krüger",
    "Böhm",
    "Jäger",
    "Schröder",
    "Hoffmann",
    "Bäcker",
    "Özdemir",
    "Lange",
    "Fuß",
    "Wagner",
    "Kühn",
    "Schulz",
    "Brückner",
};
inline constexpr std::array kFirstNames = {
    "Anna",
    "Jürgen",
    "Sören",
    "Katharina",
    "Björn",
    "Petra",
    "Günther",
    "Leonie",
    "Maximilian",
    "Jörg",
    "Claudia",
    "Hüseyin",
    "Renate",
    "Matthias",
};
inline constexpr std::array kGroups = {"CDU", "SPD", "GRÜNE", "FDP", "Die Linke", "Freie Wähler"};

struct Area
{
    const char *name;
    std::array<const char *, 6> products;
};
inline constexpr std::array kAreas = {
    Area{"Innere Verwaltung",
         {"Verwaltungssteuerung",
          "Personalservice",
          "Finanzmanagement",
          "Informationstechnik",
          "Gebäudemanagement",
          "Bürgerservice"}},
    Area{"Sicherheit und Ordnung",
         {"Ordnungsangelegenheiten",
          "Gewerbeangelegenheiten",
          "Brandschutz",
          "Rettungsdienst",
          "Personenstandswesen",
          "Verkehrsüberwachung"}},
    Area{"Schulträgeraufgaben",
         {"Grundschulen",
          "Gesamtschulen",
          "Gymnasien",
          "Förderschulen",
          "Schülerbeförderung",
          "Offene Ganztagsschule"}},
    Area{"Kultur und Wissenschaft",
         {"Stadtbücherei",
          "Musikschule",
          "Museum im Schloß",
          "Volkshochschule",
          "Kulturförderung",
          "Stadtarchiv"}},
    Area{"Soziale Leistungen",
         {"Grundsicherung im Alter",
          "Hilfe zum Lebensunterhalt",
          "Leistungen für Asylbewerber",
          "Wohngeld",
          "Seniorenarbeit",
          "Betreuungsangelegenheiten"}},
    Area{"Kinder-, Jugend- und Familienhilfe",
         {"Kindertagesbetreuung",
          "Jugendarbeit",
          "Hilfen zur Erziehung",
          "Unterhaltsvorschuss",
          "Familienbüro",
          "Jugendgerichtshilfe"}},
    Area{"Gesundheitsdienste",
         {"Gesundheitsschutz",
          "Schulgesundheitspflege",
          "Infektionsschutz",
          "Sozialpsychiatrischer Dienst",
          "Gesundheitsförderung",
          "Betreuung Pflegeheime"}},
    Area{"Sportförderung",
         {"Sportstätten",
          "Hallenbad Wiesenfeld",
          "Sportförderung der Vereine",
          "Freibad am Mühlenteich",
          "Sportentwicklungsplanung",
          "Bewegungsräume"}},
    Area{"Räumliche Planung und Entwicklung",
         {"Stadtplanung",
          "Bauleitplanung",
          "Vermessung und Geoinformation",
          "Denkmalschutz",
          "Stadterneuerung",
          "Wohnungsbauförderung"}},
    Area{"Bauen und Wohnen",
         {"Bauaufsicht",
          "Wohnraumversorgung",
          "Städtische Wohnungen",
          "Obdachlosenunterkünfte",
          "Baulasten",
          "Bauberatung"}},
    Area{"Ver- und Entsorgung",
         {"Abwasserbeseitigung",
          "Abfallwirtschaft",
          "Straßenreinigung",
          "Winterdienst",
          "Wasserversorgung",
          "Energieversorgung"}},
    Area{"Verkehrsflächen und -anlagen, ÖPNV",
         {"Gemeindestraßen",
          "Brücken und Tunnel",
          "Straßenbeleuchtung",
          "Parkeinrichtungen",
          "Radverkehr",
          "Öffentlicher Personennahverkehr"}},
    Area{"Natur- und Landschaftspflege",
         {"Öffentliches Grün",
          "Friedhöfe",
          "Stadtwald",
          "Gewässerunterhaltung",
          "Spielplätze",
          "Naturschutz"}},
    Area{"Umweltschutz",
         {"Klimaschutz",
          "Lärmminderung",
          "Bodenschutz",
          "Umweltberatung",
          "Luftreinhaltung",
          "Klimaanpassung"}},
    Area{"Wirtschaft und Tourismus",
         {"Wirtschaftsförderung",
          "Märkte",
          "Tourismus",
          "Stadtmarketing",
          "Gewerbeflächen",
          "Innenstadtmanagement"}},
    Area{"Allgemeine Finanzwirtschaft",
         {"Steuern und Abgaben",
          "Allgemeine Zuweisungen",
          "Umlagen",
          "Zinsen und Kredite",
          "Beteiligungen",
          "Sonstige Finanzwirtschaft"}},
    Area{"Stiftungen",
         {"Bürgerstiftung",
          "Stiftung Altes Rathaus",
          "Sozialstiftung",
          "Kulturstiftung",
          "Sportstiftung",
          "Umweltstiftung"}},
};
inline constexpr std::array kDistricts = {
    "Altstadt", "Nord", "Süd", "Mühlenhof", "Eichenbrück", "Weißenfeld", "Lindenau", "Bärenbach"};
inline constexpr std::array kIncome = {
    "Steuern und ähnliche Abgaben",
    "Zuwendungen und allgemeine Umlagen",
    "Sonstige Transfererträge",
    "Öffentlich-rechtliche Leistungsentgelte",
    "Privatrechtliche Leistungsentgelte",
    "Kostenerstattungen und Kostenumlagen",
    "Sonstige ordentliche Erträge",
    "Aktivierte Eigenleistungen",
};
inline constexpr std::array kExpenses = {
    "Personalaufwendungen",
    "Versorgungsaufwendungen",
    "Aufwendungen für Sach- und Dienstleistungen",
    "Bilanzielle Abschreibungen",
    "Transferaufwendungen",
    "Sonstige ordentliche Aufwendungen",
};
inline constexpr std::array kTopics = {
    "Sanierung der Grundschule Am Markt",
    "Neubau der Kindertagesstätte Lindenau",
    "Radverkehrskonzept 2030",
    "Änderung der Straßenreinigungssatzung",
    "Bebauungsplan Nr. 112 „Mühlenhof Süd“",
    "Zuschuss an den Heimatverein Weißenfeld e. V.",
    "Fortschreibung des Klimaschutzkonzepts",
    "Erneuerung der Straßenbeleuchtung in der Altstadt",
    "Gebührenbedarfsberechnung Abfall 2026",
    "Bericht über die Umsetzung des Digitalpakts Schule",
    "Anfrage der Fraktion GRÜNE zur Hitzeschutzplanung",
    "Mitteilungen der Verwaltung",
};

} // namespace Ratsmappe::Demo::Pdf
