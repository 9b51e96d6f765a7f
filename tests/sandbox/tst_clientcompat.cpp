// Public third-party clients against the sandbox (contract section 3). Their request patterns are
// replayed byte for byte over raw TCP and the answers are checked against what they decode:
//  - telartis/anewspring (PHP through libcurl): parameters as an urlencoded body even on GET, a custom
//    User-Agent, "Accept: */*", POSTs without a body or Content-Length, raw '@' in paths, '+' for spaces;
//    reads {"result":bool|string} and the list wrappers, treats every non-200 as an error text.
//  - kroutled/ansapi (Go net/http): base URL without a trailing slash, the header spelled X-Api-Key,
//    UID query forms, addUser without a path ID (external ID in the body field id), initializeCourseId
//    with the UID twice, a POST with "Content-Length: 0"; decodes into typed structs.
//  - Deltares ANewSpringUtils (Java HttpURLConnection): Content-Type on every GET, Java's default
//    Accept list, a trailing '&' in form bodies, POSTs without a body; reads result as a string.
// The HTTP layer those libraries and curl exercise is covered by tst_httpcompat.
#include "tests/sandbox/jsonshape.h"
#include "tests/sandbox/rawhttpconnection.h"
#include "tests/sandbox/sandboxtestclient.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Springdesk::Testing;

