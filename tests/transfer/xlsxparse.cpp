#include "tests/transfer/xlsxreadback.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Springdesk::Testing {

namespace {

QByteArray readEntry(QuaZip &zip, const QString &name, bool *ok)
{
    *ok = false;
    if (!zip.setCurrentFile(name))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    *ok = true;
    return file.readAll();
}

// OOXML's escape of characters XML cannot carry: "_x000D_" is a carriage return.
QString unescape(const QString &text)
{
    static const QRegularExpression escape(u"_x([0-9A-Fa-f]{4})_"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = escape.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QChar(char16_t(m.captured(1).toUShort(nullptr, 16)));
        last = m.capturedEnd();
    }
    return out + QStringView(text).mid(last);
}

int rowIndex(QStringView ref)
{
    qsizetype i = 0;
    while (i < ref.size() && ref.at(i).isLetter())
        ++i;
    return ref.mid(i).toInt();
}

// The text inside the current element (all <t> descendants), up to its end.
QString innerText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (!xml.atEnd() && depth > 0) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"t")
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else
                ++depth;
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return text;
}

} // namespace

bool XlsxReadback::parse(const QString &path, QString *error)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        *error = u"not a zip file: "_s + path;
        return false;
    }
    entries = zip.getFileNameList();
    bool ok = false;

    // shared strings (not used in constant-memory mode, but read them anyway)
    QStringList shared;
    const QByteArray sst = readEntry(zip, u"xl/sharedStrings.xml"_s, &ok);
    if (ok) {
        QXmlStreamReader xml(sst);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"si")
                shared << innerText(xml);
        }
    }

    // styles: numFmt codes, bold fonts, cellXfs
    QHash<int, QString> formats{{14, u"mm-dd-yy"_s}, {22, u"m/d/yy h:mm"_s}, {9, u"0%"_s}};
    QList<bool> fontBold;
    QList<std::pair<int, int>> xfs; // (numFmtId, fontId)
    const QByteArray styles = readEntry(zip, u"xl/styles.xml"_s, &ok);
    if (!ok) {
        *error = u"xl/styles.xml missing"_s;
        return false;
    }
    {
        QXmlStreamReader xml(styles);
        QString section;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto n = xml.name();
                if (n == u"fonts" || n == u"cellXfs" || n == u"cellStyleXfs" || n == u"numFmts")
                    section = n.toString();
                else if (n == u"numFmt")
                    formats.insert(xml.attributes().value(u"numFmtId"_s).toInt(),
                        xml.attributes().value(u"formatCode"_s).toString());
                else if (n == u"font" && section == u"fonts")
                    fontBold << false;
                else if (n == u"b" && section == u"fonts" && !fontBold.isEmpty())
                    fontBold.last() = true;
                else if (n == u"xf" && section == u"cellXfs")
                    xfs << std::pair{
                        xml.attributes().value(u"numFmtId"_s).toInt(), xml.attributes().value(u"fontId"_s).toInt()};
            }
        }
    }

    // workbook: sheet names in order, with their relationship targets
    const QByteArray workbook = readEntry(zip, u"xl/workbook.xml"_s, &ok);
    const QByteArray rels = readEntry(zip, u"xl/_rels/workbook.xml.rels"_s, &ok);
    QHash<QString, QString> targets;
    {
        QXmlStreamReader xml(rels);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"Relationship")
                targets.insert(
                    xml.attributes().value(u"Id"_s).toString(), xml.attributes().value(u"Target"_s).toString());
        }
    }
    QList<std::pair<QString, QString>> sheetFiles;
    {
        QXmlStreamReader xml(workbook);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"sheet") {
                QString rid;
                for (const auto &a : xml.attributes()) {
                    if (a.name() == u"id")
                        rid = a.value().toString();
                }
                sheetFiles << std::pair{xml.attributes().value(u"name"_s).toString(), u"xl/"_s + targets.value(rid)};
            }
        }
    }
    for (const auto &[name, file] : std::as_const(sheetFiles)) {
        Sheet sheet;
        sheet.name = name;
        const QByteArray data = readEntry(zip, file, &ok);
        if (!ok) {
            *error = u"sheet missing: "_s + file;
            return false;
        }
        QXmlStreamReader xml(data);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto n = xml.name();
            if (n == u"pane" && xml.attributes().value(u"state"_s) == u"frozen") {
                sheet.frozenTopLeft = xml.attributes().value(u"topLeftCell"_s).toString();
                sheet.frozenRows = xml.attributes().value(u"ySplit"_s).toInt();
            } else if (n == u"autoFilter") {
                sheet.autoFilter = xml.attributes().value(u"ref"_s).toString();
            } else if (n == u"col") {
                const int min = xml.attributes().value(u"min"_s).toInt();
                const int max = xml.attributes().value(u"max"_s).toInt();
                while (sheet.columnWidths.size() < max)
                    sheet.columnWidths << 0;
                for (int i = min; i <= max; ++i)
                    sheet.columnWidths[i - 1] = xml.attributes().value(u"width"_s).toDouble();
            } else if (n == u"c") {
                Cell cell;
                const QString r = xml.attributes().value(u"r"_s).toString();
                cell.type = xml.attributes().value(u"t"_s).toString();
                const int style = xml.attributes().value(u"s"_s).toInt();
                if (style >= 0 && style < xfs.size()) {
                    cell.numberFormat = xfs.at(style).first == 0 ? QString() : formats.value(xfs.at(style).first);
                    cell.bold = fontBold.value(xfs.at(style).second);
                }
                // children: <v>, <f>, <is><t>
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isEndElement() && xml.name() == u"c")
                        break;
                    if (!xml.isStartElement())
                        continue;
                    if (xml.name() == u"f") {
                        cell.formula = true;
                        xml.skipCurrentElement();
                    } else if (xml.name() == u"v") {
                        cell.value = xml.readElementText();
                    } else if (xml.name() == u"t") {
                        cell.value += xml.readElementText();
                    }
                }
                if (cell.type == u"s")
                    cell.value = shared.value(cell.value.toInt());
                cell.value = unescape(cell.value);
                sheet.rowCount = qMax(sheet.rowCount, rowIndex(r));
                sheet.cells.insert(r, cell);
            }
        }
        if (xml.hasError()) {
            *error = u"bad XML in "_s + file + u": "_s + xml.errorString();
            return false;
        }
        sheets << sheet;
    }

    const QByteArray core = readEntry(zip, u"docProps/core.xml"_s, &ok);
    if (ok) {
        QXmlStreamReader xml(core);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() != u"coreProperties") {
                const QString key = xml.name().toString();
                coreProperties.insert(key, xml.readElementText(QXmlStreamReader::IncludeChildElements));
            }
        }
    }
    const QByteArray custom = readEntry(zip, u"docProps/custom.xml"_s, &ok);
    if (ok) {
        QXmlStreamReader xml(custom);
        QString current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"property")
                current = xml.attributes().value(u"name"_s).toString();
            else if (xml.isStartElement() && !current.isEmpty()) {
                customProperties.insert(current, xml.readElementText());
                current.clear();
            }
        }
    }
    return true;
}

} // namespace Springdesk::Testing
