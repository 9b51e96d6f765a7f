#pragma once

#include "core/api/apierror.h"
#include "core/store/knownidregistry.h"
#include "core/store/storeerror.h"

#include <QObject>
#include <QString>

namespace Springdesk::Store {

// What tracking one ID by hand came to. `message` is translated and names the kind and the ID.
struct TrackResult
{
    enum class Outcome
    {
        Tracked, // it exists on the server: recorded (TrackedByHand) and marked Exists
        TrackedUnchecked, // the API offers no existence check for the kind: recorded, state Unknown
        DoesNotExist, // the server says it does not exist: nothing recorded
        InvalidId, // empty, surrounding spaces, a slash or a control character: nothing sent or recorded
        ApiFailed, // the check failed (network, authentication, server): nothing recorded
        StoreFailed, // the cache could not be written: nothing recorded (rolled back)
    };

    KnownId::Kind kind = KnownId::Kind::Group;
    QString externalId;
    Outcome outcome = Outcome::ApiFailed;
    QString message;
    Api::ApiError apiError; // set for ApiFailed
    StoreError storeError; // set for StoreFailed

    bool ok() const { return outcome == Outcome::Tracked || outcome == Outcome::TrackedUnchecked; }
};

// One "track this ID" request (IdTracker::track). It finishes exactly once, from the event loop,
// and deletes itself afterwards unless setAutoDelete(false) was called.
class IdTrackJob final : public QObject
{
    Q_OBJECT

public:
    explicit IdTrackJob(QObject *parent = nullptr);

    bool isFinished() const { return m_finished; }
    const TrackResult &result() const { return m_result; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    // Finishes with `result` later from the event loop; ignored once finished.
    void finishLater(TrackResult result);

Q_SIGNALS:
    void finished(Springdesk::Store::IdTrackJob *job);

private:
    TrackResult m_result;
    bool m_finished = false;
    bool m_finishing = false;
    bool m_autoDelete = true;
};

} // namespace Springdesk::Store

Q_DECLARE_METATYPE(Springdesk::Store::TrackResult)