namespace {

const QByteArray Key = "5c0ffee0-0a1b-4c2d-8e3f-compat000001"; // opaque, UUID-like as in public clients

const QByteArray PhpAgent = "User-Agent: Mozilla/4.0 (compatible; Telartis/aNewSpring API Client; Linux; PHP/8.2.7)";
const QByteArray JavaAccept = "Accept: text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2";
const QByteArray FormType = "Content-Type: application/x-www-form-urlencoded";

using K = JsonKind;
// The shapes the clients decode (contract 2.1, 2.4, 2.5; Go models.go; PHP doc comments).
const QList<JsonField> UserEntry
    = {{u"id"_s}, {u"uid"_s}, {u"name"_s}, {u"login"_s}, {u"email"_s}, {u"active"_s, K::Bool}};
const QList<JsonField> UserObject = {{u"id"_s}, {u"uid"_s}, {u"login"_s}, {u"email"_s}, {u"title"_s}, {u"firstName"_s},
    {u"middleName"_s}, {u"lastName"_s}, {u"initials"_s}, {u"gender"_s}, {u"company"_s}, {u"function"_s},
    {u"dateOfBirth"_s, K::Date}, {u"telephoneNumber"_s}, {u"faxNumber"_s}, {u"cellPhoneNumber"_s}, {u"address"_s},
    {u"zip"_s}, {u"residence"_s}, {u"country"_s}, {u"invoiceAddress"_s}, {u"invoiceZip"_s}, {u"invoiceResidence"_s},
    {u"invoiceCountry"_s}, {u"custom1"_s}, {u"custom2"_s}, {u"custom3"_s}, {u"custom4"_s}, {u"custom5"_s},
    {u"locale"_s}, {u"timeZoneGroup"_s}, {u"active"_s, K::Bool}, {u"renewable"_s, K::Bool}, {u"roles"_s, K::Array}};
const QList<JsonField> TemplateEntry = {{u"id"_s}, {u"uid"_s}, {u"name"_s}};
const QList<JsonField> CourseObject = {{u"id"_s}, {u"uid"_s}, {u"name"_s}, {u"title"_s}, {u"description"_s},
    {u"isTemplate"_s, K::Bool}, {u"active"_s, K::Bool}, {u"archived"_s, K::Bool}, {u"reseller"_s}, {u"type"_s},
    {u"accessType"_s}, {u"startDate"_s, K::Date}, {u"expireDate"_s, K::Date}, {u"expireInterval"_s},
    {u"teachersAllowed"_s, K::Bool}, {u"teacherGroup"_s}, {u"mentorGroup"_s}};
const QList<JsonField> Term
    = {{u"name"_s}, {u"score"_s, K::Integer}, {u"maxScore"_s, K::Integer}, {u"threshold"_s, K::Integer}};
const QList<JsonField> Criterion = {{u"id"_s}, {u"name"_s}, {u"maxScore"_s, K::Integer}, {u"score"_s, K::Integer}};
const QList<JsonField> Attempt = {{u"attemptNumber"_s, K::Integer}, {u"startDate"_s, K::Date},
    {u"startDateTime"_s, K::DateTime}, {u"completed"_s, K::Bool}, {u"completeDate"_s, K::Date},
    {u"completeDateTime"_s, K::DateTime}, {u"expireDate"_s, K::Date}, {u"progress"_s}, {u"score"_s},
    {u"passed"_s, K::Bool}, {u"terms"_s, K::Array, &Term}, {u"criteria"_s, K::Array, &Criterion}};
const QList<JsonField> Part = {{u"id"_s}, {u"uid"_s}, {u"name"_s}, {u"type"_s}, {u"subType"_s}, {u"blockName"_s},
    {u"completed"_s, K::Bool}, {u"completeDate"_s, K::Date}, {u"completeDateTime"_s, K::DateTime}, {u"score"_s},
    {u"passed"_s, K::Bool}, {u"attempts"_s, K::Array, &Attempt}};
const QList<JsonField> SubscriptionBase = {{u"id"_s}, {u"uid"_s}, {u"name"_s}, {u"reseller"_s}, {u"active"_s, K::Bool},
    {u"subscribeDate"_s, K::Date}, {u"subscribeDateTime"_s, K::DateTime}, {u"startDate"_s, K::Date},
    {u"startDateTime"_s, K::DateTime}, {u"finished"_s, K::Bool}, {u"expired"_s, K::Bool}, {u"progress"_s, K::Progress}};
const QList<JsonField> Stats
    = {{u"knowledgeIntake"_s, K::Number}, {u"efficiency"_s, K::Number}, {u"objectivesProgress"_s, K::Number}};
const QList<JsonField> Subscription = SubscriptionBase + Stats;
const QList<JsonField> Result = SubscriptionBase + Stats
    + QList<JsonField>{{u"completed"_s, K::Bool}, {u"completeDate"_s, K::Date}, {u"grade"_s}, {u"passed"_s, K::Bool},
        {u"gradeDate"_s, K::Date}, {u"lastTrainingCompletedDate"_s, K::Date},
        {u"lastTrainingCompletedDateTime"_s, K::DateTime}, {u"parts"_s, K::Array, &Part}};
const QList<JsonField> UsersList = {{u"users"_s, K::Array, &UserEntry}};
const QList<JsonField> TemplatesList = {{u"templates"_s, K::Array, &TemplateEntry}};
const QList<JsonField> CoursesList = {{u"courses"_s, K::Array, &CourseObject}};
const QList<JsonField> SubscriptionsList = {{u"courses"_s, K::Array, &Subscription}};
const QList<JsonField> ResultsList = {{u"courses"_s, K::Array, &Result}};
const QList<JsonField> StudentsList = {{u"students"_s, K::Array, &Subscription}};

// What the PHP client makes of an error body: HTML stripped, a leading "<status> " removed.
QString phpErrorText(int status, const QByteArray &body)
{
    static const QRegularExpression tags(u"<[^>]*>"_s);
    QString text = QString::fromUtf8(body).remove(tags).trimmed();
    if (text.startsWith(QString::number(status) + u' '))
        text = text.mid(4);
    return text;
}

} // namespace

class TestClientCompat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_client.stop(); }

    void phpParametersInGetBodies();
    void phpDecoding();
    void phpCommands();
    void phpErrors();
    void goPatterns();
    void goAddUserWithoutPathId();
    void goDecoding();
    void javaPatterns();
    void pathEncoding_data();
    void pathEncoding();
    void plusInForms();

private:
    // Sends the bytes on a new connection and returns the final answer.
    std::optional<RawHttpResponse> exchange(const QByteArray &request, bool head = false);
    QByteArray host() const { return "Host: " + m_hostPort; }
    QByteArray php(const QByteArray &method, const QByteArray &path, const QByteArray &body = {}) const;
    QByteArray go(const QByteArray &method, const QByteArray &target, const QByteArray &body = {}) const;
    QByteArray java(const QByteArray &method, const QByteArray &path, const QByteArray &contentType,
        const QByteArray &body = {}, bool emptyLength = false) const;
    QJsonObject getJson(const QByteArray &path) { return m_client.get(path, {{"X-API-Key", Key}}, false).json(); }

    SandboxTestClient m_client;
    QString m_host;
    quint16 m_port = 0;
    QByteArray m_hostPort;
    // Found in the demo seed: a learner with detailed results in a course, and a template with a
    // course that has no external ID.
    QByteArray m_student, m_studentUid, m_course, m_courseUid, m_template, m_templateUid;
};

