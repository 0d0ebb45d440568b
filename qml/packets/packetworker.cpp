// SPDX-License-Identifier: GPL-2.0-or-later
#include "packetworker.h"

#include "database.h"
#include "documentstore.h"
#include "packetstore.h"
#include "storeerror.h"

namespace Ratsmappe {

using namespace Packets;

namespace {

// Read and written a piece at a time: a packet of a long meeting is hundreds of megabytes.

} // namespace

PacketWorker::PacketWorker(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{ }

PacketWorker::~PacketWorker() = default;

PacketState PacketWorker::readState(const QString &meetingId, const QString &serverId)
{
    PacketState state;
    PacketStore store(*m_db);
    const auto meeting = store.meeting(meetingId, serverId);
    if (!meeting) {
        return state;
    }
    state.found = true;
    state.serverId = meeting->serverId;
    state.meetingName = meeting->name;
    state.meetingStart = meeting->start;
    std::optional<Plan> plan;
    for (const Edition edition : {Edition::Member, Edition::Public}) {
        const QString name = editionName(edition);
        const auto packet = store.packet(state.serverId, meetingId, name);
        if (!packet) {
            continue;
        }
        PacketState::Stored stored{packet->fileId, packet->built};
        if (const auto version = DocumentStore(*m_db).currentVersion(packet->fileId, state.serverId)) {
            stored.bytes = version->size;
        }
        // The packet kept here, not only the last one built anywhere (the command line may have
        // built and issued a newer one): is it still what the cache holds?
        if (const auto layout = Manifest::fromJson(packet->manifest)) {
            stored.pages = layout->pagesIn(edition);
            stored.supplements = layout->supplements;
            if (!plan) {
                plan = readPlan(*m_db, meetingId, state.serverId);
            }
            stored.outdated = plan && Packets::check(*plan, *layout).outdated;
        }
        state.packets.insert(name, stored);
    }
    if (const auto issued = store.issuedManifest(state.serverId, meetingId)) {
        state.issued = true;
        if (const auto manifest = Manifest::fromJson(*issued)) {
            state.issuedBuilt = manifest->built;
        }
    }
    return state;
}

PacketWorker::CheckOutcome PacketWorker::check(const QString &meetingId, const QString &serverId)
{
    CheckOutcome outcome;
    try {
        outcome.state = readState(meetingId, serverId);
        if (!outcome.state.found) {
            outcome.error = tr("This meeting is not in the cache (any more).");
            return outcome;
        }
        PacketBuilder builder(*m_db);
        outcome.report = builder.check(meetingId, outcome.state.serverId);
    } catch (const StoreError &e) {
        outcome.error = e.message();
    }
    return outcome;
}

PacketWorker::BuildOutcome PacketWorker::build(const QString &meetingId,
                                               const QString &serverId,
                                               const BuildOptions &options,
                                               const std::atomic<bool> &stop,
                                               const std::function<void(int, int)> &progress)
{
    BuildOutcome outcome;
    try {
        PacketBuilder builder(*m_db);
        builder.onProgress = progress;
        builder.shouldStop = [&stop] {
            return stop.load();
        };
        outcome.result = builder.buildIntoCache(meetingId, serverId, options);
        // The stored packet is now the one the check compares with: the page shows it current.
        outcome.report = outcome.result.ok() ? builder.check(meetingId, serverId) : outcome.result.report;
        outcome.state = readState(meetingId, serverId);
    } catch (const StoreError &e) {
        outcome.result.error = e.message();
    }
    return outcome;
}

PacketWorker::SaveOutcome PacketWorker::save(const QString &meetingId,
                                             const QString &serverId,
                                             const QString &edition,
                                             const QString &path)
{
    SaveOutcome outcome;
    try {
        outcome.state = readState(meetingId, serverId);
        const auto stored = outcome.state.packets.value(edition);
        if (stored.fileId.isEmpty()) {
            outcome.error = tr("No packet of this edition has been built yet.");
            return outcome;
        }
        outcome.error = copyOut(stored.fileId, outcome.state.serverId, path);
        if (!outcome.error.isEmpty()) {
            return outcome;
        }
        // Saved where the member chose: those page numbers are out in the world now, and the
        // next build keeps them.
        if (!PacketBuilder(*m_db).issueStored(meetingId, outcome.state.serverId, edition)) {
            outcome.error = tr("The packet was saved, but its page numbers could not be recorded as issued.");
        }
        outcome.state = readState(meetingId, serverId);
    } catch (const StoreError &e) {
        outcome.error = e.message();
    }
    return outcome;
}

QString PacketWorker::copyOut(const QString &fileId, const QString &serverId, const QString &path)
{
    DocumentStore documents(*m_db);
    const auto version = documents.currentVersion(fileId, serverId);
    if (!version) {
        return tr("The packet is no longer in the cache. Build it again.");
    }
    return documents.saveCopy(version->id, path);
}

} // namespace Ratsmappe
