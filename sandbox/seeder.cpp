#include "sandbox/seeder.h"

#include "sandbox/call.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxstore.h"

#include "core/api/valuesets.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QTimeZone>
#include <QUuid>

namespace Springdesk::Sandbox {

using namespace Qt::StringLiterals;

namespace {

constexpr quint32 SeedValue = 20261127;

const QStringList FirstNames = {u"Jan"_s, u"Sanne"_s, u"Pieter"_s, u"Fleur"_s, u"Daan"_s, u"Lotte"_s, u"Bram"_s,
    u"Eva"_s, u"Joris"_s, u"Anouk"_s, u"Thijs"_s, u"Femke"_s, u"Ruben"_s, u"Marloes"_s, u"Sem"_s, u"Noor"_s, u"Emily"_s,
    u"James"_s, u"Olivia"_s, u"William"_s, u"Sophie"_s, u"Thomas"_s, u"Charlotte"_s, u"Oliver"_s, u"Amelia"_s,
    u"Harry"_s, u"Grace"_s, u"Jack"_s, u"Isabella"_s, u"George"_s, u"Maud"_s, u"Wouter"_s};
const QStringList MiddleNames
    = {QString(), QString(), QString(), u"van"_s, u"de"_s, u"van der"_s, u"van den"_s, QString(), QString(), u"ter"_s};
const QStringList LastNames = {u"Jansen"_s, u"de Vries"_s, u"Bakker"_s, u"Visser"_s, u"Smit"_s, u"Meijer"_s,
    u"Mulder"_s, u"Bos"_s, u"Vos"_s, u"Peters"_s, u"Hendriks"_s, u"Dekker"_s, u"Brouwer"_s, u"Smith"_s, u"Jones"_s,
    u"Taylor"_s, u"Brown"_s, u"Williams"_s, u"Wilson"_s, u"Johnson"_s, u"Davies"_s, u"Evans"_s, u"Walker"_s,
    u"Wright"_s, u"Berg"_s, u"Leeuwen"_s, u"Dijk"_s, u"Graaf"_s};
const QStringList Companies = {u"Rijkswaterstaat"_s, u"Gemeente Utrecht"_s, u"Deltaris BV"_s, u"Acme Ltd"_s,
    u"Noordzee Logistiek"_s, u"Brightside Consulting"_s, u"Zorggroep Oost"_s, u"Windmill Energy"_s};
const QStringList Cities = {u"Amsterdam"_s, u"Utrecht"_s, u"Delft"_s, u"Rotterdam"_s, u"Groningen"_s, u"London"_s,
    u"Manchester"_s, u"Eindhoven"_s, u"Leeds"_s, u"Zwolle"_s};
const QStringList Functions = {u"Adviseur"_s, u"Projectleider"_s, u"Engineer"_s, u"Teamleider"_s, u"Analyst"_s,
    u"Verpleegkundige"_s, u"Consultant"_s, u"Operator"_s};
const QStringList TemplateNames = {u"Veiligheid op de werkvloer"_s, u"Project Management Basics"_s, u"Privacy en AVG"_s,
    u"Leadership Essentials"_s, u"Excel voor gevorderden"_s, u"Customer Service Excellence"_s, u"Omgaan met agressie"_s,
    u"Data Literacy"_s, u"BHV Herhaling"_s, u"Effective Communication"_s, u"Hydraulica in de praktijk"_s,
    u"Onboarding nieuwe medewerkers"_s};
const QStringList ActivityTypes = {u"Lesson"_s, u"Test"_s, u"Assignment"_s, u"Event"_s, u"External"_s};
const QStringList Periods = {u"voorjaar 2026"_s, u"najaar 2026"_s, u"Q1 2027"_s, u"summer school"_s};
const QStringList Permissions = Api::ValueSets::wires(Api::ValueSet::Permission);

class Generator
{
public:
    Generator(SandboxStore &store, int users, bool detailed)
        : m_store(store)
        , m_users(users)
        , m_detailed(detailed)
        , m_random(SeedValue)
    { }