std::optional<RawHttpResponse> TestClientCompat::exchange(const QByteArray &request, bool head)
{
    RawHttpConnection c(m_host, m_port);
    if (!c.open())
        return std::nullopt;
    c.send(request);
    return c.readFinal(head);
}

QByteArray TestClientCompat::php(const QByteArray &method, const QByteArray &path, const QByteArray &body) const
{
    // libcurl with CURLOPT_CUSTOMREQUEST and CURLOPT_POSTFIELDS as a string: the body goes out with
    // any method, as application/x-www-form-urlencoded; no POSTFIELDS means no Content-Length at all.
    QList<QByteArray> headers{host(), PhpAgent, "Accept: */*", "X-API-Key: " + Key};
    if (!body.isEmpty())
        headers += {"Content-Length: " + QByteArray::number(body.size()), FormType};
    return RawHttpConnection::build(method + " /api/" + path + " HTTP/1.1", headers, body);
}

QByteArray TestClientCompat::go(const QByteArray &method, const QByteArray &target, const QByteArray &body) const
{
    // net/http canonicalises header names (X-Api-Key) and sends Content-Length: 0 on a bodiless POST.
    QList<QByteArray> headers{host(), "User-Agent: Go-http-client/1.1"};
    if (method == "POST")
        headers += {"Content-Length: " + QByteArray::number(body.size()), FormType};
    headers += {"X-Api-Key: " + Key, "Accept-Encoding: gzip"};
    return RawHttpConnection::build(method + " /api" + target + " HTTP/1.1", headers, body);
}

QByteArray TestClientCompat::java(const QByteArray &method, const QByteArray &path, const QByteArray &contentType,
    const QByteArray &body, bool emptyLength) const
{
    QList<QByteArray> headers{"Content-Type: " + contentType, "X-API-Key: " + Key, "User-Agent: Java/17.0.9", host(),
        JavaAccept, "Connection: keep-alive"};
    if (!body.isEmpty() || emptyLength)
        headers += "Content-Length: " + QByteArray::number(body.size());
    return RawHttpConnection::build(method + " /api/" + path + " HTTP/1.1", headers, body);
}

void TestClientCompat::initTestCase()
{
    Springdesk::Sandbox::SandboxOptions options;
    options.seed = u"demo"_s;
    options.apiKeys = {QString::fromLatin1(Key)};
    QString error;
    QVERIFY2(m_client.start(options, &error), qPrintable(error));
    m_host = m_client.apiBaseUrl().host();
    m_port = quint16(m_client.apiBaseUrl().port());
    m_hostPort = m_host.toLatin1() + ':' + QByteArray::number(m_port);

    // A learner with detailed results (attempts with terms) and a template with an ID-less course.
    const QJsonArray templates = getJson("getTemplates").value(u"templates"_s).toArray();
    for (const QJsonValue &t : templates) {
        const QByteArray tid = t[u"id"_s].toString().toUtf8();
        const QJsonArray courses
            = getJson("getCourses/" + tid + "?includeWithoutId=true").value(u"courses"_s).toArray();
        for (const QJsonValue &c : courses) {
            if (c[u"id"_s].toString().isEmpty() && m_template.isEmpty()) {
                m_template = tid;
                m_templateUid = t[u"uid"_s].toString().toUtf8();
            }
            const QByteArray cid = c[u"id"_s].toString().toUtf8();
            if (cid.isEmpty() || !m_student.isEmpty())
                continue;
            for (const QJsonValue &s : getJson("getStudentSubscriptions/" + cid).value(u"students"_s).toArray()) {
                const QByteArray sid = s[u"id"_s].toString().toUtf8();
                if (sid.isEmpty())
                    continue;
                const QByteArray results = QJsonDocument(getJson("getResults/" + sid + "?courseID=" + cid)).toJson();
                if (results.contains("\"threshold\"")) {
                    m_student = sid;
                    m_studentUid = s[u"uid"_s].toString().toUtf8();
                    m_course = cid;
                    m_courseUid = c[u"uid"_s].toString().toUtf8();
                    break;
                }
            }
        }
        if (!m_template.isEmpty() && !m_student.isEmpty())
            break;
    }
    QVERIFY2(!m_student.isEmpty(), "the demo seed has no learner with attempt details");
    QVERIFY2(!m_template.isEmpty(), "the demo seed has no course without an external ID");
}

