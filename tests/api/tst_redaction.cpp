// Redaction: the one helper that keeps the API key out of messages, log lines and echoed URLs
// (issue 9 item 4).
#include "core/api/apilog.h"
#include "core/api/redaction.h"

#include <QTest>

using namespace Springdesk::Api;
using namespace Qt::StringLiterals;

namespace {

QStringList &captured()
{
    static QStringList lines;
    return lines;
}

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    captured().append(message);
}

} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyParameters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("path") << u"POST /api/_key=S3CRET-1/getUsers"_s << u"POST /api/_key=[redacted]/getUsers"_s;
        QTest::newRow("query") << u"https://x.nl/api/?a=1&_key=S3CRET-1&b=2"_s
                               << u"https://x.nl/api/?a=1&_key=[redacted]&b=2"_s;
        QTest::newRow("fragment") << u"http://127.0.0.1:1/api/#_key=S3CRET-1"_s
                                  << u"http://127.0.0.1:1/api/#_key=[redacted]"_s;
        QTest::newRow("upper case") << u"/api/_KEY=S3CRET-1"_s << u"/api/_KEY=[redacted]"_s;
        QTest::newRow("encoded") << u"/api/%5Fkey%3DS3CRET-1/"_s << u"/api/%5Fkey%3D[redacted]/"_s;
        QTest::newRow("colon") << u"_key: S3CRET-1"_s << u"_key: [redacted]"_s;
        QTest::newRow("user info") << u"https://admin:pa55@x.nl/api/"_s << u"https://[redacted]@x.nl/api/"_s;
        QTest::newRow("nothing to hide") << u"GET /api/getUser/EMP-1"_s << u"GET /api/getUser/EMP-1"_s;
    }

    void keyParameters()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(Redaction::redact(text), expected);
        QVERIFY(!Redaction::redact(text).contains(u"S3CRET"_s));
    }

    void explicitAndRegisteredSecrets()
    {
        QCOMPARE(Redaction::redact(u"server said abcd-1234"_s, u"ABCD-1234"_s), u"server said [redacted]"_s);
        const QString key = u"7e57c0de-0000-4111-8222-933344445555"_s;
        QCOMPARE(Redaction::redact(u"echo " + key), u"echo "_s + key); // not registered yet
        Redaction::addSecret(key);
        QCOMPARE(Redaction::redact(u"echo " + key + u" and again " + key.toUpper()),
            u"echo [redacted] and again [redacted]"_s);
        Redaction::addSecret(u"short"_s); // too short to search for
        QCOMPARE(Redaction::redact(u"a short text"_s), u"a short text"_s);
    }

    // Every log line, of the api category or any other, passes through redact().
    void logLinesAreRedacted()
    {
        qInstallMessageHandler(capture);
        Redaction::installMessageFilter();
        Redaction::installMessageFilter(); // idempotent
        const QString key = u"10c4a11e-aaaa-4bbb-8ccc-dddddddddddd"_s;
        Redaction::addSecret(key);
        qCWarning(lcApi).noquote() << "send POST /api/_key=KEYINPATH/getUsers";
        qWarning().noquote() << "server echoed" << key;
        qInstallMessageHandler(nullptr);
        QCOMPARE(captured().size(), 2);
        QCOMPARE(captured().at(0), u"send POST /api/_key=[redacted]/getUsers"_s);
        QCOMPARE(captured().at(1), u"server echoed [redacted]"_s);
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
