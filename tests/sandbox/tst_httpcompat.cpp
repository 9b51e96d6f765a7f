// HTTP as public clients and their libraries put it on the wire, against the sandbox: what curl
// (under the PHP client telartis/anewspring) sends — Expect: 100-continue, chunked bodies, HTTP/1.0,
// HEAD, -X GET with a body — and what other libraries produce: a Content-Type on a bodiless GET,
// parameters in a POST's query, Accept lists with quality values, absolute-form targets, odd
// slashes, Connection: close, chunk extensions and trailers. Raw TCP for exact bytes, the real curl
// binary where its behaviour matters (scripts/setup installs curl).
#include "tests/sandbox/rawhttpconnection.h"
#include "tests/sandbox/sandboxtestclient.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Springdesk::Testing;

namespace {

const QByteArray Key = "5c0ffee0-0a1b-4c2d-8e3f-httpcompat01"; // opaque
const QByteArray JavaAccept = "Accept: text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2";
const QByteArray FormType = "Content-Type: application/x-www-form-urlencoded";

} // namespace

class TestHttpCompat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_client.stop(); }

    void httpVariants_data();
    void httpVariants();
    void expectContinue();
    void headRequests();
    void connectionClose();
    void chunkedBodies();
    void curlClients();
    void pathsAreNeverNormalised_data();
    void pathsAreNeverNormalised();

private:
    std::optional<RawHttpResponse> exchange(const QByteArray &request, bool head = false);
    QByteArray host() const { return "Host: " + m_hostPort; }
    QByteArray getRequest(const QByteArray &target) const
    {
        return RawHttpConnection::build("GET /api/" + target + " HTTP/1.1", {host(), "X-API-Key: " + Key});
    }
    struct CurlRun
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    CurlRun curl(const QStringList &args, const QByteArray &input = {});
    QJsonObject getJson(const QByteArray &path) { return m_client.get(path, {{"X-API-Key", Key}}, false).json(); }

    SandboxTestClient m_client;
    QString m_host;
    quint16 m_port = 0;
    QByteArray m_hostPort;
    QString m_curl;
    QByteArray m_student; // a learner with subscriptions
};

std::optional<RawHttpResponse> TestHttpCompat::exchange(const QByteArray &request, bool head)
{
    RawHttpConnection c(m_host, m_port);
    if (!c.open())
        return std::nullopt;
    c.send(request);
    return c.readFinal(head);
}

