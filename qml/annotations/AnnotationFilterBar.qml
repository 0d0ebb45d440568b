// SPDX-License-Identifier: GPL-2.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import org.kde.kirigami as Kirigami

// The filters of an annotation list: type, colour, needs attention.
Flow {
    id: root

    required property AnnotationListModel model

    readonly property var types: ["", "highlight", "underline", "strikeout", "squiggly", "ink", "note", "freetext", "rectangle", "arrow"]
    readonly property var colors: ["", "#fdbc4b", "#8ee07a", "#7cc3f0", "#f49ac1", "#f67400", "#da4453", "#2980b9", "#27ae60", "#232629"]

    spacing: Kirigami.Units.smallSpacing

    AnnotationTools {
        id: names
    }

    QQC2.ComboBox {
        objectName: "annotationTypeFilter"
        model: root.types.map(type => type.length > 0 ? root.model.typeName(type) : qsTr("All types"))
        currentIndex: Math.max(0, root.types.indexOf(root.model.type))
        onActivated: index => root.model.type = root.types[index]
    }

    QQC2.ComboBox {
        objectName: "annotationColorFilter"
        model: root.colors.map(color => color.length > 0 ? names.colorName(color) : qsTr("All colours"))
        currentIndex: Math.max(0, root.colors.indexOf(root.model.color))
        onActivated: index => root.model.color = root.colors[index]
    }

    QQC2.Switch {
        text: qsTr("Needs attention")
        checked: root.model.needsAttentionOnly
        onToggled: root.model.needsAttentionOnly = checked
    }
}
