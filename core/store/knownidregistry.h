#pragma once

#include "core/store/storeerror.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Springdesk::Store {

// An ID of something the API cannot list. Entries are never silently dropped: a refresh marks
// them Missing (the server said it does not exist; it may come back) or Deleted (Springdesk
// deleted it); only forget() removes an entry, on the user's explicit request.
struct KnownId
{
    enum class Kind
    {
        Group,
        AccessCodeGroup,
        BookableEvent,
        Subenvironment,
        ContentLibrary,
    };
    enum Source : int
    {
        Created = 1 << 0, // created through Springdesk
        Referenced = 1 << 1, // named in another answer (a course's teacherGroup, a subscription's reseller…)
        Imported = 1 << 2, // from an import file
        TrackedByHand = 1 << 3, // "Track group…"
    };
    enum class State
    {
        Unknown, // never checked
        Exists,
        Missing, // the last existence check said it does not exist (stale)
        Deleted, // deleted through Springdesk
    };

    Kind kind = Kind::Group;
    QString externalId;
    int sources = 0; // Source bits
    State state = State::Unknown;
    QDateTime firstSeen;
    QDateTime lastSeen; // last time it was seen to exist or was referenced
    QDateTime lastChecked; // last existence check, invalid when never
    QDateTime missingSince; // invalid unless Missing
    QString note;
};

// All SQL of the known-ID registry (table known_ids). Use it from the thread that owns `db`.
class KnownIdRegistry final
{
public:
    explicit KnownIdRegistry(QSqlDatabase db);

    static QString kindName(KnownId::Kind kind);
    static std::optional<KnownId::Kind> kindFromName(const QString &name);
    static QString stateName(KnownId::State state);

    // Adds the ID or, when known, adds `source` and updates last_seen. A Missing entry that is
    // seen again (created, referenced, tracked) goes back to Unknown until the next check; a
    // Deleted one becomes Unknown only when Springdesk created it again.
    StoreError record(KnownId::Kind kind, const QString &externalId, KnownId::Source source, const QDateTime &now);
    // The same for many IDs in one transaction (references found during a sync).
    StoreError recordAll(
        KnownId::Kind kind, const QStringList &externalIds, KnownId::Source source, const QDateTime &now);
    // Stores the result of an existence check (groupExists, accessCodeGroupExists, …).
    StoreError markChecked(KnownId::Kind kind, const QString &externalId, bool exists, const QDateTime &now);
    // Springdesk deleted it on the server.
    StoreError markDeleted(KnownId::Kind kind, const QString &externalId, const QDateTime &now);
    StoreError setNote(KnownId::Kind kind, const QString &externalId, const QString &note);
    // Removes the entry: only on the user's explicit request ("Stop tracking").
    StoreError forget(KnownId::Kind kind, const QString &externalId);

    std::optional<KnownId> entry(KnownId::Kind kind, const QString &externalId, StoreError *error = nullptr) const;
    // Entries of a kind ordered by ID; all states unless `states` is given.
    QList<KnownId> entries(
        KnownId::Kind kind, const QList<KnownId::State> &states = {}, StoreError *error = nullptr) const;

private:
    QSqlDatabase m_db;
};

} // namespace Springdesk::Store
