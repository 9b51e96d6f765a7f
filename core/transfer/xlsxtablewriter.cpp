#include "core/transfer/xlsxtablewriter.h"

#include "core/transfer/cellformat.h"
#include "core/transfer/transferlog.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <algorithm>

#include <xlsxwriter.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Springdesk::Transfer {

namespace {

constexpr int MaxSheetName = 31;
constexpr int SampleRows = 500; // rows of the first page that decide the column widths
constexpr double MinWidth = 6;
constexpr double MaxWidth = 60;

struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *date = nullptr;
    lxw_format *dateTime = nullptr;
    lxw_format *percentage = nullptr;
    lxw_format *label = nullptr;
};

// The workbook and the temporary file it is written into; both go away unless committed.
class Workbook
{
public:
    explicit Workbook(lxw_workbook *wb)
        : m_wb(wb)
    { }
    ~Workbook()
    {
        if (m_wb)
            workbook_close(m_wb); // frees it; the temporary file is removed by its owner
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;
    lxw_workbook *get() const { return m_wb; }
    lxw_error close()
    {
        lxw_workbook *wb = m_wb;
        m_wb = nullptr;
        return workbook_close(wb);
    }

private:
    lxw_workbook *m_wb;
};

double displayWidth(const QString &text)
{
    // a rough character count; wide (CJK) characters count double
    double width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x1100 ? 2.0 : 1.0;
    return width;
}

double typedWidth(ColumnType type)
{
    switch (type) {
    case ColumnType::Date:
        return 11;
    case ColumnType::DateTime:
        return 17;
    case ColumnType::Boolean:
        return 7;
    case ColumnType::Percentage:
        return 7;
    default:
        return 0;
    }
}

ExportError writeCell(
    lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const QVariant &value, ColumnType type, const Formats &formats)
{
    if (value.isNull())
        return {};
    lxw_error e = LXW_NO_ERROR;
    bool done = true;
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Number:
        if (const auto n = CellFormat::toNumber(value))
            e = worksheet_write_number(ws, row, col, type == ColumnType::Integer ? double(qint64(*n)) : *n, nullptr);
        else
            done = false;
        break;
    case ColumnType::Percentage:
        if (const auto n = CellFormat::toNumber(value))
            e = worksheet_write_number(ws, row, col, *n / 100.0, formats.percentage);
        else
            done = false;
        break;
    case ColumnType::Boolean:
        if (const auto b = CellFormat::toBool(value))
            e = worksheet_write_boolean(ws, row, col, *b ? 1 : 0, nullptr);
        else
            done = false;
        break;
    case ColumnType::Date:
        if (const auto d = CellFormat::toDate(value))
            e = worksheet_write_number(ws, row, col, CellFormat::excelSerial(*d), formats.date);
        else
            done = false;
        break;
    case ColumnType::DateTime:
        if (const auto dt = CellFormat::toLocalDateTime(value))
            e = worksheet_write_number(ws, row, col, CellFormat::excelSerial(*dt), formats.dateTime);
        else
            done = false;
        break;
    case ColumnType::Text:
    case ColumnType::Id:
        done = false;
        break;
    }
    if (!done) {
        // a string cell: never a formula, whatever the text starts with
        const QString text = CellFormat::cellSafe(CellFormat::toText(value));
        if (!text.isEmpty())
            e = worksheet_write_string(ws, row, col, text.toUtf8().constData(), nullptr);
    }
    if (e != LXW_NO_ERROR)
        return ExportError::make(ExportError::Kind::Other, QString::fromUtf8(lxw_strerror(e)));
    return {};
}

QString dateTimeText(const QDateTime &dt)
{
    return dt.isValid() ? dt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

} // namespace