    void run();

private:
    QSqlQuery prepare(const QString &sql)
    {
        QSqlQuery q(m_store.db());
        if (!q.prepare(sql))
            throw ApiFailure{500, u"Seeding failed: "_s + q.lastError().text()};
        return q;
    }
    static void exec(QSqlQuery &q, const QVariantList &args)
    {
        for (qsizetype i = 0; i < args.size(); ++i)
            q.bindValue(int(i), bindable(args.at(i)));
        if (!q.exec())
            throw ApiFailure{500, u"Seeding failed: "_s + q.lastError().text()};
    }
    QString uid()
    {
        return QUuid(m_random.generate(), quint16(m_random.generate()), quint16(0x11eb), uchar(0xb6), uchar(0x7e),
            uchar(m_random.bounded(256)), uchar(m_random.bounded(256)), uchar(m_random.bounded(256)),
            uchar(m_random.bounded(256)), uchar(m_random.bounded(256)), uchar(m_random.bounded(256)))
            .toString(QUuid::WithoutBraces);
    }
    const QString &pick(const QStringList &l) { return l.at(m_random.bounded(int(l.size()))); }
    int scaled(int demoCount, int minimum = 1) const { return qMax(minimum, int(qint64(demoCount) * m_users / 500)); }
    QString date(int dayOffset) const { return QDate(2026, 1, 1).addDays(dayOffset).toString(Qt::ISODate); }
    // Time-zone conversions are slow; the seed uses few distinct (day, hour) pairs, so cache them.
    QString dateTime(int dayOffset, int hour)
    {
        const int key = dayOffset * 24 + hour;
        auto it = m_dateTimes.constFind(key);
        if (it == m_dateTimes.cend())
            it = m_dateTimes.insert(key,
                isoDateTime(QDateTime(QDate(2026, 1, 1).addDays(dayOffset), QTime(hour, 0), environmentTimeZone())));
        return *it;
    }

    void resellers();
    void users();
    void groups();
    void templatesAndCourses();
    void subscriptions();
    void calendarAndEvents();
    void accessCodes();
    void profilesAndBundles();

