// Pure parsing of the sandbox: command line, seeds, key specs, form bodies, output rendering, and
// the completeness of the handler table.
#include "sandbox/formparser.h"
#include "sandbox/handlers/handlers.h"
#include "sandbox/responsewriter.h"
#include "sandbox/sandboxoptions.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Springdesk::Sandbox;

class TestSandboxOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        QString error;
        const auto o = parseSandboxArguments({}, &error);
        QVERIFY(o);
        QCOMPARE(o->address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(o->port, quint16(0));
        QCOMPARE(o->seed, u"demo"_s);
        QVERIFY(o->apiKeys.isEmpty());
        QVERIFY(!o->control);
    }

    void valid()
    {
        QString error;
        const auto o = parseSandboxArguments(
            {u"--listen"_s, u"0.0.0.0:8080"_s, u"--db"_s, u"/tmp/x.db"_s, u"--seed"_s, u"large:1000"_s, u"--api-key"_s,
                u"A"_s, u"--api-key=B:getUser,getUsers"_s, u"--latency-ms"_s, u"50"_s, u"--fail-rate"_s, u"0.25"_s,
                u"--rate-limit"_s, u"10"_s, u"--lifetime-s"_s, u"30"_s, u"--control"_s},
            &error);
        QVERIFY2(o, qPrintable(error));
        QCOMPARE(o->address, QHostAddress(u"0.0.0.0"_s));
        QCOMPARE(o->port, quint16(8080));
        QCOMPARE(o->databasePath, u"/tmp/x.db"_s);
        QCOMPARE(o->seed, u"large:1000"_s);
        QCOMPARE(o->apiKeys, (QStringList{u"A"_s, u"B:getUser,getUsers"_s}));
        QCOMPARE(o->latencyMs, 50);
        QCOMPARE(o->failRate, 0.25);
        QCOMPARE(o->rateLimit, 10);
        QCOMPARE(o->lifetimeSeconds, 30);
        QVERIFY(o->control);
    }

    void ipv6Listen()
    {
        QString error;
        const auto o = parseSandboxArguments({u"--listen"_s, u"[::1]:9000"_s}, &error);
        QVERIFY2(o, qPrintable(error));
        QCOMPARE(o->address, QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(o->port, quint16(9000));
    }

    void invalid_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown") << QStringList{u"--x"_s};
        QTest::newRow("listen without port") << QStringList{u"--listen"_s, u"127.0.0.1"_s};
        QTest::newRow("listen bad host") << QStringList{u"--listen"_s, u"nohost:1"_s};
        QTest::newRow("listen port too big") << QStringList{u"--listen"_s, u"127.0.0.1:70000"_s};
        QTest::newRow("seed") << QStringList{u"--seed"_s, u"full"_s};
        QTest::newRow("seed large zero") << QStringList{u"--seed"_s, u"large:0"_s};
        QTest::newRow("seed large text") << QStringList{u"--seed"_s, u"large:many"_s};
        QTest::newRow("empty key") << QStringList{u"--api-key"_s, u""_s};
        QTest::newRow("empty whitelist") << QStringList{u"--api-key"_s, u"K:"_s};
        QTest::newRow("unknown function") << QStringList{u"--api-key"_s, u"K:getGroups"_s};
        QTest::newRow("negative latency") << QStringList{u"--latency-ms"_s, u"-1"_s};
        QTest::newRow("fail rate") << QStringList{u"--fail-rate"_s, u"1.5"_s};
        QTest::newRow("fail rate text") << QStringList{u"--fail-rate"_s, u"often"_s};
        QTest::newRow("rate limit") << QStringList{u"--rate-limit"_s, u"x"_s};
        QTest::newRow("lifetime") << QStringList{u"--lifetime-s"_s, u"-3"_s};
        QTest::newRow("missing value") << QStringList{u"--seed"_s};
        QTest::newRow("empty db") << QStringList{u"--db"_s, u""_s};
    }

    void invalid()
    {
        QFETCH(QStringList, args);
        QString error;
        QVERIFY(!parseSandboxArguments(args, &error));
        QVERIFY(!error.isEmpty());
    }

    void seeds()
    {
        QString kind;
        int n = -1;
        QVERIFY(parseSeed(u"empty"_s, &kind, &n));
        QCOMPARE(n, 0);
        QVERIFY(parseSeed(u"demo"_s, &kind, &n));
        QCOMPARE(n, 500);
        QVERIFY(parseSeed(u"large:100000"_s, &kind, &n));
        QCOMPARE(kind, u"large"_s);
        QCOMPARE(n, 100000);
    }

    void decodeComponent_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("decoded");
        QTest::newRow("plain") << QByteArray("abc") << true << u"abc"_s;
        QTest::newRow("plus") << QByteArray("a+b") << true << u"a b"_s;
        QTest::newRow("escape") << QByteArray("a%40b") << true << u"a@b"_s;
        QTest::newRow("utf-8") << QByteArray("Zo%C3%AB") << true << u"Zoë"_s;
        QTest::newRow("bad hex") << QByteArray("%G1") << false << QString();
        QTest::newRow("truncated") << QByteArray("%4") << false << QString();
        QTest::newRow("lone percent") << QByteArray("%") << false << QString();
        QTest::newRow("invalid utf-8") << QByteArray("%C3%28") << false << QString();
        QTest::newRow("overlong") << QByteArray("%C0%AF") << false << QString();
    }

    void decodeComponent()
    {
        QFETCH(QByteArray, raw);
        QFETCH(bool, ok);
        QFETCH(QString, decoded);
        QString out;
        QString error;
        QCOMPARE(FormParser::decodeComponent(raw, &out, &error), ok);
        if (ok)
            QCOMPARE(out, decoded);
        else
            QVERIFY(!error.isEmpty());
    }

    void splitPath_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QStringList>("segments");
        QTest::newRow("plain") << QByteArray("/api/getUser/EMP-1") << QStringList{u"api"_s, u"getUser"_s, u"EMP-1"_s};
        QTest::newRow("trailing slash") << QByteArray("/api/getUsers/") << QStringList{u"api"_s, u"getUsers"_s};
        QTest::newRow("leading slashes") << QByteArray("//api/getUsers") << QStringList{u"api"_s, u"getUsers"_s};
        QTest::newRow("empty segment kept") << QByteArray("/api/isSubscribed//CRS-1")
                                            << QStringList{u"api"_s, u"isSubscribed"_s, QString(), u"CRS-1"_s};
        QTest::newRow("dots inside an ID")
            << QByteArray("/api/groupExists/a..b") << QStringList{u"api"_s, u"groupExists"_s, u"a..b"_s};
        QTest::newRow("double-encoded dots")
            << QByteArray("/api/groupExists/%252e%252e") << QStringList{u"api"_s, u"groupExists"_s, u"%2e%2e"_s};
        QTest::newRow("plus is literal") << QByteArray("/api/groupExists/a+b")
                                         << QStringList{u"api"_s, u"groupExists"_s, u"a+b"_s};
        QTest::newRow("root") << QByteArray("/") << QStringList{};
    }

    void splitPath()
    {
        QFETCH(QByteArray, path);
        QFETCH(QStringList, segments);
        QStringList out;
        QString error;
        QVERIFY2(FormParser::splitPath(path, &out, &error), qPrintable(error));
        QCOMPARE(out, segments);
        QCOMPARE(FormParser::withoutLeadingEmpty({QString(), QString(), u"getUsers"_s}), QStringList{u"getUsers"_s});
    }

    // Issue 9: never normalised, never re-split.
    void splitPathRefuses_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("dot-dot") << QByteArray("/api/setExternalPartResult/../deleteUser/EMP-00030");
        QTest::newRow("dot") << QByteArray("/api/./deleteUser/EMP-00030");
        QTest::newRow("encoded dot-dot") << QByteArray("/api/x/%2e%2E/deleteUser/EMP-1");
        QTest::newRow("half-encoded dot-dot") << QByteArray("/api/x/.%2e/deleteUser/EMP-1");
        QTest::newRow("encoded slash") << QByteArray("/api/groupExists/a%2Fb");
        QTest::newRow("encoded slash lower") << QByteArray("/api/groupExists/a%2f..%2fb");
        QTest::newRow("encoded backslash") << QByteArray("/api/groupExists/a%5C..%5Cb");
        QTest::newRow("trailing dot-dot") << QByteArray("/api/deleteUser/EMP-1/..");
    }

    void splitPathRefuses()
    {
        QFETCH(QByteArray, path);
        QStringList out;
        QString error;
        QVERIFY(!FormParser::splitPath(path, &out, &error));
        QVERIFY(!error.isEmpty());
    }

    void urlEncodedArrays()
    {
        FormData form;
        QString error;
        QVERIFY(FormParser::parseUrlEncoded("role=student&role=teacher&x&y=", &form, &error));
        QCOMPARE(form.values.value(u"role"_s), (QStringList{u"student"_s, u"teacher"_s}));
        QVERIFY(form.has(u"x"_s));
        QCOMPARE(form.values.value(u"y"_s), QStringList{QString()});
        QCOMPARE(form.order, (QStringList{u"role"_s, u"x"_s, u"y"_s}));
    }

    void multipart()
    {
        const QByteArray body = "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n"
                                "--B\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.png\"\r\n"
                                "Content-Type: image/png\r\n\r\n\x01\x02\r\n--B--\r\n";
        FormData form;
        QString error;
        QVERIFY2(FormParser::parseMultipart(body, "multipart/form-data; boundary=B", &form, &error), qPrintable(error));
        QCOMPARE(form.values.value(u"a"_s), QStringList{u"1"_s});
        QCOMPARE(form.files.value(u"f"_s), QByteArray("\x01\x02"));
        QVERIFY(!FormParser::parseMultipart(body, "multipart/form-data", &form, &error));
    }

    void render_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("expected");
        const QJsonObject o{{u"users"_s, QJsonArray{QJsonObject{{u"id"_s, u"1"_s}, {u"active"_s, true}}}}};
        QTest::newRow("json") << int(OutputFormat::Json) << QByteArray("{\"users\":[{\"active\":true,\"id\":\"1\"}]}");
        QTest::newRow("xml") << int(OutputFormat::Xml)
                             << QByteArray(
                                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><users><user><active>true</active>"
                                    "<id>1</id></user></users>\n");
        QTest::newRow("text") << int(OutputFormat::Text) << QByteArray("users:\n  -\n    active: true\n    id: 1\n");
    }

    void render()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, expected);
        const QJsonObject o{{u"users"_s, QJsonArray{QJsonObject{{u"id"_s, u"1"_s}, {u"active"_s, true}}}}};
        QCOMPARE(ResponseWriter::render(o, OutputFormat(format), false), expected);
    }

    void acceptHeader_data()
    {
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<int>("format");
        QTest::newRow("none") << QByteArray() << int(OutputFormat::Json);
        QTest::newRow("any") << QByteArray("*/*") << int(OutputFormat::Json);
        QTest::newRow("xml with q") << QByteArray("application/xml;q=0.9, */*;q=0.1") << int(OutputFormat::Xml);
        QTest::newRow("text/xml") << QByteArray("text/xml") << int(OutputFormat::Xml);
        QTest::newRow("text") << QByteArray("TEXT/PLAIN") << int(OutputFormat::Text);
        QTest::newRow("html") << QByteArray("text/html") << int(OutputFormat::Json);
        QTest::newRow("higher q wins") << QByteArray("text/plain;q=0.5, application/json") << int(OutputFormat::Json);
        QTest::newRow("q beats order") << QByteArray("application/json;q=0.4, text/xml") << int(OutputFormat::Xml);
        QTest::newRow("tie: first") << QByteArray("text/plain, application/json") << int(OutputFormat::Text);
        QTest::newRow("q=0 excluded") << QByteArray("text/plain;q=0, */*;q=0.1") << int(OutputFormat::Json);
        QTest::newRow("wildcard beats lower q") << QByteArray("text/plain;q=0.5, */*") << int(OutputFormat::Json);
        QTest::newRow("java default") << QByteArray("text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2")
                                      << int(OutputFormat::Json);
    }

    void acceptHeader()
    {
        QFETCH(QByteArray, accept);
        QFETCH(int, format);
        QCOMPARE(int(ResponseWriter::formatFromAccept(accept)), format);
    }

    void everyFunctionHasAHandler()
    {
        const HandlerTable &table = handlerTable();
        for (const auto &ep : Springdesk::Api::endpoints())
            QVERIFY2(table.at(size_t(ep.fn)) != nullptr, ep.function.data());
    }
};

QTEST_MAIN(TestSandboxOptions)
#include "tst_sandboxoptions.moc"
