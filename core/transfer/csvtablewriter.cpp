#include "core/transfer/csvtablewriter.h"

#include "core/transfer/cellformat.h"
#include "core/transfer/transferlog.h"

#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace Springdesk::Transfer {

namespace {

QString quoted(const QString &text, QChar separator)
{
    const bool needsQuotes
        = text.contains(separator) || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!needsQuotes)
        return text;
    QString out = text;
    out.replace(u"\""_s, u"\"\""_s);
    return u'"' + out + u'"';
}

// Numbers as the locale writes them, without group separators ("1234,5").
QString numberText(double value, const QLocale &locale)
{
    if (locale.numberOptions().testFlag(QLocale::OmitGroupSeparator))
        return locale.toString(value, 'g', 15);
    QLocale l = locale;
    l.setNumberOptions(QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator);
    return l.toString(value, 'g', 15);
}

} // namespace

QString CsvTableWriter::field(const QVariant &value, ColumnType type, QChar separator, const QLocale &locale)
{
    if (value.isNull())
        return {};
    QString text;
    bool isText = false;
    switch (type) {
    case ColumnType::Integer:
        if (const auto n = CellFormat::toNumber(value))
            text = QString::number(qint64(*n));
        break;
    case ColumnType::Number:
        if (const auto n = CellFormat::toNumber(value))
            text = numberText(*n, locale);
        break;
    case ColumnType::Percentage:
        if (const auto n = CellFormat::toNumber(value))
            text = numberText(*n, locale) + u'%';
        break;
    case ColumnType::Boolean:
        if (const auto b = CellFormat::toBool(value))
            text = *b ? u"TRUE"_s : u"FALSE"_s;
        break;
    case ColumnType::Date:
        if (const auto d = CellFormat::toDate(value))
            text = d->toString(Qt::ISODate);
        break;
    case ColumnType::DateTime:
        if (const auto dt = CellFormat::toLocalDateTime(value))
            text = dt->date().toString(Qt::ISODate) + u' ' + dt->time().toString(Qt::ISODate);
        break;
    case ColumnType::Text:
    case ColumnType::Id:
        break;
    }
    if (text.isEmpty()) {
        // text columns, and typed values that are not what the column says: written as text
        text = CellFormat::toText(value);
        isText = true;
    }
    if (isText && CellFormat::looksLikeFormula(text))
        text.prepend(u'\'');
    return quoted(text, separator);
}

ExportError CsvTableWriter::write(
    const QString &path, TableSources &sources, const ExportOptions &options, const ExportProgress &progress)
{
    if (sources.size() != 1) {
        return ExportError::make(ExportError::Kind::Format,
            tr("This report has %n table(s); a CSV file holds one. Export it as XLSX, or choose one course.", nullptr,
                int(sources.size())));
    }
    TableSource &source = *sources.front();
    const QChar separator = ExportWriter::separatorFor(options);
    const ExportColumns columns = source.columns();

    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly)) {
        const int e = errno;
        if (QFileInfo(path).isDir())
            return ExportError::fromErrno(EISDIR, path);
        return ExportError::fromErrno(e ? e : EACCES, path, file.errorString());
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QLocale locale = options.locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator);
    QString chunk;
    const auto flush = [&]() -> ExportError {
        const QByteArray bytes = chunk.toUtf8();
        chunk.clear();
        errno = 0;
        if (file.write(bytes) != bytes.size()) {
            const int e = errno;
            file.cancelWriting();
            return ExportError::fromErrno(e ? e : ENOSPC, path, file.errorString());
        }
        return {};
    };
    if (options.byteOrderMark)
        chunk += QChar(0xFEFF);
    QStringList header;
    for (const auto &c : columns)
        header << quoted(c.title, separator);
    chunk += header.join(separator) + u"\r\n"_s;

    qint64 written = 0;
    QList<ExportRow> rows;
    for (;;) {
        rows.clear();
        QString error;
        if (!source.fetch(options.pageSize, &rows, &error)) {
            file.cancelWriting();
            return ExportError::make(ExportError::Kind::Source, error);
        }
        if (rows.isEmpty())
            break;
        for (const ExportRow &row : std::as_const(rows)) {
            for (qsizetype c = 0; c < columns.size(); ++c) {
                if (c > 0)
                    chunk += separator;
                chunk += field(row.value(c), columns.at(c).type, separator, locale);
            }
            chunk += u"\r\n"_s;
        }
        if (auto e = flush())
            return e;
        written += rows.size();
        if (progress && !progress(written)) {
            file.cancelWriting();
            return ExportError::cancelled();
        }
    }
    if (auto e = flush())
        return e;
    errno = 0;
    if (!file.commit()) {
        const int e = errno;
        return ExportError::fromErrno(e ? e : EIO, path, file.errorString());
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qCDebug(lcTransfer) << "wrote" << written << "rows to" << path;
    return {};
}

} // namespace Springdesk::Transfer