TestHttpCompat::CurlRun TestHttpCompat::curl(const QStringList &args, const QByteArray &input)
{
    CurlRun run;
    QProcess p;
    p.start(m_curl, QStringList{u"-sS"_s, u"--max-time"_s, u"20"_s} + args);
    if (!p.waitForStarted(5000))
        return run;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished(1000);
        run.err = "curl did not finish within 10 s";
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

void TestHttpCompat::initTestCase()
{
    Springdesk::Sandbox::SandboxOptions options;
    options.seed = u"demo"_s;
    options.apiKeys = {QString::fromLatin1(Key)};
    QString error;
    QVERIFY2(m_client.start(options, &error), qPrintable(error));
    m_host = m_client.apiBaseUrl().host();
    m_port = quint16(m_client.apiBaseUrl().port());
    m_hostPort = m_host.toLatin1() + ':' + QByteArray::number(m_port);
    m_curl = QStandardPaths::findExecutable(u"curl"_s);
    for (const QJsonValue &u : getJson("getUsers")[u"users"_s].toArray()) {
        const QByteArray id = u[u"id"_s].toString().toUtf8();
        if (!id.isEmpty() && !getJson("getSubscriptions/" + id)[u"courses"_s].toArray().isEmpty()) {
            m_student = id;
            break;
        }
    }
    QVERIFY(!m_student.isEmpty());
}

// Requests other clients and libraries produce, one connection each.
void TestHttpCompat::httpVariants_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType"); // prefix of the answer's Content-Type
    QTest::addColumn<QByteArray>("needle"); // in the body

    const QByteArray key = "X-API-Key: " + Key;
    const QByteArray hostLine = "Host: 127.0.0.1";
    const auto get = [&](const QByteArray &target, const QList<QByteArray> &extra = {}) {
        return RawHttpConnection::build("GET " + target + " HTTP/1.1", QList<QByteArray>{hostLine, key} + extra);
    };
    const auto post = [&](const QByteArray &requestLine, const QList<QByteArray> &headers, const QByteArray &body) {
        return RawHttpConnection::build(
            requestLine, headers + QList<QByteArray>{key, "Content-Length: " + QByteArray::number(body.size())}, body);
    };
    QTest::newRow("GET, Content-Type json, no body") << get("/api/getUsers", {"Content-Type: application/json"}) << 200
                                                     << QByteArray("application/json") << QByteArray("\"users\"");
    QTest::newRow("GET, Content-Type json, length 0")
        << get("/api/getUsers", {"Content-Type: application/json", "Content-Length: 0"}) << 200
        << QByteArray("application/json") << QByteArray("\"users\"");
    QTest::newRow("GET, JSON body") << get("/api/getUsers", {"Content-Type: application/json", "Content-Length: 2"})
            + "{}" << 400 << QByteArray("text/plain")
                                    << QByteArray("Content-Type");
    QTest::newRow("POST, parameters in the query")
        << post("POST /api/addGroup/CMP-QUERY?type=student&name=Query+Group HTTP/1.1", {hostLine}, {}) << 200
        << QByteArray() << QByteArray();
    QTest::newRow("POST, form with charset") << post("POST /api/addGroup/CMP-CHARSET HTTP/1.1",
        {hostLine, "Content-Type: application/x-www-form-urlencoded; charset=UTF-8"}, "type=student&name=Gr%C3%BCn+1")
                                             << 200 << QByteArray() << QByteArray();
    QTest::newRow("Accept */*") << get("/api/userExists/EMP-00001", {"Accept: */*"}) << 200
                                << QByteArray("application/json") << QByteArray("{\"result\":true}");
    QTest::newRow("Accept Java default") << get("/api/userExists/EMP-00001", {JavaAccept}) << 200
                                         << QByteArray("application/json") << QByteArray("{\"result\":true}");
    QTest::newRow("Accept axios default")
        << get("/api/userExists/EMP-00001", {"Accept: application/json, text/plain, */*"}) << 200
        << QByteArray("application/json") << QByteArray("{\"result\":true}");
    QTest::newRow("Accept text/html") << get("/api/userExists/EMP-00001", {"Accept: text/html"}) << 200
                                      << QByteArray("application/json") << QByteArray("{\"result\":true}");
    QTest::newRow("Accept q prefers json")
        << get("/api/userExists/EMP-00001", {"Accept: text/plain;q=0.5, application/json"}) << 200
        << QByteArray("application/json") << QByteArray("{\"result\":true}");
    QTest::newRow("Accept q prefers xml")
        << get("/api/userExists/EMP-00001", {"Accept: application/json;q=0.4, application/xml"}) << 200
        << QByteArray("application/xml") << QByteArray("<result>true</result>");
    QTest::newRow("Accept q=0 excludes") << get("/api/userExists/EMP-00001", {"Accept: text/plain;q=0, */*;q=0.1"})
                                         << 200 << QByteArray("application/json") << QByteArray("{\"result\":true}");
    QTest::newRow("header names in any case")
        << RawHttpConnection::build("GET /api/userExists/EMP-00001 HTTP/1.1", {"HOST: 127.0.0.1", "x-api-KEY: " + Key})
        << 200 << QByteArray("application/json") << QByteArray("true");
    QTest::newRow("absolute-form target") << get("http://127.0.0.1/api/userExists/EMP-00001") << 200
                                          << QByteArray("application/json") << QByteArray("true");
    QTest::newRow("HTTP/1.0") << RawHttpConnection::build("GET /api/userExists/EMP-00001 HTTP/1.0", {key}) << 200
                              << QByteArray("application/json") << QByteArray("{\"result\":true}");
    QTest::newRow("HTTP/1.0 POST") << post(
        "POST /api/addGroup/CMP-HTTP10 HTTP/1.0", {FormType}, "type=student&name=Old")
                                   << 200 << QByteArray() << QByteArray();
    QTest::newRow("trailing slash") << get("/api/getUsers/") << 200 << QByteArray("application/json")
                                    << QByteArray("\"users\"");
    QTest::newRow("trailing slash after an ID")
        << get("/api/userExists/EMP-00001/") << 200 << QByteArray("application/json") << QByteArray("true");
    QTest::newRow("double slash before the function")
        << get("/api//userExists/EMP-00001") << 200 << QByteArray("application/json") << QByteArray("true");
    QTest::newRow("double slash before api")
        << get("//api/userExists/EMP-00001") << 200 << QByteArray("application/json") << QByteArray("true");
    QTest::newRow("empty ID between slashes")
        << get("/api/isSubscribed//CRS-0001") << 400 << QByteArray("text/plain") << QByteArray("userID");
    QTest::newRow("empty ID, named instead") << get("/api/isSubscribed//CRS-0001?userID=EMP-00001") << 200
                                             << QByteArray("application/json") << QByteArray("result");
    QTest::newRow("unknown expectation") << get("/api/getUsers", {"Expect: 200-ok"}) << 417 << QByteArray("text/plain")
                                         << QByteArray("100-continue");
    QTest::newRow("OPTIONS") << RawHttpConnection::build("OPTIONS /api/getUsers HTTP/1.1", {hostLine, key}) << 405
                             << QByteArray("text/plain") << QByteArray("GET and POST");
}

