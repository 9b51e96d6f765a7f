// ApiError: the kind an HTTP status maps to, and which kinds are problems of the connection
// rather than of the request (the CLI's exit code 3, a sync report's connection errors).
#include "core/api/apierror.h"

#include <QTest>

using namespace Springdesk::Api;
using namespace Qt::StringLiterals;
using K = ApiError::Kind;

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectionProblems_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("connection");
        const QList<std::pair<K, bool>> rows{{K::None, false}, {K::Auth, true}, {K::Forbidden, true},
            {K::NotFound, false}, {K::Conflict, false}, {K::InvalidInput, false}, {K::RateLimited, false},
            {K::Server, false}, {K::Network, true}, {K::Timeout, true}, {K::Tls, true}, {K::UnexpectedResponse, false},
            {K::Cancelled, false}};
        for (const auto &[kind, connection] : rows)
            QTest::newRow(qPrintable(ApiError::kindName(kind))) << int(kind) << connection;
    }

    void connectionProblems()
    {
        QFETCH(int, kind);
        QFETCH(bool, connection);
        QCOMPARE(ApiError(K(kind), 0, {}).isConnectionProblem(), connection);
    }

    void statusesOfTheKeyAreConnectionProblems()
    {
        QVERIFY(ApiError::fromHttpStatus(401, u"bad key"_s).isConnectionProblem());
        QVERIFY(ApiError::fromHttpStatus(403, u"not allowed"_s).isConnectionProblem());
        QVERIFY(!ApiError::fromHttpStatus(404, u"no such user"_s).isConnectionProblem());
        QVERIFY(!ApiError::fromHttpStatus(409, u"conflict"_s).isConnectionProblem());
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
