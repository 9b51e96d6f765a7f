// ColumnFilter: key:value terms, quoting, choices with spellings, yes/no values and problems.
#include "core/store/columnfilter.h"

#include <QTest>

using namespace Springdesk::Store;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<FilterTerm>)

namespace {

ColumnFilter filter()
{
    return ColumnFilter({
        {u"type"_s, FilterKey::Kind::Choice,
            {{u"student"_s, {u"learner"_s, u"cursist"_s}}, {u"teacher"_s, {u"instructor"_s}},
                {u"mentor"_s, {u"observer"_s}}},
            {u"soort"_s}},
        {u"active"_s, FilterKey::Kind::Bool, {}, {}},
        {u"parent"_s, FilterKey::Kind::Text, {}, {}},
    });
}

} // namespace

class TestColumnFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<FilterTerm>>("terms");
        QTest::addColumn<int>("problems");
        using L = QList<FilterTerm>;
        QTest::newRow("empty") << u""_s << u""_s << L{} << 0;
        QTest::newRow("free text") << u"  anna   de  vries "_s << u"anna de vries"_s << L{} << 0;
        QTest::newRow("choice word") << u"type:instructor"_s << u""_s << L{{u"type"_s, u"teacher"_s}} << 0;
        QTest::newRow("choice stored value") << u"type:mentor"_s << u""_s << L{{u"type"_s, u"mentor"_s}} << 0;
        QTest::newRow("choice case") << u"TYPE:Learner"_s << u""_s << L{{u"type"_s, u"student"_s}} << 0;
        QTest::newRow("alias and translated word") << u"soort:cursist"_s << u""_s << L{{u"type"_s, u"student"_s}} << 0;
        QTest::newRow("either value") << u"type:learner,observer"_s << u""_s
                                      << L{{u"type"_s, u"student"_s}, {u"type"_s, u"mentor"_s}} << 0;
        QTest::newRow("bool false") << u"active:false"_s << u""_s << L{{u"active"_s, u"false"_s}} << 0;
        QTest::newRow("bool TRUE") << u"active:TRUE"_s << u""_s << L{{u"active"_s, u"true"_s}} << 0;
        QTest::newRow("bool ja") << u"active:ja"_s << u""_s << L{{u"active"_s, u"true"_s}} << 0;
        QTest::newRow("bool nonsense") << u"active:maybe"_s << u""_s << L{} << 1;
        QTest::newRow("unknown choice") << u"type:wizard anna"_s << u"anna"_s << L{} << 1;
        QTest::newRow("empty value") << u"type:"_s << u""_s << L{} << 1;
        QTest::newRow("quoted text value")
            << u"parent:\"Sales NL\" x"_s << u"x"_s << L{{u"parent"_s, u"Sales NL"_s}} << 0;
        QTest::newRow("text value keeps commas") << u"parent:a,b"_s << u""_s << L{{u"parent"_s, u"a,b"_s}} << 0;
        QTest::newRow("unknown key is text") << u"http://x.nl 10:30"_s << u"http://x.nl 10:30"_s << L{} << 0;
        QTest::newRow("leading colon is text") << u":type"_s << u":type"_s << L{} << 0;
        QTest::newRow("mixed") << u"anna type:learner active:no"_s << u"anna"_s
                               << L{{u"type"_s, u"student"_s}, {u"active"_s, u"false"_s}} << 0;
        QTest::newRow("quoted free text") << u"\"de vries\""_s << u"de vries"_s << L{} << 0;
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(QString, text);
        QFETCH(QList<FilterTerm>, terms);
        QFETCH(int, problems);
        const ParsedFilter parsed = filter().parse(input);
        QCOMPARE(parsed.text, text);
        QCOMPARE(parsed.terms, terms);
        QCOMPARE(parsed.problems.size(), problems);
        for (const auto &p : parsed.problems)
            QVERIFY(!p.isEmpty());
    }

    void problemsNameTheInput()
    {
        const auto parsed = filter().parse(u"type:wizard"_s);
        QCOMPARE(parsed.problems.size(), 1);
        QVERIFY(parsed.problems.first().contains(u"wizard"_s));
        QVERIFY(parsed.problems.first().contains(u"instructor"_s)); // lists what is accepted
    }

    void flagAndValues()
    {
        auto parsed = filter().parse(u"active:yes type:learner type:student"_s);
        QCOMPARE(parsed.flag(u"active"_s), std::optional<bool>(true));
        QCOMPARE(parsed.values(u"type"_s), QStringList{u"student"_s}); // duplicates folded
        QCOMPARE(parsed.flag(u"parent"_s), std::nullopt);
        parsed = filter().parse(u"active:yes active:no"_s);
        QCOMPARE(parsed.flag(u"active"_s), std::nullopt); // both ways: no filter
        QVERIFY(!parsed.isEmpty());
        QVERIFY(filter().parse(u"  "_s).isEmpty());
    }

    void tokens_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("plain") << u"a b"_s << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("quoted") << u"a \"b c\""_s << QStringList{u"a"_s, u"b c"_s};
        QTest::newRow("doubled quote") << u"\"say \"\"hi\"\"\""_s << QStringList{u"say \"hi\""_s};
        QTest::newRow("empty quotes") << u"\"\""_s << QStringList{u""_s};
        QTest::newRow("unterminated") << u"\"a b"_s << QStringList{u"a b"_s};
        QTest::newRow("tabs") << u"a\tb"_s << QStringList{u"a"_s, u"b"_s};
    }

    void tokens()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, tokens);
        QCOMPARE(ColumnFilter::tokens(input), tokens);
    }

    void parseBool_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected"); // -1 none, 0 false, 1 true
        for (const auto &t : {u"true"_s, u"TRUE"_s, u"yes"_s, u"1"_s, u"ja"_s, u"waar"_s})
            QTest::newRow(qPrintable(t)) << t << 1;
        for (const auto &t : {u"false"_s, u"No"_s, u"0"_s, u"nee"_s, u"onwaar"_s})
            QTest::newRow(qPrintable(t)) << t << 0;
        for (const auto &t : {u""_s, u"2"_s, u"maybe"_s})
            QTest::newRow(qPrintable(u"bad "_s + t)) << t << -1;
    }

    void parseBool()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        const auto b = ColumnFilter::parseBool(text);
        QCOMPARE(b.has_value() ? int(*b) : -1, expected);
    }

    void keyLookup()
    {
        const auto f = filter();
        QCOMPARE(f.key(u"SOORT")->name, u"type"_s);
        QCOMPARE(f.key(u"colour"), nullptr);
        QCOMPARE(ColumnFilter().parse(u"type:learner"_s).text, u"type:learner"_s); // no keys: all text
    }
};

QTEST_GUILESS_MAIN(TestColumnFilter)
#include "tst_columnfilter.moc"
