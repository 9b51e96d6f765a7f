#pragma once

#include "core/api/apiparams.h"
#include "core/ops/operationrecord.h"

#include <QObject>

namespace Springdesk::Api {
class ApiClient;
class ApiJob;
} // namespace Springdesk::Api

namespace Springdesk::Ops {

// Finds out whether a command whose answer was lost was carried out, by running the
// verification query of its endpoint-table row (userExists after addUser, groupUserExists per
// user after addGroupUsers, getUser compared after updateUser…). Never re-sends the command.
// Finishes once with VerifiedDone, VerifiedNotDone or StillUnknown; deletes itself afterwards.
class Verifier final : public QObject
{
    Q_OBJECT

public:
    // Starts at once; `params` are the command's validated parameters.
    static Verifier *start(Api::ApiClient *client, Api::Fn fn, const Api::ApiParams &params, QObject *parent);

    // The verification queries for a command (several with `each`); empty when the table has
    // none or the command's parameters cannot fill it.
    static QList<Api::ApiParams> queries(Api::Fn fn, const Api::ApiParams &params);

Q_SIGNALS:
    void finished(Springdesk::Ops::Outcome outcome, const QString &message);

private:
    Verifier(Api::Fn fn, const Api::ApiParams &params, QObject *parent);
    void judge(Api::ApiJob *job);
    void finish(Outcome outcome, const QString &message);

    Api::Fn m_fn;
    Api::ApiParams m_params;
    int m_pending = 0;
    int m_notDone = 0;
    int m_unknown = 0;
    QString m_lastProblem;
};

} // namespace Springdesk::Ops
