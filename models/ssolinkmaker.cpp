#include "models/ssolinkmaker.h"

#include "core/api/ssolinkbuilder.h"
#include "core/ops/operation.h"
#include "models/connectionservice.h"

using namespace Qt::StringLiterals;

namespace Springdesk::Models {

namespace {

Api::SsoLinkRequest linkRequest(const SsoLinkMaker::Request &r, const QString &token)
{
    return {r.userId, r.userUid, token, r.courseId, r.activityId, r.redirect};
}

} // namespace

SsoLinkMaker::SsoLinkMaker(ConnectionService *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_links(new SsoLinkListModel(this))
{ }

bool SsoLinkMaker::isReady() const
{
    return m_connection && m_connection->isReady();
}

QStringList SsoLinkMaker::problems(const Request &request)
{
    // any token: only what the link will carry besides it is checked here
    return Api::SsoLinkBuilder::problems(linkRequest(request, u"-"_s));
}

qint64 SsoLinkMaker::make(const Request &request, QString *why)
{
    const QStringList found = problems(request);
    if (!found.isEmpty()) {
        *why = found.join(u' ');
        return 0;
    }
    Api::RawParams raw;
    if (request.userId.isEmpty())
        raw.add(Api::P::userUID, request.userUid);
    else
        raw.add(Api::P::userID, request.userId);
    Ops::Operation *operation = m_connection->run(Api::Fn::GetLoginToken, raw);
    if (!operation) {
        *why = tr("No link can be made now: %1").arg(m_connection->problem());
        return 0;
    }
    const qint64 id = m_nextId++;
    connect(operation, &Ops::Operation::finished, this,
        [this, id, request](Ops::Operation *finished) { onFinished(id, request, finished); });
    return id;
}

void SsoLinkMaker::onFinished(qint64 id, const Request &request, Ops::Operation *operation)
{
    if (!operation->succeeded()) {
        //: %1 is the server's answer or why the call was not sent
        Q_EMIT failed(id, tr("No login token: %1").arg(operation->summary()));
        return;
    }
    QString error;
    const QUrl url = Api::SsoLinkBuilder::build(
        m_connection->baseUrl(), linkRequest(request, operation->value().toString()), &error);
    if (!url.isValid()) {
        Q_EMIT failed(id, tr("The link could not be built: %1").arg(error));
        return;
    }
    SsoLinkEntry entry;
    entry.madeAt = QDateTime::currentDateTime();
    entry.userId = request.userId;
    entry.userUid = request.userUid;
    entry.userName = request.userName;
    entry.courseId = request.courseId;
    entry.activityId = request.activityId;
    entry.redirect = request.redirect;
    entry.url = url;
    m_links->add(entry);
    Q_EMIT made(id, url, entry.madeAt);
}

} // namespace Springdesk::Models