// PHP sends skipStats, asStudent and includeWithoutId in the body of a GET: the sandbox must read it.
void TestClientCompat::phpParametersInGetBodies()
{
    const auto stats = exchange(php("GET", "getSubscriptions/" + m_student, "skipStats=false"));
    const auto noStats = exchange(php("GET", "getSubscriptions/" + m_student, "skipStats=true"));
    QVERIFY(stats && noStats);
    QCOMPARE(stats->status, 200);
    QCOMPARE(noStats->status, 200);
    const QJsonObject withStats = stats->json()[u"courses"_s].toArray().at(0).toObject();
    const QJsonObject withoutStats = noStats->json()[u"courses"_s].toArray().at(0).toObject();
    QVERIFY(withStats.contains(u"knowledgeIntake"_s));
    QVERIFY(!withoutStats.contains(u"knowledgeIntake"_s));

    const auto admin = exchange(php("GET", "getResults/" + m_student, "asStudent=false"));
    const auto learner = exchange(php("GET", "getResults/" + m_student, "asStudent=true"));
    QVERIFY(admin && learner);
    QCOMPARE(admin->status, 200);
    QCOMPARE(learner->status, 200);
    QVERIFY(admin->body.contains("\"threshold\""));
    QVERIFY(!learner->body.contains("\"threshold\"")); // asStudent hides attempt feedback

    const auto all = exchange(php("GET", "getTemplates", "includeWithoutId=true"));
    const auto withId = exchange(php("GET", "getTemplates", "includeWithoutId=false"));
    QVERIFY(all && withId);
    QVERIFY(all->json()[u"templates"_s].toArray().size() > withId->json()[u"templates"_s].toArray().size());

    const auto students = exchange(php("GET", "getStudentSubscriptions/" + m_course, "skipStats=true"));
    QVERIFY(students);
    QCOMPARE(students->status, 200);
    QVERIFY(!students->body.contains("\"efficiency\""));
}

// The wrapped values the PHP client checks with get_debug_type(): bool, string, array.
void TestClientCompat::phpDecoding()
{
    const auto exists = exchange(php("GET", "userExists/" + m_student));
    QVERIFY(exists);
    QCOMPARE(exists->status, 200);
    QVERIFY(exists->json()[u"result"_s].isBool());
    QVERIFY(exists->json()[u"result"_s].toBool());
    QVERIFY(exists->header("content-type").startsWith("application/json"));

    const auto token = exchange(php("GET", "getLoginToken/" + m_student));
    QVERIFY(token);
    QVERIFY(token->json()[u"result"_s].isString());
    QVERIFY(!token->json()[u"result"_s].toString().isEmpty());

    const auto user = exchange(php("GET", "getUser/" + m_student));
    QVERIFY(user);
    const QString shape = checkJsonShape(user->json(), UserObject);
    QVERIFY2(shape.isEmpty(), qPrintable(shape)); // PHP sorts roles and reads active unconditionally

    // The user lists, with the instructor of the learner (or of the course's instructor group).
    const auto teachers
        = exchange(php("GET", "getStudentTeachers/" + m_student + '/' + m_course, "excludeTeacherGroups=false"));
    QVERIFY(teachers);
    QCOMPARE(teachers->status, 200);
    QByteArray teacher = teachers->json()[u"users"_s].toArray().at(0)[u"id"_s].toString().toUtf8();
    if (teacher.isEmpty()) {
        const QByteArray group = getJson("getCourse/" + m_course)[u"teacherGroup"_s].toString().toUtf8();
        teacher = getJson("getGroupUsers/" + group)[u"users"_s].toArray().at(0)[u"id"_s].toString().toUtf8();
    }
    for (const auto &response :
        {teachers, exchange(php("GET", "getUsers")), exchange(php("GET", "getGroupUsers/GRP-0001")),
            exchange(php("GET", "getTeacherStudents/" + teacher + '/' + m_course))}) {
        QVERIFY(response);
        QVERIFY2(response->status == 200, response->body.constData());
        const QString e = checkJsonShape(response->json(), UsersList);
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }
    const auto courses = exchange(php("GET", "getCourses/" + m_template));
    QVERIFY(courses);
    const QString e = checkJsonShape(courses->json(), CoursesList); // teachersAllowed, teacherGroup
    QVERIFY2(e.isEmpty(), qPrintable(e));
}

