#pragma once

#include "core/api/rawparams.h"
#include "core/ops/operation.h"
#include "core/store/cacheupdater.h"

#include <QObject>
#include <QPointer>

namespace Springdesk::Api {
class ApiClient;
} // namespace Springdesk::Api

namespace Springdesk::Ops {

class OperationLog;

// The one path of every call Springdesk sends for a person (a form, the console, the CLI, an
// import row): validate → send once → when the answer of a command was lost, run its
// verification query instead of re-sending → update the cache (CacheUpdater, announced as
// cacheChanged) → write the operation log. Queries take the same path without cache and log.
// Lives in the thread of its client, updater and log.
class OperationRunner final : public QObject
{
    Q_OBJECT

public:
    explicit OperationRunner(Api::ApiClient *client, QObject *parent = nullptr);

    Api::ApiClient *client() const { return m_client; }
    // Not owned; nullptr: the cache is left alone.
    void setCacheUpdater(Store::CacheUpdater *updater);
    Store::CacheUpdater *cacheUpdater() const { return m_updater; }
    // Not owned; nullptr: nothing is logged. `profile` names the profile in the log lines.
    void setLog(OperationLog *log, const QString &profile);

    // Raw values as typed (form fields, CLI, CSV cells) or typed parameters from code, sent on
    // behalf of `source` (what the operation log records: one runner serves the window's forms
    // and its bulk runs at once). The operation always finishes later (never inside run()), also
    // when refused before sending.
    Operation *run(Api::Fn fn, const Api::RawParams &raw, Source source);
    Operation *run(Api::Fn fn, const Api::ApiParams &params, Source source);

Q_SIGNALS:
    // A command's effect reached the cache (after the operation finished, possibly later when
    // the entity had to be re-fetched): every area it touched, with keys (CacheChange::keys(area)).
    void cacheChanged(const Springdesk::Store::CacheChange &change);
    // The command succeeded but the cache could not follow; the message says what is stale.
    void cacheUpdateFailed(const QString &message);
    void operationFinished(Springdesk::Ops::Operation *operation);
    // The operation log could not be written (the command itself was sent).
    void logFailed(const QString &message);

private:
    Operation *start(Api::Fn fn, Api::Validation validation, Source source);
    void sent(Operation *op, Api::ApiJob *job);
    void finish(Operation *op, Outcome outcome, const QString &message);

    Api::ApiClient *m_client;
    QPointer<Store::CacheUpdater> m_updater;
    OperationLog *m_log = nullptr;
    QString m_profile;
};

} // namespace Springdesk::Ops
