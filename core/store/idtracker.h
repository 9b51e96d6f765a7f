#pragma once

#include "core/api/endpoints.h"
#include "core/store/idtrackjob.h"
#include "core/store/knownidregistry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace Springdesk::Api {
class ApiClient;
class ApiJob;
} // namespace Springdesk::Api

namespace Springdesk::Store {

// "Track group…": adds an ID the API cannot list to the known-ID registry by hand, after asking
// the server whether it exists. Existence checks per kind:
//   group             groupExists (result false: does not exist)
//   access-code group accessCodeGroupExists (result false: does not exist)
//   bookable event    getBookableEventSubscriptions (404: does not exist), as the sync does;
//                     the API has no eventExists for bookable events (eventExists is for
//                     calendar items)
//   subenvironment, content library: the API offers no check; the ID is recorded unchecked
//                     (state Unknown) and the result says so (TrackedUnchecked).
// An ID that exists is recorded with source TrackedByHand and marked Exists in one transaction;
// one that does not, or whose check failed, leaves the registry untouched.
// Use it from the thread that owns both `db` and `client`. Only the connection's name is kept
// (the connection is looked up when the answer comes), so the owner may close it at any time:
// a result that arrives afterwards is a StoreFailed.
class IdTracker final : public QObject
{
    Q_OBJECT

public:
    // Neither is owned; the client must outlive the jobs started here.
    IdTracker(QSqlDatabase db, Api::ApiClient *client, QObject *parent = nullptr);

    // The call that checks whether an ID of `kind` exists; nullopt when the API has none.
    static std::optional<Api::Fn> existenceCheck(KnownId::Kind kind);
    // A translated reason why `externalId` cannot be an ID (empty, spaces around it, a slash, a
    // control character); empty when it can.
    static QString validateId(const QString &externalId);
    // Translated, lower case, for messages: "group", "access-code group", …
    static QString kindNoun(KnownId::Kind kind);

    // Test seam: the time written to the registry (default: the current UTC time).
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // Checks and records one ID. The job finishes exactly once, later, with the result.
    IdTrackJob *track(KnownId::Kind kind, const QString &externalId);
    // "Stop tracking": removes the entry. An InvalidArgument error when it is not in the registry.
    StoreError forget(KnownId::Kind kind, const QString &externalId);

private:
    // The ID does not exist: nothing recorded, a known entry marked Missing.
    TrackResult notFound(KnownId::Kind kind, const QString &externalId) const;
    TrackResult record(KnownId::Kind kind, const QString &externalId, bool checked) const;
    TrackResult answer(KnownId::Kind kind, const QString &externalId, const Api::ApiJob *job) const;

    QSqlDatabase database() const;

    QString m_connectionName;
    Api::ApiClient *m_client;
    std::function<QDateTime()> m_now;
};

} // namespace Springdesk::Store
