// springdesk-cli call against a real springdesk-sandbox: for every one of the 82 functions an
// invalid call (a required parameter missing, a value of the wrong type, a disallowed value,
// invalid UTF-8) is refused with exit code 2 and the parameter named, and no request reaches
// the server (its counters stay at zero).
#include "core/api/endpoints.h"
#include "core/api/idsyntax.h"
#include "tests/support/clirun.h"
#include "tests/support/sandboxprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk;
using namespace Springdesk::Api;
using namespace Qt::StringLiterals;

class TestCliCallValidation : public QObject
{
    Q_OBJECT

private:
    int requestsSeen()
    {
        QNetworkReply *reply = m_nam.get(QNetworkRequest(m_sandbox.controlUrl().resolved(QUrl(u"counters"_s))));
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            spy.wait(10'000);
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return o.value(u"total"_s).toInt(-1);
    }

    Testing::CliRun call(const QStringList &args)
    {
        return Testing::runCli(
            QStringList{u"call"_s} + args + QStringList{u"--url"_s, m_sandbox.apiBaseUrl().toString(), u"--no-cache"_s},
            false, 20'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.path().toUtf8());
        QString error;
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"demo"_s}, &error), qPrintable(error));
        qputenv("SPRINGDESK_API_KEY", m_sandbox.apiKey().toUtf8());
        QCOMPARE(requestsSeen(), 0);
    }

    void invalidCallsNeverReachTheServer_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        for (const Endpoint &e : endpoints()) {
            const QString fn(e.function);
            const QList<ParamSpec> path = e.pathParams();
            // The path arguments but the last: that required parameter is missing.
            if (!path.isEmpty()) {
                QStringList args{fn};
                for (qsizetype i = 0; i + 1 < path.size(); ++i)
                    args.append(u"X-%1"_s.arg(i));
                QTest::addRow("%s missing %s", e.function.data(), path.last().name().data())
                    << args << QString(path.last().name());
            }
            // Every path argument, and one parameter of the wrong type or outside its set.
            for (const ParamSpec &spec : e.params) {
                QString wrong;
                if (spec.type == ParamType::Bool)
                    wrong = u"misschien"_s;
                else if (spec.type == ParamType::Date)
                    wrong = u"2023-02-29"_s;
                else if (spec.type == ParamType::Integer)
                    wrong = u"ten"_s;
                else if (spec.type == ParamType::Email)
                    wrong = u"no-at-sign"_s;
                else if (spec.values != ValueSet::None && spec.type == ParamType::String && !spec.isInPath()
                    && spec.values != ValueSet::Gender)
                    wrong = u"nonsense"_s;
                else
                    continue;
                QStringList args{fn};
                for (qsizetype i = 0; i < path.size(); ++i)
                    args.append(u"ID-%1"_s.arg(i));
                args << u"--param"_s << QString(spec.name()) + u'=' + wrong;
                QTest::addRow("%s %s", e.function.data(), spec.name().data()) << args << QString(spec.name());
                break;
            }
            if (path.isEmpty()) {
                QTest::addRow("%s unknown", e.function.data())
                    << QStringList{fn, u"--param"_s, u"colour=red"_s} << u"colour"_s;
            }
        }
        QTest::newRow("path id ..") << QStringList{u"setExternalPartResult"_s, u".."_s, u"deleteUser"_s, u"EMP-00030"_s,
            u"--param"_s, u"score=1"_s}
                                    << u"userID"_s;
        // The bytes of "Jérôme" in Latin-1 and a stray 0xff, as a shell passes them (#9 item 5).
        QTest::newRow("invalid utf-8") << QStringList{u"updateUser"_s, u"EMP-00001"_s, u"--param"_s,
            u"firstName="_s + decodeKeepingInvalidBytes(QByteArrayView("J\xe9r\xf4me\xff"))}
                                       << u"firstName"_s;
    }

    void invalidCallsNeverReachTheServer()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const Testing::CliRun r = call(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(requestsSeen(), 0);
    }

    void aValidCallStillGoesThrough()
    {
        const Testing::CliRun r = call({u"userExists"_s, u"EMP-00001"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"\"result\""_s), qPrintable(r.out + r.err));
        QCOMPARE(requestsSeen(), 1);
    }

private:
    QTemporaryDir m_home;
    Testing::SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
};

QTEST_GUILESS_MAIN(TestCliCallValidation)
#include "tst_clicallvalidation.moc"
