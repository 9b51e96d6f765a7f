#pragma once

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace Springdesk::Transfer {

// Reads CSV as RFC 4180 describes it, and as spreadsheets write it, record by record (the bulk
// import reads files of any size through it):
// - the encoding from a byte-order mark (UTF-8, UTF-16 LE/BE); without one UTF-8, or Latin-1
//   when the start of the file is not valid UTF-8;
// - the separator given, or sniffed from the first records (',', ';', tab or '|': the one that
//   splits them into the same number of fields, most often), or from an Excel "sep=;" first line;
// - quoted fields with separators, doubled quotes and line breaks inside; CRLF, LF or CR line ends;
// - a quote inside an unquoted field is kept as a character (as Excel does);
// - errors (text after a closing quote, a quoted field that never ends, a field over 16 MiB)
//   stop the reading with a translated message naming the line.
// Fields are returned as they are: a leading ' that an export put before =, +, -, @ stays.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Transfer::CsvReader)

public:
    // `device` must be open for reading and outlive the reader. A null separator is sniffed.
    explicit CsvReader(QIODevice *device, QChar separator = {});

    // The next record into `fields`; false at the end of the input or on an error (error()).
    bool readRecord(QStringList *fields);

    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    // The line (1-based) where the last record read began.
    qint64 recordLine() const { return m_recordLine; }
    // Known after the first readRecord().
    QChar separator() const { return m_separator; }
    bool hadByteOrderMark() const { return m_bom; }
    QString encodingName() const { return m_encoding; }

    // Every record of `data` (for tests and small inputs); stops at the first error.
    static QList<QStringList> parse(const QByteArray &data, QString *error = nullptr, QChar separator = {});
    static constexpr qsizetype MaxFieldLength = 16 * 1024 * 1024;

private:
    void start();
    bool refill();
    QChar sniff(QStringView sample) const;
    void compact();

    QIODevice *m_device;
    QChar m_separator;
    bool m_started = false;
    bool m_bom = false;
    QString m_encoding;
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_deviceDone = false;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    QString m_error;
};

} // namespace Springdesk::Transfer