QString XlsxTableWriter::sheetName(const QString &wanted, const QStringList &taken)
{
    QString name = wanted;
    for (QChar &c : name) {
        if (u"[]:*?/\\"_s.contains(c) || c.unicode() < 0x20)
            c = u'_';
    }
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    name = name.trimmed();
    if (name.isEmpty())
        name = tr("Sheet");
    name = name.left(MaxSheetName);
    while (name.endsWith(u'\''))
        name.chop(1);
    const auto isTaken = [&taken](const QString &candidate) {
        return std::any_of(taken.cbegin(), taken.cend(),
            [&candidate](const QString &t) { return t.compare(candidate, Qt::CaseInsensitive) == 0; });
    };
    QString candidate = name;
    for (int n = 2; isTaken(candidate); ++n) {
        const QString suffix = u" (%1)"_s.arg(n);
        candidate = name.left(MaxSheetName - suffix.size()) + suffix;
    }
    return candidate;
}

ExportError XlsxTableWriter::write(const QString &path, const ExportDocument &document, TableSources &sources,
    const ExportOptions &options, const ExportProgress &progress)
{
    const QFileInfo target(path);
    if (target.isDir())
        return ExportError::fromErrno(EISDIR, path);
    const QString dir = target.absolutePath();
    if (!QFileInfo(dir).isDir())
        return ExportError::fromErrno(ENOENT, path);
    QTemporaryFile temp(dir + u"/."_s + target.fileName() + u".XXXXXX.part"_s);
    errno = 0;
    if (!temp.open()) {
        const int e = errno;
        return ExportError::fromErrno(e ? e : EACCES, path, temp.errorString());
    }
    temp.close(); // libxlsxwriter writes it by name; it stays 0600

    lxw_workbook_options wbOptions{};
    wbOptions.constant_memory = LXW_TRUE;
    const QByteArray tempPath = QFile::encodeName(temp.fileName());
    const QByteArray tmpDir = QFile::encodeName(QDir::tempPath());
    wbOptions.tmpdir = const_cast<char *>(tmpDir.constData());
    Workbook workbook(workbook_new_opt(tempPath.constData(), &wbOptions));
    if (!workbook.get())
        return ExportError::fromErrno(errno ? errno : ENOMEM, path);
    lxw_workbook *wb = workbook.get();

    Formats formats;
    formats.header = workbook_add_format(wb);
    format_set_bold(formats.header);
    formats.label = workbook_add_format(wb);
    format_set_bold(formats.label);
    formats.date = workbook_add_format(wb);
    format_set_num_format(formats.date, "yyyy-mm-dd");
    formats.dateTime = workbook_add_format(wb);
    format_set_num_format(formats.dateTime, "yyyy-mm-dd hh:mm");
    formats.percentage = workbook_add_format(wb);
    format_set_num_format(formats.percentage, "0%");

    QStringList taken;
    qint64 written = 0;
    QList<ExportRow> rows;
    for (const auto &source : sources) {
        const QString name = sheetName(source->name(), taken);
        taken << name;
        lxw_worksheet *ws = workbook_add_worksheet(wb, name.toUtf8().constData());
        if (!ws)
            return ExportError::make(ExportError::Kind::Other, tr("The sheet \"%1\" could not be added.").arg(name));
        const ExportColumns columns = source->columns();
        const lxw_col_t last = lxw_col_t(qMax<qsizetype>(1, columns.size()) - 1);

        // The first page decides the column widths (set before any row is written).
        rows.clear();
        QString error;
        if (!source->fetch(qMax(options.pageSize, SampleRows), &rows, &error))
            return ExportError::make(ExportError::Kind::Source, error);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            double width = qMax(displayWidth(columns.at(c).title) * 1.1 + 2, typedWidth(columns.at(c).type));
            const ColumnType type = columns.at(c).type;
            if (typedWidth(type) == 0) {
                const qsizetype sample = qMin<qsizetype>(rows.size(), SampleRows);
                for (qsizetype r = 0; r < sample; ++r) {
                    const QVariant &v = rows.at(r).at(c);
                    if (!v.isNull())
                        width = qMax(width, displayWidth(CellFormat::toText(v)) + 1);
                }
            }
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), qBound(MinWidth, width, MaxWidth), nullptr);
        }
        for (qsizetype c = 0; c < columns.size(); ++c) {
            worksheet_write_string(
                ws, 0, lxw_col_t(c), CellFormat::cellSafe(columns.at(c).title).toUtf8().constData(), formats.header);
        }
        worksheet_freeze_panes(ws, 1, 0);
        lxw_row_t row = 1;
        while (!rows.isEmpty()) {
            for (const ExportRow &values : std::as_const(rows)) {
                for (qsizetype c = 0; c < columns.size(); ++c) {
                    if (auto e = writeCell(ws, row, lxw_col_t(c), values.value(c), columns.at(c).type, formats)) {
                        if (errno == ENOSPC)
                            return ExportError::fromErrno(ENOSPC, path);
                        e.message = tr("Writing %1 failed: %2").arg(QDir::toNativeSeparators(path), e.message);
                        return e;
                    }
                }
                ++row;
            }
            written += rows.size();
            if (progress && !progress(written))
                return ExportError::cancelled();
            rows.clear();
            if (!source->fetch(options.pageSize, &rows, &error))
                return ExportError::make(ExportError::Kind::Source, error);
        }
        worksheet_autofilter(ws, 0, 0, qMax<lxw_row_t>(row - 1, 1), last);
    }

    // About: what this file is.
    const QString aboutName = sheetName(tr("About"), taken);
    lxw_worksheet *about = workbook_add_worksheet(wb, aboutName.toUtf8().constData());
    if (!about)
        return ExportError::make(ExportError::Kind::Other, tr("The sheet \"%1\" could not be added.").arg(aboutName));
    worksheet_set_column(about, 0, 0, 24, nullptr);
    worksheet_set_column(about, 1, 1, 60, nullptr);
    QList<std::pair<QString, QVariant>> lines{{tr("Report"), document.title}, {tr("Profile"), document.profile},
        {tr("Data as of"), document.asOf.isValid() ? QVariant(document.asOf) : QVariant(tr("unknown"))}};
    for (const auto &[label, value] : document.filters)
        lines.append({label, value});
    lines.append({tr("Exported at"), document.exportedAt});
    lines.append({tr("Exported by"), tr("Springdesk %1").arg(QStringLiteral(SPRINGDESK_VERSION))});
    lxw_row_t aboutRow = 0;
    for (const auto &[label, value] : std::as_const(lines)) {
        worksheet_write_string(about, aboutRow, 0, CellFormat::cellSafe(label).toUtf8().constData(), formats.label);
        const ColumnType type = value.metaType().id() == QMetaType::QDateTime ? ColumnType::DateTime : ColumnType::Text;
        if (auto e = writeCell(about, aboutRow, 1, value, type, formats))
            return e;
        ++aboutRow;
    }

    // Document properties: libxlsxwriter copies the strings.
    const QByteArray title = document.title.toUtf8();
    const QByteArray subject = document.profile.toUtf8();
    const QByteArray comments = tr("Data as of %1").arg(dateTimeText(document.asOf)).toUtf8();
    const QByteArray author = QByteArrayLiteral("Springdesk");
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(title.constData());
    properties.subject = const_cast<char *>(subject.constData());
    properties.author = const_cast<char *>(author.constData());
    properties.comments = const_cast<char *>(comments.constData());
    workbook_set_properties(wb, &properties);
    workbook_set_custom_property_string(wb, "Profile", subject.constData());
    if (document.asOf.isValid()) {
        const QDateTime utc = document.asOf.toUTC();
        lxw_datetime asOf{utc.date().year(), utc.date().month(), utc.date().day(), utc.time().hour(),
            utc.time().minute(), double(utc.time().second())};
        workbook_set_custom_property_datetime(wb, "As of", &asOf);
    }

    errno = 0;
    const lxw_error closed = workbook.close();
    if (closed != LXW_NO_ERROR) {
        const int e = errno;
        return ExportError::fromErrno(e, path, QString::fromUtf8(lxw_strerror(closed)));
    }
    errno = 0;
    if (std::rename(tempPath.constData(), QFile::encodeName(path).constData()) != 0) {
        const int e = errno;
        return ExportError::fromErrno(e, path, QString::fromLocal8Bit(std::strerror(e)));
    }
    temp.setAutoRemove(false);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qCDebug(lcTransfer) << "wrote" << written << "rows in" << sources.size() << "sheets to" << path;
    return {};
}

} // namespace Springdesk::Transfer