// PHP commands: an http_build_query body ('+' for spaces, %40, roles rewritten to role=…&role=…),
// and POSTs without any body or Content-Length (initializeId with a raw '@' in the path, deleteUser).
void TestClientCompat::phpCommands()
{
    const QByteArray body = "userID=31337&login=j.jansen%40example.com&firstName=Jan+Willem&lastName=Jansen"
                            "&email=j.jansen%40example.com&dateOfBirth=&active=true&notify=false"
                            "&role=student&role=teacher";
    const auto added = exchange(php("POST", "addUser/31337", body));
    QVERIFY(added);
    QCOMPARE(added->status, 200);
    QVERIFY(added->body.isEmpty());
    const QJsonObject user = getJson("getUser/31337");
    QCOMPARE(user[u"firstName"_s].toString(), u"Jan Willem"_s);
    QCOMPARE(user[u"login"_s].toString(), u"j.jansen@example.com"_s);
    QCOMPARE(user[u"roles"_s].toArray(), (QJsonArray{u"student"_s, u"teacher"_s}));

    QCOMPARE(exchange(php("POST", "deleteUser/31337"))->status, 200);
    QCOMPARE(getJson("userExists/31337")[u"result"_s].toBool(), false);

    // initializeId for a user made "in the admin UI" (no external ID), login raw in the path.
    QByteArray login;
    for (const QJsonValue &u : getJson("getUsers")[u"users"_s].toArray()) {
        if (u[u"id"_s].toString().isEmpty()) {
            login = u[u"login"_s].toString().toUtf8();
            break;
        }
    }
    QVERIFY(login.contains('@'));
    const auto initialised = exchange(php("POST", "initializeId/" + login + "/31338"));
    QVERIFY(initialised);
    QCOMPARE(initialised->status, 200);
    QCOMPARE(getJson("getUser/31338")[u"login"_s].toString(), QString::fromUtf8(login));
}

// Every non-200 is an error text for PHP: plain text, no HTML, the same after its clean-up.
void TestClientCompat::phpErrors()
{
    for (const QByteArray &path : {QByteArray("getUser/NO-SUCH-USER"), QByteArray("getGroup/GRP-0001"),
             QByteArray("addGroup/GRP-0001?type=student&name=Again")}) {
        const auto r = exchange(php(path.startsWith("add") ? "POST" : "GET", path));
        QVERIFY(r);
        QVERIFY2(r->status == 404 || r->status == 409, r->statusLine.constData());
        QVERIFY(r->header("content-type").startsWith("text/plain"));
        QVERIFY(!r->body.isEmpty());
        QCOMPARE(phpErrorText(r->status, r->body), QString::fromUtf8(r->body).trimmed());
    }
}

