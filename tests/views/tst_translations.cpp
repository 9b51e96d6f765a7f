// Every shipped language is complete: no unfinished, empty or placeholder-mangled translation,
// also for strings added to the code since the .ts files were last refreshed.
#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    bool unfinished = false;
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "context"_L1) {
                context.clear();
            } else if (name == "name"_L1) {
                context = xml.readElementText();
            } else if (name == "message"_L1) {
                current = Message{context, {}, {}, false, xml.attributes().value("numerus"_L1) == "yes"_L1};
            } else if (name == "source"_L1) {
                current.source = xml.readElementText();
            } else if (name == "translation"_L1) {
                const auto type = xml.attributes().value("type"_L1);
                if (type == "vanished"_L1 || type == "obsolete"_L1) {
                    current.source.clear(); // not shipped
                    xml.skipCurrentElement();
                    continue;
                }
                current.unfinished = type == "unfinished"_L1;
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == "numerusform"_L1) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1 && !current.source.isEmpty()) {
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?(\\d+|n)"_s); // %1, %n and their localised %L1, %Ln
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data();
    void complete();
    void compiledIntoResources();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("tsFile");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("nl") << u"springdesk_nl.ts"_s << false;
    QTest::newRow("en (plural forms)") << u"springdesk_en.ts"_s << true;
}

void TestTranslations::complete()
{
    QFETCH(QString, tsFile);
    QFETCH(bool, pluralOnly);
    const QDir root(QStringLiteral(SPRINGDESK_SOURCE_DIR));
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(tsFile);
    QVERIFY(QFile::copy(root.filePath(u"translations/"_s + tsFile), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QStringList arguments{
        u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-extensions"_s, u"cpp,h,ui"_s, u"-I"_s, root.path()};
    if (pluralOnly)
        arguments << u"-pluralonly"_s;
    for (const auto dir : {"core"_L1, "models"_L1, "views"_L1, "app"_L1})
        arguments << root.filePath(dir);
    arguments << u"-ts"_s << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(SPRINGDESK_LUPDATE_EXE), arguments);
    QVERIFY(lupdate.waitForFinished(60000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QString error;
    const QList<Message> messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const Message &message : messages) {
        const QString where = message.context + u": \""_s + message.source + u'"';
        const bool empty = message.translations.isEmpty()
            || std::any_of(message.translations.cbegin(), message.translations.cend(),
                [](const QString &t) { return t.trimmed().isEmpty(); });
        if (message.unfinished || empty) {
            problems << u"untranslated "_s + where;
            continue;
        }
        const QSet<QString> expected = placeholders(message.source);
        for (const QString &translation : message.translations) {
            QSet<QString> got = placeholders(translation);
            if (message.numerus && !got.contains(u"%n"_s) && !got.contains(u"%Ln"_s)) {
                // a singular form may spell the number out
                got.insert(expected.contains(u"%Ln"_s) ? u"%Ln"_s : u"%n"_s);
            }
            if (got != expected)
                problems << u"placeholders differ in "_s + where + u" → \""_s + translation + u'"';
        }
        if (!message.source.contains(u"..."_s) && message.translations.join(QString()).contains(u"..."_s))
            problems << u"\"...\" instead of \"…\" in "_s + where;
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(u"\n"_s + problems.join(u'\n') + u"\nRun the update_translations target and translate these."_s));
}

void TestTranslations::compiledIntoResources()
{
    QTranslator dutch;
    QVERIFY(dutch.load(u":/i18n/springdesk_nl.qm"_s));
    QCOMPARE(dutch.language(), u"nl_NL"_s);
    QCOMPARE(dutch.translate("Springdesk::Views::ComingSoonPage", "Coming in a later version"),
        u"Komt in een latere versie"_s);
    QTranslator english;
    QVERIFY(english.load(u":/i18n/springdesk_en.qm"_s));
    QCOMPARE(english.translate("Springdesk::Models::ConnectionStatus", "Cache: updated %n minute(s) ago", nullptr, 1),
        u"Cache: updated %n minute ago"_s);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
