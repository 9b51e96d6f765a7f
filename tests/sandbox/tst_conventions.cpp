// The general conventions of the API (contract 1.1–1.9) over HTTP: output formats, success and error
// bodies, keys and whitelists, arrays, UID forms, dates, unknown functions, bad input.
#include "tests/sandbox/sandboxtestclient.h"

#include <QTcpSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using Springdesk::Testing::SandboxTestClient;

class TestConventions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Springdesk::Sandbox::SandboxOptions options;
        options.seed = u"demo"_s;
        options.apiKeys = {u"KEY-MAIN"_s, u"KEY-LIMITED:getUser,userExists"_s};
        QString error;
        QVERIFY2(m_client.start(options, &error), qPrintable(error));
        QCOMPARE(m_client.apiKey(), u"KEY-MAIN"_s);
    }

    void cleanupTestCase() { m_client.stop(); }

    void outputFormats_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("default json") << QByteArray("userExists/EMP-00001") << QByteArray()
                                      << QByteArray("application/json") << QByteArray("{\"result\":true}");
        QTest::newRow("accept json") << QByteArray("userExists/EMP-00001") << QByteArray("application/json")
                                     << QByteArray("application/json") << QByteArray("{\"result\":true}");
        QTest::newRow("any") << QByteArray("userExists/EMP-00001") << QByteArray("*/*")
                             << QByteArray("application/json") << QByteArray("{\"result\":true}");
        QTest::newRow("application/xml") << QByteArray("userExists/EMP-00001") << QByteArray("application/xml")
                                         << QByteArray("application/xml") << QByteArray("<result>true</result>");
        QTest::newRow("text/xml") << QByteArray("userExists/EMP-00001") << QByteArray("text/xml")
                                  << QByteArray("application/xml") << QByteArray("<result>true</result>");
        QTest::newRow("text/plain") << QByteArray("userExists/EMP-00001") << QByteArray("text/plain")
                                    << QByteArray("text/plain") << QByteArray("true");
        QTest::newRow("xml list") << QByteArray("getGroupUsers/GRP-0003") << QByteArray("application/xml")
                                  << QByteArray("application/xml") << QByteArray("<users><user><active>");
        QTest::newRow("text list") << QByteArray("getUser/EMP-00001") << QByteArray("text/plain")
                                   << QByteArray("text/plain") << QByteArray("id: EMP-00001\n");
        QTest::newRow(".xml suffix") << QByteArray("userExists.xml/EMP-00001") << QByteArray()
                                     << QByteArray("application/xml") << QByteArray("<result>true</result>");
        QTest::newRow("_format=text") << QByteArray("userExists/EMP-00001?_format=text") << QByteArray()
                                      << QByteArray("text/plain") << QByteArray("true");
        QTest::newRow("_pretty") << QByteArray("getUser/EMP-00001?_pretty=true") << QByteArray()
                                 << QByteArray("application/json") << QByteArray("{\n    \"active\"");
    }

    void outputFormats()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, accept);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        SandboxTestClient::Headers headers;
        if (!accept.isEmpty())
            headers.append({"Accept", accept});
        const auto r = m_client.get(path, headers);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.header("Content-Type").startsWith(contentType), r.header("Content-Type").constData());
        QVERIFY2(r.body.contains(body), r.body.constData());
    }

    void successMessage()
    {
        auto r = m_client.post("addGroup/C-G1", "type=student&name=A");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray());
        r = m_client.post("addGroup/C-G2?_returnSuccessMessage=true", "type=student&name=A");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("{\"success\":\"OK\"}"));
        r = m_client.post(
            "addGroup/C-G3", "type=student&name=A&_returnSuccessMessage=true", {{"Accept", "application/xml"}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("<success>OK</success>"));
        r = m_client.post("addGroup/C-G4?_returnSuccessMessage=false", "type=student&name=A");
        QCOMPARE(r.body, QByteArray());
    }

    void errorFormats_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        const QByteArray message = "No user exists with the specified ID: NOPE";
        QTest::newRow("plain by default") << QByteArray() << QByteArray() << QByteArray("text/plain") << message;
        QTest::newRow("plain even for xml")
            << QByteArray() << QByteArray("application/xml") << QByteArray("text/plain") << message;
        QTest::newRow("json") << QByteArray("?_formatErrors=true") << QByteArray() << QByteArray("application/json")
                              << QByteArray("{\"error\":\"" + message + "\"}");
        QTest::newRow("xml") << QByteArray("?_formatErrors=true") << QByteArray("text/xml")
                             << QByteArray("application/xml") << QByteArray("<error>" + message + "</error>");
        QTest::newRow("text") << QByteArray("?_formatErrors=true") << QByteArray("text/plain")
                              << QByteArray("text/plain") << message;
    }

    void errorFormats()
    {
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, accept);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        SandboxTestClient::Headers headers;
        if (!accept.isEmpty())
            headers.append({"Accept", accept});
        const auto r = m_client.get("getUser/NOPE" + query, headers);
        QCOMPARE(r.status, 404);
        QVERIFY(r.header("Content-Type").startsWith(contentType));
        QVERIFY2(r.body.contains(body), r.body.constData());
    }

    void authentication_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("form");
        QTest::addColumn<int>("status");
        QTest::newRow("missing key") << QByteArray("getUsers") << QByteArray() << QByteArray() << 401;
        QTest::newRow("unknown key") << QByteArray("getUsers") << QByteArray("WRONG") << QByteArray() << 401;
        QTest::newRow("header key") << QByteArray("getUsers") << QByteArray("KEY-MAIN") << QByteArray() << 200;
        QTest::newRow("_key wins over wrong header")
            << QByteArray("getUsers?_key=KEY-MAIN") << QByteArray("WRONG") << QByteArray() << 200;
        QTest::newRow("wrong _key wins over header")
            << QByteArray("getUsers?_key=WRONG") << QByteArray("KEY-MAIN") << QByteArray() << 401;
        QTest::newRow("_key in body") << QByteArray("getUsers") << QByteArray() << QByteArray("_key=KEY-MAIN") << 200;
        QTest::newRow("whitelisted") << QByteArray("getUser/EMP-00001") << QByteArray("KEY-LIMITED") << QByteArray()
                                     << 200;
        QTest::newRow("not whitelisted") << QByteArray("getUsers") << QByteArray("KEY-LIMITED") << QByteArray() << 403;
        QTest::newRow("_key limited") << QByteArray("getUsers?_key=KEY-LIMITED") << QByteArray("KEY-MAIN")
                                      << QByteArray() << 403;
    }

    void authentication()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, form);
        QFETCH(int, status);
        SandboxTestClient::Headers headers;
        if (!header.isEmpty())
            headers.append({"X-API-Key", header});
        const auto r = form.isEmpty() ? m_client.get(path, headers, false) : m_client.post(path, form, headers, false);
        QCOMPARE(r.status, status);
        if (status != 200)
            QVERIFY(!r.body.isEmpty());
    }

    void unknownFunctions_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("unknown") << QByteArray("getEverything");
        QTest::newRow("deleteUserRoles") << QByteArray("deleteUserRoles/EMP-00001");
        QTest::newRow("getGroup") << QByteArray("getGroup/GRP-0001");
        QTest::newRow("getGroups") << QByteArray("getGroups");
        QTest::newRow("getCoursePermissions") << QByteArray("getCoursePermissions/CRS-0001/EMP-00002");
        QTest::newRow("no function") << QByteArray("");
        QTest::newRow("too many segments") << QByteArray("getUser/EMP-00001/extra");
    }

    void unknownFunctions()
    {
        QFETCH(QByteArray, path);
        QCOMPARE(m_client.get(path).status, 404);
        QCOMPARE(m_client.post(path).status, 404);
    }

    void methods()
    {
        QCOMPARE(m_client.post("getUser/EMP-00001").status, 200); // queries accept POST
        QCOMPARE(m_client.get("addGroup/C-GET?type=student&name=Via%20GET").status, 200); // commands accept GET
        QCOMPARE(m_client.get("groupExists/C-GET").body, QByteArray("{\"result\":true}"));
        const auto put = m_client.raw("PUT", "/api/getUsers", {}, {{"X-API-Key", "KEY-MAIN"}});
        QCOMPARE(put.status, 405);
        QCOMPARE(m_client.raw("GET", "/elsewhere").status, 404);
    }

    void arraysAndNamedPathParameters()
    {
        QCOMPARE(m_client.post("addGroup", "groupID=C-ARR&type=student&name=Arrays").status, 200);
        const auto form = SandboxTestClient::form(
            {{u"user"_s, u"EMP-00003"_s}, {u"user"_s, u"EMP-00004"_s}, {u"user"_s, u"EMP-00005"_s}});
        // Demo users 3–5 may lack the learner role; give it first (repeated role values).
        for (const char *u : {"EMP-00003", "EMP-00004", "EMP-00005"})
            QCOMPARE(
                m_client.post(QByteArray("addUserRoles/") + u, "role=student&role=mentor&ignoreDuplicates=true").status,
                200);
        QCOMPARE(m_client.post("addGroupUsers/C-ARR", form).status, 200);
        const auto users = m_client.get("getGroupUsers?groupID=C-ARR").json().value(u"users"_s).toArray();
        QCOMPARE(users.size(), 3);
        QCOMPARE(m_client.get("getUser?userID=EMP-00003").status, 200);
        // A non-array parameter given twice with different values is ambiguous.
        const auto twice = m_client.post("addGroup/C-TWICE", "type=student&name=A&name=B");
        QCOMPARE(twice.status, 400);
        QVERIFY(twice.body.contains("name"));
    }

    void uidForms()
    {
        const auto user = m_client.get("getUser/EMP-00003").json();
        const QByteArray uid = user.value(u"uid"_s).toString().toUtf8();
        QVERIFY(!uid.isEmpty());
        QCOMPARE(m_client.get("getUser?userUID=" + uid).json().value(u"id"_s).toString(), u"EMP-00003"_s);
        QCOMPARE(m_client.get("userExists?userUID=" + uid).body, QByteArray("{\"result\":true}"));
        QCOMPARE(m_client.get("userExists?userUID=00000000-0000-0000-0000-000000000000").body,
            QByteArray("{\"result\":false}"));
        QCOMPARE(m_client.post("updateUser?userUID=" + uid, "title=dr.").status, 200);
        QCOMPARE(m_client.post("updateUser?UID=" + uid, "initials=K.").status, 200); // [go]'s spelling
        QCOMPARE(m_client.get("getUser/EMP-00003").json().value(u"initials"_s).toString(), u"K."_s);
        QCOMPARE(m_client.get("getUser/EMP-00003").json().value(u"title"_s).toString(), u"dr."_s);
        const auto course = m_client.get("getCourse/CRS-0001").json();
        const QByteArray courseUid = course.value(u"uid"_s).toString().toUtf8();
        QCOMPARE(m_client.get("getCourse?UID=" + courseUid).json().value(u"id"_s).toString(), u"CRS-0001"_s);
        QCOMPARE(m_client.get("getCourse?courseUID=" + courseUid).json().value(u"id"_s).toString(), u"CRS-0001"_s);
        QCOMPARE(
            m_client.get("getCourses?templateUID=" + course.value(u"templateUid"_s).toString().toUtf8()).status, 200);
        QCOMPARE(m_client.get("isSubscribed?userUID=" + uid + "&courseUID=" + courseUid).status, 200);
        QCOMPARE(m_client.get("getUser?userUID=nope").status, 404);
    }

    void invalidDates_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("not a leap year") << u"2023-02-29"_s;
        QTest::newRow("month 13") << u"2023-13-01"_s;
        QTest::newRow("before 1000") << u"0999-12-31"_s;
        QTest::newRow("no dashes") << u"20230101"_s;
        QTest::newRow("short") << u"2023-1-1"_s;
        QTest::newRow("text") << u"yesterday"_s;
    }

    void invalidDates()
    {
        QFETCH(QString, value);
        const auto r = m_client.post("updateUser/EMP-00003", SandboxTestClient::form({{u"dateOfBirth"_s, value}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(QString::fromUtf8(r.body), u"dateOfBirth does not contain an ISO8601 date value: "_s + value);
    }

    void emptyDateClears()
    {
        QCOMPARE(m_client.post("updateUser/EMP-00003", "dateOfBirth=1999-12-31").status, 200);
        QCOMPARE(m_client.get("getUser/EMP-00003").json().value(u"dateOfBirth"_s).toString(), u"1999-12-31"_s);
        QCOMPARE(m_client.post("updateUser/EMP-00003", "firstName=Kees").status, 200); // omitted: unchanged
        QCOMPARE(m_client.get("getUser/EMP-00003").json().value(u"dateOfBirth"_s).toString(), u"1999-12-31"_s);
        QCOMPARE(m_client.post("updateUser/EMP-00003", "dateOfBirth=").status, 200); // empty: cleared
        QCOMPARE(m_client.get("getUser/EMP-00003").json().value(u"dateOfBirth"_s).toString(), QString());
    }

    void multipart()
    {
        const QByteArray boundary = "----springdesk";
        QByteArray body;
        const auto part = [&](const QByteArray &name, const QByteArray &value, const QByteArray &filename = {}) {
            body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + '"';
            if (!filename.isEmpty())
                body += "; filename=\"" + filename + "\"\r\nContent-Type: image/png";
            body += "\r\n\r\n" + value + "\r\n";
        };
        part("login", "multi@example.nl");
        part("firstName", "Zoë");
        part("role", "student");
        part("role", "teacher");
        part("avatar", QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'x'), "me.png");
        body += "--" + boundary + "--\r\n";
        const auto r = m_client.post("addUser/C-MP", body, {}, true, "multipart/form-data; boundary=" + boundary);
        QCOMPARE(r.status, 200);
        const auto user = m_client.get("getUser/C-MP").json();
        QCOMPARE(user.value(u"firstName"_s).toString(), u"Zoë"_s);
        QCOMPARE(user.value(u"roles"_s).toArray().size(), 2);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("message");
        const QByteArray form = "application/x-www-form-urlencoded";
        QTest::newRow("malformed percent") << QByteArray("login=a%zz&role=student") << form << QByteArray("percent");
        QTest::newRow("truncated percent") << QByteArray("login=abc%4") << form << QByteArray("percent");
        QTest::newRow("invalid utf-8") << QByteArray("login=%C3%28abc") << form << QByteArray("UTF-8");
        QTest::newRow("raw invalid utf-8") << QByteArray("login=\xff\xfe") << form << QByteArray("UTF-8");
        QTest::newRow("huge parameter") << QByteArray("login=" + QByteArray(70000, 'a')) << form
                                        << QByteArray("longer than");
        QByteArray repeated = "login=bad%40example.nl";
        for (int i = 0; i < 10000; ++i)
            repeated += "&role=student";
        QTest::newRow("10000 repeated") << repeated << form << QByteArray("repeated 10000 times");
        QTest::newRow("empty name") << QByteArray("=x&login=y") << form << QByteArray("empty name");
        QTest::newRow("json body") << QByteArray("{\"login\":\"x\"}") << QByteArray("application/json")
                                   << QByteArray("Content-Type");
        QTest::newRow("multipart without boundary")
            << QByteArray("--x\r\n") << QByteArray("multipart/form-data") << QByteArray("boundary");
        QTest::newRow("multipart unterminated")
            << QByteArray("--b\r\nContent-Disposition: form-data; name=\"login\"\r\n\r\nx")
            << QByteArray("multipart/form-data; boundary=b") << QByteArray("not terminated");
    }

    void badInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, message);
        const auto r = m_client.post("addUser/C-BAD", body, {}, true, contentType);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.body.contains(message), r.body.constData());
        // Nothing was written and the server still answers.
        QCOMPARE(m_client.get("userExists/C-BAD").body, QByteArray("{\"result\":false}"));
    }

    void badPath()
    {
        // QUrl would repair a bad escape, so send those bytes over a raw socket.
        QVERIFY(rawExchange("GET /api/getUser/%ZZ HTTP/1.1\r\nHost: x\r\nX-API-Key: KEY-MAIN\r\n\r\n")
                    .startsWith("HTTP/1.1 400"));
        QCOMPARE(m_client.get("getUser/%C3%28").status, 400);
        QCOMPARE(m_client.get("getUsers?_pretty=maybe").status, 400);
        QCOMPARE(m_client.get("getUsers?_format=yaml").status, 400);
        // Unicode IDs round-trip.
        QCOMPARE(m_client.post("addGroup/gr%C3%BCn%20%E2%9C%93", "type=student&name=Gr%C3%BCn").status, 200);
        QCOMPARE(m_client.get("groupExists/gr%C3%BCn%20%E2%9C%93").body, QByteArray("{\"result\":true}"));
    }

    // The HTTP/1.1 layer: chunked bodies, pipelined keep-alive requests, malformed heads.
    void httpLayer()
    {
        const QByteArray chunked = rawExchange(
            "POST /api/addGroup/C-CHUNK HTTP/1.1\r\nHost: x\r\nX-API-Key: KEY-MAIN\r\nTransfer-Encoding: chunked\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n\r\n"
            "c\r\ntype=student\r\n7\r\n&name=C\r\n0\r\n\r\n");
        QVERIFY2(chunked.startsWith("HTTP/1.1 200"), chunked.constData());
        const QByteArray pipelined = rawExchange(
            "GET /api/groupExists/C-CHUNK HTTP/1.1\r\nHost: x\r\nX-API-Key: KEY-MAIN\r\n\r\n"
            "GET /api/groupExists/NOPE HTTP/1.1\r\nHost: x\r\nX-API-Key: KEY-MAIN\r\nConnection: close\r\n\r\n");
        QCOMPARE(pipelined.count("HTTP/1.1 200"), 2);
        QVERIFY(pipelined.indexOf("{\"result\":true}") < pipelined.indexOf("{\"result\":false}"));
        QVERIFY(rawExchange("NONSENSE\r\n\r\n").startsWith("HTTP/1.1 400"));
        QVERIFY(rawExchange("GET /api/getUsers HTTP/1.1\r\nX-Big: " + QByteArray(70000, 'a') + "\r\n\r\n")
                    .startsWith("HTTP/1.1 431"));
        QVERIFY(rawExchange("POST /api/getUsers HTTP/1.1\r\nContent-Length: 999999999999\r\n\r\n")
                    .startsWith("HTTP/1.1 413"));
        QVERIFY(rawExchange("POST /api/getUsers HTTP/1.1\r\nContent-Length: -5\r\n\r\n").startsWith("HTTP/1.1 400"));
        QCOMPARE(m_client.get("getUsers").status, 200);
    }

    // Random garbage on raw connections: every one gets an answer or a close, never a crash.
    void garbageRequests()
    {
        QRandomGenerator random(42);
        for (int i = 0; i < 40; ++i) {
            QByteArray junk(int(random.bounded(1, 3000)), Qt::Uninitialized);
            for (char &c : junk)
                c = char(random.bounded(256));
            if (i % 2)
                junk = "POST /api/addUser/" + junk.left(50) + " HTTP/1.1\r\nContent-Length: "
                    + QByteArray::number(junk.size()) + "\r\nConnection: close\r\n\r\n" + junk;
            else
                junk += "\r\n\r\n";
            rawExchange(junk);
        }
        QCOMPARE(m_client.get("getUsers").status, 200);
    }

    // Many requests in parallel over several connections: all answered, none lost.
    void concurrentCommands()
    {
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 60; ++i) {
            QNetworkRequest request(m_client.apiBaseUrl().resolved(QUrl(u"addGroup/C-PAR-%1"_s.arg(i))));
            request.setRawHeader("X-API-Key", m_client.apiKey().toUtf8());
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
            replies.append(m_client.network().post(request, QByteArray("type=student&name=P")));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.cbegin(), replies.cend(), [](auto *r) { return r->isFinished(); }), 30000);
        for (QNetworkReply *r : std::as_const(replies)) {
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            r->deleteLater();
        }
        for (int i = 0; i < 60; i += 7)
            QCOMPARE(m_client.get("groupExists/C-PAR-" + QByteArray::number(i)).body, QByteArray("{\"result\":true}"));
    }

private:
    // Sends raw bytes and returns everything the server answers until it closes (or 5 s pass).
    QByteArray rawExchange(const QByteArray &request)
    {
        QTcpSocket socket;
        socket.connectToHost(m_client.apiBaseUrl().host(), quint16(m_client.apiBaseUrl().port()));
        if (!socket.waitForConnected(5000))
            return {};
        socket.write(request);
        QByteArray answer;
        QDeadlineTimer deadline(5000);
        while (!deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState) {
            if (socket.waitForReadyRead(200))
                answer += socket.readAll();
            else if (!answer.isEmpty() && !request.contains("Connection: close") && answer.contains("\r\n\r\n"))
                break; // keep-alive: the answer is complete
        }
        answer += socket.readAll();
        return answer;
    }

    SandboxTestClient m_client;
};

QTEST_MAIN(TestConventions)
#include "tst_conventions.moc"
