#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Springdesk::Testing {

// An XLSX file read back for tests: unzipped with QuaZip, the parts parsed with
// QXmlStreamReader (no spreadsheet library involved, so the tests check the file itself).
class XlsxReadback
{
public:
    struct Cell
    {
        QString type; // the t attribute: "" or "n" (number), "s" (shared string), "inlineStr", "b", "str"
        QString value; // the text of a string cell, else the <v> text
        bool formula = false; // a <f> element
        QString numberFormat; // the cell style's number format code, e.g. "yyyy-mm-dd"; empty: General
        bool bold = false;
    };
    struct Sheet
    {
        QString name;
        QMap<QString, Cell> cells; // by reference, e.g. "A1"
        QString frozenTopLeft; // the pane's topLeftCell when frozen ("A2"), else empty
        int frozenRows = 0; // ySplit of a frozen pane
        QString autoFilter; // the autoFilter's ref, e.g. "A1:K501"
        QList<double> columnWidths; // per column from A, 0 when not set
        int rowCount = 0; // the highest row number with a cell

        bool has(const QString &ref) const { return cells.contains(ref); }
        Cell cell(const QString &ref) const { return cells.value(ref); }
        QString text(const QString &ref) const { return cells.value(ref).value; }
        // The cells of a row in column order ("A", "B"…), empty strings for missing cells.
        QStringList row(int row, int columns) const;
    };

    // false with `error` set when the file cannot be read. Runs the springdesk_xlsx_dump tool:
    // QuaZip's minizip symbols clash with the copy inside libxlsxwriter, so the file is unzipped
    // in a process of its own.
    bool load(const QString &path, QString *error);
    // What the tool does (links QuaZip).
    bool parse(const QString &path, QString *error);
    QJsonObject toJson() const;
    void fromJson(const QJsonObject &json);

    QList<Sheet> sheets;
    QHash<QString, QString> coreProperties; // "title", "subject", "creator", "description"…
    QHash<QString, QString> customProperties; // name → value text
    QStringList entries; // the zip's file names

    const Sheet *sheet(const QString &name) const;
    static QString ref(int row, int column); // (1, 0) → "A1"
};

} // namespace Springdesk::Testing