void TestHttpCompat::httpVariants()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, needle);
    RawHttpConnection c(m_host, m_port);
    QVERIFY(c.open());
    c.send(request);
    const auto r = c.readFinal();
    QVERIFY2(r, "no answer");
    QVERIFY2(r->status == status, QByteArray(r->statusLine + ": " + r->body).constData());
    QVERIFY2(r->header("content-type").startsWith(contentType), r->header("content-type").constData());
    QVERIFY2(r->body.contains(needle), r->body.constData());
    if (request.contains("HTTP/1.0\r\n")) {
        QCOMPARE(r->header("connection"), QByteArray("close"));
        QVERIFY(c.waitForClose());
    }
}

// curl waits for "100 Continue" before it sends a larger body; the sandbox must answer it at once.
void TestHttpCompat::expectContinue()
{
    const QByteArray body = "type=student&name=" + QByteArray(3000, 'x');
    RawHttpConnection c(m_host, m_port);
    QVERIFY(c.open());
    c.send(RawHttpConnection::build("POST /api/addGroup/CMP-EXPECT HTTP/1.1",
        {host(), "X-API-Key: " + Key, "Content-Length: " + QByteArray::number(body.size()), FormType,
            "Expect: 100-continue"}));
    const auto interim = c.read(false, 3000); // before any body byte was sent
    QVERIFY2(interim, "no 100 Continue");
    QCOMPARE(interim->status, 100);
    c.send(body);
    const auto final = c.readFinal();
    QVERIFY(final);
    QCOMPARE(final->status, 200);
    QCOMPARE(getJson("groupExists/CMP-EXPECT")[u"result"_s].toBool(), true);

    // Head and body in one go: still exactly one final answer, and the connection stays usable.
    c.send(RawHttpConnection::build("POST /api/addGroup/CMP-EXPECT2 HTTP/1.1",
        {host(), "X-API-Key: " + Key, "Content-Length: 26", FormType, "Expect: 100-continue"},
        "type=student&name=Together"));
    const auto together = c.readFinal();
    QVERIFY(together);
    QCOMPARE(together->status, 200);
    c.send(RawHttpConnection::build("GET /api/groupExists/CMP-EXPECT2 HTTP/1.1", {host(), "X-API-Key: " + Key}));
    QCOMPARE(c.readFinal()->json()[u"result"_s], QJsonValue(true));

    // HTTP/1.0 clients never get an interim answer (RFC 9110 10.1.1).
    RawHttpConnection old(m_host, m_port);
    QVERIFY(old.open());
    old.send(RawHttpConnection::build("POST /api/addGroup/CMP-EXPECT10 HTTP/1.0",
        {"X-API-Key: " + Key, "Content-Length: 21", FormType, "Expect: 100-continue"}));
    QVERIFY(!old.read(false, 300));
    old.send("type=student&name=Ten");
    const auto ten = old.readFinal();
    QVERIFY(ten);
    QCOMPARE(ten->status, 200);
    QVERIFY(ten->interim.isEmpty());
}

