// SPDX-License-Identifier: GPL-2.0-or-later
// ratsmappe-probe: the real window with what tests and benchmarks watch it with. Not shipped.
//   --probe-meetings          prints the meetings list's titles once the first sync has ended
//   --probe-scroll FILE_ID    scrolls through a document in the reader and prints one JSON line
//   --probe-step-ms N         the scroll probe's step (default 12)
// Everything else (--server, RATSMAPPE_CACHE, RATSMAPPE_PASSWORD, …) as for `ratsmappe`.

#include "gui.h"
#include "meetingsprobe.h"
#include "scrollprobe.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

namespace {

class Probes : public Ratsmappe::GuiExtension
{
public:
    QList<QCommandLineOption> options() const override { return {m_meetings, m_scroll, m_step}; }

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
    }

private:
    QCommandLineOption m_meetings{QStringLiteral("probe-meetings")};
    QCommandLineOption m_scroll{QStringLiteral("probe-scroll"), QString(), QStringLiteral("FILE_ID")};
    QCommandLineOption m_step{
        QStringLiteral("probe-step-ms"), QString(), QStringLiteral("N"), QStringLiteral("12")};
    std::unique_ptr<Ratsmappe::MeetingsProbe> m_meetingsProbe;
    std::unique_ptr<Ratsmappe::ScrollProbe> m_scrollProbe;
};

} // namespace

int main(int argc, char *argv[])
{
    Probes probes;
    return Ratsmappe::runGui(argc, argv, &probes);
}
