#pragma once

#include "core/api/apiparams.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Springdesk::Ops {

// Where a command came from.
enum class Source : quint8
{
    Gui,
    Cli,
    Import,
};

// How a command ended.
enum class Outcome : quint8
{
    Done, // the server confirmed it
    Failed, // the server refused it, or it could not be sent (message says why)
    VerifiedDone, // the answer was lost; the verification query shows it was carried out
    VerifiedNotDone, // the answer was lost; the verification query shows it was not carried out
    StillUnknown, // the answer was lost and no verification could tell
};

// One line of the operation log: a command Springdesk sent (never the API key; passwords masked).
struct OperationRecord
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Ops::OperationRecord)

public:
    qint64 id = 0;
    QDateTime at; // when it was sent, UTC
    QString profile;
    Source source = Source::Gui;
    QString function; // wire name
    QJsonObject params; // wire names → text (lists as arrays), passwords masked
    Outcome outcome = Outcome::Done;
    QString message; // the error for Failed, what the verification found for the others
    QStringList touched; // the IDs of the objects it created, changed, deleted or linked
    qint64 durationMs = 0;

    static QString sourceName(Source source); // "gui", "cli", "import"
    static std::optional<Source> sourceFromName(QStringView name);
    static QString outcomeName(Outcome outcome); // "done", "failed", "verified-done", …
    static std::optional<Outcome> outcomeFromName(QStringView name);
    // Translated, for people: "done (verified)".
    static QString outcomeText(Outcome outcome);
    // True for Done and VerifiedDone.
    static bool succeeded(Outcome outcome);

    // The parameters as the log keeps them: wire names, encoded values, secrets masked, never `_key`.
    static QJsonObject loggedParams(const Api::ApiParams &params);
    // The IDs a command touches: the values of its ID parameter (and alternatives) and of the
    // member lists it links, from the endpoint table's metadata.
    static QStringList touchedIds(Api::Fn fn, const Api::ApiParams &params);

    bool operator==(const OperationRecord &) const = default;
};

} // namespace Springdesk::Ops
