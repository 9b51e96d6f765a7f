#include "core/transfer/csvreader.h"

#include <QBuffer>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace Springdesk::Transfer {

namespace {

constexpr qint64 ChunkSize = 64 * 1024;
constexpr int SniffRecords = 20;

} // namespace

CsvReader::CsvReader(QIODevice *device, QChar separator)
    : m_device(device)
    , m_separator(separator)
{ }

void CsvReader::start()
{
    m_started = true;
    QByteArray head = m_device->read(ChunkSize);
    if (head.size() < ChunkSize)
        m_deviceDone = m_device->atEnd() || head.isEmpty();
    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_bom = true;
        head.remove(0, 3);
    } else if (head.startsWith("\xFF\xFE")) {
        m_bom = true;
        encoding = QStringConverter::Utf16LE;
        head.remove(0, 2);
    } else if (head.startsWith("\xFE\xFF")) {
        m_bom = true;
        encoding = QStringConverter::Utf16BE;
        head.remove(0, 2);
    } else {
        QStringDecoder probe(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString text = probe(head);
        Q_UNUSED(text);
        // an invalid sequence (not merely a character cut at the end of the sample)
        if (probe.hasError()) {
            QStringDecoder tail(QStringConverter::Utf8);
            const QString t = tail(head.left(head.size() - 3));
            Q_UNUSED(t);
            if (tail.hasError())
                encoding = QStringConverter::Latin1;
        }
    }
    m_decoder = QStringDecoder(encoding);
    m_encoding = QString::fromLatin1(QStringConverter::nameForEncoding(encoding));
    m_buffer = m_decoder(head);
    if (m_separator.isNull()) {
        if (m_buffer.startsWith(u"sep=") && m_buffer.size() >= 5) {
            qsizetype end = 5;
            if (end < m_buffer.size() && m_buffer.at(end) == u'\r')
                ++end;
            if (end < m_buffer.size() && m_buffer.at(end) == u'\n')
                ++end;
            if (end == 5 || m_buffer.at(end - 1) == u'\n' || m_buffer.at(end - 1) == u'\r') {
                m_separator = m_buffer.at(4);
                m_pos = end;
                ++m_line;
            }
        }
        if (m_separator.isNull())
            m_separator = sniff(QStringView(m_buffer));
    }
}

QChar CsvReader::sniff(QStringView sample) const
{
    static const QList<QChar> candidates{u',', u';', u'\t', u'|'};
    QChar best = u',';
    int bestScore = -1;
    for (const QChar sep : candidates) {
        QList<int> counts;
        int count = 0;
        bool quoted = false;
        for (qsizetype i = 0; i < sample.size() && counts.size() < SniffRecords; ++i) {
            const QChar c = sample.at(i);
            if (c == u'"') {
                quoted = !quoted;
            } else if (!quoted && c == sep) {
                ++count;
            } else if (!quoted && (c == u'\n' || c == u'\r')) {
                if (c == u'\r' && i + 1 < sample.size() && sample.at(i + 1) == u'\n')
                    ++i;
                counts << count;
                count = 0;
            }
        }
        if (count > 0)
            counts << count; // a last record without a line end
        if (counts.isEmpty())
            continue;
        const int first = counts.first();
        const bool consistent = std::all_of(counts.cbegin(), counts.cend(), [first](int n) { return n == first; });
        // consistent splits win; among them (or among inconsistent ones) more fields win
        const int score = first == 0 ? 0 : (consistent ? 1'000'000 : 0) + first;
        if (score > bestScore) {
            bestScore = score;
            best = sep;
        }
    }
    return best;
}

void CsvReader::compact()
{
    if (m_pos > ChunkSize) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}

bool CsvReader::refill()
{
    if (m_deviceDone)
        return false;
    compact();
    const QByteArray bytes = m_device->read(ChunkSize);
    if (bytes.isEmpty()) {
        m_deviceDone = true;
        const QString rest = m_decoder(QByteArray());
        m_buffer += rest;
        return !rest.isEmpty();
    }
    m_buffer += m_decoder(bytes);
    return true;
}

bool CsvReader::readRecord(QStringList *fields)
{
    fields->clear();
    if (!m_error.isEmpty())
        return false;
    if (!m_started)
        start();
    enum class State
    {
        StartField,
        Unquoted,
        Quoted,
        AfterQuote,
    };
    State state = State::StartField;
    QString field;
    bool any = false;
    m_recordLine = m_line;
    qint64 quoteLine = m_line;
    for (;;) {
        if (m_pos >= m_buffer.size() && !refill()) {
            if (state == State::Quoted) {
                m_error = tr("Line %1: a quoted field starts here but its closing quote is missing.").arg(quoteLine);
                return false;
            }
            if (!any)
                return false;
            fields->append(field);
            return true;
        }
        if (m_pos >= m_buffer.size())
            continue;
        const QChar c = m_buffer.at(m_pos++);
        any = true;
        const bool lineEnd = c == u'\n' || c == u'\r';
        if (lineEnd && state != State::Quoted) {
            if (c == u'\r') {
                if (m_pos >= m_buffer.size())
                    refill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == u'\n')
                    ++m_pos;
            }
            ++m_line;
            fields->append(field);
            return true;
        }
        switch (state) {
        case State::StartField:
            if (c == u'"') {
                state = State::Quoted;
                quoteLine = m_line;
            } else if (c == m_separator) {
                fields->append(QString());
            } else {
                field += c;
                state = State::Unquoted;
            }
            break;
        case State::Unquoted:
            if (c == m_separator) {
                fields->append(field);
                field.clear();
                state = State::StartField;
            } else {
                field += c;
            }
            break;
        case State::Quoted:
            if (c == u'"') {
                state = State::AfterQuote;
            } else {
                if (c == u'\n' || (c == u'\r' && !(m_pos < m_buffer.size() && m_buffer.at(m_pos) == u'\n')))
                    ++m_line;
                field += c;
            }
            break;
        case State::AfterQuote:
            if (c == u'"') {
                field += u'"';
                state = State::Quoted;
            } else if (c == m_separator) {
                fields->append(field);
                field.clear();
                state = State::StartField;
            } else {
                m_error = tr("Line %1: unexpected text after the closing quote of a field (a quote inside a quoted "
                             "field must be doubled).")
                              .arg(m_line);
                return false;
            }
            break;
        }
        if (field.size() > MaxFieldLength) {
            m_error = tr("Line %1: a field is longer than %2 MiB.").arg(m_line).arg(MaxFieldLength / (1024 * 1024));
            return false;
        }
    }
}

QList<QStringList> CsvReader::parse(const QByteArray &data, QString *error, QChar separator)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, separator);
    QList<QStringList> records;
    QStringList fields;
    while (reader.readRecord(&fields))
        records.append(fields);
    if (error)
        *error = reader.error();
    return records;
}

} // namespace Springdesk::Transfer