// HEAD: the head a GET would get, no body, the connection stays in step; never runs a command.
void TestHttpCompat::headRequests()
{
    const auto full = exchange(getRequest("getUsers"));
    QVERIFY(full);
    RawHttpConnection c(m_host, m_port);
    QVERIFY(c.open());
    c.send(RawHttpConnection::build("HEAD /api/getUsers HTTP/1.1", {host(), "X-API-Key: " + Key})
        + RawHttpConnection::build("GET /api/userExists/EMP-00001 HTTP/1.1", {host(), "X-API-Key: " + Key}));
    const auto head = c.readFinal(true);
    QVERIFY(head);
    QCOMPARE(head->status, 200);
    QCOMPARE(head->header("content-length"), QByteArray::number(full->body.size()));
    const auto next = c.readFinal();
    QVERIFY2(next, "the HEAD answer carried a body");
    QCOMPARE(next->body, QByteArray("{\"result\":true}"));

    c.send(RawHttpConnection::build(
        "HEAD /api/addGroup/CMP-HEAD?type=student&name=Head HTTP/1.1", {host(), "X-API-Key: " + Key}));
    const auto command = c.readFinal(true);
    QVERIFY(command);
    QCOMPARE(command->status, 405);
    QVERIFY(command->header("allow").contains("POST"));
    QVERIFY(c.pending(200).isEmpty());
    QCOMPARE(getJson("groupExists/CMP-HEAD")[u"result"_s].toBool(), false);
}

void TestHttpCompat::connectionClose()
{
    RawHttpConnection c(m_host, m_port);
    QVERIFY(c.open());
    c.send(RawHttpConnection::build("GET /api/getUsers HTTP/1.1", {host(), "X-API-Key: " + Key, "Connection: close"}));
    const auto r = c.readFinal();
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(r->header("connection"), QByteArray("close"));
    QVERIFY(!r->json()[u"users"_s].toArray().isEmpty());
    QVERIFY(c.waitForClose());
}

// Chunked request bodies, with a chunk extension and a trailer field; also on GET (PHP style).
void TestHttpCompat::chunkedBodies()
{
    RawHttpConnection c(m_host, m_port);
    QVERIFY(c.open());
    c.send(RawHttpConnection::build("POST /api/addGroup/CMP-CHUNKED HTTP/1.1",
        {host(), "X-API-Key: " + Key, "Transfer-Encoding: chunked", FormType},
        "d;ext=1\r\ntype=student&\r\n8\r\nname=Chu\r\n4\r\nnked\r\n0\r\nX-Checksum: none\r\n\r\n"));
    const auto added = c.readFinal();
    QVERIFY(added);
    QCOMPARE(added->status, 200);
    c.send(RawHttpConnection::build("GET /api/getSubscriptions/" + m_student + " HTTP/1.1",
        {host(), "X-API-Key: " + Key, "Transfer-Encoding: chunked", FormType}, "e\r\nskipStats=true\r\n0\r\n\r\n"));
    const auto subscriptions = c.readFinal();
    QVERIFY(subscriptions);
    QCOMPARE(subscriptions->status, 200);
    QVERIFY(!subscriptions->body.contains("knowledgeIntake"));
    QCOMPARE(getJson("groupExists/CMP-CHUNKED")[u"result"_s].toBool(), true);
}

