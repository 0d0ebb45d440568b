// SPDX-License-Identifier: GPL-2.0-or-later
// ratsmappe-probe: the real window with what tests and benchmarks watch it with. Not shipped.
//   --probe-meetings          prints the meetings list's titles once the first sync has ended
//   --probe-scroll FILE_ID    scrolls through a document in the reader and prints one JSON line
//   --probe-step-ms N         the scroll probes' step (default 12)
//   --probe-start             times the start to the first frame and to the start page ready
//   --probe-list-scroll       scrolls the meetings list top to bottom and prints its stalls
//   --probe-pixels N          the list scroll's pixels per step (default 60)
// Everything else (--server, RATSMAPPE_CACHE, RATSMAPPE_PASSWORD, …) as for `ratsmappe`.

#include "gui.h"
#include "listscrollprobe.h"
#include "meetingsprobe.h"
#include "scrollprobe.h"
#include "startprobe.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QElapsedTimer>

#include <memory>

namespace {

class Probes : public Ratsmappe::GuiExtension
{
public:
    explicit Probes(QElapsedTimer sinceMain)
        : m_sinceMain(sinceMain)
    { }

    QList<QCommandLineOption> options() const override
    {
        return {m_meetings, m_scroll, m_step, m_start, m_listScroll, m_pixels};
    }

    void attach(const QCommandLineParser &parser,
                Ratsmappe::CacheController &controller,
                QQuickWindow &window) override
    {
        if (parser.isSet(m_meetings)) {
            m_meetingsProbe = std::make_unique<Ratsmappe::MeetingsProbe>(controller, window);
        }
        if (parser.isSet(m_scroll)) {
            m_scrollProbe = std::make_unique<Ratsmappe::ScrollProbe>(
                controller, window, parser.value(m_scroll), parser.value(m_step).toInt());
        }
        if (parser.isSet(m_start)) {
            m_startProbe = std::make_unique<Ratsmappe::StartProbe>(controller, window, m_sinceMain);
        }
        if (parser.isSet(m_listScroll)) {
            m_listScrollProbe = std::make_unique<Ratsmappe::ListScrollProbe>(
                controller, window, parser.value(m_step).toInt(), parser.value(m_pixels).toInt());
        }
    }

private:
    QCommandLineOption m_meetings{QStringLiteral("probe-meetings")};
    QCommandLineOption m_scroll{QStringLiteral("probe-scroll"), QString(), QStringLiteral("FILE_ID")};
    QCommandLineOption m_step{
        QStringLiteral("probe-step-ms"), QString(), QStringLiteral("N"), QStringLiteral("12")};
    QCommandLineOption m_start{QStringLiteral("probe-start")};
    QCommandLineOption m_listScroll{QStringLiteral("probe-list-scroll")};
    QCommandLineOption m_pixels{
        QStringLiteral("probe-pixels"), QString(), QStringLiteral("N"), QStringLiteral("60")};
    QElapsedTimer m_sinceMain;
    std::unique_ptr<Ratsmappe::MeetingsProbe> m_meetingsProbe;
    std::unique_ptr<Ratsmappe::StartProbe> m_startProbe;
    std::unique_ptr<Ratsmappe::ListScrollProbe> m_listScrollProbe;
    std::unique_ptr<Ratsmappe::ScrollProbe> m_scrollProbe;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    Probes probes(sinceMain);
    return Ratsmappe::runGui(argc, argv, &probes);
}
