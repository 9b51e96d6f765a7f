#include "core/store/idtracker.h"

#include "core/api/apiclient.h"
#include "core/store/sqlhelpers.h"
#include "core/store/storelogging.h"

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

namespace {

using Outcome = TrackResult::Outcome;

TrackResult resultOf(KnownId::Kind kind, const QString &externalId, Outcome outcome, QString message)
{
    TrackResult r;
    r.kind = kind;
    r.externalId = externalId;
    r.outcome = outcome;
    r.message = std::move(message);
    return r;
}

QString trackedText(KnownId::Kind kind, const QString &id)
{
    switch (kind) {
    case KnownId::Kind::Group:
        return IdTracker::tr("Group “%1” exists on the server and is tracked now.").arg(id);
    case KnownId::Kind::AccessCodeGroup:
        return IdTracker::tr("Access-code group “%1” exists on the server and is tracked now.").arg(id);
    case KnownId::Kind::BookableEvent:
        return IdTracker::tr("Event “%1” exists on the server and is tracked now.").arg(id);
    case KnownId::Kind::Subenvironment:
        return IdTracker::tr("Subenvironment “%1” is tracked now, unchecked: the API offers no way to check "
                             "whether a subenvironment exists.")
            .arg(id);
    case KnownId::Kind::ContentLibrary:
        return IdTracker::tr("Content library “%1” is tracked now, unchecked: the API offers no way to check "
                             "whether a content library exists.")
            .arg(id);
    }
    Q_UNREACHABLE();
    return {};
}

QString missingText(KnownId::Kind kind, const QString &id)
{
    switch (kind) {
    case KnownId::Kind::Group:
        return IdTracker::tr("Group “%1” does not exist on the server; it was not tracked.").arg(id);
    case KnownId::Kind::AccessCodeGroup:
        return IdTracker::tr("Access-code group “%1” does not exist on the server; it was not tracked.").arg(id);
    case KnownId::Kind::BookableEvent:
        return IdTracker::tr("Event “%1” does not exist on the server; it was not tracked.").arg(id);
    case KnownId::Kind::Subenvironment:
    case KnownId::Kind::ContentLibrary:
        break; // never checked
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace

IdTracker::IdTracker(QSqlDatabase db, Api::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_connectionName(db.connectionName())
    , m_client(client)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    Q_ASSERT(m_client);
}

QSqlDatabase IdTracker::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::optional<Api::Fn> IdTracker::existenceCheck(KnownId::Kind kind)
{
    switch (kind) {
    case KnownId::Kind::Group:
        return Api::Fn::GroupExists;
    case KnownId::Kind::AccessCodeGroup:
        return Api::Fn::AccessCodeGroupExists;
    case KnownId::Kind::BookableEvent:
        return Api::Fn::GetBookableEventSubscriptions;
    case KnownId::Kind::Subenvironment:
    case KnownId::Kind::ContentLibrary:
        return std::nullopt;
    }
    Q_UNREACHABLE();
    return std::nullopt;
}

QString IdTracker::validateId(const QString &externalId)
{
    if (externalId.trimmed().isEmpty())
        return tr("The ID is empty.");
    if (externalId.trimmed() != externalId)
        return tr("The ID “%1” starts or ends with a space.").arg(externalId);
    if (externalId.contains(u'/'))
        return tr("The ID “%1” contains a slash, which no ID of the API can hold.").arg(externalId);
    for (const QChar c : externalId) {
        if (c.category() == QChar::Other_Control)
            return tr("The ID contains a control character.");
    }
    return {};
}

QString IdTracker::kindNoun(KnownId::Kind kind)
{
    switch (kind) {
    case KnownId::Kind::Group:
        return tr("group");
    case KnownId::Kind::AccessCodeGroup:
        return tr("access-code group");
    case KnownId::Kind::BookableEvent:
        return tr("event");
    case KnownId::Kind::Subenvironment:
        return tr("subenvironment");
    case KnownId::Kind::ContentLibrary:
        return tr("content library");
    }
    Q_UNREACHABLE();
    return {};
}

IdTrackJob *IdTracker::track(KnownId::Kind kind, const QString &externalId)
{
    auto *job = new IdTrackJob(this);
    if (const QString invalid = validateId(externalId); !invalid.isEmpty()) {
        job->finishLater(resultOf(kind, externalId, Outcome::InvalidId, invalid));
        return job;
    }
    const auto check = existenceCheck(kind);
    if (!check) {
        job->finishLater(record(kind, externalId, false));
        return job;
    }
    const Api::P idParam = kind == KnownId::Kind::BookableEvent ? Api::P::eventID : Api::P::groupID;
    Api::ApiJob *call = m_client->call(*check, Api::ApiParams().set(idParam, externalId));
    connect(call, &Api::ApiJob::finished, job,
        [this, job, kind, externalId](Api::ApiJob *done) { job->finishLater(answer(kind, externalId, done)); });
    return job;
}

TrackResult IdTracker::answer(KnownId::Kind kind, const QString &externalId, const Api::ApiJob *job) const
{
    // getBookableEventSubscriptions answers 404 for an event that does not exist; the …Exists
    // functions answer {"result": false}, so a 404 from them is an error like any other.
    const bool indirect = kind == KnownId::Kind::BookableEvent;
    if (job->hasError()) {
        if (indirect && job->error().kind() == Api::ApiError::Kind::NotFound)
            return notFound(kind, externalId);
        qCInfo(lcStore) << "existence check failed:" << job->error().toString();
        //: %1 the kind of ID (a noun such as "group"), %2 the ID, %3 why the check failed
        TrackResult r = resultOf(kind, externalId, Outcome::ApiFailed,
            tr("Whether %1 “%2” exists could not be checked, so it was not tracked: %3")
                .arg(kindNoun(kind), externalId, job->error().userText()));
        r.apiError = job->error();
        return r;
    }
    if (!indirect && !job->value().toBool())
        return notFound(kind, externalId);
    return record(kind, externalId, true);
}

TrackResult IdTracker::notFound(KnownId::Kind kind, const QString &externalId) const
{
    // Not recorded; an entry the registry already has keeps the check's answer (Missing).
    KnownIdRegistry registry(database());
    StoreError error;
    const bool known = registry.entry(kind, externalId, &error).has_value();
    if (known && !error)
        error = registry.markChecked(kind, externalId, false, m_now());
    if (error) {
        //: %1 the kind of ID (a noun such as "group"), %2 the ID, %3 the cache's error
        TrackResult r = resultOf(kind, externalId, Outcome::StoreFailed,
            tr("The local cache could not record %1 “%2”: %3").arg(kindNoun(kind), externalId, error.message));
        r.storeError = error;
        return r;
    }
    if (known) {
        //: %1 the kind of ID (a noun such as "group"), %2 the ID
        return resultOf(kind, externalId, Outcome::DoesNotExist,
            tr("The %1 “%2” does not exist on the server; its entry is marked missing.")
                .arg(kindNoun(kind), externalId));
    }
    return resultOf(kind, externalId, Outcome::DoesNotExist, missingText(kind, externalId));
}

TrackResult IdTracker::record(KnownId::Kind kind, const QString &externalId, bool checked) const
{
    const QDateTime now = m_now();
    const QSqlDatabase db = database();
    KnownIdRegistry registry(db);
    Transaction tx(db);
    StoreError error = tx.beginError();
    if (!error)
        error = registry.record(kind, externalId, KnownId::TrackedByHand, now);
    if (!error && checked)
        error = registry.markChecked(kind, externalId, true, now);
    if (!error)
        error = tx.commit();
    if (error) {
        tx.rollback();
        //: %1 the kind of ID (a noun such as "group"), %2 the ID, %3 the cache's error
        TrackResult r = resultOf(kind, externalId, Outcome::StoreFailed,
            tr("The local cache could not record %1 “%2”: %3").arg(kindNoun(kind), externalId, error.message));
        r.storeError = error;
        return r;
    }
    return resultOf(
        kind, externalId, checked ? Outcome::Tracked : Outcome::TrackedUnchecked, trackedText(kind, externalId));
}

StoreError IdTracker::forget(KnownId::Kind kind, const QString &externalId)
{
    StoreError error;
    const KnownIdRegistry registry(database());
    if (!registry.entry(kind, externalId, &error)) {
        if (error)
            return error;
        //: %1 the ID, %2 the kind of ID (a noun such as "group")
        return StoreError::make(
            StoreError::Kind::InvalidArgument, tr("“%1” is not a tracked %2.").arg(externalId, kindNoun(kind)));
    }
    return KnownIdRegistry(database()).forget(kind, externalId);
}

} // namespace Springdesk::Store
