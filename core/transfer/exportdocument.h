#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace Springdesk::Transfer {

// What an exported file says about itself: the XLSX document properties and "About" sheet.
struct ExportDocument
{
    QString title; // the report's (translated) title, e.g. "Users"
    QString profile; // the connection profile (or URL) the data comes from
    QDateTime asOf; // when the cache last had a complete picture; invalid when unknown
    QDateTime exportedAt; // set by the writer when invalid
    QList<std::pair<QString, QString>> filters; // (label, value), translated, e.g. ("Course", "CRS-0001")
};

} // namespace Springdesk::Transfer
