// SPDX-License-Identifier: GPL-2.0-or-later
import QtQuick

// What the window showed when it locked, as types and properties rather than pages (the pages
// go: they hold what they read from the cache), so that the same pages open again after the
// unlock: the meeting, the reader at the same page. The same description, as JSON kept in the
// cache, brings the member back where they were after a restart (describe(), reopen()).
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
            },
            PaperPage: {
                module: "org.kde.ratsmappe.papers",
                properties: ["paperId", "serverId"]
            },
            CouncilPage: {
                module: "org.kde.ratsmappe.council",
                properties: []
            },
            OrganizationPage: {
                module: "org.kde.ratsmappe.council",
                properties: ["organizationId", "serverId"]
            },
            PersonPage: {
                module: "org.kde.ratsmappe.council",
                properties: ["personId", "serverId"]
            }
        })
    property var pages: []
    property int currentIndex: 0

    // A QML page's type as its object prints it: "ReaderPage_QMLTYPE_12(0x…)".
    function typeName(page: Item): string {
        const match = String(page).match(/^([A-Za-z]\w*?)(?:_QML(?:TYPE)?_\d+)?\(/);
        return match ? match[1] : "";
    }

    // The pages of \a stack as entries: {kept: page} for the \a kept ones (by reference), else
    // {module, type, properties}; pages of other types are left out.
    function entries(stack: var, kept: var): var {
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
        return recorded;
    }

    // Records the pages of \a stack (the \a kept ones by reference) and empties it.
    function record(stack: var, kept: var): void {
        const recorded = memory.entries(stack, kept);
        memory.pages = recorded;
        memory.currentIndex = Math.max(0, Math.min(stack.currentIndex, recorded.length - 1));
        stack.clear();
    }

    // Where the member is, as JSON for the cache (ids only, never content): the pages of \a stack,
    // the \a kept ones by their name in \a keptNames ({name: page}).
    function describe(stack: var, keptNames: var): string {
        const kept = Object.values(keptNames);
        const pages = memory.entries(stack, kept).map(entry => {
            if (!entry.kept)
                return entry;
            for (const name in keptNames) {
                if (keptNames[name] === entry.kept)
                    return {
                        kept: name
                    };
            }
            return null;
        }).filter(entry => entry !== null);
        return JSON.stringify({
            pages: pages,
            currentIndex: Math.max(0, Math.min(stack.currentIndex, pages.length - 1))
        });
    }

    // Opens the pages \a json (describe()) names in \a stack, the kept ones from \a keptNames.
    // Pages whose type this version does not know, or whose subject is gone, are left out.
    function reopen(stack: var, json: string, keptNames: var): bool {
        let place;
        try {
            place = JSON.parse(json);
        } catch (e) {
            return false;
        }
        if (!place || !Array.isArray(place.pages) || place.pages.length === 0)
            return false;
        const recorded = [];
        for (const entry of place.pages) {
            if (entry && typeof entry.kept === "string" && keptNames[entry.kept])
                recorded.push({
                    kept: keptNames[entry.kept]
                });
            else if (entry && memory.known[entry.type] && memory.known[entry.type].module === entry.module)
                recorded.push(entry);
        }
        if (recorded.length === 0)
            return false;
        memory.pages = recorded;
        memory.currentIndex = Number.isInteger(place.currentIndex) ? place.currentIndex : 0;
        memory.restore(stack);
        return true;
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
