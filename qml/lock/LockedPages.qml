// SPDX-License-Identifier: GPL-2.0-or-later
import QtQuick

// What the window showed when it locked, as types and properties rather than pages (the pages
// go: they hold what they read from the cache), so that the same pages open again after the
// unlock: the meeting, the reader at the same page.
QtObject {
    id: memory

    // Pages the window opens on top of the kept ones, their modules and the properties that
    // say what they show.
    readonly property var known: ({
            ReaderPage: {
                module: "org.kde.ratsmappe.reader",
                properties: ["fileId", "serverId", "dark", "singlePage"]
            },
            MeetingPage: {
                module: "org.kde.ratsmappe.meetings",
                properties: ["meetingId", "serverId", "meetingName", "when"]
            },
            AnnotationListPage: {
                module: "org.kde.ratsmappe.annotations",
                properties: ["meetingId", "serverId", "meetingName"]
            },
            AttentionPage: {
                module: "org.kde.ratsmappe.annotations",
                properties: ["annotationId"]
            },
            PacketPage: {
                module: "org.kde.ratsmappe.packets",
                properties: ["meetingId", "serverId", "meetingName"]
            }
        })
    property var pages: []
    property int currentIndex: 0

    // A QML page's type as its object prints it: "ReaderPage_QMLTYPE_12(0x…)".
    function typeName(page: Item): string {
        const match = String(page).match(/^([A-Za-z]\w*?)(?:_QML(?:TYPE)?_\d+)?\(/);
        return match ? match[1] : "";
    }

    // Records the pages of \a stack (the \a kept ones by reference) and empties it.
    function record(stack: var, kept: var): void {
        const recorded = [];
        for (let i = 0; i < stack.depth; ++i) {
            const page = stack.get(i);
            if (kept.indexOf(page) >= 0) {
                recorded.push({
                    kept: page
                });
                continue;
            }
            const type = memory.typeName(page);
            const kind = memory.known[type];
            if (!kind)
                continue;
            const properties = {};
            for (const name of kind.properties)
                properties[name] = page[name];
            if (type === "ReaderPage") {
                properties.startPage = page.currentPage;
                page.savePosition(); // while the cache is still open
            }
            recorded.push({
                module: kind.module,
                type: type,
                properties: properties
            });
        }
        memory.pages = recorded;
        memory.currentIndex = Math.max(0, Math.min(stack.currentIndex, recorded.length - 1));
        stack.clear();
    }

    // Opens the recorded pages again in \a stack; new ones are parented to it, as the window
    // parents its pages.
    function restore(stack: var): void {
        const recorded = memory.pages;
        memory.pages = [];
        stack.clear();
        for (const entry of recorded) {
            const page = entry.kept ? entry.kept : Qt.createComponent(entry.module, entry.type).createObject(stack, entry.properties);
            if (page)
                stack.push(page);
        }
        if (stack.depth > 0)
            stack.currentIndex = Math.min(memory.currentIndex, stack.depth - 1);
    }
}