// The Go client's UID query forms and path forms, with its exact headers.
void TestClientCompat::goPatterns()
{
    const auto users = exchange(go("GET", "/getUsers"));
    QVERIFY(users);
    QCOMPARE(users->status, 200);
    QVERIFY(!users->hasHeader("content-encoding")); // Accept-Encoding: gzip is optional for a server
    QVERIFY(checkJsonShape(users->json(), UsersList).isEmpty());

    const QByteArray uid = m_studentUid;
    QCOMPARE(exchange(go("GET", "/userExists?userUID=" + uid))->json()[u"result"_s], QJsonValue(true));
    QCOMPARE(exchange(go("GET", "/userExists/" + m_student))->json()[u"result"_s], QJsonValue(true));
    QCOMPARE(exchange(go("GET", "/userExists?userUID=00000000-0000-0000-0000-000000000000"))->json()[u"result"_s],
        QJsonValue(false));
    QCOMPARE(exchange(go("GET", "/getUser?userUID=" + uid))->json()[u"id"_s].toString().toUtf8(), m_student);
    QVERIFY(!exchange(go("GET", "/getSubscriptions?userUID=" + uid))->json()[u"courses"_s].toArray().isEmpty());
    QVERIFY(!exchange(go("GET", "/getResults?userUID=" + uid))->json()[u"courses"_s].toArray().isEmpty());
    QVERIFY(!exchange(go("GET", "/getTemplates"))->json()[u"templates"_s].toArray().isEmpty());
    const QJsonArray byUid
        = exchange(go("GET", "/getCourses?templateUID=" + m_templateUid))->json()[u"courses"_s].toArray();
    const QJsonArray all
        = exchange(go("GET", "/getCourses/" + m_template + "?includeWithoutId=true"))->json()[u"courses"_s].toArray();
    QVERIFY(all.size() > byUid.size()); // the ID-less course only with includeWithoutId
    QCOMPARE(exchange(go("GET", "/getCourse?UID=" + m_courseUid))->json()[u"id"_s].toString().toUtf8(), m_course);
    QCOMPARE(exchange(go("GET", "/getCourse/" + m_course))->json()[u"uid"_s].toString().toUtf8(), m_courseUid);

    // GenerateCourseExtIDs: initializeCourseId/{uid}/{uid} for every course without an ID.
    QByteArray idless;
    for (const QJsonValue &c : all) {
        if (c[u"id"_s].toString().isEmpty())
            idless = c[u"uid"_s].toString().toUtf8();
    }
    QVERIFY(!idless.isEmpty());
    const auto init = exchange(go("POST", "/initializeCourseId/" + idless + '/' + idless));
    QVERIFY(init);
    QCOMPARE(init->status, 200);
    QCOMPARE(exchange(go("GET", "/getCourse/" + idless))->json()[u"uid"_s].toString().toUtf8(), idless);

    // UpdateUser posts to updateUser?UID= with id, names, email and login in the body.
    const QJsonObject before = getJson("getUser/" + m_student);
    const QByteArray update = "email=" + QUrl::toPercentEncoding(before[u"email"_s].toString())
        + "&firstName=Goos&id=" + m_student + "&lastName=" + QUrl::toPercentEncoding(before[u"lastName"_s].toString())
        + "&login=" + QUrl::toPercentEncoding(before[u"email"_s].toString());
    QCOMPARE(exchange(go("POST", "/updateUser?UID=" + uid, update))->status, 200);
    QCOMPARE(getJson("getUser/" + m_student)[u"firstName"_s].toString(), u"Goos"_s);

    // ExtendSubscription (unexercised in [go]): updateSubscription?userUID=&courseUID=.
    const auto extended = exchange(go("POST", "/updateSubscription?userUID=" + uid + "&courseUID=" + m_courseUid,
        "expireDate=2031-12-31&expired=false"));
    QVERIFY(extended);
    QCOMPARE(extended->status, 200);
    bool found = false;
    for (const QJsonValue &s : getJson("getSubscriptions/" + m_student)[u"courses"_s].toArray()) {
        if (s[u"id"_s].toString().toUtf8() == m_course) {
            QCOMPARE(s[u"expired"_s].toBool(), false);
            found = true;
        }
    }
    QVERIFY(found);
}

