#include "tests/transfer/xlsxreadback.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace Springdesk::Testing {

QString XlsxReadback::ref(int row, int column)
{
    QString letters;
    int c = column + 1;
    while (c > 0) {
        const int rem = (c - 1) % 26;
        letters.prepend(QChar(u'A' + rem));
        c = (c - 1) / 26;
    }
    return letters + QString::number(row);
}

QStringList XlsxReadback::Sheet::row(int row, int columns) const
{
    QStringList out;
    for (int c = 0; c < columns; ++c)
        out << text(ref(row, c));
    return out;
}

const XlsxReadback::Sheet *XlsxReadback::sheet(const QString &name) const
{
    for (const auto &s : sheets) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

namespace {

QJsonObject hashToJson(const QHash<QString, QString> &hash)
{
    QJsonObject o;
    for (auto it = hash.cbegin(); it != hash.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QHash<QString, QString> hashFromJson(const QJsonObject &o)
{
    QHash<QString, QString> hash;
    for (auto it = o.begin(); it != o.end(); ++it)
        hash.insert(it.key(), it.value().toString());
    return hash;
}

} // namespace

QJsonObject XlsxReadback::toJson() const
{
    QJsonArray sheetArray;
    for (const auto &s : sheets) {
        QJsonObject cellsObject;
        for (auto it = s.cells.cbegin(); it != s.cells.cend(); ++it) {
            cellsObject.insert(it.key(),
                QJsonObject{{u"t"_s, it->type}, {u"v"_s, it->value}, {u"f"_s, it->formula},
                    {u"fmt"_s, it->numberFormat}, {u"b"_s, it->bold}});
        }
        QJsonArray widths;
        for (double w : s.columnWidths)
            widths.append(w);
        sheetArray.append(QJsonObject{{u"name"_s, s.name}, {u"cells"_s, cellsObject},
            {u"frozenTopLeft"_s, s.frozenTopLeft}, {u"frozenRows"_s, s.frozenRows}, {u"autoFilter"_s, s.autoFilter},
            {u"widths"_s, widths}, {u"rowCount"_s, s.rowCount}});
    }
    return {{u"sheets"_s, sheetArray}, {u"core"_s, hashToJson(coreProperties)},
        {u"custom"_s, hashToJson(customProperties)}, {u"entries"_s, QJsonArray::fromStringList(entries)}};
}

void XlsxReadback::fromJson(const QJsonObject &json)
{
    sheets.clear();
    for (const auto &v : json.value(u"sheets"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Sheet s;
        s.name = o.value(u"name"_s).toString();
        const QJsonObject cellsObject = o.value(u"cells"_s).toObject();
        for (auto it = cellsObject.begin(); it != cellsObject.end(); ++it) {
            const QJsonObject c = it.value().toObject();
            s.cells.insert(it.key(),
                Cell{c.value(u"t"_s).toString(), c.value(u"v"_s).toString(), c.value(u"f"_s).toBool(),
                    c.value(u"fmt"_s).toString(), c.value(u"b"_s).toBool()});
        }
        s.frozenTopLeft = o.value(u"frozenTopLeft"_s).toString();
        s.frozenRows = o.value(u"frozenRows"_s).toInt();
        s.autoFilter = o.value(u"autoFilter"_s).toString();
        for (const auto &w : o.value(u"widths"_s).toArray())
            s.columnWidths << w.toDouble();
        s.rowCount = o.value(u"rowCount"_s).toInt();
        sheets << s;
    }
    coreProperties = hashFromJson(json.value(u"core"_s).toObject());
    customProperties = hashFromJson(json.value(u"custom"_s).toObject());
    entries.clear();
    for (const auto &e : json.value(u"entries"_s).toArray())
        entries << e.toString();
}

bool XlsxReadback::load(const QString &path, QString *error)
{
    QProcess tool;
    tool.start(QStringLiteral(SPRINGDESK_XLSX_DUMP), {path});
    if (!tool.waitForFinished(120'000) || tool.exitStatus() != QProcess::NormalExit) {
        *error = u"springdesk_xlsx_dump did not finish: "_s + tool.errorString();
        return false;
    }
    if (tool.exitCode() != 0) {
        *error = QString::fromUtf8(tool.readAllStandardError());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(tool.readAllStandardOutput(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return false;
    }
    fromJson(doc.object());
    return true;
}

} // namespace Springdesk::Testing