// The real curl binary (what PHP's client runs on): Expect: 100-continue, HTTP/1.0, chunked, HEAD,
// and -X GET -d as the PHP client sends GET parameters.
void TestHttpCompat::curlClients()
{
    if (m_curl.isEmpty())
        QFAIL("curl is not installed (scripts/setup installs it)");
    const QString base = m_client.apiBaseUrl().toString();
    const QString key = u"X-API-Key: "_s + QString::fromLatin1(Key);

    // A long expect timeout: without an interim answer curl would wait 30 s and miss our 10 s.
    const QByteArray big = "login=curl%40example.org&custom1=" + QByteArray(4000, 'c');
    auto r = curl({u"-o"_s, u"/dev/null"_s, u"-w"_s, u"%{http_code}"_s, u"--expect100-timeout"_s, u"30"_s, u"-H"_s,
                      u"Expect: 100-continue"_s, u"-H"_s, key, u"--data-binary"_s, u"@-"_s, base + u"addUser/CURL-1"_s},
        big);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("200"));
    QCOMPARE(getJson("getUser/CURL-1")[u"custom1"_s].toString().size(), 4000);

    r = curl({u"--http1.0"_s, u"-i"_s, u"-H"_s, key, base + u"userExists/CURL-1"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("HTTP/1.1 200"));
    QVERIFY(r.out.endsWith("{\"result\":true}"));

    r = curl({u"-o"_s, u"/dev/null"_s, u"-w"_s, u"%{http_code}"_s, u"-H"_s, u"Transfer-Encoding: chunked"_s, u"-H"_s,
                 key, u"--data-binary"_s, u"@-"_s, base + u"addGroup/CURL-CHUNKED"_s},
        "type=student&name=Curl+Chunked");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("200"));
    QCOMPARE(getJson("groupExists/CURL-CHUNKED")[u"result"_s].toBool(), true);

    r = curl({u"-I"_s, u"-H"_s, key, base + u"getUsers"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("HTTP/1.1 200"));
    QVERIFY(r.out.toLower().contains("content-length: "));

    r = curl({u"-X"_s, u"GET"_s, u"-H"_s, key, u"-d"_s, u"skipStats=true"_s,
        base + u"getSubscriptions/"_s + QString::fromLatin1(m_student)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("\"courses\""));
    QVERIFY(!r.out.contains("knowledgeIntake"));
}

QTEST_MAIN(TestHttpCompat)
#include "tst_httpcompat.moc"

// Issue 9: a dot-segment or an encoded separator in the target is refused (400), never resolved,
// so no ID can make the sandbox run another function.
void TestHttpCompat::pathsAreNeverNormalised_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("dot-dot") << QByteArray("/api/setExternalPartResult/../deleteUser/EMP-00030");
    QTest::newRow("encoded dot-dot") << QByteArray("/api/setExternalPartResult/%2E%2e/deleteUser/EMP-00030");
    QTest::newRow("dot") << QByteArray("/api/./deleteUser/EMP-00030");
    QTest::newRow("encoded slash") << QByteArray("/api/deleteUser/x%2F..%2FEMP-00030");
    QTest::newRow("encoded backslash") << QByteArray("/api/deleteUser/x%5C..%5CEMP-00030");
}

void TestHttpCompat::pathsAreNeverNormalised()
{
    QFETCH(QByteArray, target);
    const QByteArray body = "score=1";
    const auto r = exchange(RawHttpConnection::build("POST " + target + " HTTP/1.1",
        {host(), "X-API-Key: " + Key, FormType, "Content-Length: " + QByteArray::number(body.size())}, body));
    QVERIFY(r);
    QCOMPARE(r->status, 400);
    QVERIFY2(r->body.contains("segment"), r->body.constData());
    QCOMPARE(getJson("userExists/EMP-00030")[u"result"_s], QJsonValue(true));
}