// CreateUser posts to /addUser without a path ID; the external ID is the body field "id".
void TestClientCompat::goAddUserWithoutPathId()
{
    const auto created = exchange(go("POST", "/addUser",
        "email=g.gopher%40example.org&firstName=Gerrit&id=GO-00001&lastName=Gopher&login=g.gopher%40example.org"
        "&notify=true"));
    QVERIFY(created);
    QCOMPARE(created->status, 200);
    const QJsonObject user = getJson("getUser/GO-00001");
    QCOMPARE(user[u"firstName"_s].toString(), u"Gerrit"_s);
    QCOMPARE(user[u"login"_s].toString(), u"g.gopher@example.org"_s);

    // Sent again (Go never checks statuses): a conflict, not a second user.
    QCOMPARE(exchange(go("POST", "/addUser", "id=GO-00001&login=other%40example.org"))->status, 409);
    // Neither path ID nor id: the error names both.
    const auto missing = exchange(go("POST", "/addUser", "login=nobody%40example.org&firstName=No"));
    QVERIFY(missing);
    QCOMPARE(missing->status, 400);
    QVERIFY2(missing->body.contains("userID") && missing->body.contains("id"), missing->body.constData());
    // The path ID wins over the body field, as for every named alternative.
    QCOMPARE(exchange(go("POST", "/addUser/GO-00002", "id=GO-00003&login=g2%40example.org"))->status, 200);
    QCOMPARE(getJson("userExists/GO-00002")[u"result"_s].toBool(), true);
    QCOMPARE(getJson("userExists/GO-00003")[u"result"_s].toBool(), false);
}

// Go unmarshals into typed structs: a field of the wrong JSON type is silently lost. Check every
// field's type (progress "n/m", stats float64, score string, int terms, date formats).
void TestClientCompat::goDecoding()
{
    struct Case
    {
        QByteArray path;
        const QList<JsonField> *shape;
    };
    const QList<Case> cases = {{"getUsers", &UsersList}, {"getUser?userUID=" + m_studentUid, &UserObject},
        {"getTemplates", &TemplatesList}, {"getCourses/" + m_template + "?includeWithoutId=true", &CoursesList},
        {"getCourse?UID=" + m_courseUid, &CourseObject},
        {"getSubscriptions?userUID=" + m_studentUid, &SubscriptionsList},
        {"getResults?userUID=" + m_studentUid, &ResultsList}, {"getStudentSubscriptions/" + m_course, &StudentsList}};
    for (const Case &c : cases) {
        const auto r = exchange(go("GET", '/' + c.path));
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        const QString e = checkJsonShape(r->json(), *c.shape);
        QVERIFY2(e.isEmpty(), qPrintable(QString::fromLatin1(c.path) + u": "_s + e));
    }
    // Results of many learners, as GetAllSubscriptions fetches them.
    int checked = 0;
    for (const QJsonValue &u : getJson("getUsers")[u"users"_s].toArray()) {
        if (checked++ == 60)
            break;
        const auto r = exchange(go("GET", "/getResults?userUID=" + u[u"uid"_s].toString().toUtf8()));
        QVERIFY(r);
        const QString e = checkJsonShape(r->json(), ResultsList);
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }
}

// The Java client: Content-Type on every GET (JSON on a bodiless GET), Java's default Accept list,
// keep-alive reuse, form bodies with a trailing '&', POSTs without a body.
void TestClientCompat::javaPatterns()
{
    RawHttpConnection c(m_host, m_port);
    QVERIFY(c.open());
    const auto roundTrip = [&](const QByteArray &request) {
        c.send(request);
        return c.readFinal();
    };
    auto r = roundTrip(java("GET", "userExists/jan.devries", "application/json"));
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QVERIFY(r->header("content-type").startsWith("application/json"));
    QCOMPARE(r->json()[u"result"_s].toVariant().toString(), u"false"_s); // parseBoolean(getString("result"))

    r = roundTrip(java("POST", "addUser/jan.devries", "application/x-www-form-urlencoded",
        "firstName=Jan&lastName=de+Vries&custom1=CALLER-7&active=true&login=jan.devries%40example.org&"));
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    r = roundTrip(java("GET", "userExists/jan.devries", "application/json"));
    QCOMPARE(r->json()[u"result"_s].toVariant().toString(), u"true"_s);
    QCOMPARE(getJson("getUser/jan.devries")[u"lastName"_s].toString(), u"de Vries"_s);

    // subscribe/unsubscribe: POST without output, with and without "Content-Length: 0".
    r = roundTrip(java("POST", "subscribe/jan.devries/" + m_course, "application/x-www-form-urlencoded"));
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    r = roundTrip(java("GET", "isSubscribed/jan.devries/" + m_course, "application/json"));
    QCOMPARE(r->json()[u"result"_s].toVariant().toString(), u"true"_s);

    // getRegistration: courses[] matched on id, every value read with getString (scalars only).
    r = roundTrip(java("GET", "getSubscriptions/jan.devries", "application/json"));
    QVERIFY(r);
    bool matched = false;
    for (const QJsonValue &course : r->json()[u"courses"_s].toArray()) {
        const QJsonObject o = course.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            QVERIFY2(!it->isObject() && !it->isArray() && !it->isNull(), qPrintable(it.key()));
        matched = matched || o[u"id"_s].toString().toUtf8() == m_course;
    }
    QVERIFY(matched);

    // getAllCourseRegistrations: students[].id.
    r = roundTrip(java("GET", "getStudentSubscriptions/" + m_course, "application/json"));
    QVERIFY(r);
    QStringList ids;
    for (const QJsonValue &student : r->json()[u"students"_s].toArray()) {
        QVERIFY(student[u"id"_s].isString());
        ids.append(student[u"id"_s].toString());
    }
    QVERIFY(ids.contains(u"jan.devries"_s));

    r = roundTrip(java("POST", "unsubscribe/jan.devries/" + m_course, "application/x-www-form-urlencoded", {}, true));
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    r = roundTrip(java("GET", "isSubscribed/jan.devries/" + m_course, "application/json"));
    QCOMPARE(r->json()[u"result"_s].toVariant().toString(), u"false"_s);
}

