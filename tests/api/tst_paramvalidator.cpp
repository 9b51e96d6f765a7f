// ParamValidator, table-driven over every function of the endpoint table: a valid call passes
// with typed values; each required parameter missing, each value of the wrong type and each
// value outside a closed set is reported on that parameter, and every problem at once.
#include "core/api/idsyntax.h"
#include "core/api/paramvalidator.h"
#include "core/api/valuesets.h"

#include <QTest>

using namespace Springdesk::Api;
using namespace Qt::StringLiterals;

namespace {

// A valid text value of `spec`.
QString validValue(const ParamSpec &spec)
{
    switch (spec.type) {
    case ParamType::Bool:
        return u"Ja"_s;
    case ParamType::Date:
        return u"2026-02-28"_s;
    case ParamType::DateTime:
        return u"2026-02-28T09:30:00+01:00"_s;
    case ParamType::Integer:
        return u"12"_s;
    case ParamType::Number:
        return u"7.5"_s;
    case ParamType::Email:
        return u"jan.jansen@example.nl"_s;
    case ParamType::Id:
        return u"ID-00%1"_s.arg(int(spec.param));
    case ParamType::String:
        if (spec.values != ValueSet::None)
            return QString(ValueSets::values(spec.values).constLast().wire).toUpper(); // any case
        return u"Tekst met é en spaties"_s;
    case ParamType::File:
        break;
    }
    return {};
}

// A value of the wrong type for `spec`, or empty when every text is acceptable.
QString wrongValue(const ParamSpec &spec)
{
    switch (spec.type) {
    case ParamType::Bool:
        return u"misschien"_s;
    case ParamType::Date:
        return u"2023-02-29"_s;
    case ParamType::DateTime:
        return u"morgen om tien uur"_s;
    case ParamType::Integer:
        return u"12.5"_s;
    case ParamType::Number:
        return u"twaalf"_s;
    case ParamType::Email:
        return u"jan at example"_s;
    case ParamType::Id:
        return u".."_s;
    case ParamType::String:
        return spec.values != ValueSet::None && ValueSets::isClosed(spec.values) ? u"nonsense-value"_s : QString();
    case ParamType::File:
        break;
    }
    return {};
}

void addValid(RawParams &raw, const ParamSpec &spec)
{
    const QString name(spec.name());
    if (spec.type == ParamType::File) {
        raw.setFile(name, FileUpload{QByteArray("\x89PNG"), u"me.png"_s, u"image/png"_s});
        return;
    }
    raw.add(name, validValue(spec));
    if (spec.isArray())
        raw.add(name,
            spec.values == ValueSet::None ? validValue(spec) + u"-2"_s
                                          : QString(ValueSets::values(spec.values).constFirst().wire));
}

// Every parameter of the function with a valid value (alternatives left out).
RawParams fullCall(const Endpoint &e)
{
    RawParams raw;
    for (const ParamSpec &spec : e.params)
        addValid(raw, spec);
    return raw;
}

} // namespace

class TestParamValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFunction_data()
    {
        QTest::addColumn<int>("fn");
        for (const Endpoint &e : endpoints())
            QTest::newRow(e.function.data()) << int(e.fn);
        QCOMPARE(endpoints().size(), FnCount);
    }

    void everyFunction()
    {
        QFETCH(int, fn);
        const Endpoint &e = endpoint(Fn(fn));

        // A call with every parameter valid passes, typed.
        const Validation ok = ParamValidator::validate(e.fn, fullCall(e));
        QVERIFY2(ok.isValid(), qPrintable(ok.message()));
        for (const ParamSpec &spec : e.params) {
            const ApiParams::Value *v = ok.params.value(spec.param);
            QVERIFY2(v, spec.name().data());
            if (spec.isArray())
                QVERIFY(std::holds_alternative<QStringList>(*v));
            else if (spec.type == ParamType::Bool)
                QCOMPARE(std::get<bool>(*v), true);
            else if (spec.type == ParamType::Date)
                QCOMPARE(std::get<QDate>(*v), QDate(2026, 2, 28));
            else if (spec.type == ParamType::DateTime)
                QVERIFY(std::get<QDateTime>(*v).isValid());
            else if (spec.type == ParamType::Integer)
                QCOMPARE(std::get<qint64>(*v), 12);
            else if (spec.type == ParamType::Number)
                QCOMPARE(std::get<double>(*v), 7.5);
            else if (spec.values != ValueSet::None && ValueSets::isClosed(spec.values))
                QVERIFY(ValueSets::wires(spec.values).contains(std::get<QString>(*v))); // as the table writes it
        }
        // The same call passes again from its typed form (what RequestBuilder sees).
        QVERIFY(ParamValidator::validate(e.fn, ok.params).isValid());

        for (const ParamSpec &spec : e.params) {
            const QString name(spec.name());
            // Each required parameter missing is reported on that parameter, and only that.
            if (spec.isRequired()) {
                RawParams without = fullCall(e);
                without.remove(name);
                const Validation v = ParamValidator::validate(e.fn, without);
                QCOMPARE(v.problems.size(), 1);
                QCOMPARE(v.problems.first().param, spec.param);
                QVERIFY2(v.problems.first().message.contains(name), qPrintable(v.problems.first().message));
                // ...unless one of its alternatives stands in for it.
                for (const P alt : spec.alternatives) {
                    RawParams withAlternative = without;
                    withAlternative.add(QString(paramName(alt)), spec.type == ParamType::Id ? u"uid-1"_s : u"x"_s);
                    const Validation a = ParamValidator::validate(e.fn, withAlternative);
                    QVERIFY2(a.isValid(), qPrintable(a.message()));
                }
            }
            // Each wrong type and each disallowed value is reported on that parameter.
            const QString wrong = wrongValue(spec);
            if (!wrong.isEmpty()) {
                RawParams bad = fullCall(e);
                bad.setList(name, {wrong});
                const Validation v = ParamValidator::validate(e.fn, bad);
                QCOMPARE(v.problems.size(), 1);
                QCOMPARE(v.problems.first().param, spec.param);
                QVERIFY2(v.problems.first().message.contains(name), qPrintable(v.problems.first().message));
                QVERIFY2(v.problems.first().message.contains(wrong) || spec.type == ParamType::Id,
                    qPrintable(v.problems.first().message));
                QVERIFY(!v.params.contains(spec.param));
            }
            // A list for a single value.
            if (!spec.isArray() && spec.type != ParamType::File) {
                RawParams twice = fullCall(e);
                twice.add(name, validValue(spec));
                const Validation v = ParamValidator::validate(e.fn, twice);
                QCOMPARE(v.problems.size(), 1);
                QCOMPARE(v.problems.first().param, spec.param);
            }
        }

        // An unknown parameter is named; `_key` is refused.
        RawParams unknown = fullCall(e);
        unknown.add(u"colour"_s, u"red"_s);
        unknown.add(u"_key"_s, u"secret"_s);
        const Validation v = ParamValidator::validate(e.fn, unknown);
        QCOMPARE(v.problems.size(), 2);
        QCOMPARE(v.problems.at(0).name, u"colour"_s);
        QCOMPARE(v.problems.at(0).param, P::None);
        QCOMPARE(v.problems.at(1).param, P::_key);
        QVERIFY(!v.message().contains(u"secret"_s));
    }

    void everyProblemAtOnce()
    {
        RawParams raw;
        raw.add(u"login"_s, u"jan"_s);
        raw.add(u"email"_s, u"not an address"_s);
        raw.add(u"dateOfBirth"_s, u"31-12-1990"_s);
        raw.add(u"active"_s, u"misschien"_s);
        raw.add(u"role"_s, u"student"_s);
        raw.add(u"role"_s, u"king"_s);
        const Validation v = ParamValidator::validate(Fn::AddUser, raw);
        QList<P> where;
        for (const ParamProblem &p : v.problems)
            where.append(p.param);
        QCOMPARE(where, (QList<P>{P::email, P::dateOfBirth, P::active, P::role, P::userID}));
        QCOMPARE(v.params.keys(), QList<P>{P::login});
    }

    void booleans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("value");
        for (const auto *t : {u"true", u"TRUE", u"True", u"1", u"yes", u"Ja", u"waar", u"on", u" true "})
            QTest::newRow(qPrintable(QString::fromUtf16(t))) << QString::fromUtf16(t) << true;
        for (const auto *t : {u"false", u"FALSE", u"0", u"no", u"nee", u"onwaar", u"off", u"Off"})
            QTest::newRow(qPrintable(QString::fromUtf16(t))) << QString::fromUtf16(t) << false;
    }

    void booleans()
    {
        QFETCH(QString, text);
        QFETCH(bool, value);
        RawParams raw;
        raw.add(P::courseID, u"C1"_s).add(P::teacherID, u"T1"_s).add(P::permission, u"coursesettings"_s);
        raw.add(P::unset, text);
        const Validation v = ParamValidator::validate(Fn::SetCoursePermissions, raw);
        QVERIFY2(v.isValid(), qPrintable(v.message()));
        QCOMPARE(std::get<bool>(*v.params.value(P::unset)), value);
        QCOMPARE(std::get<QStringList>(*v.params.value(P::permission)), QStringList{u"CourseSettings"_s});
        // Typed text from code is normalised the same way.
        const Validation typed = ParamValidator::validate(Fn::SetCoursePermissions,
            ApiParams()
                .set(P::courseID, u"C1"_s)
                .set(P::teacherID, u"T1"_s)
                .set(P::permission, QStringList{u"EditCalendar"_s})
                .set(P::unset, text));
        QCOMPARE(std::get<bool>(*typed.params.value(P::unset)), value);
    }

    void datesAndDateTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("no offset") << u"2026-03-01T10:00:00"_s << true;
        QTest::newRow("offset") << u"2026-03-01T10:00:00+02:00"_s << true;
        QTest::newRow("utc") << u"2026-03-01T10:00:00Z"_s << true;
        QTest::newRow("dutch order") << u"01-03-2026 10:00"_s << false;
        QTest::newRow("words") << u"next monday"_s << false;
        QTest::newRow("date for date-time") << u"2026-03-01"_s << true;
    }

    void datesAndDateTimes()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        RawParams raw;
        raw.add(P::UID, u"CAL-1"_s).add(P::start, text);
        const Validation v = ParamValidator::validate(Fn::UpdateEvent, raw);
        QCOMPARE(v.isValid(), ok);
        if (!ok)
            QCOMPARE(v.problems.first().param, P::start);
        // An empty date clears the field and stays a null date.
        RawParams clear;
        clear.add(P::userID, u"U1"_s).add(P::dateOfBirth, QString());
        const Validation c = ParamValidator::validate(Fn::UpdateUser, clear);
        QVERIFY(c.isValid());
        QVERIFY(std::get<QDate>(*c.params.value(P::dateOfBirth)).isNull());
    }

    void invalidUtf8IsRefusedOnItsParameter()
    {
        const QString value = decodeKeepingInvalidBytes(QByteArrayView("J\xe9r\xf4me\xff"));
        QVERIFY(hasInvalidUtf8(value));
        QVERIFY(!hasInvalidUtf8(decodeKeepingInvalidBytes(QByteArrayView("J\xc3\xa9r\xc3\xb4me \xf0\x9f\x98\x80"))));
        RawParams raw;
        raw.add(P::userID, u"U1"_s).add(P::firstName, value);
        const Validation v = ParamValidator::validate(Fn::UpdateUser, raw);
        QCOMPARE(v.problems.size(), 1);
        QCOMPARE(v.problems.first().param, P::firstName);
        QVERIFY(v.problems.first().message.contains(u"UTF-8"_s));
    }

    void idRule_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << u"EMP-00030"_s << true;
        QTest::newRow("spaces and accents") << u"Zoë de Wit 2"_s << true;
        QTest::newRow("dots inside") << u"a.b..c"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("dot") << u"."_s << false;
        QTest::newRow("dot-dot") << u".."_s << false;
        QTest::newRow("slash") << u"a/b"_s << false;
        QTest::newRow("backslash") << u"a\\b"_s << false;
        QTest::newRow("question") << u"a?b"_s << false;
        QTest::newRow("hash") << u"a#b"_s << false;
        QTest::newRow("newline") << u"a\nb"_s << false;
        QTest::newRow("nul") << QString(QChar(0)) << false;
        QTest::newRow("c1 control") << QString(QChar(0x85)) << false;
    }

    void idRule()
    {
        QFETCH(QString, id);
        QFETCH(bool, ok);
        QCOMPARE(idProblem(id).isEmpty(), ok);
    }
};

QTEST_GUILESS_MAIN(TestParamValidator)
#include "tst_paramvalidator.moc"