    SandboxStore &m_store;
    int m_users;
    bool m_detailed;
    QRandomGenerator m_random;
    QList<qint64> m_students, m_teachers, m_mentors;
    QList<qint64> m_studentGroups, m_teacherGroups, m_mentorGroups;
    QList<qint64> m_templates, m_courses;
    QHash<qint64, QList<qint64>> m_activities; // template → activities
    QHash<qint64, qint64> m_courseTemplate;
    QList<QPair<qint64, qint64>> m_subscriptions; // (course, user)
    QHash<int, QString> m_dateTimes;
};

void Generator::resellers()
{
    QSqlQuery q = prepare(u"INSERT INTO resellers (ext, uid, name, domain) VALUES (?, ?, ?, ?)"_s);
    exec(q, {u"main"_s, uid(), u"Hoofdomgeving"_s, u"127.0.0.1"_s});
    exec(q, {u"academy"_s, uid(), u"Springdesk Academy"_s, u"localhost"_s});
    QSqlQuery l = prepare(u"INSERT INTO content_labels (ext, name) VALUES (?, ?)"_s);
    exec(l, {u"CL-SAFETY"_s, u"Veiligheid"_s});
    exec(l, {u"CL-SKILLS"_s, u"Soft skills"_s});
    exec(l, {u"CL-TECH"_s, u"Techniek"_s});
}

void Generator::users()
{
    QSqlQuery u = prepare(u"INSERT INTO users (pk, ext, uid, login, firstName, middleName, lastName, email, gender, "
                          "company, function, residence, country, locale, dateOfBirth, active, renewable) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery r = prepare(u"INSERT INTO user_roles (user_pk, role) VALUES (?, ?)"_s);
    QSqlQuery link = prepare(u"INSERT INTO reseller_links (reseller_pk, kind, target_pk) VALUES (?, 'user', ?)"_s);
    for (int i = 1; i <= m_users; ++i) {
        const QString first = pick(FirstNames);
        const QString middle = pick(MiddleNames);
        const QString last = pick(LastNames);
        const bool dutch = m_random.bounded(3) != 0;
        QString login = QString(first + u'.' + QString(middle + last).remove(u' ')).toLower() + u'.'
            + QString::number(i) + (dutch ? u"@example.nl"_s : u"@example.com"_s);
        // Every 50th user was made in the admin UI and has no external ID yet (see initializeId).
        const QVariant ext = i % 50 == 0 ? QVariant() : QVariant(u"EMP-%1"_s.arg(i, 5, 10, QChar(u'0')));
        exec(u,
            {i, ext, uid(), login, first, middle, last, login, m_random.bounded(2) ? u"male"_s : u"female"_s,
                pick(Companies), pick(Functions), pick(Cities), dutch ? u"NL"_s : u"GB"_s, dutch ? u"nl"_s : u"en"_s,
                QDate(1960 + m_random.bounded(40), 1 + m_random.bounded(12), 1 + m_random.bounded(28))
                    .toString(Qt::ISODate),
                int(m_random.bounded(20) != 0), int(m_random.bounded(4) != 0)});
        QStringList roles;
        if (i == 1) {
            roles = {u"administrator"_s, u"tenant"_s};
        } else {
            const int roll = m_random.bounded(100);
            if (roll < 80)
                roles = {u"student"_s};
            else if (roll < 91)
                roles = {u"teacher"_s, u"student"_s};
            else if (roll < 96)
                roles = {u"mentor"_s};
            else if (roll < 98)
                roles = {u"author"_s, u"designer"_s};
            else
                roles = {u"administrator"_s};
        }
        for (const QString &role : roles) {
            exec(r, {i, role});
            if (role == u"student")
                m_students.append(i);
            else if (role == u"teacher")
                m_teachers.append(i);
            else if (role == u"mentor")
                m_mentors.append(i);
        }
        exec(link, {1 + (i % 7 == 0 ? 1 : 0), i});
    }
}

void Generator::groups()
{
    QSqlQuery g = prepare(u"INSERT INTO user_groups (pk, ext, type, name, parent_pk) VALUES (?, ?, ?, ?, ?)"_s);
    QSqlQuery m = prepare(u"INSERT OR IGNORE INTO group_users (group_pk, user_pk) VALUES (?, ?)"_s);
    const int count = scaled(30, 6);
    for (int i = 1; i <= count; ++i) {
        const int kind = i % 5; // 0,1,2: learners; 3: instructors; 4: observers
        const QString type = kind < 3 ? u"student"_s : kind == 3 ? u"teacher"_s : u"mentor"_s;
        QList<qint64> &list = kind < 3 ? m_studentGroups : kind == 3 ? m_teacherGroups : m_mentorGroups;
        // Trees: every third group of a type hangs under the previous group of that type.
        const QVariant parent = list.size() % 3 != 0 ? QVariant(list.last()) : QVariant();
        const QString name = type == u"student" ? u"Afdeling %1 – %2"_s.arg(pick(Cities)).arg(i)
            : type == u"teacher"                ? u"Trainers team %1"_s.arg(i)
                                                : u"Observers %1"_s.arg(i);
        exec(g, {i, u"GRP-%1"_s.arg(i, 4, 10, QChar(u'0')), type, name, parent});
        list.append(i);
        const QList<qint64> &pool = kind < 3 ? m_students : kind == 3 ? m_teachers : m_mentors;
        if (pool.isEmpty())
            continue;
        const int members = qMin(int(pool.size()), kind < 3 ? 20 : 6);
        for (int k = 0; k < members; ++k)
            exec(m, {i, pool.at(m_random.bounded(int(pool.size())))});
    }
}

void Generator::templatesAndCourses()
{
    QSqlQuery t = prepare(u"INSERT INTO templates (pk, ext, uid, name, published, type) VALUES (?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery a = prepare(u"INSERT INTO activities (template_pk, ext, uid, name, type, subType, blockName, sort) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery c = prepare(u"INSERT INTO courses (pk, ext, uid, template_pk, name, title, description, active, "
                          "reseller, type, startDate, expireDate, expireInterval, teacher_group_pk, mentor_group_pk) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery perm = prepare(u"INSERT OR IGNORE INTO course_permissions (course_pk, user_pk, permission) "
                             "VALUES (?, ?, ?)"_s);
    const int templates = scaled(12, 12);
    for (int i = 1; i <= templates; ++i) {
        const QString name = TemplateNames.at((i - 1) % TemplateNames.size())
            + (i > TemplateNames.size() ? u" (%1)"_s.arg(i) : QString());
        // The last template has no external ID (only listed with includeWithoutId=true); every fifth is unpublished.
        const QVariant ext = i == templates ? QVariant() : QVariant(u"TPL-%1"_s.arg(i, 3, 10, QChar(u'0')));
        exec(t, {i, ext, uid(), name, int(i % 5 != 0 || i == 0), i % 6 == 0 ? u"TestAndAssess"_s : u"Course"_s});
        m_templates.append(i);
        // Activity p has type ActivityTypes[(p - 1) % 5]: ACT-<t>-4 is always an event activity and
        // ACT-<t>-5 an external one.
        const int parts = 5 + m_random.bounded(4);
        for (int p = 1; p <= parts; ++p) {
            exec(a,
                {i, u"ACT-%1-%2"_s.arg(i).arg(p), uid(), u"Onderdeel %1"_s.arg(p),
                    ActivityTypes.at((p - 1) % ActivityTypes.size()), QString(), u"Blok %1"_s.arg((p + 1) / 2), p});
        }
    }
    // Read the activities back in order, per template.
    QSqlQuery ids = m_store.exec(u"SELECT pk, template_pk FROM activities ORDER BY pk"_s);
    while (ids.next())
        m_activities[ids.value(1).toLongLong()].append(ids.value(0).toLongLong());

    const int courses = scaled(40, 40);
    for (int i = 1; i <= courses; ++i) {
        const qint64 tpl = m_templates.at((i - 1) % m_templates.size());
        const QString tplName = m_store.scalar(u"SELECT name FROM templates WHERE pk = ?"_s, {tpl}).toString();
        const QString type = m_store.scalar(u"SELECT type FROM templates WHERE pk = ?"_s, {tpl}).toString();
        const QVariant ext = i % 13 == 0 ? QVariant() : QVariant(u"CRS-%1"_s.arg(i, 4, 10, QChar(u'0')));
        const QVariant teacherGroup
            = m_teacherGroups.isEmpty() ? QVariant() : QVariant(m_teacherGroups.at(i % m_teacherGroups.size()));
        const QVariant mentorGroup
            = m_mentorGroups.isEmpty() ? QVariant() : QVariant(m_mentorGroups.at(i % m_mentorGroups.size()));
        const int start = m_random.bounded(300) - 150;
        exec(c,
            {i, ext, uid(), tpl, QString(tplName + u" – "_s + pick(Periods)), tplName,
                u"Cursus %1 op basis van %2."_s.arg(i).arg(tplName), int(i % 11 != 0),
                i % 4 == 0 ? u"academy"_s : u"main"_s, type, date(start), date(start + 365), u"1y"_s, teacherGroup,
                mentorGroup});
        m_courses.append(i);
        m_courseTemplate.insert(i, tpl);
        if (!m_teachers.isEmpty()) {
            const qint64 teacher = m_teachers.at(m_random.bounded(int(m_teachers.size())));
            for (int p = 0; p < 3; ++p)
                exec(perm, {i, teacher, Permissions.at((i + p) % Permissions.size())});
        }
    }
}

void Generator::subscriptions()
{
    QSqlQuery s = prepare(u"INSERT OR IGNORE INTO subscriptions (user_pk, course_pk, reseller, subscribeDateTime, "
                          "startDate, expireDate, expired, completed, completeDateTime, grade, passed, gradeDate, "
                          "knowledgeIntake, efficiency, objectivesProgress) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery pr = prepare(u"INSERT INTO part_results (subscription_pk, activity_pk, completed, completeDateTime, "
                           "score, passed) VALUES (?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery at = prepare(u"INSERT INTO attempts (subscription_pk, activity_pk, attemptNumber, startDateTime, "
                           "completed, completeDateTime, expireDate, progress, score, passed) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery term = prepare(u"INSERT INTO attempt_terms (attempt_pk, name, score, maxScore, threshold) "
                             "VALUES (?, ?, ?, ?, ?)"_s);
    QSqlQuery crit = prepare(u"INSERT INTO attempt_criteria (attempt_pk, ext, name, maxScore, score) "
                             "VALUES (?, ?, ?, ?, ?)"_s);
    QSqlQuery bulkParts = prepare(
        u"INSERT INTO part_results (subscription_pk, activity_pk, completed, completeDateTime, score, passed) "
        "SELECT ?, pk, sort <= ?, CASE WHEN sort <= ? THEN ? ELSE '' END, "
        "CASE WHEN sort <= ? THEN CAST(40 + (? * 31 + pk * 17) % 61 AS TEXT) ELSE '' END, "
        "sort <= ? AND 40 + (? * 31 + pk * 17) % 61 >= 55 FROM activities WHERE template_pk = ? AND sort <= ?"_s);
    QSqlQuery ts = prepare(u"INSERT OR IGNORE INTO teacher_students (course_pk, teacher_pk, student_pk) "
                           "VALUES (?, ?, ?)"_s);
    for (qint64 student : std::as_const(m_students)) {
        const int n = m_random.bounded(5);
        for (int k = 0; k < n; ++k) {
            const qint64 course = m_courses.at(m_random.bounded(int(m_courses.size())));
            const int start = m_random.bounded(300) - 200;
            const bool expired = m_random.bounded(10) == 0;
            const int progressPct = m_random.bounded(101);
            const bool completed = progressPct == 100 || m_random.bounded(4) == 0;
            const bool passed = completed && m_random.bounded(5) != 0;
            exec(s,
                {student, course, course % 4 == 0 ? u"academy"_s : u"main"_s, dateTime(start - 3, 9), date(start),
                    date(start + 365), int(expired), int(completed), completed ? dateTime(start + 30, 14) : QString(),
                    completed ? QString::number(5 + m_random.bounded(6)) : QString(), int(passed),
                    completed ? date(start + 31) : QString(), m_random.bounded(100), m_random.bounded(100),
                    progressPct});
            if (s.numRowsAffected() <= 0)
                continue;
            const qint64 sub = s.lastInsertId().toLongLong();
            m_subscriptions.append({course, student});
            if (!m_teachers.isEmpty() && m_random.bounded(3) == 0)
                exec(ts, {course, m_teachers.at(m_random.bounded(int(m_teachers.size()))), student});
            const QList<qint64> &acts = m_activities.value(m_courseTemplate.value(course));
            const int done = int(acts.size() * progressPct / 100);
            if (!m_detailed) {
                // Bulk mode: the completed parts of the subscription in one statement (parts without a
                // row count as not started), scores derived deterministically from the keys.
                exec(bulkParts,
                    {sub, done, done, dateTime(start, 11), done, sub, done, sub, m_courseTemplate.value(course), done});
                continue;
            }
            for (int p = 0; p < acts.size(); ++p) {
                const bool partDone = p < done;
                const QString score = partDone ? QString::number(40 + m_random.bounded(61)) : QString();
                exec(pr,
                    {sub, acts.at(p), int(partDone), partDone ? dateTime(start + p * 3, 11) : QString(), score,
                        int(partDone && score.toInt() >= 55)});
                if (!m_detailed || !partDone)
                    continue;
                const int attempts = 1 + m_random.bounded(2);
                for (int n2 = 1; n2 <= attempts; ++n2) {
                    exec(at,
                        {sub, acts.at(p), n2, dateTime(start + p * 3, 9 + n2), 1, dateTime(start + p * 3, 10 + n2),
                            date(start + 365), u"1/1"_s, score, int(score.toInt() >= 55)});
                    const qint64 attempt = at.lastInsertId().toLongLong();
                    exec(term, {attempt, u"Kennis"_s, m_random.bounded(11), 10, 6});
                    exec(crit, {attempt, u"CR-1"_s, u"Structuur"_s, 5, m_random.bounded(6)});
                }
            }
        }
    }
}

void Generator::calendarAndEvents()
{
    QSqlQuery cal = prepare(u"INSERT INTO calendar_items (ext, course_pk, type, summary, description, start, end) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (qint64 course : std::as_const(m_courses)) {
        const int day = m_random.bounded(200);
        exec(cal,
            {u"CAL-%1-1"_s.arg(course), course, u"Meeting"_s, u"Kick-off"_s, u"Kennismaking en uitleg"_s,
                dateTime(day, 10), dateTime(day, 12)});
        exec(cal,
            {u"CAL-%1-2"_s.arg(course), course, u"Exam"_s, u"Eindtoets"_s, QString(), dateTime(day + 60, 13),
                dateTime(day + 60, 15)});
    }
    QSqlQuery ev = prepare(u"INSERT INTO bookable_events (pk, ext, uid, name, description, location, startDate, "
                           "endDate, maxParticipants, reseller) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery et = prepare(u"INSERT OR IGNORE INTO event_teachers (event_pk, user_pk) VALUES (?, ?)"_s);
    QSqlQuery ep = prepare(u"INSERT OR IGNORE INTO event_parts (event_pk, course_pk, activity_pk) VALUES (?, ?, ?)"_s);
    QSqlQuery epp = prepare(u"INSERT OR IGNORE INTO event_participants (event_pk, user_pk, attended, score, "
                            "subscribeDateTime) VALUES (?, ?, ?, ?, ?)"_s);
    const int events = scaled(8, 4);
    for (int i = 1; i <= events; ++i) {
        const int day = m_random.bounded(200);
        exec(ev,
            {i, u"EVT-%1"_s.arg(i, 3, 10, QChar(u'0')), uid(), u"Praktijkdag %1"_s.arg(i),
                u"Oefenen onder begeleiding"_s, pick(Cities), dateTime(day, 9), dateTime(day, 16), 12, u"main"_s});
        if (!m_teachers.isEmpty())
            exec(et, {i, m_teachers.at(m_random.bounded(int(m_teachers.size())))});
        const qint64 course = m_courses.at(m_random.bounded(int(m_courses.size())));
        const QList<qint64> &acts = m_activities.value(m_courseTemplate.value(course));
        if (!acts.isEmpty())
            exec(ep, {i, course, acts.first()});
        for (int k = 0; k < 6 && !m_subscriptions.isEmpty(); ++k) {
            const auto [c, user] = m_subscriptions.at(m_random.bounded(int(m_subscriptions.size())));
            Q_UNUSED(c);
            exec(
                epp, {i, user, int(m_random.bounded(2)), QString::number(m_random.bounded(11)), dateTime(day - 10, 8)});
        }
    }
}

void Generator::accessCodes()
{
    QSqlQuery g = prepare(u"INSERT INTO access_code_groups (pk, ext, name, type, reseller, startDate, expireDate) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery gc = prepare(u"INSERT OR IGNORE INTO access_code_group_courses (group_pk, course_pk) VALUES (?, ?)"_s);
    QSqlQuery code
        = prepare(u"INSERT OR IGNORE INTO access_codes (group_pk, code, user_pk, used) VALUES (?, ?, ?, ?)"_s);
    const int groups = scaled(6, 2);
    static const QString chars = u"ABCDEFGHJKLMNPQRSTUVWXYZ23456789"_s;
    for (int i = 1; i <= groups; ++i) {
        const bool exam = i % 3 == 0;
        exec(g,
            {i, u"ACG-%1"_s.arg(i, 3, 10, QChar(u'0')),
                exam ? u"Examencodes %1"_s.arg(i) : u"Toegangscodes %1"_s.arg(i), exam ? u"exam"_s : u"regular"_s,
                u"main"_s, date(0), date(365)});
        exec(gc, {i, m_courses.at(m_random.bounded(int(m_courses.size())))});
        for (int k = 0; k < 10; ++k) {
            QString c;
            for (int j = 0; j < 10; ++j)
                c += chars.at(m_random.bounded(int(chars.size())));
            const bool linked = exam && !m_students.isEmpty() && k < 3;
            exec(code,
                {i, c, linked ? QVariant(m_students.at(m_random.bounded(int(m_students.size())))) : QVariant(),
                    int(k % 4 == 0)});
        }
    }
}

void Generator::profilesAndBundles()
{
    QSqlQuery p = prepare(u"INSERT INTO skill_profiles (pk, ext, uid, name, description) VALUES (?, ?, ?, ?, ?)"_s);
    QSqlQuery pu = prepare(u"INSERT OR IGNORE INTO skill_profile_users (profile_pk, user_pk) VALUES (?, ?)"_s);
    const QStringList profiles
        = {u"Veiligheidskundige"_s, u"Projectleider"_s, u"Data Analyst"_s, u"Teamleider"_s, u"Customer Success"_s};
    for (int i = 1; i <= profiles.size(); ++i) {
        exec(p,
            {i, i == profiles.size() ? QVariant() : QVariant(u"SP-%1"_s.arg(i)), uid(), profiles.at(i - 1),
                u"Competentieprofiel %1"_s.arg(profiles.at(i - 1))});
        for (int k = 0; k < qMin(int(m_students.size()), scaled(15)); ++k)
            exec(pu, {i, m_students.at(m_random.bounded(int(m_students.size())))});
    }
    // Profiles linked to subenvironments (getResellerSkillProfiles), fixed so that both subenvironments
    // have some and one profile (SP-3) is shared: main SP-1, SP-2, SP-3; academy SP-3, SP-4 and the
    // profile without ID. No random draws, so the data seeded after this stays the same.
    QSqlQuery rl = prepare(u"INSERT INTO reseller_links (reseller_pk, kind, target_pk) "
                           "SELECT pk, 'skillProfile', ? FROM resellers WHERE ext = ?"_s);
    for (int i = 1; i <= profiles.size(); ++i) {
        if (i <= 3)
            exec(rl, {i, u"main"_s});
        if (i >= 3)
            exec(rl, {i, u"academy"_s});
    }
    QSqlQuery b = prepare(u"INSERT INTO bundles (pk, ext, uid, name) VALUES (?, ?, ?, ?)"_s);
    QSqlQuery bc = prepare(u"INSERT INTO bundle_courses (pk, ext, uid, bundle_pk, name, active, startDate, expireDate) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery bcc
        = prepare(u"INSERT OR IGNORE INTO bundle_course_courses (bundle_course_pk, course_pk) VALUES (?, ?)"_s);
    QSqlQuery bs = prepare(u"INSERT OR IGNORE INTO bundle_subscriptions (bundle_course_pk, user_pk, subscribeDate, "
                           "expired) VALUES (?, ?, ?, ?)"_s);
    const QStringList bundles = {u"Leiderschapsprogramma"_s, u"Safety Bundle"_s, u"Startersbundel"_s};
    int bcPk = 0;
    for (int i = 1; i <= bundles.size(); ++i) {
        exec(b, {i, i == bundles.size() ? QVariant() : QVariant(u"BND-%1"_s.arg(i)), uid(), bundles.at(i - 1)});
        for (int k = 1; k <= 2; ++k) {
            ++bcPk;
            exec(bc,
                {bcPk, u"BC-%1-%2"_s.arg(i).arg(k), uid(), i, QString(bundles.at(i - 1) + u" – "_s + Periods.at(k - 1)),
                    1, date(k * 60), date(k * 60 + 365)});
            for (int c = 0; c < 3; ++c)
                exec(bcc, {bcPk, m_courses.at(m_random.bounded(int(m_courses.size())))});
            for (int u = 0; u < qMin(int(m_students.size()), scaled(10)); ++u)
                exec(bs, {bcPk, m_students.at(m_random.bounded(int(m_students.size()))), date(k * 60), 0});
        }
    }
}

void Generator::run()
{
    resellers();
    if (m_users == 0)
        return;
    users();
    groups();
    templatesAndCourses();
    subscriptions();
    calendarAndEvents();
    accessCodes();
    profilesAndBundles();
}

} // namespace

bool Seeder::seed(SandboxStore &store, const QString &spec, QString *error)
{
    QString kind;
    int users = 0;
    if (!parseSeed(spec, &kind, &users)) {
        *error = QCoreApplication::translate("Springdesk::Sandbox::Seeder", "Unknown seed: %1").arg(spec);
        return false;
    }
    try {
        // The generated data is consistent by construction: skip the per-row foreign-key lookups
        // (the pragma only takes effect outside a transaction), and verify once at the end.
        store.exec(u"PRAGMA cache_size=-262144"_s); // 256 MiB while bulk-inserting: no spills to the WAL
        store.exec(u"PRAGMA foreign_keys=OFF"_s);
        store.begin();
        Generator(store, users, kind != u"large").run();
        // The full check costs seconds at large:100000; the demo seed (same generator) is checked.
        if (kind != u"large" && store.scalar(u"SELECT COUNT(*) FROM pragma_foreign_key_check"_s).toInt() != 0)
            throw ApiFailure{500, u"Seeding produced dangling references."_s};
        store.commit();
        store.exec(u"PRAGMA foreign_keys=ON"_s);
        store.exec(u"PRAGMA cache_size=-8192"_s);
    } catch (const ApiFailure &f) {
        store.rollback();
        QSqlQuery(store.db()).exec(u"PRAGMA foreign_keys=ON"_s);
        *error = f.message;
        return false;
    }
    return true;
}

} // namespace Springdesk::Sandbox