// IDs in path segments: spaces, UTF-8, a literal '+', a raw '@'. ('/' as %2F is refused: issue 9.)
void TestClientCompat::pathEncoding_data()
{
    QTest::addColumn<QByteArray>("segment"); // as sent
    QTest::addColumn<QString>("id"); // as stored
    QTest::newRow("space") << QByteArray("CMP%20SPACE") << u"CMP SPACE"_s;
    QTest::newRow("utf-8") << QByteArray("CMP-%C3%BC%E2%9C%93") << u"CMP-ü✓"_s;
    QTest::newRow("plus stays plus") << QByteArray("CMP+PLUS") << u"CMP+PLUS"_s;
    QTest::newRow("encoded plus") << QByteArray("CMP%2BENC") << u"CMP+ENC"_s;
    QTest::newRow("raw at sign") << QByteArray("cmp@example.org") << u"cmp@example.org"_s;
}

void TestClientCompat::pathEncoding()
{
    QFETCH(QByteArray, segment);
    QFETCH(QString, id);
    const auto added = exchange(php("POST", "addGroup/" + segment, "type=student&name=Encoded"));
    QVERIFY(added);
    QCOMPARE(added->status, 200);
    // The stored ID is the decoded one: the same group by its canonical encoding and by name.
    const QByteArray canonical = QUrl::toPercentEncoding(id);
    QCOMPARE(exchange(go("GET", "/groupExists/" + canonical))->json()[u"result"_s], QJsonValue(true));
    QCOMPARE(exchange(go("GET", "/groupExists?groupID=" + canonical))->json()[u"result"_s], QJsonValue(true));
    if (id.contains(u'+')) // never a space in a path
        QCOMPARE(exchange(go("GET", "/groupExists/" + QUrl::toPercentEncoding(QString(id).replace(u'+', u' '))))
                     ->json()[u"result"_s],
            QJsonValue(false));
}

// In form bodies and query strings '+' is a space and %2B a plus (PHP http_build_query, Go
// url.Values, Java URLEncoder).
void TestClientCompat::plusInForms()
{
    QCOMPARE(exchange(php("POST", "addUser/CMP-PLUS", "login=a%2Bb%40example.org&firstName=Anne+Marie&lastName=X%2BY"))
                 ->status,
        200);
    const QJsonObject user = getJson("getUser/CMP-PLUS");
    QCOMPARE(user[u"login"_s].toString(), u"a+b@example.org"_s);
    QCOMPARE(user[u"firstName"_s].toString(), u"Anne Marie"_s);
    QCOMPARE(user[u"lastName"_s].toString(), u"X+Y"_s);
    QCOMPARE(exchange(go("POST", "/updateUser?userID=CMP-PLUS&middleName=van+der"))->status, 200);
    QCOMPARE(getJson("getUser/CMP-PLUS")[u"middleName"_s].toString(), u"van der"_s);
}

QTEST_MAIN(TestClientCompat)
#include "tst_clientcompat.moc"
